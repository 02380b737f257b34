// f1 and f2 of eq. (4.9) by graded double-exponential quadrature: the method for x_h or x_j
// outside 1e-20…1e20 (where the closed form of F12.swift can overflow or cancel), and an
// independent second method that the tests hold the closed form and the tables against.
//
// Implementation goals, in order of priority:
//  1. Every finite x_h, x_j > 0 without overflow: every factor is formed from offsets to the
//     nearest break point and combined in log space where it could leave the double range.
//  2. Accuracy ~1e-15 of ∫|Re integrand|: measured 1.2e-15 on ../shared/reference, ≤ 1.1e-14
//     against the closed form on 1e-20…1e20, ≤ 5e-15 against graded mpmath on 1e-80…1e80.
//  3. Speed is secondary: a few thousand integrand evaluations per point (0.1–1 ms).
//
// Method (after the generator of ../shared/reference, its f_double): tanh-sinh quadrature on
// sub-intervals between the break points 0, z₁, z₂, 1 (real roots of N) or 0, ½, 1 (complex
// roots), with every node carried as (break point, offset), so that z, 1 − z, z − z₁, z − z₂
// are exact where they are small; and, new here, a geometric grading (ratio 4) from each break
// point towards its neighbours, starting at the distance of the nearest special point (a root
// of N, the root of Dn, or the removable pole z₀), so that structure at scale 1/x_h or x_j next
// to a break point is resolved. Without the grading the error reached 7e-5 at x_h = 4.5e17. With the notation of F12.swift (N = x_h z² − x_h z + c₀, Dn = d₀ + d₁z,
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

/// A base point of the subdivision (0, 1, the real roots z₁, z₂ of N, or ½ for complex roots),
/// with the exact quantities the integrand needs there: its complement 1 − e, D(e), and e − z₁,
/// e − z₂ (real roots) or e − ½ (twice, complex roots).
struct LoopIntegralBreakpoint {
    var position: Double
    var complement: Double
    var dAtPoint: Double
    var minusRoot1: Double
    var minusRoot2: Double
}

/// One sub-interval: nodes near its lower end are e_lo + (lowerDistance + δ), nodes near its
/// upper end e_hi − (upperDistance + δ), δ ≥ 0 exact.
struct QuadratureSubinterval {
    var lowerBase: Int
    var lowerDistance: Double
    var upperBase: Int
    var upperDistance: Double
    var halfWidth: Double
}

/// f1 (integral 1) or f2 (integral 2) by graded tanh-sinh quadrature; see the top of the file.
@usableFromInline
func loopIntegralByQuadrature(xh: Double, xj: Double, integral: Int) -> (re: Double, im: Double) {
    let c0 = integral == 1 ? xj : 1.0
    let d0 = integral == 1 ? 1.0 : xj
    let dnAtOne = integral == 1 ? xj : 1.0
    let d1 = integral == 1 ? xj - 1 : 1 - xj          // Dn slope; D(0) = −d1
    let realRoots = xh > 4 * c0      // 4c₀ = ∞ (huge x_j) correctly means complex roots
    // N(½) = c₀ − x_h/4 ≥ 0 for complex roots, in one rounding (x_h/4 is exact).
    let nAtHalf = c0 - 0.25 * xh
    var rho = 0.0, root1 = 0.0, root2 = 0.0, dAtRoot1 = 0.0
    var bases: [LoopIntegralBreakpoint] = []
    bases.append(LoopIntegralBreakpoint(position: 0, complement: 1, dAtPoint: -d1, minusRoot1: 0, minusRoot2: 0))
    if realRoots {
        rho = ((xh - 4 * c0) / xh).squareRoot()
        root1 = 2 * c0 / (xh * (1 + rho))   // z₁, accurate when small; z₂ = 1 − z₁ = (1 + ρ)/2
        root2 = (1 + rho) / 2
        // D(z₁) = d₀ + c₀τ, D(z₂) = D(z₁) + x_hρ (F12.swift: −E₁, −E₂), τ = (4c₀/x_h)/(1 + ρ)².
        dAtRoot1 = d0 + c0 * ((4 * c0 / xh) / ((1 + rho) * (1 + rho)))
        bases[0].minusRoot1 = -root1
        bases[0].minusRoot2 = -root2
        bases.append(LoopIntegralBreakpoint(position: root1, complement: root2, dAtPoint: dAtRoot1, minusRoot1: 0, minusRoot2: -rho))
        if rho > 0 {
            bases.append(LoopIntegralBreakpoint(position: root2, complement: root1, dAtPoint: dAtRoot1 + xh * rho,
                                                minusRoot1: rho, minusRoot2: 0))
        }
    } else {
        bases[0].minusRoot1 = -0.5
        bases[0].minusRoot2 = -0.5
        bases.append(LoopIntegralBreakpoint(position: 0.5, complement: 0.5, dAtPoint: 0.5 * xh - d1, minusRoot1: 0, minusRoot2: 0))
    }
    bases.append(LoopIntegralBreakpoint(position: 1, complement: 0, dAtPoint: xh - d1,
                                        minusRoot1: realRoots ? root2 : 0.5, minusRoot2: realRoots ? root1 : 0.5))

    // Distance from a base to the nearest special point other than itself: a root of N (real,
    // or complex at ½ ± iσ/2, σ/2 = √(N(½)/x_h)), the root z_d of Dn, at |e − z_d| = Dn(e)/|d₁|,
    // or the removable pole z₀, at |D(e)|/x_h: the integrand is analytic there, but next to a
    // root of N it varies on the scale of their distance (measured: 18% off at x_h = 8e71
    // without it, where z₁ − z₀ = 1e-72).
    let halfSigma = realRoots ? 0 : nAtHalf.squareRoot() / xh.squareRoot()
    func nearestSingularity(_ e: LoopIntegralBreakpoint) -> Double {
        var distance = Double.infinity
        if realRoots {
            for m in [e.minusRoot1, e.minusRoot2] where m != 0 { distance = min(distance, abs(m)) }
        } else {
            let m = abs(e.minusRoot1)
            let big = max(m, halfSigma), small = min(m, halfSigma)
            if big > 0 { distance = big * (1 + (small / big) * (small / big)).squareRoot() }
        }
        if d1 != 0 { distance = min(distance, (d0 * e.complement + dnAtOne * e.position) / abs(d1)) }
        if e.dAtPoint != 0 { distance = min(distance, abs(e.dAtPoint) / xh) }
        return distance
    }
    // Exact gaps between consecutive bases.
    func gap(_ i: Int) -> Double {
        let a = bases[i], b = bases[i + 1]
        if a.position == 0 { return b.position }
        if b.position == 1 { return a.complement }
        return realRoots ? (b.minusRoot1 - a.minusRoot1) : b.position - a.position   // ρ/2 or ρ
    }

    // Sub-intervals: geometric grading (ratio 4) from each base toward its neighbours, starting
    // at the distance of its nearest singular point, so that every piece sees its nearest
    // singularity at a distance comparable to its length; plain tanh-sinh does the rest.
    var pieces: [QuadratureSubinterval] = []
    for i in 0..<(bases.count - 1) {
        let length = gap(i)
        if !(length > 0) { continue }
        func grading(_ base: LoopIntegralBreakpoint) -> [Double] {
            var marks: [Double] = []
            var d = nearestSingularity(base)
            if !(d < length / 8) { return marks }
            d = max(d, length * 0x1p-1000)
            while d < length / 2 && marks.count < 600 { marks.append(d); d *= 4 }
            return marks
        }
        let fromLower = grading(bases[i])
        let fromUpper = grading(bases[i + 1])
        var previous = 0.0
        for mark in fromLower {
            pieces.append(QuadratureSubinterval(lowerBase: i, lowerDistance: previous, upperBase: i,
                                                upperDistance: -mark, halfWidth: 0.5 * (mark - previous)))
            previous = mark
        }
        let middleUpper = fromUpper.last ?? 0
        pieces.append(QuadratureSubinterval(lowerBase: i, lowerDistance: previous, upperBase: i + 1,
                                            upperDistance: middleUpper,
                                            halfWidth: 0.5 * ((length - previous) - middleUpper)))
        var upperPrevious = middleUpper
        for mark in fromUpper.reversed().dropFirst() + [0] {
            pieces.append(QuadratureSubinterval(lowerBase: i + 1, lowerDistance: -upperPrevious, upperBase: i + 1,
                                                upperDistance: mark, halfWidth: 0.5 * (upperPrevious - mark)))
            upperPrevious = mark
        }
    }

    // The integrand at z = e + Δ (Δ signed, exact).
    func integrand(_ e: LoopIntegralBreakpoint, _ delta: Double) -> (re: Double, im: Double) {
        let z = e.position + delta
        let oneMinusZ = e.complement - delta
        let dn = d0 * oneMinusZ + dnAtOne * z
        let d = e.dAtPoint + xh * delta
        let u = -oneMinusZ * (d / dn)
        if abs(u) < 0.5 {
            let ratio = u == 0 ? 1 : log1p(u) / u
            return (-oneMinusZ / dn * ratio, 0)
        }
        let logN: Double
        var negative = false
        if realRoots {
            let a = e.minusRoot1 + delta, b = e.minusRoot2 + delta
            negative = (a > 0) != (b > 0)
            logN = log(xh) + log(abs(a)) + log(abs(b))
        } else {
            // x_h(z − ½)² + N(½): both terms ≥ 0 and the sum ≤ c₀, so no overflow.
            let centred = e.minusRoot1 + delta
            logN = log(xh * (centred * centred) + nAtHalf)
        }
        let logRatio = logN - log(dn)
        return (logRatio / d, negative ? Double.pi / d : 0)
    }

    var total = (re: 0.0, im: 0.0)
    for piece in pieces where piece.halfWidth > 0 {
        let lower = bases[piece.lowerBase], upper = bases[piece.upperBase]
        let part = tanhSinh(halfWidth: piece.halfWidth) { delta, fromLower in
            fromLower ? integrand(lower, piece.lowerDistance + delta)
                      : integrand(upper, -(piece.upperDistance + delta))
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
