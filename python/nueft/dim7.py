"""Dimension-7 Delta L = 2 SMEFT (G. Fridell et al., 002_3ba235c4befdeead.txt) over NumPy arrays.

Wilson coefficients are real or complex, in TeV^-3; Lambda = |C|^(-1/3) in TeV; flavour indices 0-based
(0 = e/u/d, 1 = mu/c/s, 2 = tau/t/b). A full SMEFT point is a (540,) array (see
`component_index`), a full LEFT point (1089,). Input sets: "paper" (reproduces the paper),
"current". Conventions: "consistent" (the paper's formulas) or "paper" (its printed tables;
see Dim7.md for every difference). Swift: NuEFT `Dim7*`; C: `nueft_dim7_*` in nueft.h.
"""
from __future__ import annotations

import ctypes
import json
import warnings

import numpy as np

from . import _capi
from .loops import NuEFTDomainWarning

#: Table 1, in the order of `enum nueft_dim7_operator` / Swift `Dim7Operator`.
OPERATORS = ["LH", "LeHD", "LHD1", "LHD2", "LHB", "LHW", "duLLD", "eLLLH", "dLueH", "dLQLH1", "dLQLH2", "QuLLH"]
#: The LEFT operators, in the order of `enum nueft_dim7_left_operator` / `Dim7LEFTOperator`.
LEFT_OPERATORS = ["eNuLLScalar", "eNuRLScalar", "eNuLLTensor", "dNuLLScalar", "dNuLLTensor", "uNuRLScalar",
                  "duNuELLScalar", "duNuERLScalar", "duNuELLTensor", "duNuELRVector", "duNuERRVector",
                  "duNuELLVector7", "duNuERLVector7", "vectorLL9", "vectorLR9", "magneticMoment", "neutrinoMass"]
#: The probes, in the order of `enum nueft_dim7_probe` / `Dim7Probe`.
PROBES = ["collider", "double_beta", "oscillations", "cevns", "kaon_decays", "b_meson_decays",
          "muon_decay", "magnetic_moment", "naturalness"]
INPUT_SETS = {"paper": 0, "current": 1}
CONVENTIONS = {"consistent": 0, "paper": 1}
SCENARIOS = {"current": 0, "future": 1}
SMEFT_SIZE = 540
LEFT_SIZE = 1089
WCXF_EFT, WCXF_BASIS = "SMEFT", "NuEFT-dim7"


def _op(op):
    if isinstance(op, str):
        name = op[2:] if op.startswith("O_") else op
        lower = [o.lower() for o in OPERATORS]
        if name.lower() not in lower:
            raise ValueError(f"unknown dimension-7 operator {op!r}; known: {OPERATORS}")
        return lower.index(name.lower())
    if not 0 <= int(op) < len(OPERATORS):
        raise ValueError(f"operator index {op} outside 0..11")
    return int(op)


def _left_op(op):
    if isinstance(op, str):
        if op not in LEFT_OPERATORS:
            raise ValueError(f"unknown LEFT operator {op!r}; known: {LEFT_OPERATORS}")
        return LEFT_OPERATORS.index(op)
    return int(op)


def index_count(op) -> int:
    """2 for the Psi^2 operators (indices pr), 4 for the four-fermion ones (prst)."""
    return 2 if _op(op) < 6 else 4


def component_index(op, indices) -> int:
    """Position of C_op^{indices} in a (540,) SMEFT point."""
    k = _op(op)
    indices = list(indices)
    if len(indices) != index_count(k) or not all(0 <= i <= 2 for i in indices):
        raise ValueError(f"{OPERATORS[k]} needs {index_count(k)} flavour indices in 0..2, got {indices}")
    flat = 0
    for i in indices:
        flat = 3 * flat + i
    return (9 * k if k < 6 else 54 + 81 * (k - 6)) + flat


def left_index(op, indices) -> int:
    """Position of a LEFT coefficient in a (1089,) LEFT point."""
    k = _left_op(op)
    flat = 0
    for i in indices:
        flat = 3 * flat + i
    return (81 * k if k < 13 else 1053 + 9 * (k - 13)) + flat


def point(values=None, **components) -> np.ndarray:
    """A (540,) SMEFT point from {(op, indices): C} and/or WCxf-style keywords (dLQLH1_1213=0.5,
    1-based indices), with C_LH^{rp} = C_LH^{pr} and C_LHB^{rp} = -C_LHB^{pr} filled in."""
    items = list((values or {}).items()) + [(_key_component(k), v) for k, v in components.items()]
    c = np.zeros(SMEFT_SIZE, dtype=complex if any(np.iscomplexobj(v) for _, v in items) else np.float64)
    for (op, indices), value in items:
        k = _op(op)
        indices = list(indices)
        if k == 4 and indices[0] == indices[1] and value != 0:
            raise ValueError("C_LHB is antisymmetric: its diagonal vanishes")
        c[component_index(k, indices)] = value
        if k == 0:
            c[component_index(k, indices[::-1])] = value
        elif k == 4:
            c[component_index(k, indices[::-1])] = -value
    return c


def _key_component(key):
    name, _, digits = key.rpartition("_")
    k = _op(name)
    indices = [int(d) - 1 for d in digits]
    if len(indices) != index_count(k) or not all(0 <= i <= 2 for i in indices):
        raise ValueError(f"WCxf key {key!r} needs {index_count(k)} indices from 1 to 3")
    return k, indices


def _options(inputs, convention, scenario="current"):
    try:
        return INPUT_SETS[inputs], CONVENTIONS[convention], SCENARIOS[scenario]
    except KeyError as error:
        raise ValueError(f"unknown option {error}; inputs {list(INPUT_SETS)}, convention {list(CONVENTIONS)}, "
                         f"scenario {list(SCENARIOS)}") from None


def _check(code, function):
    if code != _capi.OK:
        raise _capi.NuEFTError(code, f"nueft.dim7.{function}")


def scale(c, *, return_status=False):
    """Lambda = |C|^(-1/3) (TeV, C in TeV^-3); C = 0 gives inf; NaN/inf give NaN + warning
    (or codes with return_status=True). C: nueft_dim7_scale_batch."""
    c = np.ascontiguousarray(np.asarray(c, dtype=np.float64))
    out = np.empty_like(c)
    status = np.empty(c.shape, dtype=np.int32)
    code = _capi.lib.nueft_dim7_scale_batch(c.size, c.ctypes.data, out.ctypes.data, status.ctypes.data)
    _warn_or_raise(code, "scale", status, return_status)
    if c.ndim == 0:
        out, status = out[()], status[()]
    return (out, status) if return_status else out


def _warn_or_raise(code, function, status, return_status):
    if code == _capi.ERR_SOME_POINTS_FAILED:
        if not return_status:
            warnings.warn(f"nueft.dim7.{function}: {int(np.count_nonzero(status))} of {status.size} points had "
                          "NaN or infinite coefficients; their results are NaN.", NuEFTDomainWarning, stacklevel=3)
    elif code != _capi.OK:
        raise _capi.NuEFTError(code, f"nueft.dim7.{function}")


def _smeft(c):
    c = np.asarray(c)
    c = np.ascontiguousarray(c, dtype=np.complex128 if np.iscomplexobj(c) else np.float64)
    if c.shape != (SMEFT_SIZE,):
        raise ValueError(f"a SMEFT point is a ({SMEFT_SIZE},) array, got shape {c.shape}")
    return c


def match(c, *, inputs="paper", convention="consistent", complex=False) -> np.ndarray:
    """Every LEFT coefficient (1089,) of a SMEFT point (540,): Table 2, eqs. (4.4)-(4.7), (4.35),
    delta m = -(v/2) v^3 C_LH. A complex point, or complex=True, gives complex LEFT coefficients
    (the "current" inputs carry the complex PDG 2024 CKM matrix); otherwise the real parts.
    C: nueft_dim7_match, nueft_dim7_match_complex."""
    c = _smeft(c)
    s, conv, _ = _options(inputs, convention)
    if complex or np.iscomplexobj(c):
        c = np.ascontiguousarray(c, dtype=np.complex128)
        out = np.empty(LEFT_SIZE, dtype=np.complex128)
        _check(_capi.lib.nueft_dim7_match_complex(s, conv, c.ctypes.data, out.ctypes.data), "match")
        return out
    out = np.empty(LEFT_SIZE)
    _check(_capi.lib.nueft_dim7_match(s, conv, c.ctypes.data, out.ctypes.data), "match")
    return out


def canonicalized(c, *, return_status=False) -> np.ndarray:
    """The canonical representative of the same interaction: the flavour relation of O_eLLLH,
    O^{prst} - O^{psrt} = O^{ptrs} - O^{ptsr} (its three lepton doublets anticommute; Fierz and
    SU(2) Schouten identities; Liao-Ma, arXiv:1901.10302), maps C_eLLLH onto its 57 independent
    components (19 per p): per p, C^{paba} (a != b) goes half to C^{paab}, half to C^{pbaa};
    C^{p210} goes to C^{p102} + C^{p201} - C^{p012} and C^{p120} to C^{p102} + C^{p201} - C^{p021}
    (0-based). Every LEFT coefficient and probe is unchanged; other operators are copied.

    c: a (540,) point or an (n, 540) batch, real or complex. Points with NaN/inf entries give NaN
    and a warning (or their status codes with return_status=True).
    C: nueft_dim7_canonicalize(_complex); Swift: Dim7WilsonCoefficients.canonicalized()."""
    c = np.asarray(c)
    if c.ndim not in (1, 2) or c.shape[-1] != SMEFT_SIZE:
        raise ValueError(f"a SMEFT point is a ({SMEFT_SIZE},) array, a batch (n, {SMEFT_SIZE}); got shape {c.shape}")
    is_complex = np.iscomplexobj(c)
    c = np.ascontiguousarray(c, dtype=np.complex128 if is_complex else np.float64)
    n = 1 if c.ndim == 1 else c.shape[0]
    out = np.empty_like(c)
    status = np.empty(n, dtype=np.int32)
    function = _capi.lib.nueft_dim7_canonicalize_complex if is_complex else _capi.lib.nueft_dim7_canonicalize
    code = function(n, c.ctypes.data, out.ctypes.data, status.ctypes.data)
    _warn_or_raise(code, "canonicalized", status, return_status)
    if return_status:
        return out, (status[0] if c.ndim == 1 else status)
    return out


def is_canonical(c):
    """True where every redundant C_eLLLH component is zero (see `canonicalized`); a bool for a
    (540,) point, a bool array for an (n, 540) batch. Swift: Dim7WilsonCoefficients.isCanonical."""
    c = np.asarray(c)
    same = canonicalized(c) == c
    return bool(np.all(same)) if c.ndim == 1 else np.all(same, axis=1)


def scale_limits(c, *, inputs="paper", convention="consistent", scenario="current") -> dict:
    """{probe: Lambda (TeV)} excluded along the direction of a SMEFT point (probes that do not
    see it are left out). C: nueft_dim7_scale_limits."""
    c = _smeft(c)
    if np.iscomplexobj(c):
        # Lambda along a complex direction: the largest |C| is 1 TeV^-3, R^(1/3) per probe.
        norm = float(np.max(np.abs(c)))
        if norm == 0:
            raise _capi.NuEFTError(_capi.ERR_INVALID_ARGUMENT, "nueft.dim7.scale_limits")
        lh, lhb = c[0:9].reshape(3, 3), c[36:45].reshape(3, 3)
        if not (np.array_equal(lh, lh.T) and np.array_equal(lhb, -lhb.T)):
            raise _capi.NuEFTError(_capi.ERR_INVALID_ARGUMENT, "nueft.dim7.scale_limits: C_LH must be symmetric, C_LHB antisymmetric")
        nz = np.flatnonzero(c)
        comps = [_component_of_index(k) for k in nz if _independent(k)]
        keep = [k for k in nz if _independent(k)]
        with Plan(comps, inputs=inputs, convention=convention, scenario=scenario, complex=True) as plan:
            r, _ = plan.evaluate((c[keep] / norm)[:, None])
        return {p: float(np.cbrt(v[0])) for p, v in zip(PROBES, r) if v[0] > 0}
    s, conv, scen = _options(inputs, convention, scenario)
    out = np.empty(len(PROBES))
    _check(_capi.lib.nueft_dim7_scale_limits(s, conv, scen, c.ctypes.data, out.ctypes.data), "scale_limits")
    return {p: float(v) for p, v in zip(PROBES, out) if v > 0}


def _components(components):
    raw = np.zeros((len(components), 5), dtype=np.int32)
    for j, (op, indices) in enumerate(components):
        raw[j, 0] = _op(op)
        raw[j, 1:1 + len(indices)] = indices
    return raw


def _coefficients(coefficients, k):
    c = np.ascontiguousarray(np.asarray(coefficients, dtype=np.float64))
    if c.ndim != 2 or c.shape[0] != k:
        raise ValueError(f"coefficients must have shape ({k}, n), got {c.shape}")
    return c


def _component_of_index(k):
    """(operator, indices) of a position in a (540,) point."""
    if k < 54:
        return k // 9, [(k % 9) // 3, k % 3]
    op, flat = 6 + (k - 54) // 81, (k - 54) % 81
    return op, [flat // 27, (flat // 9) % 3, (flat // 3) % 3, flat % 3]


def _independent(k):
    """False for the dependent half of C_LH, C_LHB (p > r), which a plan component sets itself."""
    op, idx = _component_of_index(k)
    return not (op in (0, 4) and idx[0] > idx[1])


def _left_components(left_components):
    lraw = np.zeros((len(left_components), 5), dtype=np.int32)
    for j, (op, indices) in enumerate(left_components):
        lraw[j, 0] = _left_op(op)
        lraw[j, 1:1 + len(indices)] = indices
    return lraw


class Plan:
    """A batch plan built once (components, LEFT outputs, options) and evaluated many times: the
    fitter's inner loop. C: nueft_dim7_plan_create / _evaluate / _destroy.

    components: k pairs (operator, indices); left_components: l pairs (LEFT operator, indices);
    complex=True: points carry complex coefficients. Use as a context manager or call close();
    the handle is also released when the object is collected."""

    def __init__(self, components, left_components=(), *, inputs="paper", convention="consistent",
                 scenario="current", complex=False):
        raw = _components(components)
        lraw = _left_components(left_components)
        s, conv, scen = _options(inputs, convention, scenario)
        handle = ctypes.c_void_p()
        code = _capi.lib.nueft_dim7_plan_create(len(raw), len(lraw), s, conv, scen, 1 if complex else 0, raw.ctypes.data,
                                                lraw.ctypes.data if len(lraw) else None, ctypes.byref(handle))
        _check(code, "Plan")
        self._handle = handle
        self.k, self.l, self.complex = len(raw), len(lraw), bool(complex)

    def close(self):
        """Releases the C plan (idempotent)."""
        handle, self._handle = getattr(self, "_handle", None), None
        if handle is not None and handle.value:
            _check(_capi.lib.nueft_dim7_plan_destroy(handle), "Plan.close")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def evaluate(self, coefficients, *, imaginary=None, return_status=False):
        """R (9, n) and seen (n,) for (k, n) coefficients (complex for a complex plan); with LEFT
        components also the (l, n) LEFT coefficients (complex for a complex plan or a complex CKM,
        else real); with return_status=True also the (n,) status codes. A complex plan also takes
        the real and imaginary parts as two real (k, n) arrays (coefficients, imaginary=...),
        which the C call reads without copying (a complex128 array is split into two copies)."""
        if self._handle is None:
            raise ValueError("the plan is closed")
        c = np.asarray(coefficients)
        if (np.iscomplexobj(c) or imaginary is not None) and not self.complex:
            raise ValueError("complex coefficients need Plan(..., complex=True)")
        if c.ndim != 2 or c.shape[0] != self.k:
            raise ValueError(f"coefficients must have shape ({self.k}, n), got {c.shape}")
        if imaginary is not None:
            if np.iscomplexobj(c) or np.iscomplexobj(imaginary) or np.shape(imaginary) != c.shape:
                raise ValueError("imaginary= takes a real array of the shape of the real coefficients")
            re = np.ascontiguousarray(c, dtype=np.float64)
            im = np.ascontiguousarray(imaginary, dtype=np.float64)
        else:
            re = np.ascontiguousarray(c.real, dtype=np.float64)
            im = np.ascontiguousarray(c.imag, dtype=np.float64) if self.complex else None
        n = c.shape[1]
        r = np.empty((len(PROBES), n))
        seen = np.empty(n, dtype=np.int32)
        status = np.empty(n, dtype=np.int32)
        left_re = np.empty((self.l, n)) if self.l else None
        left_im = np.empty((self.l, n)) if self.l else None
        code = _capi.lib.nueft_dim7_plan_evaluate(
            self._handle, n, re.ctypes.data, im.ctypes.data if im is not None else None, r.ctypes.data, seen.ctypes.data,
            left_re.ctypes.data if self.l else None, left_im.ctypes.data if self.l else None, status.ctypes.data)
        _warn_or_raise(code, "Plan.evaluate", status, return_status)
        out = (r, seen)
        if self.l:
            out += (left_re + 1j * left_im if (self.complex or np.any(left_im)) else left_re,)
        return out + (status,) if return_status else out


def probes(components, coefficients, *, inputs="paper", convention="consistent", scenario="current",
           return_status=False):
    """Signal strengths R (9, n) of every probe for n points carrying k coefficient components.

    components: k pairs (operator, indices); coefficients: (k, n) array in TeV^-3. R >= 1 means
    the probe sees (excludes) the point. Returns (R, seen) with seen an (n,) int32 bitmask
    (bit p for PROBES[p]); with return_status=True also the (n,) status codes.
    Complex coefficients go through a complex Plan. C: nueft_dim7_probes_batch."""
    if np.iscomplexobj(coefficients):
        with Plan(components, inputs=inputs, convention=convention, scenario=scenario, complex=True) as plan:
            return plan.evaluate(coefficients, return_status=return_status)
    raw = _components(components)
    c = _coefficients(coefficients, len(raw))
    s, conv, scen = _options(inputs, convention, scenario)
    n = c.shape[1]
    r = np.empty((len(PROBES), n))
    seen = np.empty(n, dtype=np.int32)
    status = np.empty(n, dtype=np.int32)
    code = _capi.lib.nueft_dim7_probes_batch(n, len(raw), s, conv, scen, raw.ctypes.data, c.ctypes.data,
                                             r.ctypes.data, seen.ctypes.data, status.ctypes.data)
    _warn_or_raise(code, "probes", status, return_status)
    return (r, seen, status) if return_status else (r, seen)


def left(components, left_components, coefficients, *, inputs="paper", convention="consistent"):
    """LEFT coefficients (l, n) of n points carrying k components; left_components: l pairs
    (LEFT operator name or index, indices). Complex coefficients go through a complex Plan and
    give complex LEFT coefficients. C: nueft_dim7_left_batch (real parts)."""
    if np.iscomplexobj(coefficients) or INPUT_SETS.get(inputs) == 1:
        with Plan(components, left_components, inputs=inputs, convention=convention, complex=True) as plan:
            c = np.asarray(coefficients)
            return plan.evaluate(c.astype(np.complex128))[2]
    raw = _components(components)
    lraw = np.zeros((len(left_components), 5), dtype=np.int32)
    for j, (op, indices) in enumerate(left_components):
        lraw[j, 0] = _left_op(op)
        lraw[j, 1:1 + len(indices)] = indices
    c = _coefficients(coefficients, len(raw))
    s, conv, _ = _options(inputs, convention)
    n = c.shape[1]
    out = np.empty((len(lraw), n))
    status = np.empty(n, dtype=np.int32)
    code = _capi.lib.nueft_dim7_left_batch(n, len(raw), len(lraw), s, conv, raw.ctypes.data, lraw.ctypes.data,
                                           c.ctypes.data, out.ctypes.data, status.ctypes.data)
    _warn_or_raise(code, "left", status, False)
    return out


# ---- WCxf (arXiv:1712.05298): basis NuEFT-dim7, values in GeV^-3 -------------------------

def wcxf_key(op, indices) -> str:
    return OPERATORS[_op(op)] + "_" + "".join(str(i + 1) for i in indices)


def to_wcxf(c, *, scale=1000.0, fmt="json") -> str:
    """A WCxf file (JSON or YAML) of a (540,) SMEFT point; values in GeV^-3 (= TeV^-3 / 1e9);
    LH and LHB only with p <= r; the point is written as `canonicalized(c)` (the same interaction),
    so only the 57 independent O_eLLLH keys of the basis appear."""
    c = canonicalized(_smeft(c))
    values = {}
    for k, name in enumerate(OPERATORS):
        count = 9 if k < 6 else 81
        base = component_index(k, [0] * index_count(k))
        for flat in range(count):
            v = c[base + flat]
            if v == 0:
                continue
            idx = [flat // 3, flat % 3] if k < 6 else [flat // 27, (flat // 9) % 3, (flat // 3) % 3, flat % 3]
            if k in (0, 4) and idx[0] > idx[1]:
                continue
            if np.imag(v) != 0:
                values[wcxf_key(k, idx)] = {"Re": float(np.real(v)) / 1e9, "Im": float(np.imag(v)) / 1e9}
            else:
                values[wcxf_key(k, idx)] = float(np.real(v)) / 1e9
    doc = {"eft": WCXF_EFT, "basis": WCXF_BASIS, "scale": scale, "values": values}
    if fmt == "json":
        return json.dumps(doc, indent=2) + "\n"
    if fmt == "yaml":
        lines = [f"eft: {WCXF_EFT}", f"basis: {WCXF_BASIS}", f"scale: {scale!r}", "values:" if values else "values: {}"]
        lines += [f"  {key}: " + (f"{{Re: {value['Re']!r}, Im: {value['Im']!r}}}" if isinstance(value, dict) else f"{value!r}")
                  for key, value in values.items()]
        return "\n".join(lines) + "\n"
    raise ValueError("fmt must be 'json' or 'yaml'")


def from_wcxf(text: str):
    """(point (540,) in TeV^-3, scale in GeV) of a WCxf JSON or YAML text of this basis. Redundant
    O_eLLLH keys (e.g. from other tools) are accepted; the point is returned `canonicalized`."""
    stripped = text.lstrip()
    if stripped.startswith("{"):
        doc = json.loads(text)
    else:
        import yaml  # PyYAML; only needed for YAML files
        doc = yaml.safe_load(text)
    if doc.get("eft") != WCXF_EFT or doc.get("basis") != WCXF_BASIS:
        raise ValueError(f"not a WCxf file of eft {WCXF_EFT}, basis {WCXF_BASIS}")
    values = {}
    for key, value in (doc.get("values") or {}).items():
        if isinstance(value, dict):
            value = complex(float(value.get("Re", 0)), float(value.get("Im", 0)))
            value = value if value.imag != 0 else value.real
        else:
            value = float(value)  # PyYAML reads 1e-09 (no dot) as a string
        op, indices = _key_component(key)
        values[(op, tuple(indices))] = value * 1e9
    return canonicalized(point(values)), float(doc.get("scale", float("nan")))


def global_view(*, inputs="paper", convention="consistent", per_row=False) -> list:
    """Fig. 7 / Table 13: for every operator and probe with a tree-level limit, the strongest
    current and future scale (TeV) over the candidate flavour structures, as a list of dicts
    {"operator", "probe", "row", "current", "current_flavour", "future", "future_flavour"}
    (current/future None where the probe has none). per_row=True lists every row of the paper's
    tables separately (e.g. O_LHW in 0nbb: 14.3 and 15.9 TeV) instead of the probe's
    experiments combined. C: nueft_dim7_global_view; Swift: Dim7GlobalView.rows / perRowRows."""
    input_set, conv, _ = _options(inputs, convention)
    count = ctypes.c_ssize_t(0)
    _check(_capi.lib.nueft_dim7_global_view(input_set, conv, int(bool(per_row)), 0, ctypes.byref(count),
                                            None, None, None, None, None), "global_view")
    n = count.value
    operators = np.empty(n, dtype=np.int32)
    probes_ = np.empty(n, dtype=np.int32)
    current = np.empty(n)
    future = np.empty(n)
    labels = ctypes.create_string_buffer(3 * 32 * max(n, 1))
    _check(_capi.lib.nueft_dim7_global_view(input_set, conv, int(bool(per_row)), n, ctypes.byref(count),
                                            operators.ctypes.data, probes_.ctypes.data, current.ctypes.data,
                                            future.ctypes.data, labels), "global_view")
    raw = labels.raw

    def text(i, j):
        chunk = raw[(3 * i + j) * 32:(3 * i + j + 1) * 32]
        return chunk.split(b"\0", 1)[0].decode()

    rows = []
    for i in range(n):
        rows.append({
            "operator": OPERATORS[operators[i]], "probe": PROBES[probes_[i]], "row": text(i, 0) or None,
            "current": None if np.isnan(current[i]) else float(current[i]), "current_flavour": text(i, 1) or None,
            "future": None if np.isnan(future[i]) else float(future[i]), "future_flavour": text(i, 2) or None,
        })
    return rows
