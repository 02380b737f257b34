"""The Takagi factorization U^T M U = diag(m) of complex symmetric matrices (eq. (2.5) of
000_b99ff7acfa28d225.txt), batched. C: nueft_takagi_batch; Swift: Takagi.factorize."""
from __future__ import annotations

import warnings

import numpy as np

from . import _capi
from .loops import NuEFTDomainWarning


ACCURACIES = {"relative": 0, "absolute": 1}
METHODS = {"automatic": 0, "jacobi": 1, "lapack": 2}


def takagi(m, *, accuracy="relative", method="automatic", return_errors=False, return_status=False):
    """Takagi factorization of one matrix (n, n) or a stack (..., n, n), 1 <= n <= 16.

    Returns (masses, U): masses (..., n) ascending, U (..., n, n) complex with U^T M U = diag(m),
    column k the Takagi vector of masses[..., k] (M u = m conj(u)); the largest component of
    each vector has a positive real part. A matrix with NaN/inf entries or that is not
    symmetric (beyond 16 n eps of its largest entry) gives NaN and a NuEFTDomainWarning, or,
    with return_status=True, its code in a last returned array.

    accuracy="relative" (default): every mass to high relative accuracy (Jacobi, a double-double
    refinement, a second sweep), so the light masses of a seesaw hierarchy are right;
    "absolute": backward stable only (~n eps max(m)), about twice as fast.
    method="automatic" | "jacobi" | "lapack" (LAPACK dsyevd on the real embedding; absolute only).
    return_errors=True adds an array (..., n) of absolute error bounds per mass after U
    (errors / masses = certified relative accuracy with accuracy="relative").
    Swift: Takagi.factorize; C: nueft_takagi_batch."""
    if accuracy not in ACCURACIES:
        raise ValueError(f"nueft.takagi: accuracy must be one of {sorted(ACCURACIES)}, got {accuracy!r}")
    if method not in METHODS:
        raise ValueError(f"nueft.takagi: method must be one of {sorted(METHODS)}, got {method!r}")
    a = np.asarray(m, dtype=np.complex128)
    if a.ndim < 2 or a.shape[-1] != a.shape[-2]:
        raise ValueError(f"nueft.takagi: expected (..., n, n) matrices, got shape {a.shape}")
    a = np.ascontiguousarray(a)
    n = a.shape[-1]
    stack = a.shape[:-2]
    count = int(np.prod(stack, dtype=np.int64))
    masses = np.empty(stack + (n,), dtype=np.float64)
    unitaries = np.empty(a.shape, dtype=np.complex128)
    errors = np.empty(stack + (n,), dtype=np.float64)
    status = np.empty(stack, dtype=np.int32)
    code = _capi.lib.nueft_takagi_batch(count, n, a.ctypes.data, ACCURACIES[accuracy], METHODS[method],
                                        masses.ctypes.data, unitaries.ctypes.data, errors.ctypes.data,
                                        status.ctypes.data)
    if code == _capi.ERR_SOME_POINTS_FAILED:
        if not return_status:
            warnings.warn(
                f"nueft.takagi: {int(np.count_nonzero(status))} of {status.size} matrices were refused "
                "(NaN/inf entries or not symmetric); their results are NaN. Pass return_status=True "
                "for per-matrix codes.", NuEFTDomainWarning, stacklevel=2)
    elif code != _capi.OK:
        raise _capi.NuEFTError(code, "nueft.takagi")
    result = (masses, unitaries) + ((errors,) if return_errors else ()) + ((status,) if return_status else ())
    return result
