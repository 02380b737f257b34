"""Independent cross-checks with mpmath at points outside the reference tables: f1, f2 by
tanh-sinh quadrature split at the singular points (40 digits beyond the input scales), w from its closed form at high
precision, over the verified domain x_h, x_j from 1e-20 to 1e20."""
import numpy as np
import pytest

import nueft

mp = pytest.importorskip("mpmath")


def reference_integral(kind, xh, xj):
    # The breakpoints can be 1/x_h apart: resolve them with 40 digits beyond the scales.
    mp.mp.dps = 40 + 2 * int(max(abs(np.log10(xh)), abs(np.log10(xj))))
    xh, xj = mp.mpf(xh), mp.mpf(xj)
    if kind == 1:
        num = lambda z: xj - xh * (1 - z) * z
        den = lambda z: 1 + (xj - 1) * z
        d = lambda z: 1 - xj + xh * z
        c0, z0 = xj, (xj - 1) / xh
    else:
        num = lambda z: 1 - xh * (1 - z) * z
        den = lambda z: xj + z * (1 - xj)
        d = lambda z: -1 + xj + xh * z
        c0, z0 = mp.mpf(1), (1 - xj) / xh
    points = {mp.mpf(0), mp.mpf(1), mp.mpf(1) / 2}
    disc = 1 - 4 * c0 / xh
    if disc > 0:
        r = mp.sqrt(disc)
        points |= {(1 - r) / 2, (1 + r) / 2}
    if 0 < z0 < 1:
        points.add(z0)
    integrand = lambda z: mp.log(mp.mpc(num(z)) / den(z)) / d(z)
    value = mp.quad(integrand, sorted(points))
    scale = mp.quad(lambda z: abs(mp.re(integrand(z))), sorted(points))
    return complex(value), float(scale)


rng = np.random.default_rng(20261122)
POINTS = [(10 ** rng.uniform(-20, 20), 10 ** rng.uniform(-20, 20)) for _ in range(14)] + [
    (1e20, 1e-20), (1e-20, 1e20), (1e20, 1e20), (1e-20, 1e-20),  # corners of the verified domain
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
