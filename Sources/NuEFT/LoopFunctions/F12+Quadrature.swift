// f1 and f2 of eq. (4.9) by double-exponential quadrature: an independent second method,
// used by the tests to check the closed form (F12.swift) and the tables inside the domain.
//
// Implementation goals, in order of priority:
//  1. No overflow for any finite x_h, x_j > 0: every factor is formed from offsets to the
//     nearest singular point and combined in log space where it could leave the double range.
//  2. Accuracy ~1e-15 of ∫|Re integrand| on ../shared/reference (measured 1.2e-15) and for
//     x_h ≤ 1e3. Not yet above (1.7e-13 at x_h ~ 1e5): with real roots the integrand has structure at scale 1/x_h
//     next to an end point, finer than tanh-sinh's nodes resolve without a graded
//     subdivision (measured 7e-5 at x_h = 4.5e17, where mpmath confirms the closed form).
//  3. Speed is secondary: a few thousand integrand evaluations per point (~0.1 ms).
//
// Method (as the generator of ../shared/reference describes its f_double): tanh-sinh quadrature
// on each sub-interval between the breakpoints 0, z₁, ½, z₀, z₂, 1 that lie in [0, 1], with every
// node carried as (breakpoint, offset), so that z, 1 − z, z − z₀, z − z₁, z − z₂ are exact
// where they are small. With the notation of F12.swift (N = x_h z² − x_h z + c₀, Dn = d₀ + d₁z,
// D = x_h(z − z₀), N − Dn = −(1 − z)D):
//  - Dn(z) = d₀(1 − z) + Dn(1) z, a sum of positive terms;
//  - D(z) = D(e) + x_h(z − e) from the breakpoint e the node belongs to, with D(e) from the
//    inputs (no breakpoint lies between e and the node, so the sum never cancels);
//  - N(z) = x_h(z − z₁)(z − z₂) (real roots) or x_h(z − ½)² + (c₀ − x_h/4) (complex roots);
//  - ln(N/Dn) = log1p(u), u = −(1 − z)D/Dn, where |u| < ½ (this removes the pole at z₀:
//    ln(N/Dn)/D = −(1 − z)/Dn · log1p(u)/u), else ln|N| − ln Dn by sums of logarithms, + iπ
//    where N < 0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A singular point of the integrand in [0, 1], with the exact quantities the integrand needs
/// there: its complement 1 − e, D(e), and e − z₁, e − z₂ (real roots) or e − ½.
struct LoopIntegralBreakpoint {
    var position: Double
    var complement: Double
    var dAtPoint: Double
    var minusRoot1: Double
    var minusRoot2: Double
}

/// f1 (integral 1) or f2 (integral 2) by tanh-sinh quadrature; see the top of the file.
@usableFromInline
func loopIntegralByQuadrature(xh: Double, xj: Double, integral: Int) -> (re: Double, im: Double) {
    let c0 = integral == 1 ? xj : 1.0
    let d0 = integral == 1 ? 1.0 : xj
    let dnAtOne = integral == 1 ? xj : 1.0
    let d1 = integral == 1 ? xj - 1 : 1 - xj          // Dn slope; D(0) = −d1
    let realRoots = xh > 4 * c0      // 4c₀ = ∞ (huge x_j) correctly means complex roots
    // N(½) = c₀ − x_h/4 ≥ 0 for complex roots, in one rounding (x_h/4 is exact).
    let nAtHalf = c0 - 0.25 * xh
    var points: [LoopIntegralBreakpoint] = []
    // z₀ = d₁/x_h and its complement (x_h − d₁)/x_h, formed without overflow via the sign tests.
    let z0InInterval = d1 > 0 && d1 < xh
    var root1 = 0.0, root2 = 0.0, rho = 0.0
    if realRoots {
        rho = ((xh - 4 * c0) / xh).squareRoot()
        root1 = 2 * c0 / (xh * (1 + rho))   // z₁, accurate when small
        root2 = (1 + rho) / 2
    }
    func breakpoint(_ position: Double, complement: Double, dAtPoint: Double) -> LoopIntegralBreakpoint {
        let m1 = realRoots ? (position == root1 ? 0 : (position == root2 ? rho : position - root1)) : position - 0.5
        let m2 = realRoots ? (position == root2 ? 0 : (position == root1 ? -rho : position - root2)) : position - 0.5
        return LoopIntegralBreakpoint(position: position, complement: complement, dAtPoint: dAtPoint,
                                      minusRoot1: m1, minusRoot2: m2)
    }
    points.append(breakpoint(0, complement: 1, dAtPoint: -d1))
    points.append(breakpoint(1, complement: 0, dAtPoint: xh - d1))
    if realRoots {
        // D(z₁) = d₀ + c₀τ, D(z₂) = D(z₁) + x_hρ (F12.swift: E₁, E₂), τ = (4c₀/x_h)/(1 + ρ)².
        let tau = (4 * c0 / xh) / ((1 + rho) * (1 + rho))
        let dAtRoot1 = d0 + c0 * tau
        points.append(breakpoint(root1, complement: root2, dAtPoint: dAtRoot1))
        points.append(breakpoint(root2, complement: root1, dAtPoint: dAtRoot1 + xh * rho))
    }
    if !realRoots || rho == 0 {
        points.append(breakpoint(0.5, complement: 0.5, dAtPoint: 0.5 * xh - d1))
    }
    if z0InInterval {
        points.append(breakpoint(d1 / xh, complement: (xh - d1) / xh, dAtPoint: 0))
    }
    points.sort { $0.position < $1.position }
    var unique: [LoopIntegralBreakpoint] = []
    for p in points where unique.last.map({ $0.position < p.position }) ?? true { unique.append(p) }

    // The integrand at z = e + σδ (e a breakpoint, σ = ±1, δ ≥ 0 exact).
    func integrand(_ e: LoopIntegralBreakpoint, _ sigma: Double, _ delta: Double) -> (re: Double, im: Double) {
        let sd = sigma * delta
        let z = e.position + sd
        let oneMinusZ = e.complement - sd
        let dn = d0 * oneMinusZ + dnAtOne * z
        let d = e.dAtPoint + xh * sd
        let u = -oneMinusZ * (d / dn)
        if abs(u) < 0.5 {
            let ratio = u == 0 ? 1 : log1p(u) / u
            return (-oneMinusZ / dn * ratio, 0)
        }
        // ln|N| − ln Dn, with N as a product (real roots) or a sum of positive terms.
        let logN: Double
        var negative = false
        if realRoots {
            let a = e.minusRoot1 + sd, b = e.minusRoot2 + sd
            negative = (a > 0) != (b > 0)
            logN = log(xh) + log(abs(a)) + log(abs(b))
        } else {
            // x_h(z − ½)² + N(½): both terms ≥ 0 and the sum ≤ c₀, so no overflow.
            let centred = e.minusRoot1 + sd
            logN = log(xh * (centred * centred) + nAtHalf)
        }
        let logRatio = logN - log(dn)
        return (logRatio / d, negative ? Double.pi / d : 0)
    }

    var total = (re: 0.0, im: 0.0)
    for k in 0..<(unique.count - 1) {
        let a = unique[k], b = unique[k + 1]
        let halfWidth = 0.5 * (b.position - a.position)
        if halfWidth <= 0 { continue }
        let part = tanhSinh(halfWidth: halfWidth) { delta, fromLower in
            fromLower ? integrand(a, 1, delta) : integrand(b, -1, delta)
        }
        total.re += part.re
        total.im += part.im
    }
    return total
}

/// ∫ over an interval of half-width w of g, sampled as g(δ, fromLower): the node at distance δ
/// from the lower end (fromLower) or from the upper end. tanh-sinh with step halving from
/// h = 1/2 to 1/256 on t ∈ [−4, 4] until two levels agree to 1e-15 of Σ|g|w (the error of
/// tanh-sinh falls quadratically per level, so the last level is far better than that).
func tanhSinh(halfWidth w: Double, _ g: (Double, Bool) -> (re: Double, im: Double)) -> (re: Double, im: Double) {
    let tMax = 4.0
    func sample(_ t: Double) -> (re: Double, im: Double, abs: Double) {
        let s = 0.5 * Double.pi * sinh(t)
        let c = cosh(s)
        // 1 − |x(t)| = 1/(e^{|s|} cosh s), computed without cancellation.
        let offset = w / (exp(abs(s)) * c)
        let weight = w * 0.5 * Double.pi * cosh(t) / (c * c)
        if offset == 0 || weight == 0 { return (0, 0, 0) }
        // t ≤ 0: near the lower end (t = 0 is the midpoint, offset w); t > 0: near the upper end.
        let value = g(offset, t <= 0)
        return (weight * value.re, weight * value.im, weight * abs(value.re))
    }
    var h = 0.5
    var sum = sample(0)
    var t = h
    while t <= tMax {
        let a = sample(t), b = sample(-t)
        sum = (sum.re + a.re + b.re, sum.im + a.im + b.im, sum.abs + a.abs + b.abs)
        t += h
    }
    var estimate = (re: sum.re * h, im: sum.im * h)
    for _ in 0..<7 {
        h *= 0.5
        var t = h
        while t <= tMax {
            let a = sample(t), b = sample(-t)
            sum = (sum.re + a.re + b.re, sum.im + a.im + b.im, sum.abs + a.abs + b.abs)
            t += 2 * h
        }
        let next = (re: sum.re * h, im: sum.im * h)
        let scale = sum.abs * h
        let converged = abs(next.re - estimate.re) <= 1e-15 * scale
            && abs(next.im - estimate.im) <= 1e-15 * max(scale, abs(next.im))
        estimate = next
        if converged { break }
    }
    return estimate
}
