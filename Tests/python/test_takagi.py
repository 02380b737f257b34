"""nueft.takagi through ctypes: the reference matrices (tier A), the factorization properties,
agreement with NumPy's singular values, statuses."""
import numpy as np
import pytest

import nueft
from conftest import load_table


def reference_cases():
    matrices = load_table("takagi_matrices.csv")
    masses = load_table("takagi_masses.csv")
    for row, mass_row in zip(matrices, masses):
        n = int(row["n"])
        m = np.array([complex(float(row[f"a{k}_re"]), float(row[f"a{k}_im"])) for k in range(n * n)]).reshape(n, n)
        yield int(row["id"]), row["subcategory"], m, np.array([float(mass_row[f"m{k + 1}"]) for k in range(n)])


def test_reference_tier_a_and_properties():
    eps = np.finfo(float).eps
    count = 0
    for ident, sub, m, ref in reference_cases():
        n = m.shape[0]
        masses, u = nueft.takagi(m)
        assert np.all(np.abs(masses - ref) <= 10 * n * eps * ref.max()), (ident, sub, masses, ref)
        norm = np.abs(m).max()
        assert np.abs(u.T @ m @ u - np.diag(masses)).max() <= 10 * n * n * eps * norm, ident
        assert np.abs(u.conj().T @ u - np.eye(n)).max() <= 10 * n * eps, ident
        count += 1
    assert count == 300


def test_stacks_and_numpy_singular_values():
    rng = np.random.default_rng(3)
    a = rng.normal(size=(7, 3, 5, 5)) + 1j * rng.normal(size=(7, 3, 5, 5))
    m = a + np.swapaxes(a, -1, -2)
    masses, u = nueft.takagi(m)
    assert masses.shape == (7, 3, 5) and u.shape == (7, 3, 5, 5)
    assert np.allclose(masses, np.sort(np.linalg.svd(m, compute_uv=False), axis=-1), rtol=1e-13, atol=1e-13)
    single_masses, single_u = nueft.takagi(m[4, 1])
    assert np.array_equal(single_masses, masses[4, 1]) and np.array_equal(single_u, u[4, 1])


def test_bad_matrices():
    good = np.array([[1 + 0.5j, 2], [2, -3 + 1j]])
    bad = good.copy()
    bad[0, 1] += 1e-9
    with pytest.warns(nueft.NuEFTDomainWarning):
        masses, _ = nueft.takagi(np.stack([good, bad]))
    assert np.isfinite(masses[0]).all() and np.isnan(masses[1]).all()
    _, _, status = nueft.takagi(np.stack([good, bad, good * np.nan]), return_status=True)
    assert [nueft.STATUS_NAMES[s] for s in status] == ["NUEFT_OK", "NUEFT_POINT_NOT_SYMMETRIC", "NUEFT_POINT_NAN_INPUT"]
    with pytest.raises(nueft.NuEFTError):
        nueft.takagi(np.zeros((17, 17)))
    with pytest.raises(ValueError):
        nueft.takagi(np.zeros((2, 3)))


def test_reference_tier_b_and_error_bounds():
    """accuracy="relative" (default): every mass within the tier-B tolerance 50 kappa u m of
    ../shared/reference/README.md, and the returned bounds cover the actual errors."""
    kappas = load_table("takagi_conditioning.csv")
    u_round = 2.0 ** -53
    passed = 0
    for (ident, sub, m, ref), krow in zip(reference_cases(), kappas):
        n = m.shape[0]
        masses, _, errors = nueft.takagi(m, return_errors=True)
        ok = True
        for k in range(n):
            err = abs(masses[k] - ref[k])
            if ref[k] == 0:
                ok &= err <= 10 * n * np.finfo(float).eps * ref.max()
            else:
                ok &= err <= 50 * float(krow[f"kappa{k + 1}"]) * u_round * ref[k]
            assert err <= errors[k] or err <= 2 * np.spacing(ref[k]), (ident, sub, k, err, errors[k])
        passed += bool(ok)
    assert passed >= 295, passed


def test_accuracy_and_method_options():
    rng = np.random.default_rng(5)
    a = rng.normal(size=(20, 6, 6)) + 1j * rng.normal(size=(20, 6, 6))
    m = a + np.swapaxes(a, -1, -2)
    ref = np.sort(np.linalg.svd(m, compute_uv=False), axis=-1)
    for accuracy in ("relative", "absolute"):
        for method in ("automatic", "jacobi", "lapack"):
            masses, u = nueft.takagi(m, accuracy=accuracy, method=method)
            assert np.abs(masses - ref).max() <= 60 * np.finfo(float).eps * ref.max()
            assert np.abs(np.swapaxes(u, -1, -2) @ m @ u - masses[..., None] * np.eye(6)).max() <= 1e-13
    with pytest.raises(ValueError):
        nueft.takagi(m, accuracy="exact")
    with pytest.raises(ValueError):
        nueft.takagi(m, method="eigen")


def test_seesaw_light_masses_relative_vs_absolute():
    """A type-I seesaw with M_R ~ 1e3 GeV and M_D ~ 1e-4 GeV: light masses ~1e-11 GeV. The
    relative mode gets them to ~1e-15 (checked against the exact inverse-seesaw formula in
    extended precision via mpmath); the absolute mode only to ~eps M_R."""
    mpmath = pytest.importorskip("mpmath")
    mpmath.mp.dps = 50
    md = np.array([[1.1e-4, 0.3e-4], [0.2e-4, 0.9e-4], [0.5e-4, 0.7e-4]])
    mr = np.diag([800.0, 1500.0])
    m = np.zeros((5, 5), dtype=complex)
    m[:3, 3:] = md
    m[3:, :3] = md.T
    m[3:, 3:] = mr
    exact = mpmath.matrix(m.real.tolist())
    svd = sorted(float(x) for x in mpmath.svd_r(exact, compute_uv=False))
    rel, _ = nueft.takagi(m)
    ab, _ = nueft.takagi(m, accuracy="absolute")
    assert abs(rel[1] - svd[1]) <= 1e-14 * svd[1] and abs(rel[2] - svd[2]) <= 1e-14 * svd[2]
    assert abs(ab[2] - svd[2]) <= 10 * 5 * np.finfo(float).eps * svd[4]
