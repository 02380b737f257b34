#!/usr/bin/env python3
"""NuEFT against what a user would write instead, measured in the same run.

- w(x): NumPy's vectorized eq. (3.12) against nueft.w.
- f1 + f2 at the physical x_h: a NumPy 64-node Gauss-Legendre quadrature (vectorized over
  points and nodes) against nueft.f1 + nueft.f2, in random and sorted order of x_j; plus the
  accuracy of both on ../shared/reference/f1.csv and f2.csv (Gauss-Legendre misses 1e-13 at
  small x_j, where log singularities sit next to the end points).

"Per core" compares NuEFT on one thread with NumPy on one thread (OPENBLAS_NUM_THREADS=1 is
set before NumPy loads, so its matrix products stay on one core too). The machine is shared:
each timing is the best of several repetitions and the CPU load seen before the run is
printed; ratios within one run are what to read.

Usage: PYTHONPATH=python python3 Benchmarks/compare_numpy.py [--points N] [--repeat R]
"""
import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

from timing import best_time, cpu_busy_fraction  # noqa: E402
import nueft  # noqa: E402

XH = 2.4282415385705916  # (m_h/m_W)^2, the physical value of ../shared/reference
REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference"


def numpy_w(x):
    """Eq. (3.12) as a NumPy user writes it."""
    return (4 + x * (x - 11)) / (2 * (x - 1) ** 2) + 3 * x ** 2 * np.log(x) / (x - 1) ** 3


NODES, WEIGHTS = np.polynomial.legendre.leggauss(64)
NODES = (NODES + 1) / 2
WEIGHTS = WEIGHTS / 2


def numpy_f1_f2(xh, xj, chunk=20_000):
    """Re f1, Re f2 of eq. (4.9) by 64-node Gauss-Legendre, vectorized over points and nodes
    (in chunks, to stay in memory)."""
    f1 = np.empty_like(xj)
    f2 = np.empty_like(xj)
    z = NODES[None, :]
    for start in range(0, xj.size, chunk):
        x = xj[start:start + chunk, None]
        h = xh[start:start + chunk, None]
        num1 = x - h * (1 - z) * z
        f1[start:start + chunk] = (np.log(np.abs(num1 / (1 + (x - 1) * z))) / (1 - x + h * z)) @ WEIGHTS
        num2 = 1 - h * (1 - z) * z
        f2[start:start + chunk] = (np.log(np.abs(num2 / (x + z * (1 - x)))) / (-1 + x + h * z)) @ WEIGHTS
    return f1, f2


def reference_accuracy():
    """Worst |Re f - ref|/l1 of Gauss-Legendre and of NuEFT over f1.csv and f2.csv."""
    result = {}
    for name in ("f1", "f2"):
        path = REFERENCE / f"{name}.csv"
        if not path.exists():
            return None
        table = np.genfromtxt(path, delimiter=",", names=True, dtype=None, encoding="utf-8")
        xh, xj = table["xh"].astype(float), table["xj"].astype(float)
        ref, l1 = table["re"].astype(float), table["l1"].astype(float)
        gl = numpy_f1_f2(xh, xj)[0 if name == "f1" else 1]
        ours = getattr(nueft, name)(xh, xj).real
        small = xj < 1e-2
        result[name] = (
            np.max(np.abs(gl - ref) / l1), np.max(np.abs(gl[small] - ref[small]) / l1[small]),
            np.max(np.abs(ours - ref) / l1),
        )
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=2_000_000, help="points for w (f1+f2 use points/20)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    rng = np.random.default_rng(2026)
    x = np.exp(rng.uniform(np.log(1.5e-4), np.log(1.5e4), args.points))  # m_j in [1 GeV, 10 TeV]
    m = max(1000, args.points // 20)
    xj_random = x[:m].copy()
    xj_sorted = np.sort(xj_random)
    xh = np.full(m, XH)

    busy = cpu_busy_fraction()
    cores = os.cpu_count()
    print(f"NuEFT {nueft.version()} vs NumPy {np.__version__}; {cores} CPUs; "
          f"CPU busy before the run: {'unknown' if busy is None else f'{100 * busy:.0f}%'}")
    print(f"all-thread runs use {nueft.get_num_threads() if nueft.get_num_threads() else cores} threads;"
          f" best of {args.repeat}\n")

    # w(x)
    t_numpy = best_time(lambda: numpy_w(x), args.repeat)
    nueft.set_num_threads(1)
    t_one = best_time(lambda: nueft.w(x), args.repeat)
    nueft.set_num_threads(0)
    t_all = best_time(lambda: nueft.w(x), args.repeat)
    rate = lambda n, t: n / t / 1e6
    print(f"w(x), {args.points} points (m_j log-uniform in [1 GeV, 10 TeV]):")
    print(f"  numpy vectorized      {rate(args.points, t_numpy):9.1f} M/s")
    print(f"  nueft.w 1 thread      {rate(args.points, t_one):9.1f} M/s   {t_numpy / t_one:6.1f}x numpy per core")
    print(f"  nueft.w all threads   {rate(args.points, t_all):9.1f} M/s   {t_numpy / t_all:6.1f}x numpy")
    worst_w = np.max(np.abs(nueft.w(x) - numpy_w(x)) / nueft.w(x))
    print(f"  (largest relative difference numpy vs nueft on these points: {worst_w:.1e};"
          " numpy's formula loses all digits next to x = 1)\n")

    # f1 + f2
    print(f"f1 + f2 at x_h = {XH}, {m} points:")
    t_gl = best_time(lambda: numpy_f1_f2(xh, xj_random), max(2, args.repeat // 2))
    print(f"  numpy Gauss-Legendre 64  {rate(m, t_gl):9.3f} M/s")
    for label, xj in (("random order", xj_random), ("sorted (a scan)", xj_sorted)):
        def both():
            nueft.f1(xh, xj)
            nueft.f2(xh, xj)
        nueft.set_num_threads(1)
        t_one = best_time(both, args.repeat)
        nueft.set_num_threads(0)
        t_all = best_time(both, args.repeat)
        print(f"  nueft 1 thread, {label:16s} {rate(m, t_one):9.3f} M/s   {t_gl / t_one:6.1f}x numpy per core")
        print(f"  nueft all threads, {label:13s} {rate(m, t_all):9.3f} M/s   {t_gl / t_all:6.1f}x numpy")

    accuracy = reference_accuracy()
    if accuracy:
        print("\naccuracy on ../shared/reference (max |Re f - ref| / l1; the target is 1e-13):")
        for name, (gl_all, gl_small, ours) in accuracy.items():
            print(f"  {name}: Gauss-Legendre 64 {gl_all:.1e} (x_j < 1e-2: {gl_small:.1e});  nueft {ours:.1e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
