"""nuSMEFT and lepton g-2 (V. Cirigliano et al., 000_b99ff7acfa28d225.txt) over NumPy arrays.

The right-handed current O_Hnue with n = 1..4 sterile states. A batch of points in physical
inputs is a (field_count(n), count) float64 array (field-major, see `pack`); `observables`
returns a (27, count) array in the order of OBSERVABLES (Swift `NuSMEFTObservable`, C
`enum nueft_nusmeft_observable`). Masses in GeV, C_Hnue in GeV^-2, EDMs in e cm, magnetic
moments in mu_B, half-lives in yr. Input sets: "paper" (reproduces the paper), "current", a
dict {"base": "paper", "values": {...}} or a path to such a JSON file.
Swift: NuEFT `NuSMEFT*`; C: `nueft_nusmeft_*` in nueft.h.
"""
from __future__ import annotations

import json
import os
import warnings

import numpy as np

from . import _capi
from ._nusmeft_scan import FIGURE_PANELS, REGIONS, allowed_window, figure_panels, region, scan  # noqa: F401
from .loops import NuEFTDomainWarning

OBSERVABLES = [
    "delta_a_e", "delta_a_mu", "delta_a_tau", "edm_e", "edm_mu", "edm_tau",
    "br_mu_e_gamma", "br_tau_mu_gamma", "br_tau_e_gamma",
    "yukawa_ratio_e", "yukawa_ratio_mu", "yukawa_ratio_tau", "neutrino_magnetic_moment_bound",
    "fermi_constant_ratio", "vud_ratio", "vus_ke3_ratio", "vus_kmu3_ratio",
    "c1l_re", "c1l_im", "c1r_re", "c1r_im", "inverse_half_life", "inverse_half_life_c1r",
    "lhc_ratio_e", "lhc_ratio_mu", "perturbativity_ratio", "chi_squared",
]
INPUT_SETS = {"paper": 0, "current": 1}
ELECTRON_REFERENCES = {"rb": 0, "cs": 1, "none": 2}
CKM_TERMS = {None: 0, "off": 0, "pdg": 1, "th": 2}   # C: enum nueft_nusmeft_ckm_term
VUD_SOURCES = {"pdg": 0, "th": 1}
MAX_STERILE = 4


def field_count(n: int) -> int:
    """Doubles per physical record: 3 + 13 n + 2 n^2."""
    k = _capi.lib.nueft_nusmeft_field_count(int(n))
    if k < 0:
        raise ValueError(f"n = {n} sterile states; 1..{MAX_STERILE} supported")
    return k


def lagrangian_field_count(n: int) -> int:
    """Doubles per Lagrangian record: 19 + 12 n + 2 n^2."""
    k = _capi.lib.nueft_nusmeft_lagrangian_field_count(int(n))
    if k < 0:
        raise ValueError(f"n = {n} sterile states; 1..{MAX_STERILE} supported")
    return k


def _interleave(z, count, inner):
    z = np.asarray(z, dtype=np.complex128).reshape(count, inner)
    out = np.empty((2 * inner, count))
    out[0::2] = z.real.T
    out[1::2] = z.imag.T
    return out


def pack(scale, masses, active_mixing, sterile_mixing, coefficients, mbb=None) -> np.ndarray:
    """The (field_count(n), count) record array of physical inputs.

    scale (count,) GeV; masses (count, n) GeV; active_mixing U_aj (count, 3, n); sterile_mixing
    U_Sj (count, n, n); coefficients (C_Hnue)_Sa (count, n, 3) GeV^-2 at scale; mbb (count,)
    GeV or None. Complex arrays may be real."""
    scale = np.atleast_1d(np.asarray(scale, dtype=np.float64))
    count = scale.size
    masses = np.asarray(masses, dtype=np.float64).reshape(count, -1)
    n = masses.shape[1]
    field_count(n)
    rows = [scale[None, :], masses.T,
            _interleave(active_mixing, count, 3 * n), _interleave(sterile_mixing, count, n * n),
            _interleave(coefficients, count, 3 * n),
            _interleave(np.zeros(count) if mbb is None else mbb, count, 1)]
    return np.ascontiguousarray(np.concatenate(rows, axis=0))


def single_sterile(m4, scale, *, flavour="mu", mixing=0.01, coefficient=-1.0) -> np.ndarray:
    """The n = 1 points of the paper's figures: U_l4 = mixing, U_S4 = 1 and
    [Cbar]_4l = coefficient / scale^2 (scale in GeV); m4 and scale broadcast."""
    m4, scale = np.broadcast_arrays(np.asarray(m4, dtype=np.float64), np.asarray(scale, dtype=np.float64))
    m4, scale = m4.ravel(), scale.ravel()
    l = {"e": 0, "mu": 1, "tau": 2}[flavour]
    # The record rows directly (the same array as pack(...) with these inputs, without the
    # complex intermediates: building records must not cost more than evaluating them).
    records = np.zeros((field_count(1), m4.size))
    records[0] = scale
    records[1] = m4
    records[2 + 2 * l] = mixing          # Re U_l4
    records[8] = 1.0                     # Re U_S4
    records[10 + 2 * l] = coefficient / scale ** 2   # Re (C_Hnue)_Sl
    return records


def _inputs(inputs):
    if isinstance(inputs, dict):
        return 0, json.dumps(inputs).encode()
    if isinstance(inputs, str) and inputs in INPUT_SETS:
        return INPUT_SETS[inputs], None
    if isinstance(inputs, (str, os.PathLike)) and os.path.exists(inputs):
        with open(inputs, encoding="utf-8") as f:
            return 0, f.read().encode()
    raise ValueError(f"inputs must be one of {list(INPUT_SETS)}, a dict or a JSON file, got {inputs!r}")


def _selection(select):
    """The observable indices of `select` (names of OBSERVABLES), or None for all."""
    if select is None:
        return None
    names = [select] if isinstance(select, str) else list(select)
    unknown = [name for name in names if name not in OBSERVABLES]
    if unknown or not names or len(set(names)) != len(names):
        raise ValueError(f"select must be distinct names of OBSERVABLES, got {select!r}")
    return np.array([OBSERVABLES.index(name) for name in names], dtype=np.int32)


def _output(out, rows, count):
    """A fresh (rows, count) array, or `out` if it is one the kernel can write in place."""
    if out is None:
        return np.empty((rows, count))
    if (not isinstance(out, np.ndarray) or out.dtype != np.float64 or out.shape != (rows, count)
            or not out.flags.c_contiguous or not out.flags.writeable):
        raise ValueError(f"out must be a writeable C-contiguous float64 array of shape ({rows}, {count}), got "
                         f"{getattr(out, 'dtype', type(out).__name__)} {getattr(out, 'shape', '')}")
    return out


def _run(function, records, n, fields, inputs, electron_reference, return_status, ckm=None, select=None, out=None):
    r = np.ascontiguousarray(np.asarray(records, dtype=np.float64))
    if r.ndim == 1:
        r = r[:, None]
    if r.ndim != 2 or r.shape[0] != fields:
        raise ValueError(f"records must have shape ({fields}, count) for n = {n}, got {r.shape}")
    if electron_reference not in ELECTRON_REFERENCES:
        raise ValueError(f"electron_reference must be one of {list(ELECTRON_REFERENCES)}")
    if ckm not in CKM_TERMS:
        raise ValueError(f"ckm must be one of {list(CKM_TERMS)}")
    rows = _selection(select)
    s, js = _inputs(inputs)
    count = r.shape[1]
    out = _output(out, len(OBSERVABLES) if rows is None else rows.size, count)
    status = np.empty(count, dtype=np.int32)
    if rows is None:
        code = getattr(_capi.lib, function + "_v2")(count, n, s, js, ELECTRON_REFERENCES[electron_reference], CKM_TERMS[ckm],
                                                    r.ctypes.data, out.ctypes.data, status.ctypes.data)
    else:
        code = getattr(_capi.lib, function.replace("_batch", "_select_batch"))(
            count, n, s, js, ELECTRON_REFERENCES[electron_reference], CKM_TERMS[ckm], rows.size, rows.ctypes.data,
            r.ctypes.data, out.ctypes.data, status.ctypes.data)
    _finish(code, function, status, "points had invalid inputs", return_status)
    return (out, status) if return_status else out


def observables(records, n=1, *, inputs="paper", electron_reference="rb", ckm=None, select=None, out=None,
                return_status=False):
    """Every observable (27, count) of physical records (field_count(n), count).
    ckm: None/"off" (default), "pdg" or "th" adds the CKM-unitarity term (ckm_chi2) to the chi^2.
    select: names of OBSERVABLES -> a (len(select), count) array of just those rows (the same
    values, less memory traffic: much faster when few are needed).
    out: a writeable C-contiguous float64 array of the result's shape to write into and return
    (a scan that calls this repeatedly saves allocating and first-touching the result: ~25%).
    C: nueft_nusmeft_observables_batch_v2, nueft_nusmeft_observables_select_batch."""
    return _run("nueft_nusmeft_observables_batch", records, int(n), field_count(n), inputs, electron_reference,
                return_status, ckm, select, out)


def lagrangian_pack(scale, ML, MD, MR, coefficients) -> np.ndarray:
    """The (lagrangian_field_count(n), count) records: scale (count,), M_L (count, 3, 3),
    M_D (count, 3, n), M_R (count, n, n) in GeV (eq. (2.4)), C_Hnue (count, n, 3) GeV^-2."""
    scale = np.atleast_1d(np.asarray(scale, dtype=np.float64))
    count = scale.size
    MD = np.asarray(MD, dtype=np.complex128).reshape(count, 3, -1)
    n = MD.shape[2]
    return np.ascontiguousarray(np.concatenate([scale[None, :], _interleave(ML, count, 9), _interleave(MD, count, 3 * n),
                                                _interleave(MR, count, n * n), _interleave(coefficients, count, 3 * n)], axis=0))


def lagrangian(records, n=1, *, inputs="paper", electron_reference="rb", ckm=None, select=None, out=None,
               return_status=False):
    """Every observable from Lagrangian records (Takagi factorization first); ckm, select, out as
    in observables. C: nueft_nusmeft_lagrangian_batch_v2, nueft_nusmeft_lagrangian_select_batch."""
    return _run("nueft_nusmeft_lagrangian_batch", records, int(n), lagrangian_field_count(n), inputs,
                electron_reference, return_status, ckm, select, out)


def chi2(records, n=1, *, out=None, return_status=False, **options):
    """The chi^2 per point (Likelihood.swift); thread-safe, for a fitter (writes only that row).
    out: a writeable contiguous float64 array of shape (count,) to write into and return.
    return_status: also return the per-point status codes."""
    target = None
    if out is not None:
        if not isinstance(out, np.ndarray) or out.ndim != 1:
            raise ValueError(f"out must be a 1-D float64 array of shape (count,), got {getattr(out, 'shape', type(out).__name__)}")
        target = out[None, :]
    result = observables(records, n, select=["chi_squared"], out=target, return_status=return_status, **options)
    rows, status = result if return_status else (result, None)
    values = out if out is not None else rows[0]
    return (values, status) if return_status else values


def as_dict(values) -> dict:
    """{name: row} of a (27, count) observables array."""
    return {name: values[k] for k, name in enumerate(OBSERVABLES)}


def ckm_chi2(electron_mixing, muon_mixing, *, vud="pdg", inputs="paper", return_status=False):
    """The CKM-unitarity chi^2 term of sec. 4.4: chi2(u_e, u_mu) - chi2(0, 0), profiled over |V_us|,
    with u_a = sum_j |U_aj|^2 (arrays, broadcast). NaN and a mixing outside [0, 1] give NaN (a
    NuEFTDomainWarning unless return_status). It equals 2.71 at u = ckm_bound()**2.
    C: nueft_nusmeft_ckm_chi2_batch."""
    ue, um = np.broadcast_arrays(np.asarray(electron_mixing, dtype=np.float64), np.asarray(muon_mixing, dtype=np.float64))
    shape = ue.shape
    ue, um = np.ascontiguousarray(ue.ravel()), np.ascontiguousarray(um.ravel())
    if vud not in VUD_SOURCES:
        raise ValueError(f"vud must be one of {list(VUD_SOURCES)}")
    s, js = _inputs(inputs)
    out = np.empty(ue.size)
    status = np.empty(ue.size, dtype=np.int32)
    code = _capi.lib.nueft_nusmeft_ckm_chi2_batch(ue.size, s, js, VUD_SOURCES[vud], ue.ctypes.data, um.ctypes.data,
                                                  out.ctypes.data, status.ctypes.data)
    _finish(code, "ckm_chi2", status, "mixings were invalid (NaN, inf, or outside [0, 1])", return_status, stacklevel=3)
    out, status = out.reshape(shape), status.reshape(shape)
    return (out, status) if return_status else out


def ckm_bound(flavour="mu", *, vud="pdg", inputs="paper") -> float:
    """The 95% CL bound on |U_l4| of eqs. (4.22)-(4.23). C: nueft_nusmeft_ckm_bound."""
    out = np.zeros(1)
    code = _capi.lib.nueft_nusmeft_ckm_bound(INPUT_SETS[inputs], {"e": 0, "mu": 1}[flavour],
                                             {"pdg": 0, "th": 1}[vud], out.ctypes.data)
    if code != _capi.OK:
        raise _capi.NuEFTError(code, "nueft.nusmeft.ckm_bound")
    return float(out[0])


# ---- sec. 3.1: dimension-six estimates; eq. (4.46): same-sign WW ---------------------------

TABLE2_OPERATORS = ["LnuH", "Hnu", "Hnue", "nunu", "unu_dnu", "enu", "dunue", "nuB_nuW", "Qnu", "Lnu",
                    "LnuLe", "LnuQd", "LdQnu", "QunuL"]   # C: enum nueft_nusmeft_table2_operator
TABLE2_NORMALIZATIONS = {"eq34": 0, "printed": 1}
LEPTONS = {"e": 0, "mu": 1}


def _finish(code, function, status, what, return_status, stacklevel=4):
    """Raise for a call-level error; warn (unless the caller takes the status) when some points
    failed: "<function>: <bad> of <count> <what>; their values are NaN"."""
    if code == _capi.ERR_SOME_POINTS_FAILED:
        if not return_status:
            warnings.warn(f"nueft.nusmeft.{function}: {int(np.count_nonzero(status))} of {status.size} {what}; "
                          "their values are NaN.", NuEFTDomainWarning, stacklevel=stacklevel)
    elif code != _capi.OK:
        raise _capi.NuEFTError(code, f"nueft.nusmeft.{function}")


def _check(code, name):
    if code != _capi.OK:
        raise _capi.NuEFTError(code, f"nueft.nusmeft.{name}")


def _pointwise(name, args, inputs_shape, return_status, what):
    out = np.empty(inputs_shape[0])
    status = np.empty(inputs_shape[0], dtype=np.int32)
    code = getattr(_capi.lib, name)(*args, out.ctypes.data, status.ctypes.data)
    _finish(code, name, status, f"{what} were invalid", return_status)
    out, status = out.reshape(inputs_shape[1]), status.reshape(inputs_shape[1])
    return (out, status) if return_status else out


def table2_ratio(operator, lepton="mu", neutrino_yukawa=1.0, *, normalization="eq34", inputs="paper", return_status=False):
    """Table 2: Delta a_l / (C_i Delta a_l^expt) at Y_nu (array, >= 0). normalization "eq34" is
    eq. (3.4) as printed, "printed" its 1/sqrt(2) that reproduces the printed table.
    C: nueft_nusmeft_table2_ratio_batch."""
    if operator not in TABLE2_OPERATORS or lepton not in LEPTONS or normalization not in TABLE2_NORMALIZATIONS:
        raise ValueError(f"operator in {TABLE2_OPERATORS}, lepton in {list(LEPTONS)}, normalization in {list(TABLE2_NORMALIZATIONS)}")
    y = np.asarray(neutrino_yukawa, dtype=np.float64)
    flat = np.ascontiguousarray(y.ravel())
    s, js = _inputs(inputs)
    return _pointwise("nueft_nusmeft_table2_ratio_batch",
                      (flat.size, TABLE2_OPERATORS.index(operator), LEPTONS[lepton], TABLE2_NORMALIZATIONS[normalization], s, js,
                       flat.ctypes.data), (flat.size, y.shape), return_status, "Yukawa couplings")


def neutrino_magnetic_moment(dipole_b, dipole_w, light_mixing, sterile_mixing, *, inputs="paper") -> np.ndarray:
    """[mu_nu]_ij in mu_B (3, 3) complex of O_nuB, O_nuW: eq. (4.12) with the factor v.
    dipole_b, dipole_w: [C]_aS (3, n) GeV^-2; light_mixing U_ai (3, 3); sterile_mixing U_Sj (n, 3).
    C: nueft_nusmeft_neutrino_magnetic_moment."""
    cb = np.ascontiguousarray(np.asarray(dipole_b, dtype=np.complex128).reshape(3, -1))
    n = cb.shape[1]
    cw = np.ascontiguousarray(np.asarray(dipole_w, dtype=np.complex128).reshape(3, n))
    u = np.ascontiguousarray(np.asarray(light_mixing, dtype=np.complex128).reshape(3, 3))
    us = np.ascontiguousarray(np.asarray(sterile_mixing, dtype=np.complex128).reshape(n, 3))
    out = np.empty((3, 3), dtype=np.complex128)
    s, js = _inputs(inputs)
    _check(_capi.lib.nueft_nusmeft_neutrino_magnetic_moment(n, s, js, cb.ctypes.data, cw.ctypes.data, u.ctypes.data,
                                                             us.ctypes.data, out.ctypes.data), "neutrino_magnetic_moment")
    return out


def dipole_bound(weak=False, *, inputs="paper") -> float:
    """The largest v^2 |U* C_nuB U*| (weak=False) or with C_nuW allowed by the mu_nu limit (sec. 3.1).
    C: nueft_nusmeft_dipole_bound."""
    s, js = _inputs(inputs)
    out = np.zeros(1)
    _check(_capi.lib.nueft_nusmeft_dipole_bound(s, js, int(bool(weak)), out.ctypes.data), "dipole_bound")
    return float(out[0])


def lnule_dipole_beta(x, *, inputs="paper"):
    """Eq. (3.6): (dC_eB/dln mu, dC_eW/dln mu) for x = sum [C_LnuLe]_lStl [Y_nu*]_tS (GeV^-2, complex).
    C: nueft_nusmeft_lnule_dipole_beta."""
    s, js = _inputs(inputs)
    xa = np.array([complex(x).real, complex(x).imag])
    b, w = np.zeros(2), np.zeros(2)
    _check(_capi.lib.nueft_nusmeft_lnule_dipole_beta(s, js, xa.ctypes.data, b.ctypes.data, w.ctypes.data), "lnule_dipole_beta")
    return complex(b[0], b[1]), complex(w[0], w[1])


def lnule_leading_log(lepton="mu", *, inputs="paper") -> float:
    """Eq. (3.7): K_l in Delta a_l/Delta a_l^expt = K_l v^2 Re(x) ln^2(m_4/Lambda) (printed 0.2, -2.8;
    re-derived -0.85, +11.7, see NuSMEFT.md). C: nueft_nusmeft_lnule_leading_log."""
    if lepton not in LEPTONS:
        raise ValueError(f"lepton must be one of {list(LEPTONS)}")
    s, js = _inputs(inputs)
    out = np.zeros(1)
    _check(_capi.lib.nueft_nusmeft_lnule_leading_log(s, js, LEPTONS[lepton], out.ctypes.data), "lnule_leading_log")
    return float(out[0])


def same_sign_ww_ratio(coefficient, mixing, *, return_status=False):
    """Eq. (4.46): sigma^{d=6}/sigma^{d=4} of same-sign WW = (|C_Hnue|/(2|U_l4|))^4, C_Hnue = v^2 [Cbar]_4l
    (arrays, broadcast); the interference term is not included. C: nueft_nusmeft_same_sign_ww_ratio_batch."""
    c, u = np.broadcast_arrays(np.asarray(coefficient, dtype=np.float64), np.asarray(mixing, dtype=np.float64))
    shape = c.shape
    c, u = np.ascontiguousarray(c.ravel()), np.ascontiguousarray(u.ravel())
    return _pointwise("nueft_nusmeft_same_sign_ww_ratio_batch", (c.size, c.ctypes.data, u.ctypes.data), (c.size, shape),
                      return_status, "points")
