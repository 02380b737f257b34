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
