#!/usr/bin/env python3
"""The nuSMEFT batch (nueft.nusmeft.observables) against a vectorized NumPy evaluation of the
same n = 1 observables, measured in the same run.

Points: one heavy state (n = 1) as `nusmeft.single_sterile` builds them, with both an electron
and a muon coupling so that every covered observable is non-zero: U_mu4 = 0.01,
[Cbar]_4mu = -1/Lambda^2, U_e4 = 1e-3, [Cbar]_4e = -0.1/Lambda^2, U_S4 = 1, m_bb = 0, real;
input set NuSMEFTInputs.paper, electron reference Rb. (a) 1e6 random points, m4 uniform in
80-1000 GeV, Lambda uniform in 1-6 TeV; (b) a scan-like grid of 1000 m4 x 1000 Lambda values
with m4 constant along Lambda (Figs. 5-6 of the paper).

What the NumPy side covers (13 of nueft's 27 outputs), with the paper's equations:
  delta_a_e, delta_a_mu              eq. (3.11), w(x) of eq. (3.12) (printed formula; its Taylor
                                     series for |x - 1| < 1/2, where the printed form cancels)
  br_mu_e_gamma                      eqs. (4.14)-(4.15) (a by-product of the dipole sums)
  yukawa_ratio_e, yukawa_ratio_mu    eqs. (4.7)-(4.8) at mu_r = m_W, with T and B as in
                                     YukawaBrackets.swift (Re f1, Re f2 of eq. (4.9) by 64-node
                                     Gauss-Legendre; the beta ln terms on the principal branch)
  c1l_re, c1r_re                     eq. (4.25)
  inverse_half_life, inverse_half_life_c1r   eqs. (4.27)-(4.29) (coefficients as DoubleBeta.swift)
  lhc_ratio_e, lhc_ratio_mu          eq. (4.45), Tables 3-4 interpolated log-log (LHC.swift)
  perturbativity_ratio               eq. (4.30)
  chi_squared                        Likelihood.swift, every term (the EDM and tau terms are
                                     exactly 0 for these points and are left out)
Not computed by NumPy, but by nueft for every point: delta_a_tau, the three EDMs,
BR(tau -> mu gamma), BR(tau -> e gamma), yukawa_ratio_tau, the mu_nu bound, the four CKM
ratios, Im C_1L, Im C_1R (zero or constant for these real, tau-free, U_S4 = 1 points). The NumPy
side also skips what nueft does per point for generality: complex couplings, n <= 4 (sums over
heavy states, [Cbar] = U_S C of eq. (3.10)), Im B below m_h/2 (zero here: m4 > 62.6 GeV), the
input checks and per-point status. nueft thus does more work per point, and the speed ratios
against the per-point NumPy evaluation are conservative (in nueft's disfavour).

On the grid a second NumPy variant broadcasts (m4[:, None], Lambda[None, :]): the quadrature and
the other m4-only functions run once per mass (nueft reuses them too, when 8 consecutive points
share m4). What is left is ~40 elementwise passes producing 13 outputs, against nueft's 27
outputs of every point (216 MB per 1e6 points): a comparison of memory traffic more than of
arithmetic ('x bcast' column).

Timing: NumPy on one core (OPENBLAS_NUM_THREADS=1 is set before NumPy loads), nueft with 1
thread and with all threads (nueft.set_num_threads). Each time is the best of several
repetitions. The machine is shared: the CPU busy with other processes is printed before the run
and, per row, during that row's repetitions (all CPUs' busy time from /proc/stat minus this
process's own CPU time), so a row measured while others were busy can be recognised.
Agreement with nueft is checked on every benchmark point before timing.

Usage: PYTHONPATH=python python3 Benchmarks/compare_nusmeft.py [--points N] [--repeat R] [--numpy-repeat R]
"""
import argparse
import os
import sys

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

from timing import best_time_and_load, cpu_busy_fraction  # noqa: E402
import nueft  # noqa: E402
from nueft import nusmeft  # noqa: E402

# NuSMEFTInputs.paper (Sources/NuEFT/NuSMEFT/NuSMEFTInputs.swift).
MW, MH, VEV = 80.377, 125.25, 246.21965
ALPHA = 1 / 137.035999084
ME, MMU = 0.51099895e-3, 0.1056583755
MUON_LIFETIME, HBAR = 2.1969811e-6, 6.582119569e-25
VUD = 0.97370
DOUBLE_BETA_LIGHT, DOUBLE_BETA_HEAVY, PHASE_SPACE_RATIO = 2.4e-24, 23e-10, 0.8
DELTA_A_MU, DELTA_A_MU_ERROR = 251e-11, 59e-11
DELTA_A_E, DELTA_A_E_ERROR = 0.48e-12, 0.30e-12          # Rb, eq. (1.5)
HMUMU, HMUMU_UP, HMUMU_DOWN = 1.19, 0.44, 0.42            # eq. (4.10)
HEE_LIMIT, HEE_SM = 3.6e-4, 5.0e-9                        # eq. (4.11)
MU_E_GAMMA_LIMIT = 4.2e-13
HALF_LIFE_LIMIT = 1.07e26
Z90, Z95 = 1.6448536269514722, 1.959963984540054          # Likelihood.swift
# Tables 3-4 (LHC.swift); |U|^2 + |C|^2/4 < (3e-3)^2 below them.
MU_TABLE = ([95, 100, 130, 150, 200, 400, 600, 800, 1000, 1200],
            [3.46e-3, 4.32e-3, 7.17e-3, 7.97e-3, 8.88e-3, 3.01e-2, 8.35e-2, 2.06e-1, 4.41e-1, 8.48e-1])
E_TABLE = ([90, 100, 130, 150, 200, 400, 600, 800, 1000, 1200],
           [6.22e-3, 6.52e-3, 1.10e-2, 1.43e-2, 1.36e-2, 5.24e-2, 1.67e-1, 4.28e-1, 9.49e-1, 1.84])
LIGHT_MASS_LIMIT = 9e-6

# The benchmark's couplings: U_l4 and [Cbar]_4l = coefficient / Lambda^2.
U_MU, C_MU = 0.01, -1.0
U_E, C_E = 1e-3, -0.1

# Derived constants.
PI2 = 16 * np.pi ** 2                                     # (4 pi)^2
XH = (MH / MW) ** 2
G2 = (2 * MW / VEV) ** 2                                  # g = 2 m_W / v
V2 = VEV ** 2
CHARGE = np.sqrt(4 * np.pi * ALPHA)
BR_MU = (MUON_LIFETIME / HBAR) * MMU ** 3 / (4 * np.pi) * (CHARGE / (2 * PI2)) ** 2   # eq. (4.15)
A_LIGHT, B_HEAVY = np.sqrt(DOUBLE_BETA_LIGHT), np.sqrt(DOUBLE_BETA_HEAVY)         # eq. (4.29)
EE_LIMIT = np.sqrt(HEE_LIMIT / HEE_SM)                    # |y_e/y_e^SM| < 268, eq. (4.11)


# -- NumPy: the n = 1 observables --------------------------------------------------------------

def numpy_w(x):
    """w(x) of eq. (3.12); within |x - 1| < 1/2, where the printed form loses ~eps/(x-1)^2, its
    Taylor series w = 3/2 + sum_k (-1)^k 6/((k+1)(k+2)(k+3)) (x-1)^k (to k = 48, error < 1e-19)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        w = (4 + x * (x - 11)) / (2 * (x - 1) ** 2) + 3 * x ** 2 * np.log(x) / (x - 1) ** 3
    near = np.abs(x - 1) < 0.5
    if near.any():
        d = x[near] - 1
        series = np.zeros_like(d)
        for k in range(48, 0, -1):
            series = (series + (-1) ** k * 6 / ((k + 1) * (k + 2) * (k + 3))) * d
        w[near] = 1.5 + series
    return w


NODES, WEIGHTS = np.polynomial.legendre.leggauss(64)
NODES = (NODES + 1) / 2
WEIGHTS = WEIGHTS / 2
HZZ = XH * (1 - NODES) * NODES                            # x_h (1 - z) z at the nodes
HZ = XH * NODES


def numpy_f1_f2(xj, chunk=20_000):
    """Re f1, Re f2 of eq. (4.9) at the physical x_h by 64-node Gauss-Legendre, vectorized over
    points and nodes in chunks (as compare_numpy.py)."""
    f1 = np.empty_like(xj)
    f2 = np.empty_like(xj)
    z = NODES[None, :]
    for start in range(0, xj.size, chunk):
        x = xj[start:start + chunk, None]
        f1[start:start + chunk] = (np.log(np.abs((x - HZZ) / (1 + (x - 1) * z))) / (1 - x + HZ)) @ WEIGHTS
        f2[start:start + chunk] = (np.log(np.abs((1 - HZZ) / (x + z * (1 - x)))) / (-1 + x + HZ)) @ WEIGHTS
    return f1, f2


def beta_log(beta_squared):
    """beta ln((beta - 1)/(beta + 1)) with beta = sqrt(beta^2), principal branches (complex)."""
    beta = np.sqrt(np.asarray(beta_squared, dtype=np.complex128))
    return beta * np.log((beta - 1) / (beta + 1))


BETA_W_TERM = ((XH - 2) * beta_log(1 - 4 / XH)).real    # x_h only: once


def inverse_cms_limit(m4, table):
    """1/limit of Tables 3-4 at m4 (log-log interpolation); 1/LIGHT_MASS_LIMIT below the table,
    0 above it (LHC.swift)."""
    masses, limits = np.log(table[0]), np.log(table[1])
    log_m = np.log(m4)
    inverse = np.exp(-np.interp(log_m, masses, limits))
    inverse[log_m < masses[0]] = 1 / LIGHT_MASS_LIMIT
    inverse[log_m > masses[-1]] = 0
    return inverse


def numpy_loop_functions(m4):
    """x_j, w, T, Re B and the inverse CMS limits at m4 (any shape)."""
    shape = np.shape(m4)
    m = np.ravel(m4)
    x = (m / MW) ** 2
    f1, f2 = numpy_f1_f2(x)
    lnx_over = np.log(x) / (x - 1)
    # T(x_j) of eq. (4.7) and B(x_h, x_j) of eq. (4.8) at mu_r = m_W (YukawaBrackets.swift).
    threshold = (x - 1) - (x - 4) * x * lnx_over
    bracket = (-3 * x * (x - 3) * lnx_over + (x * beta_log((XH - 4 * x) / XH)).real + BETA_W_TERM
               + (2 * XH + x * (x - 7)) * f1 - (4 + (2 - XH) * x) * f2 + (-5 + 2 * XH + 4 * x))
    result = {"x": x, "w": numpy_w(x), "T": threshold, "B": bracket,
              "inv_e": inverse_cms_limit(m, E_TABLE), "inv_mu": inverse_cms_limit(m, MU_TABLE)}
    return {k: v.reshape(shape) for k, v in result.items()}


def numpy_observables(m4, scale):
    """The 13 covered observables (see the top of the file); m4 and scale broadcast, and the loop
    functions are evaluated once per element of m4 (so a grid m4[:, None], scale[None, :] pays
    for the quadrature once per mass)."""
    lf = numpy_loop_functions(m4)
    x, w, T, B = lf["x"], lf["w"], lf["T"], lf["B"]
    inverse_scale2 = 1 / scale ** 2
    ce, cmu = C_E * inverse_scale2, C_MU * inverse_scale2        # [Cbar]_4e, [Cbar]_4mu
    out = {}
    # Eq. (3.11): Delta a_l = -2 m_l/(4 pi)^2 m_4 w(x_4) U_l4 [Cbar]_4l.
    mw = m4 * w
    out["delta_a_e"] = (-2 * ME / PI2) * (mw * (U_E * ce))
    out["delta_a_mu"] = (-2 * MMU / PI2) * (mw * (U_MU * cmu))
    # Eq. (4.15): BR(mu -> e gamma) from D_{e mu} = m w U_e Cbar_mu and D_{mu e}.
    out["br_mu_e_gamma"] = BR_MU * ((mw * (U_E * cmu)) ** 2 + (mw * (U_MU * ce)) ** 2)
    # Eqs. (4.7)-(4.8) at mu_r = m_W, L = ln(Lambda^2/m_W^2) (HiggsDecays.swift):
    # v y_eff = m_l + m_W^2/(4pi)^2 K [T + (x - 3) L] - g^2 v^2/(4 (4pi)^2) K [(x_h + 3x - 9) L + B].
    L = 2 * np.log(scale / MW)
    mass_bracket = T + (x - 3) * L
    yukawa_bracket = (XH + 3 * x - 9) * L + B
    for name, ml, u, c in (("e", ME, U_E, ce), ("mu", MMU, U_MU, cmu)):
        k = m4 * (u * c)                                           # K = U_l4 [Cbar]_4l m_4
        v_y = ml + ((MW ** 2 / PI2) * (k * mass_bracket) - (0.25 * G2 * V2 / PI2) * (k * yukawa_bracket))
        out[f"yukawa_ratio_{name}"] = np.abs(v_y) / ml
    # Eq. (4.25) and eqs. (4.27)-(4.29) with m_bb = 0 (DoubleBeta.swift).
    inverse_m = 1 / m4
    ce_v2_squared = (V2 * ce) ** 2
    out["c1l_re"] = (-2 * VEV * VUD ** 2) * (U_E ** 2 * inverse_m)
    out["c1r_re"] = (-0.5 * VEV * VUD ** 2) * (ce_v2_squared * inverse_m)
    a_left = B_HEAVY * (U_E ** 2 * inverse_m)
    a_right = 0.25 * B_HEAVY * (ce_v2_squared * inverse_m)
    out["inverse_half_life_c1r"] = a_right ** 2
    out["inverse_half_life"] = a_left ** 2 + a_right ** 2 - 2 * (1 - PHASE_SPACE_RATIO) * a_left * a_right
    # Eq. (4.45) over Tables 3-4 (LHC.swift), and eq. (4.30).
    out["lhc_ratio_e"] = (U_E ** 2 + 0.25 * ce_v2_squared) * lf["inv_e"]
    out["lhc_ratio_mu"] = (U_MU ** 2 + 0.25 * (V2 * cmu) ** 2) * lf["inv_mu"]
    out["perturbativity_ratio"] = (U_E ** 2 + U_MU ** 2) * m4 ** 2 * (G2 / (16 * np.pi * MW ** 2))
    # chi^2 of Likelihood.swift (d_e = BR(tau -> l gamma) = 0 here).
    mu_hmumu = out["yukawa_ratio_mu"] ** 2
    sigma = np.where(mu_hmumu > HMUMU, HMUMU_UP, HMUMU_DOWN)
    out["chi_squared"] = (((out["delta_a_mu"] - DELTA_A_MU) / DELTA_A_MU_ERROR) ** 2
                          + ((out["delta_a_e"] - DELTA_A_E) / DELTA_A_E_ERROR) ** 2
                          + ((mu_hmumu - HMUMU) / sigma) ** 2
                          + Z95 ** 2 * out["yukawa_ratio_e"] ** 2 / EE_LIMIT ** 2
                          + Z90 ** 2 * out["br_mu_e_gamma"] / MU_E_GAMMA_LIMIT
                          + Z90 ** 2 * out["inverse_half_life_c1r"] * HALF_LIFE_LIMIT
                          + Z95 ** 2 * (out["lhc_ratio_e"] + out["lhc_ratio_mu"]))
    return out


def numpy_grid(m_grid, scale_grid):
    """numpy_observables on the grid by broadcasting, flattened in the scan order (m4 constant
    along Lambda)."""
    out = numpy_observables(m_grid[:, None], scale_grid[None, :])
    shape = (m_grid.size, scale_grid.size)
    return {k: np.broadcast_to(v, shape).ravel() for k, v in out.items()}


# -- nueft -------------------------------------------------------------------------------------

def nueft_records(m4, scale):
    """The (18, count) records: single_sterile for mu and for e, merged (each flavour's fields
    are zero in the other's record; Lambda, m4 and U_S4 = 1 are equal in both)."""
    mu = nusmeft.single_sterile(m4, scale, flavour="mu", mixing=U_MU, coefficient=C_MU)
    e = nusmeft.single_sterile(m4, scale, flavour="e", mixing=U_E, coefficient=C_E)
    return np.where(mu != 0, mu, e)


# Observables nueft must give as exactly 0 for these points (real, no tau coupling).
EXACT_ZEROS = ["delta_a_tau", "edm_e", "edm_mu", "edm_tau", "br_tau_mu_gamma", "br_tau_e_gamma", "c1l_im", "c1r_im"]
# Agreement asserted (max |numpy - nueft| / |nueft| over all points). The limit is the NumPy side's
# 64-node Gauss-Legendre: its error on Re f1 grows with x_j to ~4e-12 at m4 = 1 TeV (printed; the
# log of eq. (4.9) varies on a scale 1/x_j near z = 0), and |y_eff/y_SM| inherits it (measured
# ~4e-12). Every other covered observable agrees to ~1e-14. 1e-10 leaves a margin of ~25 and
# still catches any formula or constant error, which shows at 1e-6 or more.
TOLERANCE = 1e-10


def agreement(reference, ours):
    """{name: max relative difference} over the covered observables."""
    return {name: float(np.max(np.abs(ours[name] - reference[name]) / np.abs(reference[name]))) for name in ours}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=1_000_000, help="random points; the grid is sqrt x sqrt")
    parser.add_argument("--repeat", type=int, default=5, help="repetitions of each nueft timing")
    parser.add_argument("--numpy-repeat", type=int, default=2, help="repetitions of each NumPy timing")
    args = parser.parse_args()

    rng = np.random.default_rng(2026)
    count = args.points
    m_random = rng.uniform(80.0, 1000.0, count)
    scale_random = rng.uniform(1000.0, 6000.0, count)
    side = int(round(np.sqrt(count)))
    m_grid = np.linspace(80.0, 1000.0, side)
    scale_grid = np.linspace(1000.0, 6000.0, side)
    # The scan order: m4 constant along Lambda (point i = i_m * side + i_Lambda).
    m_flat = np.repeat(m_grid, side)
    scale_flat = np.tile(scale_grid, side)
    records_random = nueft_records(m_random, scale_random)
    records_grid = nueft_records(m_flat, scale_flat)

    busy = cpu_busy_fraction()
    cores = os.cpu_count()
    nueft.set_num_threads(0)
    threads = nueft.get_num_threads()
    print(f"NuEFT {nueft.version()} vs NumPy {np.__version__}; {cores} CPUs, nueft all threads = {threads}; "
          f"CPU busy with others before the run: {'unknown' if busy is None else f'{100 * busy:.0f}%'}")
    print(f"n = 1, U_mu4 = {U_MU}, [Cbar]_4mu = {C_MU}/Lambda^2, U_e4 = {U_E}, [Cbar]_4e = {C_E}/Lambda^2; "
          f"NumPy covers 13 of nueft's 27 observables (see the file's header)\n")

    # 1. Agreement on every benchmark point, before timing.
    checks = []
    for label, records, numpy_call in (
            ("random", records_random, lambda: numpy_observables(m_random, scale_random)),
            ("grid", records_grid, lambda: numpy_grid(m_grid, scale_grid))):
        values, status = nusmeft.observables(records, return_status=True)
        assert not status.any(), f"nueft flagged {np.count_nonzero(status)} {label} points"
        reference = nusmeft.as_dict(values)
        ours = numpy_call()
        checks.append(agreement(reference, ours))
        for name in EXACT_ZEROS:
            assert not reference[name].any(), f"nueft {name} should be 0 for these points"
        if label == "grid":   # the flat (per point) NumPy evaluation of the grid, too
            flat = numpy_observables(m_flat, scale_flat)
            checks.append(agreement(reference, flat))
    worst = {name: max(c[name] for c in checks) for name in checks[0]}
    print(f"agreement, max |numpy - nueft| / |nueft| over all {count + side * side} points "
          f"(random | grid | grid per point; asserted < {TOLERANCE:.0e}):")
    for name in worst:
        print(f"  {name:24s} " + "  ".join(f"{c[name]:8.1e}" for c in checks))
    m_check = np.linspace(80.0, 1000.0, 2001)
    x_check = (m_check / MW) ** 2
    f1, f2 = numpy_f1_f2(x_check)
    for name, ours, theirs in (("f1", f1, nueft.f1(XH, x_check).real), ("f2", f2, nueft.f2(XH, x_check).real)):
        error = np.abs(ours - theirs) / np.abs(theirs)
        print(f"  (Re {name} by Gauss-Legendre 64 vs nueft.{name}, m4 in 80-1000 GeV: max {error.max():.1e}, "
              f"at m4 = {m_check[error.argmax()]:.0f} GeV)")
    bad = [name for name, value in worst.items() if not value < TOLERANCE]
    assert not bad, f"NumPy and nueft disagree beyond {TOLERANCE:.0e} on {bad}"
    print(f"  {', '.join(EXACT_ZEROS)}: exactly 0 in nueft, as they must be\n")

    # 2. Throughput. Rows: (label, M points/s, time, numpy per point time, numpy broadcast time, others).
    rows = []

    def row(label, function, repeat, points, numpy_time=None, broadcast_time=None):
        t, others = best_time_and_load(function, repeat)
        rows.append((label, points / t / 1e6, t, numpy_time, broadcast_time, others))
        return t

    covered = list(checks[0])   # the observables the NumPy side computes: like for like with select=

    def nueft_rows(records, points, build, numpy_time, broadcast_time=None):
        nueft.set_num_threads(1)
        row("  nueft, 1 thread", lambda: nusmeft.observables(records), args.repeat, points, numpy_time, broadcast_time)
        row(f"  nueft, 1 thread, the {len(covered)} NumPy observables", lambda: nusmeft.observables(records, select=covered),
            args.repeat, points, numpy_time, broadcast_time)
        nueft.set_num_threads(0)
        row(f"  nueft, {threads} threads", lambda: nusmeft.observables(records), args.repeat, points, numpy_time,
            broadcast_time)
        row(f"  nueft, {threads} threads, the {len(covered)} NumPy observables",
            lambda: nusmeft.observables(records, select=covered), args.repeat, points, numpy_time, broadcast_time)
        reused = np.empty((len(nusmeft.OBSERVABLES), points))
        row(f"  nueft, {threads} threads, out= reused", lambda: nusmeft.observables(records, out=reused), args.repeat, points,
            numpy_time, broadcast_time)
        row(f"  nueft, {threads} threads, chi^2 only", lambda: nusmeft.chi2(records), args.repeat, points, numpy_time,
            broadcast_time)
        row(f"  nueft, {threads} threads, incl. building records", lambda: nusmeft.observables(build()), args.repeat,
            points, numpy_time, broadcast_time)

    rows.append((f"random points ({count})",))
    t_np = row("  numpy per point, 1 core", lambda: numpy_observables(m_random, scale_random), args.numpy_repeat, count)
    nueft_rows(records_random, count, lambda: nueft_records(m_random, scale_random), t_np)
    rows.append((f"grid, {side} m4 x {side} Lambda, m4 constant along Lambda",))
    t_np = row("  numpy per point, 1 core", lambda: numpy_observables(m_flat, scale_flat), args.numpy_repeat, side * side)
    t_bc = row("  numpy broadcast (loop fns per m4), 1 core",
               lambda: numpy_observables(m_grid[:, None], scale_grid[None, :]), args.repeat, side * side, t_np)
    nueft_rows(records_grid, side * side, lambda: nueft_records(m_flat, scale_flat), t_np, t_bc)

    print(f"throughput (best of {args.numpy_repeat} for NumPy per point, of {args.repeat} otherwise):")
    print(f"  {'':46s} {'M pts/s':>8s} {'best s':>7s} {'x numpy':>8s} {'x bcast':>8s} {'others busy':>11s}")
    for entry in rows:
        if len(entry) == 1:
            print(f"  {entry[0]}:")
            continue
        label, rate, t, numpy_time, broadcast_time, others = entry
        ratio = f"{numpy_time / t:8.1f}" if numpy_time else f"{'':8s}"
        bcast = f"{broadcast_time / t:8.2f}" if broadcast_time else f"{'':8s}"
        load = "unknown" if others is None else f"{100 * others:.0f}%"
        print(f"  {label:46s} {rate:8.3f} {t:7.3f} {ratio} {bcast} {load:>11s}")
    print("\n  x numpy = (NumPy per point time) / (row's time); x bcast = (NumPy broadcast time) / (row's time);"
          "\n  others busy = share of all CPUs busy with other processes during the row's repetitions.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
