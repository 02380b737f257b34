"""NuEFT: batched numerics for neutrino-EFT phenomenology (Python binding over libnueft.so).

Physics: V. Cirigliano et al., "Leptonic anomalous magnetic moments in nuSMEFT" (JHEP 2021),
and G. Fridell et al., "Probing lepton number violation: a comprehensive survey of
dimension-7 SMEFT". Energies in GeV. See the repository README for conventions.
"""
from . import _capi, dim7, nusmeft
from ._capi import NuEFTError
from .loops import NuEFTDomainWarning, f1, f2, threshold_bracket, w, yukawa_bracket
from .takagi import takagi

#: Names of the status codes, by value.
STATUS_NAMES = {
    _capi.OK: "NUEFT_OK",
    _capi.ERR_NULL_POINTER: "NUEFT_ERR_NULL_POINTER",
    _capi.ERR_INVALID_COUNT: "NUEFT_ERR_INVALID_COUNT",
    _capi.ERR_INVALID_ARGUMENT: "NUEFT_ERR_INVALID_ARGUMENT",
    _capi.ERR_SOME_POINTS_FAILED: "NUEFT_ERR_SOME_POINTS_FAILED",
    _capi.ERR_LENGTH_MISMATCH: "NUEFT_ERR_LENGTH_MISMATCH",
    _capi.ERR_UNSUPPORTED_DIMENSION: "NUEFT_ERR_UNSUPPORTED_DIMENSION",
    _capi.POINT_NAN_INPUT: "NUEFT_POINT_NAN_INPUT",
    _capi.POINT_INFINITE_INPUT: "NUEFT_POINT_INFINITE_INPUT",
    _capi.POINT_NONPOSITIVE_INPUT: "NUEFT_POINT_NONPOSITIVE_INPUT",
    _capi.POINT_OUT_OF_DOMAIN: "NUEFT_POINT_OUT_OF_DOMAIN",
    _capi.POINT_NOT_SYMMETRIC: "NUEFT_POINT_NOT_SYMMETRIC",
    _capi.POINT_LAPACK_FAILURE: "NUEFT_POINT_LAPACK_FAILURE",
}


def abi_version() -> int:
    """The C ABI version of the loaded libnueft.so."""
    return _capi.lib.nueft_abi_version()


def version() -> str:
    """The library version."""
    return _capi.lib.nueft_version_string().decode()


def set_num_threads(n: int) -> None:
    """Caps the threads of later batch calls (0 = default: $NUEFT_NUM_THREADS or all CPUs).
    Results are bitwise identical whatever the count."""
    code = _capi.lib.nueft_set_num_threads(int(n))
    if code != _capi.OK:
        raise NuEFTError(code, "nueft.set_num_threads")


def get_num_threads() -> int:
    """The number of threads large batch calls use now."""
    return _capi.lib.nueft_get_num_threads()


__version__ = version()

__all__ = [
    "NuEFTDomainWarning", "NuEFTError", "STATUS_NAMES", "abi_version", "dim7", "f1", "f2",
    "get_num_threads", "nusmeft", "set_num_threads", "takagi", "threshold_bracket", "version", "w", "yukawa_bracket",
]
