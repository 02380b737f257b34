"""Independent cross-checks with mpmath at points outside the reference tables: f1, f2 by
tanh-sinh quadrature split at the singular points (40 digits beyond the input scales), w from its closed form at high
precision, over the closed form's domain x_h, x_j from 1e-20 to 1e20 and beyond it, where the
library integrates by graded quadrature."""
import numpy as np
import pytest

import nueft

mp = pytest.importorskip("mpmath")


def reference_integral(kind, xh, xj):
    """f1 or f2 by mpmath's tanh-sinh quadrature at 40 digits beyond the input scales, split at
    the roots of N and at z0 and graded geometrically (ratio 4) towards every singular point
    (and the removable pole z0, which sets a scale next to a root) from each break point, so
    that structure at scale 1/x_h next to an end point is resolved. Returns (value, l1)."""
    scale = max(abs(np.log10(xh)), abs(np.log10(xj)))
    mp.mp.dps = int(40 + 2 * scale)
    xh, xj = mp.mpf(xh), mp.mpf(xj)
    if kind == 1:
        c0, d0, d1 = xj, mp.mpf(1), xj - 1
        num = lambda z: xj - xh * (1 - z) * z
        den = lambda z: 1 + (xj - 1) * z
        d = lambda z: 1 - xj + xh * z
    else:
        c0, d0, d1 = mp.mpf(1), xj, 1 - xj
        num = lambda z: 1 - xh * (1 - z) * z
        den = lambda z: xj + z * (1 - xj)
        d = lambda z: -1 + xj + xh * z
    special = []  # (position, imaginary offset)
    bases = {mp.mpf(0), mp.mpf(1)}
    disc = 1 - 4 * c0 / xh
    if disc > 0:
        r = mp.sqrt(disc)
        special += [((1 - r) / 2, 0), ((1 + r) / 2, 0)]
        bases |= {(1 - r) / 2, (1 + r) / 2}
    else:
        special.append((mp.mpf(1) / 2, mp.sqrt(-disc) / 2))
        bases.add(mp.mpf(1) / 2)
    if d1 != 0:
        special.append((-d0 / d1, 0))
    z0 = -d(0) / xh
    special.append((z0, 0))
    if 0 < z0 < 1:
        bases.add(z0)
    bases = sorted(bases)
    points = set(bases)
    for i, e in enumerate(bases):
        distances = [mp.sqrt((p - e) ** 2 + q ** 2) for p, q in special]
        distances = [x for x in distances if x > 0]
        step = min(distances) if distances else mp.mpf(1)
        for neighbour in bases[max(0, i - 1):i] + bases[i + 1:i + 2]:
            gap, x = abs(neighbour - e), step
            while x < gap / 2:
                points.add(e + x if neighbour > e else e - x)
                x *= 4
    points = sorted(p for p in points if 0 <= p <= 1)
    integrand = lambda z: mp.log(mp.mpc(num(z)) / den(z)) / d(z)
    value = mp.quad(integrand, points)
    # The tolerance's scale needs few digits: a coarse rule at the same precision.
    l1 = mp.quad(lambda z: abs(mp.re(integrand(z))), points, maxdegree=4)
    return complex(value), float(l1)


rng = np.random.default_rng(20261122)
POINTS = [(10 ** rng.uniform(-20, 20), 10 ** rng.uniform(-20, 20)) for _ in range(14)] + [
    (1e20, 1e-20), (1e-20, 1e20), (1e20, 1e20), (1e-20, 1e-20),  # corners of the closed form's domain
    (8e71, 1.17e7), (1e-60, 1e-60),  # quadrature beyond it (more in the closing note's sweep)
    (2.4282415385705916, 62.625 ** 2 / 80.377 ** 2 * (1 + 1e-9)),  # beta_j -> 0
    (4.0 * (1 + 1e-12), 0.3),                                    # f2's threshold x_h = 4
    (1e-6, 1.0 + 1e-7),                                           # tiny x_h, pole next to 0
    (1e6, 2.5e5 * (1 - 1e-10)),                                   # huge x_h near f1 threshold
]


@pytest.mark.parametrize("kind", [1, 2])
@pytest.mark.parametrize("xh,xj", POINTS)
def test_loop_integrals_against_mpmath(kind, xh, xj):
    ref, scale = reference_integral(kind, xh, xj)
    value = (nueft.f1 if kind == 1 else nueft.f2)(xh, xj)
    assert abs(value.real - ref.real) <= 1e-13 * scale, (value, ref)
    assert abs(value.imag - ref.imag) <= 1e-13 * max(scale, abs(ref.imag)), (value, ref)


def test_w_against_mpmath():
    mp.mp.dps = 80
    x = np.concatenate([10 ** rng.uniform(-12, 12, 40), 1 + rng.uniform(-1e-3, 1e-3, 20)])
    for xi in x:
        m = mp.mpf(xi)
        ref = (4 + m * (m - 11)) / (2 * (m - 1) ** 2) + 3 * m ** 2 * mp.log(m) / (m - 1) ** 3
        assert abs(nueft.w(xi) - float(ref)) <= 1e-14 * float(ref), xi
