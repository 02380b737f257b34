"""Timing helpers shared by the Benchmarks/compare_*.py scripts: best-of-n wall time, and the
share of the CPUs that other processes kept busy meanwhile (this machine is shared, so every
rate is printed with it)."""
from __future__ import annotations

import os
import time


def _proc_stat():
    """(busy, total) seconds of all CPUs since boot, from /proc/stat."""
    with open("/proc/stat") as handle:
        fields = [float(v) for v in handle.readline().split()[1:9]]   # user .. steal
    tick = os.sysconf("SC_CLK_TCK")
    total = sum(fields)
    return (total - fields[3] - fields[4]) / tick, total / tick


class OthersLoad:
    """Fraction of all CPUs busy with other processes between start() and stop()."""

    def start(self):
        try:
            self.stat = _proc_stat()
        except (OSError, ValueError):
            self.stat = None
        self.own = sum(os.times()[:2])
        return self

    def stop(self):
        if self.stat is None:
            return None
        busy, total = _proc_stat()
        own = sum(os.times()[:2]) - self.own
        elapsed = total - self.stat[1]
        if elapsed <= 0:
            return None
        return min(1.0, max(0.0, (busy - self.stat[0] - own) / elapsed))


def cpu_busy_fraction(interval=0.5):
    """Fraction of all CPUs busy with other processes over `interval` seconds, or None."""
    load = OthersLoad().start()
    time.sleep(interval)
    return load.stop()


def best_time_and_load(function, repeat):
    """(best wall time of `repeat` calls, fraction of the CPUs busy with others meanwhile)."""
    load = OthersLoad().start()
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best, load.stop()


def best_time(function, repeat):
    """Best wall time of `repeat` calls."""
    return best_time_and_load(function, repeat)[0]
