"""The preferred-parameter-space scan of Figs. 5-6 of 000_b99ff7acfa28d225.txt (sec. 5),
re-exported by nueft.nusmeft: `figure_panels`, `scan`, `allowed_window`, `REGIONS`.

Grids have shape (scale_points, mass_points), indexed [i_Lambda, i_m4] as the CLI's .npy files
and matplotlib's pcolormesh(masses, scales, grid) expect: Fortran-order views of the C ABI's
m4-major arrays (point (i_m4, i_Lambda) at i_m4 * scale_points + i_Lambda), no copy.
Swift: `NuSMEFT.scan`, `NuSMEFTPanel.figures`, `NuSMEFTScanResult.allowedWindow`;
C: `nueft_nusmeft_scan`, `nueft_nusmeft_figure_panel`, `nueft_nusmeft_allowed_window`.
"""
from __future__ import annotations

import numpy as np

from . import _capi

# The classification bits (Swift NuSMEFTRegion, C enum nueft_nusmeft_region), in bit order.
REGIONS = [
    "preferred_1sigma", "preferred_2sigma", "preferred_cs_1sigma", "preferred_cs_2sigma",
    "excluded_lhc", "excluded_higgs", "excluded_double_beta",
    "reach_lhc", "reach_higgs", "reach_double_beta", "invalid", "non_perturbative",
]
FIGURE_PANELS = ["fig5-left", "fig5-right", "fig6-left", "fig6-right"]
_FLAVOURS = {"e": 0, "mu": 1}


def figure_panels() -> list[dict]:
    """The four panels of Figs. 5-6: name, flavour, mixing, m4 and Lambda ranges (GeV).
    C: nueft_nusmeft_figure_panel."""
    panels = []
    for index, name in enumerate(FIGURE_PANELS):
        flavour = np.zeros(1, dtype=np.int32)
        values = np.zeros(5)
        code = _capi.lib.nueft_nusmeft_figure_panel(index, flavour.ctypes.data, *(values[k:].ctypes.data for k in range(5)))
        if code != _capi.OK:
            raise _capi.NuEFTError(code, "nueft.nusmeft.figure_panels")
        panels.append({"name": name, "flavour": "mu" if flavour[0] == 1 else "e", "mixing": float(values[0]),
                       "m4": (float(values[1]), float(values[2])), "scale": (float(values[3]), float(values[4]))})
    return panels


def _axis(name, value):
    try:
        low, high, points = value
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be (min, max, points), got {value!r}") from None
    return float(low), float(high), int(points)


def scan(*, flavour="mu", mixing=0.01, m4=(10.0, 1000.0, 1000), scale=(100.0, 4000.0, 1000), inputs="paper",
         higgs_sigmas=1.0, progress=None) -> dict:
    """One m4-Lambda panel with n = 1: |U_l4| = mixing, [Cbar]_4l = -1/Lambda^2 (and +1/Lambda^2
    for the Cs band of the electron), linear axes m4 = (min, max, points), scale = (min, max,
    points) in GeV. Returns {"masses", "scales", "delta_a", "yukawa_ratio", "inverse_half_life",
    "lhc_ratio", "regions"} with (scale_points, mass_points) grids [i_Lambda, i_m4] (regions: uint16
    bits, see REGIONS and `region`). progress(done, total) is called after each chunk.
    C: nueft_nusmeft_scan."""
    from .nusmeft import _inputs
    if flavour not in _FLAVOURS:
        raise ValueError(f"flavour must be one of {list(_FLAVOURS)}, got {flavour!r}")
    mass_axis, scale_axis = _axis("m4", m4), _axis("scale", scale)
    shape = (max(scale_axis[2], 0), max(mass_axis[2], 0))
    grids = {key: np.empty(shape, order="F") for key in ("delta_a", "yukawa_ratio", "inverse_half_life", "lhc_ratio")}
    regions = np.empty(shape, dtype=np.uint16, order="F")
    s, js = _inputs(inputs)
    callback = _capi.PROGRESS_FN(lambda done, total, _: progress(done, total)) if progress else _capi.PROGRESS_FN()
    code = _capi.lib.nueft_nusmeft_scan(_FLAVOURS[flavour], float(mixing), *mass_axis, *scale_axis, s, js, float(higgs_sigmas),
                                        grids["delta_a"].ctypes.data, grids["yukawa_ratio"].ctypes.data,
                                        grids["inverse_half_life"].ctypes.data, grids["lhc_ratio"].ctypes.data,
                                        regions.ctypes.data, callback, None)
    if code != _capi.OK:
        raise _capi.NuEFTError(code, "nueft.nusmeft.scan")
    result = {"masses": np.linspace(*mass_axis) if mass_axis[2] > 1 else np.array([mass_axis[0]]),
              "scales": np.linspace(*scale_axis) if scale_axis[2] > 1 else np.array([scale_axis[0]]),
              "regions": regions, **grids}
    result["axes"] = (mass_axis, scale_axis)
    return result


def region(result: dict, name: str) -> np.ndarray:
    """The boolean grid of one classification bit (a name of REGIONS)."""
    return (result["regions"] & np.uint16(1 << REGIONS.index(name))) != 0


def allowed_window(result: dict, *, sigma=1, cesium=False):
    """The allowed window of a scanned panel: ((m4_min, m4_max), (Lambda_min, Lambda_max),
    (ratio_min, ratio_max)) of the points preferred at sigma (1 or 2) that no current
    constraint excludes and where m4 < Lambda; None if there is none.
    C: nueft_nusmeft_allowed_window."""
    regions = np.asfortranarray(result["regions"], dtype=np.uint16)   # m4-major memory, as scanned
    (mass_axis, scale_axis) = result["axes"]
    window = np.zeros(6)
    found = np.zeros(1, dtype=np.int32)
    code = _capi.lib.nueft_nusmeft_allowed_window(regions.ctypes.data, *mass_axis, *scale_axis, int(sigma), int(bool(cesium)),
                                                  window.ctypes.data, found.ctypes.data)
    if code != _capi.OK:
        raise _capi.NuEFTError(code, "nueft.nusmeft.allowed_window")
    if not found[0]:
        return None
    return (tuple(window[0:2]), tuple(window[2:4]), tuple(window[4:6]))
