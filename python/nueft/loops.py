"""The loop functions of 000_b99ff7acfa28d225.txt over NumPy arrays.

Inputs are anything NumPy converts to float64 (scalars, lists, arrays); two-argument
functions broadcast their arguments. Scalars in give scalars out. A point with a NaN, +-inf or
non-positive input (for the Yukawa bracket also one outside its domain 1e-20 <= x_h, x_j
<= 1e20) gives NaN and a NuEFTDomainWarning, or, with return_status=True,
its code in the returned int32 status array (see nueft.STATUS_NAMES) and no warning.
"""
from __future__ import annotations

import warnings

import numpy as np

from . import _capi


class NuEFTDomainWarning(RuntimeWarning):
    """Some points of a batch had invalid input; their results are NaN."""


def _as_input(value):
    """float64, C-contiguous, keeping 0-d inputs 0-d (np.ascontiguousarray would make them 1-d)."""
    array = np.asarray(value, dtype=np.float64)
    if not array.flags.c_contiguous:
        array = array.copy(order="C")
    return array


def _finish(function, code, results, status, scalar, return_status, rerun=None):
    if code == _capi.ERR_SOME_POINTS_FAILED:
        if status is None:
            # The fast path asked for no per-point codes; get them only now that they matter.
            status = rerun()
        if not return_status:
            bad = int(np.count_nonzero(status))
            warnings.warn(
                f"nueft.{function}: {bad} of {status.size} points had invalid input "
                "(NaN, +-inf, <= 0, or outside the function's domain); their results are NaN. "
                "Pass return_status=True for per-point codes.",
                NuEFTDomainWarning,
                stacklevel=3,
            )
    elif code != _capi.OK:
        raise _capi.NuEFTError(code, f"nueft.{function}")
    if scalar:
        results = results[()]
        status = None if status is None else status[()]
    return (results, status) if return_status else results


def _status_array(shape, wanted):
    return np.empty(shape, dtype=np.int32) if wanted else None


def _pointer(array):
    return None if array is None else array.ctypes.data


def _unary(function, c_function, x, return_status):
    x = _as_input(x)
    out = np.empty_like(x)
    status = _status_array(x.shape, return_status)

    def rerun():
        codes = np.empty(x.shape, dtype=np.int32)
        c_function(x.size, x.ctypes.data, out.ctypes.data, codes.ctypes.data)
        return codes

    code = c_function(x.size, x.ctypes.data, out.ctypes.data, _pointer(status))
    return _finish(function, code, out, status, x.ndim == 0, return_status, rerun)


def _binary_complex(function, c_function, xh, xj, return_status):
    xh, xj = (_as_input(a) for a in np.broadcast_arrays(_as_input(xh), _as_input(xj)))
    out = np.empty(xh.shape, dtype=np.complex128)
    re = np.empty(xh.shape, dtype=np.float64)
    im = np.empty(xh.shape, dtype=np.float64)
    status = _status_array(xh.shape, return_status)

    def rerun():
        codes = np.empty(xh.shape, dtype=np.int32)
        c_function(xh.size, xh.ctypes.data, xj.ctypes.data, re.ctypes.data, im.ctypes.data, codes.ctypes.data)
        return codes

    code = c_function(xh.size, xh.ctypes.data, xj.ctypes.data, re.ctypes.data, im.ctypes.data,
                      _pointer(status))
    out.real = re
    out.imag = im
    return _finish(function, code, out, status, xh.ndim == 0, return_status, rerun)


def w(x, *, return_status=False):
    """w(x) = (4 + x(x-11))/(2(x-1)^2) + 3x^2 ln x/(x-1)^3, eq. (3.12), x = m_j^2/m_W^2 > 0.

    Exact at x = 1 (3/2), overflow-free as x -> 0 (2) and x -> inf (1/2); relative error
    <= 1e-14. C: nueft_w_batch; Swift: NuEFT.w(_:)."""
    return _unary("w", _capi.lib.nueft_w_batch, x, return_status)


def f1(xh, xj, *, return_status=False):
    """f1(x_h, x_j) of eq. (4.9) as a complex array (principal branch: complex for
    x_j < x_h/4). Error <= 1e-14 relative to the integral of |Re integrand|.
    C: nueft_f1_batch; Swift: NuEFT.f1(xh:xj:)."""
    return _binary_complex("f1", _capi.lib.nueft_f1_batch, xh, xj, return_status)


def f2(xh, xj, *, return_status=False):
    """f2(x_h, x_j) of eq. (4.9) as a complex array (complex for x_h > 4).
    C: nueft_f2_batch; Swift: NuEFT.f2(xh:xj:)."""
    return _binary_complex("f2", _capi.lib.nueft_f2_batch, xh, xj, return_status)


def threshold_bracket(xj, *, return_status=False):
    """T(x_j) = x_j - 1 - (x_j - 4)/(x_j - 1) x_j ln x_j, the bracket of eq. (4.7) at mu_r = m_W
    (T(1) = 3). C: nueft_threshold_bracket_batch; Swift: NuEFT.thresholdBracket(xj:)."""
    return _unary("threshold_bracket", _capi.lib.nueft_threshold_bracket_batch, xj, return_status)


def yukawa_bracket(xh, xj, *, return_status=False):
    """B(x_h, x_j), the curly bracket of eq. (4.8) at mu_r = m_W, as a complex array: the real
    part is the bracket with the real parts of f1, f2 and the beta terms (the dispersive part),
    the imaginary part that of the same expression on the principal branch.
    C: nueft_yukawa_bracket_batch; Swift: NuEFT.yukawaBracket(xh:xj:)."""
    return _binary_complex("yukawa_bracket", _capi.lib.nueft_yukawa_bracket_batch, xh, xj, return_status)
