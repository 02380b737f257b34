#!/usr/bin/env python3
"""The Takagi engine against what a user would use instead, in one run: NumPy's batched SVD plus
the phase fix that turns it into a Takagi factorization, and a C loop of LAPACKE_zgesvd
(Benchmarks/lapacke_loop, built by `make bench-compare`). Random complex symmetric matrices,
n = 4, 5, 6; per core = one thread each. Prints throughputs, ratios and accuracy checks.

Usage: PYTHONPATH=python python3 Benchmarks/compare_takagi.py [--count N] [--lapacke PATH]"""
import argparse
import os
import subprocess
import sys
import time

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import numpy as np  # noqa: E402

import nueft  # noqa: E402


def numpy_takagi(m):
    """SVD M = W S V^H; for symmetric M with simple singular values conj(V) = W D, D diagonal
    unimodular, and U = conj(W) sqrt(conj(D)) satisfies U^T M U = S (the usual phase fix)."""
    w, s, vh = np.linalg.svd(m)
    d = np.einsum("...ik,...ik->...k", w.conj(), vh.swapaxes(-1, -2))   # diag(W^H conj(V))
    u = w.conj() * np.sqrt(d.conj())[..., None, :]
    return s[..., ::-1], u[..., ::-1]


def best(f, repeat):
    t = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        f()
        t = min(t, time.perf_counter() - start)
    return t


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--lapacke", default=".build/bench/lapacke_zgesvd_loop")
    args = parser.parse_args()
    rng = np.random.default_rng(7)
    print(f"Takagi: {args.count} random complex symmetric matrices per n, best of {args.repeat}\n")
    for n in (4, 5, 6):
        a = rng.uniform(-1, 1, (args.count, n, n)) + 1j * rng.uniform(-1, 1, (args.count, n, n))
        m = np.triu(a) + np.swapaxes(np.triu(a, 1), -1, -2)
        t_numpy = best(lambda: numpy_takagi(m), args.repeat)
        rate = lambda t: args.count / t / 1e3
        line = f"n = {n}: numpy svd + phase fix {rate(t_numpy):6.0f} k/s"
        t_lapacke = None
        if os.path.exists(args.lapacke):
            out = subprocess.run([args.lapacke, str(n), str(args.count)], capture_output=True, text=True, check=True)
            t_lapacke = float(out.stdout.split()[2])
            line += f"; LAPACKE_zgesvd loop {rate(t_lapacke):6.0f} k/s"
        print(line)
        for accuracy in ("absolute", "relative"):
            nueft.set_num_threads(1)
            t_one = best(lambda: nueft.takagi(m, accuracy=accuracy), args.repeat)
            nueft.set_num_threads(0)
            t_all = best(lambda: nueft.takagi(m, accuracy=accuracy), args.repeat)
            line = f"        nueft {accuracy:8s}: 1 thread {rate(t_one):6.0f} k/s ({t_numpy / t_one:5.2f}x numpy"
            if t_lapacke:
                line += f", {t_lapacke / t_one:5.2f}x LAPACKE loop"
            line += f"); all threads {rate(t_all):6.0f} k/s ({t_numpy / t_all:5.2f}x numpy)"
            print(line)
        masses, u = nueft.takagi(m[:1000])
        eps = np.finfo(float).eps
        residual = np.abs(np.swapaxes(u, -1, -2) @ m[:1000] @ u - masses[..., None] * np.eye(n)).max()
        unitarity = np.abs(np.swapaxes(u.conj(), -1, -2) @ u - np.eye(n)).max()
        ref = np.sort(np.linalg.svd(m[:1000], compute_uv=False), axis=-1)
        print(f"        tier A (|m - svd| <= 10 n eps max m) on 1000: {np.all(np.abs(masses - ref) <= 10 * n * eps * ref[:, -1:])}; "
              f"max|U^T M U - diag m| = {residual:.1e}, max|U^H U - 1| = {unitarity:.1e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
