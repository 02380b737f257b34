"""The only place that knows the C ABI (nueft.h): loading libnueft.so, argtypes, restype.

Library search order: $NUEFT_LIBRARY; libnueft.so next to this package; the repository's
SwiftPM build folders (.build/release, then .build/debug); the system's library path.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
from pathlib import Path

ABI_VERSION = 2

# nueft_status codes (never renumbered; see nueft.h).
OK = 0
ERR_NULL_POINTER = 1
ERR_INVALID_COUNT = 2
ERR_INVALID_ARGUMENT = 3
ERR_SOME_POINTS_FAILED = 4
ERR_LENGTH_MISMATCH = 5
ERR_UNSUPPORTED_DIMENSION = 6
POINT_NAN_INPUT = 16
POINT_INFINITE_INPUT = 17
POINT_NONPOSITIVE_INPUT = 18
POINT_OUT_OF_DOMAIN = 19
POINT_NOT_SYMMETRIC = 20
POINT_LAPACK_FAILURE = 21


class NuEFTError(RuntimeError):
    """A call-level error of the library; `code` is the nueft_status."""

    def __init__(self, code: int, function: str = ""):
        self.code = code
        message = status_string(code)
        super().__init__(f"{function}: {message}" if function else message)


def _candidates():
    env = os.environ.get("NUEFT_LIBRARY")
    if env:
        yield Path(env)
    here = Path(__file__).resolve().parent
    yield here / "libnueft.so"
    repository = here.parent.parent
    for build in ("release", "debug"):
        yield repository / ".build" / build / "libnueft.so"
    found = ctypes.util.find_library("nueft")
    if found:
        yield Path(found)


def _load() -> ctypes.CDLL:
    tried = []
    for path in _candidates():
        if path.is_absolute() and not path.exists():
            tried.append(str(path))
            continue
        try:
            return ctypes.CDLL(str(path))  # CDLL releases the GIL during calls
        except OSError as error:
            tried.append(f"{path} ({error})")
    raise ImportError(
        "nueft: cannot find libnueft.so; build it with `make` in the repository or set "
        "NUEFT_LIBRARY. Tried: " + "; ".join(tried)
    )


lib = _load()

_p = ctypes.c_void_p  # raw pointers: numpy arrays pass .ctypes.data, None passes NULL
_n = ctypes.c_ssize_t  # ptrdiff_t

lib.nueft_status_string.argtypes = [ctypes.c_int32]
lib.nueft_status_string.restype = ctypes.c_char_p
lib.nueft_abi_version.argtypes = []
lib.nueft_abi_version.restype = ctypes.c_int32
lib.nueft_version_string.argtypes = []
lib.nueft_version_string.restype = ctypes.c_char_p
lib.nueft_set_num_threads.argtypes = [ctypes.c_int32]
lib.nueft_set_num_threads.restype = ctypes.c_int32
lib.nueft_get_num_threads.argtypes = []
lib.nueft_get_num_threads.restype = ctypes.c_int32

for _name in ("nueft_w_batch", "nueft_threshold_bracket_batch"):
    getattr(lib, _name).argtypes = [_n, _p, _p, _p]
    getattr(lib, _name).restype = ctypes.c_int32
for _name in ("nueft_f1_batch", "nueft_f2_batch", "nueft_yukawa_bracket_batch"):
    getattr(lib, _name).argtypes = [_n, _p, _p, _p, _p, _p]
    getattr(lib, _name).restype = ctypes.c_int32


lib.nueft_takagi_batch.argtypes = [_n, _n, _p, ctypes.c_int32, ctypes.c_int32, _p, _p, _p, _p]
lib.nueft_takagi_batch.restype = ctypes.c_int32

# Dimension-7 section (002_3ba235c4befdeead.txt)
lib.nueft_dim7_scale_batch.argtypes = [_n, _p, _p, _p]
lib.nueft_dim7_scale_batch.restype = ctypes.c_int32
lib.nueft_dim7_match.argtypes = [ctypes.c_int32, ctypes.c_int32, _p, _p]
lib.nueft_dim7_match.restype = ctypes.c_int32
lib.nueft_dim7_scale_limits.argtypes = [ctypes.c_int32, ctypes.c_int32, ctypes.c_int32, _p, _p]
lib.nueft_dim7_scale_limits.restype = ctypes.c_int32
lib.nueft_dim7_probes_batch.argtypes = [_n, _n, ctypes.c_int32, ctypes.c_int32, ctypes.c_int32, _p, _p, _p, _p, _p]
lib.nueft_dim7_probes_batch.restype = ctypes.c_int32
lib.nueft_dim7_left_batch.argtypes = [_n, _n, _n, ctypes.c_int32, ctypes.c_int32, _p, _p, _p, _p, _p]
lib.nueft_dim7_left_batch.restype = ctypes.c_int32
lib.nueft_dim7_match_complex.argtypes = [ctypes.c_int32, ctypes.c_int32, _p, _p]
lib.nueft_dim7_match_complex.restype = ctypes.c_int32
lib.nueft_dim7_canonicalize.argtypes = [_n, _p, _p, _p]
lib.nueft_dim7_canonicalize.restype = ctypes.c_int32
lib.nueft_dim7_canonicalize_complex.argtypes = [_n, _p, _p, _p]
lib.nueft_dim7_canonicalize_complex.restype = ctypes.c_int32
lib.nueft_dim7_global_view.argtypes = [ctypes.c_int32, ctypes.c_int32, ctypes.c_int32, _n,
                                        ctypes.POINTER(ctypes.c_ssize_t), _p, _p, _p, _p, _p]
lib.nueft_dim7_global_view.restype = ctypes.c_int32
lib.nueft_dim7_plan_create.argtypes = [_n, _n, ctypes.c_int32, ctypes.c_int32, ctypes.c_int32, ctypes.c_int32, _p, _p,
                                       ctypes.POINTER(ctypes.c_void_p)]
lib.nueft_dim7_plan_create.restype = ctypes.c_int32
lib.nueft_dim7_plan_destroy.argtypes = [ctypes.c_void_p]
lib.nueft_dim7_plan_destroy.restype = ctypes.c_int32
lib.nueft_dim7_plan_size.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_ssize_t), ctypes.POINTER(ctypes.c_ssize_t),
                                     ctypes.POINTER(ctypes.c_int32)]
lib.nueft_dim7_plan_size.restype = ctypes.c_int32
lib.nueft_dim7_plan_evaluate.argtypes = [ctypes.c_void_p, _n, _p, _p, _p, _p, _p, _p, _p]
lib.nueft_dim7_plan_evaluate.restype = ctypes.c_int32

# nuSMEFT section (000_b99ff7acfa28d225.txt)
lib.nueft_nusmeft_field_count.argtypes = [ctypes.c_int32]
lib.nueft_nusmeft_field_count.restype = _n
lib.nueft_nusmeft_lagrangian_field_count.argtypes = [ctypes.c_int32]
lib.nueft_nusmeft_lagrangian_field_count.restype = _n
for _name in ("nueft_nusmeft_observables_batch", "nueft_nusmeft_lagrangian_batch"):
    getattr(lib, _name).argtypes = [_n, ctypes.c_int32, ctypes.c_int32, ctypes.c_char_p, ctypes.c_int32, _p, _p, _p]
    getattr(lib, _name).restype = ctypes.c_int32
for _name in ("nueft_nusmeft_observables_batch_v2", "nueft_nusmeft_lagrangian_batch_v2"):
    getattr(lib, _name).argtypes = [_n, ctypes.c_int32, ctypes.c_int32, ctypes.c_char_p, ctypes.c_int32, ctypes.c_int32,
                                    _p, _p, _p]
    getattr(lib, _name).restype = ctypes.c_int32
for _name in ("nueft_nusmeft_observables_select_batch", "nueft_nusmeft_lagrangian_select_batch"):
    getattr(lib, _name).argtypes = [_n, ctypes.c_int32, ctypes.c_int32, ctypes.c_char_p, ctypes.c_int32, ctypes.c_int32,
                                    ctypes.c_int32, _p, _p, _p, _p]
    getattr(lib, _name).restype = ctypes.c_int32
lib.nueft_nusmeft_ckm_chi2_batch.argtypes = [_n, ctypes.c_int32, ctypes.c_char_p, ctypes.c_int32, _p, _p, _p, _p]
lib.nueft_nusmeft_ckm_chi2_batch.restype = ctypes.c_int32
lib.nueft_nusmeft_ckm_bound.argtypes = [ctypes.c_int32, ctypes.c_int32, ctypes.c_int32, _p]
lib.nueft_nusmeft_ckm_bound.restype = ctypes.c_int32
# the Fig. 5-6 scan
PROGRESS_FN = ctypes.CFUNCTYPE(None, _n, _n, ctypes.c_void_p)
lib.nueft_nusmeft_figure_panel.argtypes = [ctypes.c_int32, _p, _p, _p, _p, _p, _p]
lib.nueft_nusmeft_figure_panel.restype = ctypes.c_int32
lib.nueft_nusmeft_scan.argtypes = [ctypes.c_int32, ctypes.c_double, ctypes.c_double, ctypes.c_double, _n,
                                   ctypes.c_double, ctypes.c_double, _n, ctypes.c_int32, ctypes.c_char_p, ctypes.c_double,
                                   _p, _p, _p, _p, _p, PROGRESS_FN, ctypes.c_void_p]
lib.nueft_nusmeft_scan.restype = ctypes.c_int32
lib.nueft_nusmeft_allowed_window.argtypes = [_p, ctypes.c_double, ctypes.c_double, _n, ctypes.c_double, ctypes.c_double, _n,
                                             ctypes.c_int32, ctypes.c_int32, _p, _p]
lib.nueft_nusmeft_allowed_window.restype = ctypes.c_int32
lib.nueft_nusmeft_table2_ratio_batch.argtypes = [_n, ctypes.c_int32, ctypes.c_int32, ctypes.c_int32, ctypes.c_int32,
                                                 ctypes.c_char_p, _p, _p, _p]
lib.nueft_nusmeft_table2_ratio_batch.restype = ctypes.c_int32
lib.nueft_nusmeft_neutrino_magnetic_moment.argtypes = [ctypes.c_int32, ctypes.c_int32, ctypes.c_char_p, _p, _p, _p, _p, _p]
lib.nueft_nusmeft_neutrino_magnetic_moment.restype = ctypes.c_int32
lib.nueft_nusmeft_dipole_bound.argtypes = [ctypes.c_int32, ctypes.c_char_p, ctypes.c_int32, _p]
lib.nueft_nusmeft_dipole_bound.restype = ctypes.c_int32
lib.nueft_nusmeft_lnule_dipole_beta.argtypes = [ctypes.c_int32, ctypes.c_char_p, _p, _p, _p]
lib.nueft_nusmeft_lnule_dipole_beta.restype = ctypes.c_int32
lib.nueft_nusmeft_lnule_leading_log.argtypes = [ctypes.c_int32, ctypes.c_char_p, ctypes.c_int32, _p]
lib.nueft_nusmeft_lnule_leading_log.restype = ctypes.c_int32
lib.nueft_nusmeft_same_sign_ww_ratio_batch.argtypes = [_n, _p, _p, _p, _p]
lib.nueft_nusmeft_same_sign_ww_ratio_batch.restype = ctypes.c_int32


def status_string(code: int) -> str:
    return lib.nueft_status_string(code).decode()


if lib.nueft_abi_version() != ABI_VERSION:
    raise ImportError(
        f"nueft: libnueft.so has ABI version {lib.nueft_abi_version()}, this package needs {ABI_VERSION}"
    )
