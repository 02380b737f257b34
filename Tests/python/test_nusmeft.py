"""The nuSMEFT Python API (nueft.nusmeft) through ctypes: eq. (3.11) against NumPy with nueft.w,
the Lagrangian path, input sets as dicts/files, bad points and bad calls."""
import json

import numpy as np
import pytest

import nueft
from nueft import _capi, nusmeft

MW, MMU, ME = 80.377, 0.1056583755, 0.51099895e-3


def test_field_counts():
    assert [nusmeft.field_count(n) for n in (1, 2, 3, 4)] == [18, 37, 60, 87]
    with pytest.raises(ValueError):
        nusmeft.field_count(5)


def test_delta_a_against_numpy():
    m4 = np.linspace(50, 1000, 101)
    lam = np.full_like(m4, 1500.0)
    out = nusmeft.as_dict(nusmeft.observables(nusmeft.single_sterile(m4, lam, mixing=0.01, coefficient=-1.0)))
    x = (m4 / MW) ** 2
    expected = -2 * MMU / (4 * np.pi) ** 2 * m4 * nueft.w(x) * 0.01 * (-1 / lam ** 2)
    assert np.allclose(out["delta_a_mu"], expected, rtol=1e-13, atol=0)
    assert np.all(out["delta_a_e"] == 0) and np.all(out["delta_a_mu"] > 0)
    # eq. (6.1): -1.1e-7 (m4/mW) w U C~ at Lambda = 1 TeV
    k = 2 * MMU * MW / ((4 * np.pi) ** 2 * 1e6)
    assert abs(k - 1.1e-7) < 0.05e-7


def test_electron_and_chi2():
    p = nusmeft.single_sterile(400.0, 8000.0, flavour="e", mixing=0.01, coefficient=-1.0)
    rb = nusmeft.chi2(p, electron_reference="rb")
    cs = nusmeft.chi2(p, electron_reference="cs")
    assert rb[0] < cs[0]  # a positive Delta a_e fits Rb better than Cs
    out = nusmeft.as_dict(nusmeft.observables(p))
    assert out["delta_a_e"][0] > 0 and out["inverse_half_life_c1r"][0] > 0


def test_lagrangian_matches_physical():
    n = 1
    ML = np.diag([5e-11, 1e-10, 1.5e-10]).astype(complex)[None]
    MD = np.array([[0.0], [3.0], [0.0]], dtype=complex)[None]
    MR = np.array([[300.0]], dtype=complex)[None]
    C = np.array([[0.0, -1 / 1200.0 ** 2, 0.0]], dtype=complex)[None]
    rec = nusmeft.lagrangian_pack([1200.0], ML, MD, MR, C)
    lag = nusmeft.as_dict(nusmeft.lagrangian(rec, n))
    # The same point in physical inputs: m4 = sqrt(300^2 + 9), U_mu4 = sin(theta), U_S4 = cos(theta).
    m4 = np.sqrt(300.0 ** 2 + 9.0)
    theta = 0.5 * np.arctan2(2 * 3.0, 300.0)
    # Eq. (3.11) through the physical path with those mixings.
    phys = nusmeft.as_dict(nusmeft.observables(nusmeft.pack([1200.0], [[m4]], [[[0.0], [np.sin(theta)], [0.0]]],
                                                             [[[np.cos(theta)]]], C)))
    assert np.isclose(lag["delta_a_mu"][0], phys["delta_a_mu"][0], rtol=1e-4)
    assert np.isclose(lag["vud_ratio"][0], 1 + 0.5 * np.sin(theta) ** 2, rtol=1e-8)


def test_inputs_dict_and_file(tmp_path):
    p = nusmeft.single_sterile([300.0], [1200.0])
    base = nusmeft.observables(p)
    custom = {"base": "paper", "values": {"deltaAMu": 3.0e-9}}
    other = nusmeft.observables(p, inputs=custom)
    assert other[1, 0] == base[1, 0] and other[-1, 0] != base[-1, 0]
    path = tmp_path / "set.json"
    path.write_text(json.dumps(custom))
    assert np.array_equal(nusmeft.observables(p, inputs=str(path)), other)
    with pytest.raises(nueft.NuEFTError):
        nusmeft.observables(p, inputs={"values": {"unknown": 1.0}})
    with pytest.raises(ValueError):
        nusmeft.observables(p, inputs="nonexistent")
    assert not np.array_equal(nusmeft.observables(p, inputs="current")[-1], base[-1])


def test_bad_points_and_calls():
    p = nusmeft.single_sterile([300.0, 300.0, 300.0], [1200.0, 1200.0, 1200.0])
    p[1, 1] = np.nan     # m4 of point 1
    p[0, 2] = -1.0       # Lambda of point 2
    with pytest.warns(nueft.NuEFTDomainWarning):
        out = nusmeft.observables(p)
    assert np.all(np.isnan(out[:, 1])) and np.all(np.isnan(out[:, 2])) and not np.any(np.isnan(out[:, 0]))
    out, status = nusmeft.observables(p, return_status=True)
    assert list(status) == [_capi.OK, _capi.POINT_NAN_INPUT, _capi.POINT_NONPOSITIVE_INPUT]
    with pytest.raises(ValueError):
        nusmeft.observables(p[:5])
    with pytest.raises(ValueError):
        nusmeft.observables(p, electron_reference="xx")
    assert nusmeft.observables(np.zeros((18, 0))).shape == (27, 0)


def test_ckm_bound():
    # eqs. (4.22)-(4.23): 0.01, 0.02, 0.06, 0.07 (the paper set treats f+(0) per channel, NuSMEFT.md)
    assert round(nusmeft.ckm_bound("mu"), 2) == 0.01 and abs(nusmeft.ckm_bound("mu") - 0.00943) < 5e-5
    assert round(nusmeft.ckm_bound("mu", vud="th"), 2) == 0.02
    assert round(nusmeft.ckm_bound("e"), 2) == 0.06 and round(nusmeft.ckm_bound("e", vud="th"), 2) == 0.07
    # one common f+(0) (the current set's treatment) through a JSON set: the electron bound weakens
    assert nusmeft.ckm_bound("e", inputs="current") > nusmeft.ckm_bound("e")


def test_ckm_chi2():
    for vud in ("pdg", "th"):
        b_mu, b_e = nusmeft.ckm_bound("mu", vud=vud), nusmeft.ckm_bound("e", vud=vud)
        d = nusmeft.ckm_chi2([0.0, b_e ** 2, 0.0], [0.0, 0.0, b_mu ** 2], vud=vud)
        assert d[0] == 0.0 and np.allclose(d[1:], 2.705543454095404, rtol=1e-8)
    u = np.linspace(0, 0.01, 11)
    d = nusmeft.ckm_chi2(0.0, u)                    # broadcast; grows with physical mixing
    assert d.shape == (11,) and np.all(np.diff(d) > 0)
    with pytest.warns(nueft.NuEFTDomainWarning):
        bad = nusmeft.ckm_chi2([np.nan, -1e-3, 2.0], 0.0)
    assert np.all(np.isnan(bad))
    _, status = nusmeft.ckm_chi2([np.nan, -1e-3, 0.0], 0.0, return_status=True)
    assert list(status) == [_capi.POINT_NAN_INPUT, _capi.POINT_OUT_OF_DOMAIN, _capi.OK]
    with pytest.raises(ValueError):
        nusmeft.ckm_chi2(0.0, 0.0, vud="xx")


def test_ckm_likelihood_option():
    p = nusmeft.single_sterile([300.0, 500.0], [1500.0, 3000.0], mixing=0.01)
    k = nusmeft.OBSERVABLES.index("chi_squared")
    off = nusmeft.observables(p)[k]
    assert np.array_equal(off, nusmeft.observables(p, ckm="off")[k])
    for term in ("pdg", "th"):
        on = nusmeft.observables(p, ckm=term)[k]
        assert np.allclose(on - off, nusmeft.ckm_chi2(0.0, 1e-4, vud=term), rtol=1e-9)
    lag = nusmeft.lagrangian_pack(1200.0, np.diag([5e-11] * 3), [[0.0], [3.0], [0.0]], [[300.0]], [[0.0, -1 / 1200.0 ** 2, 0.0]])
    assert nusmeft.lagrangian(lag, ckm="pdg")[k, 0] > nusmeft.lagrangian(lag)[k, 0]
    with pytest.raises(ValueError):
        nusmeft.observables(p, ckm="xx")


def test_threads_bitwise():
    rng = np.random.default_rng(3)
    m4 = rng.uniform(50, 1000, 5000)
    lam = rng.uniform(500, 5000, 5000)
    p = nusmeft.single_sterile(m4, lam)
    nueft.set_num_threads(1)
    one = nusmeft.observables(p)
    nueft.set_num_threads(0)
    assert np.array_equal(one, nusmeft.observables(p), equal_nan=True)


def test_scan_fig5_left_window_and_consistency():
    panel = nusmeft.figure_panels()[0]
    assert panel["name"] == "fig5-left" and panel["flavour"] == "mu" and panel["mixing"] == 0.01
    calls = []
    r = nusmeft.scan(flavour=panel["flavour"], mixing=panel["mixing"], m4=(*panel["m4"], 120), scale=(*panel["scale"], 90),
                     progress=lambda done, total: calls.append((done, total)))
    assert r["delta_a"].shape == (90, 120) and r["regions"].dtype == np.uint16   # [i_Lambda, i_m4]
    assert calls and calls[-1] == (120 * 90, 120 * 90)
    # Sec. 5.1: m_W < m4 < 700 GeV with 0.1 < m4/Lambda < 0.5 (the paper; coarse grid here).
    (m_lo, m_hi), _, (r_lo, r_hi) = nusmeft.allowed_window(r)
    assert 80 < m_lo < 120 and 650 < m_hi < 800 and 0.08 < r_lo < 0.12 and 0.4 < r_hi < 0.55
    # Every grid value is the batch kernel's value at that point.
    i, j = 37, 51
    out = nusmeft.as_dict(nusmeft.observables(nusmeft.single_sterile(r["masses"][i], r["scales"][j], mixing=0.01)))
    assert out["delta_a_mu"][0] == r["delta_a"][j, i] and out["yukawa_ratio_mu"][0] == r["yukawa_ratio"][j, i]
    assert nusmeft.region(r, "invalid")[j, i] == (r["masses"][i] > r["scales"][j])
    assert np.array_equal(nusmeft.region(r, "invalid"), r["masses"][None, :] > r["scales"][:, None])


def test_scan_bad_calls():
    with pytest.raises(ValueError):
        nusmeft.scan(flavour="tau")
    with pytest.raises(_capi.NuEFTError) as e:
        nusmeft.scan(m4=(10, 1000, 0))
    assert e.value.code == _capi.ERR_INVALID_COUNT
    with pytest.raises(_capi.NuEFTError) as e:
        nusmeft.scan(m4=(-10, 1000, 5))
    assert e.value.code == _capi.ERR_INVALID_ARGUMENT
    with pytest.raises(_capi.NuEFTError):
        nusmeft.scan(m4=(10, 1000, 5), scale=(100, 4000, 5), higgs_sigmas=0)
def test_table2():
    # Table 2 with the printed normalisation: C_Hnue 3e3 Y_nu (mu), 4e4 Y_nu (e); O_duνe 0.4, 6.
    assert round(float(nusmeft.table2_ratio("Hnue", "mu", 1.0, normalization="printed")), -3) == 3000
    assert round(float(nusmeft.table2_ratio("Hnue", "e", 1.0, normalization="printed")), -4) == 40000
    assert round(float(nusmeft.table2_ratio("dunue", "mu", 1.0, normalization="printed")), 1) == 0.4
    assert round(float(nusmeft.table2_ratio("dunue", "e", 1.0, normalization="printed")), 0) == 6
    eq34 = nusmeft.table2_ratio("LnuLe", "mu", [0.0, 0.5, 1.0])
    assert eq34[0] == 0 and np.allclose(eq34[2] / nusmeft.table2_ratio("LnuLe", "mu", 1.0, normalization="printed"), np.sqrt(2))
    y = np.array([0.0, 0.1, 1.0])
    q = nusmeft.table2_ratio("Qnu", "mu", y)        # c1 Y^2 + c0
    assert np.allclose(q, q[0] + (q[2] - q[0]) * y ** 2)
    with pytest.warns(nueft.NuEFTDomainWarning):
        assert np.isnan(nusmeft.table2_ratio("Hnu", "e", [-1.0]))[0]
    with pytest.raises(ValueError):
        nusmeft.table2_ratio("Hxx")


def test_dipoles_and_lnule():
    b, w = nusmeft.dipole_bound(), nusmeft.dipole_bound(weak=True)
    assert 5e-7 < b < 1e-6 < w < 2e-6            # sec. 3.1: "<~ 1e-6"
    v = 246.21965
    u = np.zeros((3, 3)); u[1, 0] = 1.0
    mu = nusmeft.neutrino_magnetic_moment([[0.0], [b / v ** 2], [0.0]], np.zeros((3, 1)), u, [[1.0, 0.0, 0.0]])
    assert abs(mu[0, 0] + 2.8e-11) < 1e-20 and mu[1, 1] == 0
    eb, ew = nusmeft.lnule_dipole_beta(1.0 + 0.5j)
    cw = 80.377 / 91.1876
    assert abs(cw * eb - np.sqrt(1 - cw * cw) * ew) < 1e-16 and abs(ew) > 0
    k_mu, k_e = nusmeft.lnule_leading_log("mu"), nusmeft.lnule_leading_log("e")
    assert abs(k_mu + 0.848) < 1e-3 and abs(k_e / k_mu + 14) < 0.3


def test_same_sign_ww():
    r = nusmeft.same_sign_ww_ratio([0.02, -0.1], 0.01)
    assert np.allclose(r, [1.0, 625.0])
    with pytest.warns(nueft.NuEFTDomainWarning):
        assert np.isnan(nusmeft.same_sign_ww_ratio(0.1, 0.0))
    _, status = nusmeft.same_sign_ww_ratio([np.nan, 0.1], [0.1, 0.0], return_status=True)
    assert list(status) == [_capi.POINT_NAN_INPUT, _capi.POINT_NONPOSITIVE_INPUT]


def test_selected_observables_equal_the_full_rows():
    rng = np.random.default_rng(3)
    p = nusmeft.single_sterile(rng.uniform(80, 1000, 333), rng.uniform(1000, 6000, 333), mixing=0.01)
    full = nusmeft.observables(p, ckm="pdg")
    names = ["chi_squared", "delta_a_mu", "lhc_ratio_mu", "yukawa_ratio_mu"]
    part = nusmeft.observables(p, ckm="pdg", select=names)
    assert part.shape == (4, 333)
    for k, name in enumerate(names):
        assert np.array_equal(part[k], full[nusmeft.OBSERVABLES.index(name)])
    assert np.array_equal(nusmeft.chi2(p, ckm="pdg"), full[nusmeft.OBSERVABLES.index("chi_squared")])
    lagrangian_records = nusmeft.lagrangian_pack([1200.0], np.diag([5e-11] * 3).astype(complex)[None],
                                                 np.array([[[0], [3.0], [0]]], dtype=complex), [[[300.0]]],
                                                 np.array([[[0, -1 / 1200.0 ** 2, 0]]], dtype=complex))
    assert np.array_equal(nusmeft.lagrangian(lagrangian_records, select=["delta_a_mu"])[0],
                          nusmeft.lagrangian(lagrangian_records)[nusmeft.OBSERVABLES.index("delta_a_mu")])
    for bad in ([], ["delta_a_mu", "delta_a_mu"], ["nope"]):
        with pytest.raises(ValueError):
            nusmeft.observables(p, select=bad)


def test_out_arrays_are_written_in_place():
    p = nusmeft.single_sterile(np.linspace(100, 900, 37), 3000.0, mixing=0.01)
    fresh = nusmeft.observables(p)
    out = np.full((len(nusmeft.OBSERVABLES), 37), np.nan)
    assert nusmeft.observables(p, out=out) is out and np.array_equal(out, fresh)
    picked = np.empty((2, 37))
    assert nusmeft.observables(p, select=["delta_a_mu", "chi_squared"], out=picked) is picked
    assert np.array_equal(picked, fresh[[nusmeft.OBSERVABLES.index("delta_a_mu"), nusmeft.OBSERVABLES.index("chi_squared")]])
    c = np.empty(37)
    assert nusmeft.chi2(p, out=c) is c and np.array_equal(c, fresh[nusmeft.OBSERVABLES.index("chi_squared")])
    values, status = nusmeft.chi2(p, return_status=True)
    assert np.array_equal(values, c) and status.shape == (37,) and np.all(status == 0)
    for bad in (np.empty((27, 36)), np.empty((27, 37), dtype=np.float32), np.empty((37, 27)).T, [[0.0] * 37] * 27):
        with pytest.raises(ValueError):
            nusmeft.observables(p, out=bad)
    with pytest.raises(ValueError):
        nusmeft.chi2(p, out=np.empty((1, 37)))
    readonly = np.empty((27, 37))
    readonly.flags.writeable = False
    with pytest.raises(ValueError):
        nusmeft.observables(p, out=readonly)
