#!/usr/bin/env python3
"""The dimension-7 batch (nueft.dim7.probes) against a plain NumPy evaluation of the same
formulas, measured in the same run.

The NumPy side evaluates, for 11 coefficient components, the probes whose formulas are short
enough to write out here from 002_3ba235c4befdeead.txt: the collider (Table 4 sigma, eq. (3.3)
with b = 10 L/139 fb^-1, 9 operators with muon flavour), mu+ decay (Table 2 + eqs. (4.68)-(4.69))
and the kaon decays (Table 2 + eqs. (4.43), (4.48)-(4.51)), vectorized over points. NuEFT evaluates
every probe for the same points (a superset of the work); the two agree on the three probes.

Usage: PYTHONPATH=python python3 Benchmarks/compare_dim7.py [--points N] [--repeat R]
"""
import argparse
import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import numpy as np  # noqa: E402

from timing import best_time  # noqa: E402
import nueft  # noqa: E402
from nueft import dim7  # noqa: E402

GF, V = 1.1663787e-5, 246.0
SIGMA = {"QuLLH": 2.4e-4, "dLQLH2": 1.5e-5, "dLQLH1": 6.9e-5, "dLueH": 5.7e-5, "duLLD": 0.64, "LHD2": 2.7e-12,
         "LHD1": 1.9e-5, "LeHD": 1.2e-8, "LH": 1.5e-8}
MU = {"QuLLH": (0, 0, 1, 1), "dLQLH2": (0, 1, 0, 1), "dLQLH1": (0, 1, 0, 1), "dLueH": (0, 1, 0, 1), "duLLD": (0, 0, 1, 1),
      "LHD2": (1, 1), "LHD1": (1, 1), "LeHD": (1, 1), "LH": (1, 1)}
COMPONENTS = [(op, MU[op]) for op in SIGMA] + [("eLLLH", (1, 0, 0, 1)), ("dLQLH1", (0, 0, 1, 0)), ("dLQLH1", (1, 0, 0, 0))]


def signal_events(b, z=1.96):
    s = z * z / 2 + 2 * z * np.sqrt(b) + z * z
    for _ in range(200):
        nxt = s - (s - b * np.log1p(s / b) - z * z / 2) * (s + b) / s
        if not nxt < s:
            break
        s = nxt
    return s


HBAR, B, F0 = 6.582119569e-25, 2.8, 0.087
VUD, VUS, VCS = 0.97373, 0.2243, 0.975


def j1(mk, mpi, lifetime, power):
    """Eqs. (4.50)-(4.51): B^2/(Gamma 2^power pi^3 m_K^3) int ds s lambda^(1/2)."""
    s = np.linspace(0, (mk - mpi) ** 2, 400001)
    lam = np.sqrt(np.clip((mk ** 2 + mpi ** 2 - s) ** 2 - 4 * mk ** 2 * mpi ** 2, 0, None))
    return B ** 2 / (HBAR / lifetime * 2 ** power * np.pi ** 3 * mk ** 3) * np.trapezoid(s * lam, s)


J1P = j1(0.493677, 0.13957039, 1.2380e-8, 8)
J1L = j1(0.497611, 0.1349768, 5.116e-8, 9)
K_INV = 0.014 * 0.497611 / (HBAR / 5.116e-8) * (B * F0) ** 2 / GF
SIGMA_LIM = signal_events(10.0) / (139.0 * 1000)
SQRT_SIGMA = np.sqrt(np.array(list(SIGMA.values())))[:, None]


def numpy_probes(c):
    """(collider, mu decay, K+) strengths of the 12 components, c: (12, n) in TeV^-3."""
    collider = np.sqrt(np.sum((c[:9] * SQRT_SIGMA) ** 2, axis=0) / SIGMA_LIM)
    c_mu, c_1e2e, c_2e1e = c[9:] * 1e-9
    cs, ct = -3 * V * c_mu / (16 * GF), V * c_mu / (64 * GF)
    mu = np.sqrt((cs ** 2 / 4) / 0.9e-3 + (3 * ct ** 2 / 4) / 1.3e-3)
    # Table 2: c^{S,ds ee} = -V_cs v C^{1e2e}/(8G_F), c^{S,sd ee} = -V_ud v C^{2e1e}/(8G_F), and the
    # first-generation C_dLQLH1^{1mu1mu} of the collider set feeds c^{S,ds mumu} through V_us.
    k = V / (8 * GF)
    ds_ee, sd_ee, ds_mm = -VCS * k * c_1e2e, -VUD * k * c_2e1e, -VUS * k * c[2] * 1e-9
    norm = 0.5 * 8 * GF ** 2   # (1 - delta/2) (4 G_F/sqrt 2)^2 for alpha = beta
    k_plus = np.sqrt(J1P * norm * (ds_ee ** 2 + sd_ee ** 2 + ds_mm ** 2) / (1.7e-10 - 9.4e-11))
    k_long = np.sqrt(J1L * norm * ((ds_ee + sd_ee) ** 2 + ds_mm ** 2) / (0.4e-9 - 4.0e-11))
    ceff = 4 * GF / V
    k_inv = np.sqrt(K_INV * ceff ** 2 * ((ds_ee + sd_ee) ** 2 + ds_mm ** 2) / 6.3e-4)
    return collider, mu, np.maximum(np.maximum(k_plus, k_long), k_inv)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=2_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rng = np.random.default_rng(7)
    c = rng.uniform(-1e-3, 1e-3, size=(len(COMPONENTS), args.points))
    c[:9] *= 1e3  # collider-size coefficients

    ours = dim7.probes(COMPONENTS, c)[0]
    ref = numpy_probes(c)
    for name, r in zip(("collider", "muon_decay", "kaon_decays"), ref):
        worst = np.max(np.abs(ours[dim7.PROBES.index(name)] - r) / r)
        print(f"{name:12s} NuEFT vs NumPy: largest relative difference {worst:.1e}")

    rate = lambda t: args.points / t / 1e6
    t_numpy = best_time(lambda: numpy_probes(c), args.repeat)
    nueft.set_num_threads(1)
    t_one = best_time(lambda: dim7.probes(COMPONENTS, c), args.repeat)
    nueft.set_num_threads(0)
    t_all = best_time(lambda: dim7.probes(COMPONENTS, c), args.repeat)
    print(f"\n{args.points} points x {len(COMPONENTS)} components, best of {args.repeat}:")
    print(f"  numpy (3 probes)              {rate(t_numpy):8.1f} M points/s on 1 thread")
    print(f"  nueft.dim7.probes (9 probes)  {rate(t_one):8.1f} M points/s on 1 thread   ({t_numpy / t_one:.1f}x numpy)")
    print(f"  nueft.dim7.probes (9 probes)  {rate(t_all):8.1f} M points/s on {nueft.get_num_threads()} threads  ({t_numpy / t_all:.1f}x numpy)")


if __name__ == "__main__":
    main()
