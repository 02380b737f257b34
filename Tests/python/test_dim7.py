"""The dimension-7 Python API (nueft.dim7) through ctypes: paper numbers, the batch against a
plain NumPy evaluation of the same formulas, bad points, WCxf round trips, call errors."""
import numpy as np
import pytest

import nueft
from nueft import _capi, dim7

GF, V = 1.1663787e-5, 246.0


def test_scale():
    assert dim7.scale(8.0) == 0.5
    assert np.allclose(dim7.scale([7.06e-8, 1.36e-3]), [242.0, 9.03], rtol=2e-3)
    assert np.isinf(dim7.scale(0.0))
    with pytest.warns(nueft.NuEFTDomainWarning):
        out = dim7.scale([1.0, np.nan])
    assert np.isnan(out[1])
    out, status = dim7.scale([np.inf], return_status=True)
    assert status[0] == _capi.POINT_INFINITE_INPUT and np.isnan(out[0])


def test_match_table2_row():
    c = dim7.point({("dLQLH1", (0, 0, 0, 0)): 1.0})
    left = dim7.match(c)
    assert np.isclose(left[dim7.left_index("duNuELLScalar", (0, 0, 0, 0))], V * 1e-9 / (8 * GF), rtol=1e-14)
    # symmetric LH, antisymmetric LHB are filled in; a broken symmetry is refused
    c = dim7.point(LH_12=2.0, LHB_13=1.0)
    assert c[dim7.component_index("LH", (1, 0))] == 2.0 and c[dim7.component_index("LHB", (2, 0))] == -1.0
    c[dim7.component_index("LH", (1, 0))] = 0.0
    with pytest.raises(nueft.NuEFTError):
        dim7.match(c)


def test_paper_limits():
    # Table 5 (paper convention): C_dLQLH1^{1e1e} -> 242 TeV; Table 9: K+ 21.8 TeV via the (4.42) direction
    lim = dim7.scale_limits(dim7.point(dLQLH1_1111=1.0), convention="paper")
    assert abs(lim["double_beta"] - 242) < 1
    kaon = dim7.scale_limits(dim7.point(dLQLH1_1121=1.0, dLQLH1_2111=1.0), convention="paper")
    assert abs(kaon["kaon_decays"] - 21.8) < 0.05
    assert "muon_decay" not in kaon
    mu = dim7.scale_limits(dim7.point(eLLLH_2112=1.0))
    assert abs(mu["muon_decay"] - 0.405) < 0.005


def _numpy_reference(coefficients):
    """The K+ -> pi+ nu nu and mu-decay strengths of the components below, from the paper's
    formulas in NumPy (independent of the library): Table 2 + eqs. (4.49), (4.51), (4.68)."""
    c_mu, c_1e2e, c_2e1e = coefficients * 1e-9   # GeV^-3
    # mu decay: c^S = -3 v C/(16 G_F), c^T = v C/(64 G_F) (Table 2, single C^{mu e e mu})
    cs, ct = -3 * V * c_mu / (16 * GF), V * c_mu / (64 * GF)
    r_mu = np.sqrt((cs ** 2 / 4) / 0.9e-3 + (3 * ct ** 2 / 4) / 1.3e-3)
    # K+: c^{ds ee} = -V_cs v C^{1e2e}/(8G_F), c^{sd ee} = -V_ud v C^{2e1e}/(8 G_F); J1 of eq. (4.51)
    mk, mpi, gamma, b = 0.493677, 0.13957039, 6.582119569e-25 / 1.2380e-8, 2.8
    s = np.linspace(0, (mk - mpi) ** 2, 200001)
    lam = np.sqrt(np.clip((mk ** 2 + mpi ** 2 - s) ** 2 - 4 * mk ** 2 * mpi ** 2, 0, None))
    j1 = b ** 2 / (gamma * 2 ** 8 * np.pi ** 3 * mk ** 3) * np.trapezoid(s * lam, s)
    cds, csd = -0.975 * V * c_1e2e / (8 * GF), -0.97373 * V * c_2e1e / (8 * GF)
    br = j1 * 0.5 * (4 * GF / np.sqrt(2)) ** 2 * (cds ** 2 + csd ** 2)
    r_k = np.sqrt(br / (1.7e-10 - 8.4e-11 - 1.0e-11))
    return r_mu, r_k


def test_batch_against_numpy():
    rng = np.random.default_rng(1)
    comps = [("eLLLH", (1, 0, 0, 1)), ("dLQLH1", (0, 0, 1, 0)), ("dLQLH1", (1, 0, 0, 0))]
    coeff = rng.normal(size=(3, 1000)) * np.array([[10.0], [1e-4], [1e-4]])
    r, seen = dim7.probes(comps, coeff)
    r_mu, r_k = _numpy_reference(coeff)
    assert np.allclose(r[dim7.PROBES.index("muon_decay")], r_mu, rtol=1e-12)
    assert np.allclose(r[dim7.PROBES.index("kaon_decays")], r_k, rtol=1e-6)
    bit = 1 << dim7.PROBES.index("muon_decay")
    assert np.array_equal((seen & bit) != 0, r[dim7.PROBES.index("muon_decay")] >= 1)


def test_batch_bad_points_and_threads():
    comps = [("LH", (0, 0)), ("LHB", (0, 1))]
    coeff = np.array([[1e-6, np.nan, 1e-6], [1e-3, 1e-3, -np.inf]])
    with pytest.warns(nueft.NuEFTDomainWarning):
        r, seen = dim7.probes(comps, coeff)
    assert np.isnan(r[:, 1]).all() and np.isnan(r[:, 2]).all() and np.isfinite(r[:, 0]).all()
    r, seen, status = dim7.probes(comps, coeff, return_status=True)
    assert list(status) == [_capi.OK, _capi.POINT_NAN_INPUT, _capi.POINT_INFINITE_INPUT]
    big = np.random.default_rng(2).normal(size=(2, 50_000)) * 1e-3
    nueft.set_num_threads(1)
    one = dim7.probes(comps, big)[0]
    nueft.set_num_threads(0)
    assert np.array_equal(one, dim7.probes(comps, big)[0])


def test_left_batch():
    comps = [("eLLLH", (1, 0, 0, 1))]
    out = dim7.left(comps, [("eNuLLScalar", (1, 0, 0, 1))], np.array([[100.0, -1.0]]))
    assert np.allclose(out[0], -3 * V * np.array([100.0, -1.0]) * 1e-9 / (16 * GF), rtol=1e-13)


def test_errors():
    with pytest.raises(ValueError):
        dim7.probes([("LH", (0, 0))], np.zeros((2, 3)))
    with pytest.raises(ValueError):
        dim7.point({("LHB", (1, 1)): 1.0})
    with pytest.raises(ValueError):
        dim7.scale_limits(np.zeros(540), inputs="nope")
    with pytest.raises(nueft.NuEFTError):
        dim7.scale_limits(np.zeros(540))
    with pytest.raises(nueft.NuEFTError):
        dim7.probes([("LH", (0, 0)), ("LH", (0, 0))], np.zeros((2, 3)))
    raw = np.zeros(5, dtype=np.int32)
    assert _capi.lib.nueft_dim7_probes_batch(1, 1, 0, 0, 0, raw.ctypes.data, None, None, None, None) == _capi.ERR_NULL_POINTER


def test_wcxf_round_trip():
    c = dim7.point(LH_12=0.25, LHB_13=-3e-4, dLQLH1_1213=1.75, eLLLH_2112=-2.5e-3)
    for fmt in ("json", "yaml"):
        text = dim7.to_wcxf(c, scale=1000.0, fmt=fmt)
        back, scale = dim7.from_wcxf(text)
        assert np.array_equal(back, c) and scale == 1000.0
    assert '"dLQLH1_1213": 1.75e-09' in dim7.to_wcxf(c)
    back, _ = dim7.from_wcxf('{"eft": "SMEFT", "basis": "NuEFT-dim7", "values": {"LH_11": {"Re": 1e-9, "Im": 2e-9}}}')
    assert back[dim7.component_index("LH", (0, 0))] == 1 + 2j
    z = dim7.point(LHB_13=-3e-4 + 1e-4j, dLQLH1_1213=1.75j)
    for fmt in ("json", "yaml"):
        back, _ = dim7.from_wcxf(dim7.to_wcxf(z, fmt=fmt))
        assert np.array_equal(back, z)


def test_complex_match_and_conjugation():
    """eq. (4.7) conjugates C_duLLD; eq. (4.5) is linear; the 'current' CKM is complex (V*_ub)."""
    real = dim7.match(dim7.point(duLLD_1111=1.0))
    z = dim7.match(dim7.point(duLLD_1111=1j))
    k9, k7 = dim7.left_index("vectorLR9", (0, 0)), dim7.left_index("duNuERLVector7", (0, 0, 0, 0))
    assert z.dtype == np.complex128
    assert np.isclose(z[k9], -1j * real[k9], rtol=1e-15) and np.isclose(z[k7], 1j * real[k7], rtol=1e-15)
    cur = dim7.match(dim7.point(LeHD_11=1.0), inputs="current", complex=True)
    ratio = cur[dim7.left_index("duNuELRVector", (2, 0, 0, 0))] / cur[dim7.left_index("duNuELRVector", (0, 0, 0, 0))]
    s12, s13, s23, d = 0.22501, 0.003732, 0.04183, 1.147
    vub, vud = s13 * np.exp(-1j * d), np.sqrt(1 - s12**2) * np.sqrt(1 - s13**2)
    assert np.isclose(ratio, np.conj(vub) / vud, rtol=1e-13)


def test_plan_handle():
    comps = [("eLLLH", (1, 0, 0, 1)), ("LHB", (0, 1)), ("dLQLH1", (0, 0, 1, 0)), ("dLQLH1", (1, 0, 0, 0))]
    rng = np.random.default_rng(3)
    c = rng.uniform(-1, 1, (4, 50)) * 1e-3
    with dim7.Plan(comps, [("eNuLLScalar", (1, 0, 0, 1))]) as plan:
        r, seen, lo = plan.evaluate(c)
        r2, seen2 = dim7.probes(comps, c)
        assert np.array_equal(r, r2) and np.array_equal(seen, seen2)
        assert np.allclose(lo[0], dim7.left(comps, [("eNuLLScalar", (1, 0, 0, 1))], c)[0], rtol=1e-15)
        with pytest.raises(ValueError):
            plan.evaluate(c + 1j * c)
    with pytest.raises(ValueError):
        plan.evaluate(c)  # closed
    plan.close()  # idempotent
    # complex: a global phase changes no R; c^{ds} + c^{sd} interfere in K_L -> pi0 nu nu
    z = c * np.exp(0.7j)
    zp = dim7.Plan(comps, inputs="current", complex=True)
    ra, _ = zp.evaluate(c.astype(complex))
    rb, _ = zp.evaluate(z)
    assert np.allclose(ra, rb, rtol=1e-12)
    rc, _ = zp.evaluate(z.real.copy(), imaginary=z.imag.copy())
    assert np.array_equal(rb, rc)
    with pytest.raises(ValueError):
        zp.evaluate(z.real, imaginary=z.imag[:, :3])
    kaon = dim7.PROBES.index("kaon_decays")
    plus, _ = dim7.probes(comps[2:], np.array([[1e-4], [1e-4]]), convention="paper")
    minus, _ = dim7.probes(comps[2:], np.array([[1e-4], [-1e-4 + 0j]]), convention="paper")
    assert plus[kaon, 0] > 0 and minus[kaon, 0] > 0
    # the handle is checked in C: a destroyed handle is refused, not dereferenced
    handle = zp._handle
    zp.close()
    assert _capi.lib.nueft_dim7_plan_destroy(handle) == _capi.ERR_INVALID_ARGUMENT
    assert _capi.lib.nueft_dim7_plan_evaluate(handle, 0, None, None, None, None, None, None, None) == _capi.ERR_INVALID_ARGUMENT
    assert _capi.lib.nueft_dim7_plan_destroy(None) == _capi.OK


def test_complex_scale_limits_phase_free():
    a = dim7.scale_limits(dim7.point(dLQLH1_1111=1.0))
    b = dim7.scale_limits(dim7.point(dLQLH1_1111=np.exp(1.3j)))
    assert a.keys() == b.keys() and all(np.isclose(a[k], b[k], rtol=1e-12) for k in a)
    bad = dim7.point(LH_12=1j)
    bad[dim7.component_index("LH", (1, 0))] = 0
    with pytest.raises(nueft.NuEFTError):
        dim7.scale_limits(bad)


def test_global_view_combined_and_per_row():
    # The paper's convention reproduces Table 5 (the consistent one halves the dim-9 rows).
    combined = nueft.dim7.global_view(convention="paper")
    per_row = nueft.dim7.global_view(per_row=True, convention="paper")
    lhw = [r for r in combined if r["operator"] == "LHW" and r["probe"] == "double_beta"]
    assert len(lhw) == 1 and lhw[0]["row"] is None
    assert abs(lhw[0]["current"] - 17.1) < 0.1, lhw            # channels of KamLAND-Zen combined
    rows = sorted(r["current"] for r in per_row if r["operator"] == "LHW" and r["probe"] == "double_beta")
    assert len(rows) == 2 and abs(rows[0] - 14.3) < 0.1 and abs(rows[1] - 15.9) < 0.1, rows   # Table 5
    assert all(r["row"] for r in per_row)
    assert {r["probe"] for r in combined} <= set(nueft.dim7.PROBES)
    # every operator is constrained by some probe
    assert {r["operator"] for r in combined} == set(nueft.dim7.OPERATORS)
    with pytest.raises(ValueError):
        nueft.dim7.global_view(inputs="tomorrow")


def _elllh_form_matrix():
    """O_eLLLH^{prst} for one p as a multilinear form in field components (Table 1; two-component
    spinors, eps tensors), totally antisymmetrized over the three Grassmann doublet slots
    (flavour x spinor x SU(2), 12 values each): the (6912, 27) map C^{p.rst} -> operator, built
    with NumPy independently of the library."""
    eps = np.array([[0.0, 1.0], [-1.0, 0.0]])
    cols = []
    for k in range(27):
        r, s, t = k // 9, (k // 3) % 3, k % 3
        form = np.zeros((2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2))   # alpha, n, (f, beta, i) x 3 slots
        for a, b, g, d, i, j, m, n in np.ndindex(2, 2, 2, 2, 2, 2, 2, 2):
            form[a, n, r, b, i, s, g, j, t, d, m] += eps[a, b] * eps[g, d] * eps[i, j] * eps[m, n]
        form = form.reshape(2, 2, 12, 12, 12)
        anti = sum(sign * form.transpose((0, 1) + tuple(2 + q for q in perm))
                   for perm, sign in [((0, 1, 2), 1), ((1, 2, 0), 1), ((2, 0, 1), 1),
                                      ((1, 0, 2), -1), ((0, 2, 1), -1), ((2, 1, 0), -1)])
        cols.append(anti.ravel())
    return np.array(cols).T


def test_elllh_canonicalized():
    m = _elllh_form_matrix()
    assert np.linalg.matrix_rank(m) == 19                     # 27 - 8 relations per p: 57 in all
    rng = np.random.default_rng(7)
    c = dim7.point(LH_12=0.5, dLQLH1_1213=1.0)
    base = dim7.component_index("eLLLH", (0, 0, 0, 0))
    c = c.astype(complex)
    c[base:base + 81] = rng.uniform(-1, 1, 81) + 1j * rng.uniform(-1, 1, 81)
    k = dim7.canonicalized(c)
    assert k.dtype == np.complex128 and dim7.is_canonical(k) and not dim7.is_canonical(c)
    for p in range(3):   # the same operator: the difference is in the kernel of the field form
        d = (k - c)[base + 27 * p:base + 27 * p + 27]
        assert np.max(np.abs(m @ d.real)) < 1e-13 and np.max(np.abs(m @ d.imag)) < 1e-13
    assert np.count_nonzero(k[base:base + 81]) == 57
    others = np.ones(540, bool)
    others[base:base + 81] = False
    assert np.array_equal(k[others], c[others]) and np.array_equal(dim7.canonicalized(k), k)
    for inputs in ("paper", "current"):
        a, b = dim7.match(c, inputs=inputs), dim7.match(k, inputs=inputs)
        assert np.max(np.abs(a - b)) <= 1e-13 * np.max(np.abs(a))
    la, lb = dim7.scale_limits(c.real), dim7.scale_limits(dim7.canonicalized(c.real))
    assert la.keys() == lb.keys()
    # the worked rule: C^{mu e mu e} = 2 -> C^{mu e e mu} = C^{mu mu e e} = 1
    w = dim7.canonicalized(dim7.point(eLLLH_2121=2.0))
    assert w[dim7.component_index("eLLLH", (1, 0, 0, 1))] == 1 and w[dim7.component_index("eLLLH", (1, 1, 0, 0))] == 1
    assert w[dim7.component_index("eLLLH", (1, 0, 1, 0))] == 0
    # batches, bad points, shapes
    batch = np.stack([c.real, -c.real, c.real])
    batch[2, 5] = np.nan
    with pytest.warns(nueft.NuEFTDomainWarning):
        out = dim7.canonicalized(batch)
    assert np.array_equal(out[0], k.real) and np.array_equal(out[1], -k.real) and np.all(np.isnan(out[2]))
    out, status = dim7.canonicalized(batch, return_status=True)
    assert list(status) == [_capi.OK, _capi.OK, _capi.POINT_NAN_INPUT]
    assert list(dim7.is_canonical(np.stack([k.real, c.real]))) == [True, False]
    with pytest.raises(ValueError):
        dim7.canonicalized(np.zeros(539))
    assert _capi.lib.nueft_dim7_canonicalize(1, None, None, None) == _capi.ERR_NULL_POINTER
    assert _capi.lib.nueft_dim7_canonicalize(-1, None, None, None) == _capi.ERR_INVALID_COUNT


def test_elllh_wcxf_redundant_keys():
    text = '{"eft": "SMEFT", "basis": "NuEFT-dim7", "scale": 1000, "values": {"eLLLH_2121": 2e-9}}'
    back, _ = dim7.from_wcxf(text)
    assert np.array_equal(back, dim7.canonicalized(dim7.point(eLLLH_2121=2.0)))
    out = dim7.to_wcxf(dim7.point(eLLLH_2121=2.0))
    assert "eLLLH_2121" not in out and '"eLLLH_2112": 1e-09' in out and '"eLLLH_2211": 1e-09' in out
