// The brackets of the lepton mass threshold (eq. (4.7)) and of the effective Yukawa coupling
// (eq. (4.8)) of 000_b99ff7acfa28d225.txt, at the renormalization scale μ_r = m_W, where
// every ln(μ_r²/m_W²) term vanishes.
//
// Implementation goals, in order of priority:
//  1. Error ≤ 1e-14 relative to the sum of the magnitudes of the terms (B_scale, T_scale of
//     ../shared/reference/README.md §3.3), including x_j → 1 (0/0 in ln x_j/(x_j − 1)) and
//     β_j → 0 (m_j → m_h/2, where B has an infinite slope in x_j).
//  2. The same lane arithmetic as f1/f2, so batches are bitwise reproducible.
//
// Conventions (README of ../shared/reference §3.3, and ERRATA.md): β = √(1 − 4m²/m_h²) is the
// principal root, i|β| below threshold, and β ln((β − 1)/(β + 1)) is on the principal branch:
//   β² > 0:  β ln((1 − β)/(1 + β)) + iπβ;   β² < 0, β = is:  −s·atan2(2s, s² − 1) (real);   β² = 0:  0.
// B uses the real parts (the dispersive part); the imaginary part of the same expression is
// returned beside it. β² is formed as (x_h − 4x_j)/x_h, whose numerator is exact near β = 0.

/// ln x/(x − 1), with the value 1 at x = 1, for x > 0. Near 1 it uses the log reduction:
/// with s = (x − 1)/(x + 1), ln x/(x − 1) = [2/(x + 1)]·[1 + s²/3 + s⁴Q(s²)] exactly, so there is
/// no 0/0 and no cancellation.
@usableFromInline @_transparent
func logOverXMinusOne<V: DoubleLanes>(_ x: V) -> V {
    let log = LogReduction(x)
    let z = log.s * log.s
    let series: V = V(repeating: 1.0 / 3).addingProduct(z, log.q) * z + 1   // 1 + s²/3 + s⁴Q
    let central: V = (2 / (x + 1)) * series
    let outer = log.logarithm / (x - 1)
    return select(eq(log.k, V(repeating: 0)), central, outer)
}

/// T(x_j) for lanes that hold finite x_j > 0.
@usableFromInline @_transparent
func thresholdBracketValidLanes<V: DoubleLanes>(_ x: V) -> V {
    (x - 1) - (x - 4) * x * logOverXMinusOne(x)
}

/// β ln((β − 1)/(β + 1)) on the principal branch, from β² and 1 − β² (see the top of the file).
@inlinable @inline(__always)
func betaLog<V: DoubleLanes>(betaSquared: V, oneMinusBetaSquared: V) -> (re: V, im: V) {
    let zero = V(repeating: 0)
    let above = lt(zero, betaSquared)
    let beta = select(above, betaSquared, zero).lanesSquareRoot()
    // ln((1 − β)/(1 + β)): log1p(−2β/(1 + β)) for small β; ln(1 − β²) − 2 ln(1 + β) near β = 1,
    // where 1 − β² = 4m²/m_h² is known exactly and 1 − β is not.
    // Each regime is evaluated only if some lane is in it (a uniform skip: a lane's value never
    // depends on its neighbours).
    let smallBeta = lt(beta, V(repeating: 0.5))
    var logRatio = zero
    if anyLane(above .& smallBeta) { logRatio = log1pLanes(-2 * beta / (1 + beta)) }
    if anyLane(above .& .!smallBeta) {
        logRatio = select(smallBeta, logRatio, logLanes(oneMinusBetaSquared) - 2 * log1pLanes(beta))
    }
    let below = lt(betaSquared, zero)
    var belowValue = zero
    if anyLane(below) {
        let s = select(above, zero, -betaSquared).lanesSquareRoot()
        belowValue = -s * atan2Lanes(2 * s, -betaSquared - 1)
    }
    let re = select(above, beta * logRatio, select(below, belowValue, zero))
    let im = select(above, beta * Double.pi, zero)
    return (re, im)
}

extension NuEFT {
    /// The mass-threshold bracket of eq. (4.7) of 000_b99ff7acfa28d225.txt at μ_r = m_W:
    ///
    ///     T(x_j) = x_j − 1 − (x_j − 4)/(x_j − 1) · x_j ln x_j,    x_j = m_j²/m_W²,
    ///
    /// so that m_ℓ = m_ℓ(m_W) − m_W²/(4π)² · T · U_ℓj [C̄_Hνe]_jℓ m_j. T(1) = 3 by continuity.
    /// - Throws: `NuEFTError` for NaN, ±∞ or non-positive x_j.
    @inlinable
    public static func thresholdBracket(xj: Double) throws(NuEFTError) -> Double {
        let status = positiveInputStatus(xj)
        guard status == .ok else { throw NuEFTError(status, "the threshold bracket needs a finite x_j > 0, got \(xj)") }
        return thresholdBracket(xj: SIMD2(repeating: xj))[0]
    }

    /// T(x_j) on every lane; invalid lanes give NaN.
    @_transparent
    public static func thresholdBracket<V: DoubleLanes>(xj: V) -> V {
        let bad = invalidPositiveLanes(xj)
        return select(bad, V(repeating: .nan), thresholdBracketValidLanes(select(bad, V(repeating: 1), xj)))
    }

    /// The curly bracket B(x_h, x_j) of eq. (4.8) of 000_b99ff7acfa28d225.txt at μ_r = m_W:
    ///
    ///     B = −3 x_j(x_j − 3)/(x_j − 1) ln x_j + x_j β_j ln((β_j − 1)/(β_j + 1))
    ///         + (x_h − 2) β_W ln((β_W − 1)/(β_W + 1)) + [2x_h + x_j(x_j − 7)] f1(x_h, x_j)
    ///         − [4 + (2 − x_h)x_j] f2(x_h, x_j) + (−5 + 2x_h + 4x_j),
    ///
    /// β_{W,j} = √(1 − 4m²_{W,j}/m_h²), so that y_ℓ^eff = y_ℓ(m_W) − ¼ g²v/(4π)² U_ℓj [C̄_Hνe]_jℓ m_j B.
    /// Returns `re`, the bracket with the real parts of the loop functions and β terms (the
    /// dispersive part, as tabulated in ../shared/reference/yukawa.csv), and `im`, the
    /// imaginary part of the same expression on the principal branch.
    /// - Throws: `NuEFTError` for NaN, ±∞, non-positive inputs, or inputs outside `loopIntegralDomain` (1e-20…1e20).
    @inlinable
    public static func yukawaBracket(xh: Double, xj: Double) throws(NuEFTError) -> (re: Double, im: Double) {
        let status = loopIntegralInputStatus(xh, xj)
        guard status == .ok else { throw NuEFTError(status, "the Yukawa bracket needs x_h, x_j in 1e-20...1e20, got (\(xh), \(xj))") }
        let r = yukawaBracket(xh: SIMD2(repeating: xh), xj: SIMD2(repeating: xj))
        return (r.re[0], r.im[0])
    }

    /// B(x_h, x_j) on every lane; lanes with an input outside 1e-20…1e20 (NaN, ±∞, ≤ 0 included) give NaN.
    @inlinable @inline(__always)
    public static func yukawaBracket<V: DoubleLanes>(xh: V, xj: V) -> (re: V, im: V) {
        let bad = invalidLoopIntegralLanes(xh, xj)
        return yukawaBracket(xh: xh, xj: xj, betaW: YukawaBracketTerms.betaWTerm(xh: select(bad, V(repeating: 1), xh)))
    }

    /// `yukawaBracket(xh:xj:)` with the x_h-only term precomputed (`YukawaBracketTerms.betaWTerm`),
    /// for a batch at one x_h. Where a table exists (the x_h of the named input sets, x_j in
    /// 1e-6…1e6 outside the 0.5% window above m_j = m_h/2; F12+Table.swift) Re B is one
    /// Chebyshev lookup of B itself, built from the closed form and checked to 1e-14·B_scale at
    /// build time; Im B (non-zero below the threshold only) is x_j π β_j + [2x_h + x_j(x_j − 7)] Im f1.
    /// Elsewhere B is the sum of the closed-form terms (`YukawaBracketTerms`). Either way the
    /// value is a function of (x_h, x_j) alone: scalar, SIMD and batch calls agree bit for bit.
    @inlinable @inline(__always)
    static func yukawaBracket<V: DoubleLanes>(xh: V, xj: V, betaW: (re: V, im: V)) -> (re: V, im: V) {
        let bad = invalidLoopIntegralLanes(xh, xj)
        let h = select(bad, V(repeating: 1), xh), j = select(bad, V(repeating: 1), xj)
        let tabulated = tabulatedYukawaBracket(xh: h, xj: j)
        var re = tabulated.re, im = V(repeating: 0)
        let below = tabulated.covered .& lt(4 * j, h)
        if anyLane(below) {
            let beta = select(below, (h - 4 * j) / h, V(repeating: 0)).lanesSquareRoot()
            let f1Imaginary = realRootImaginaryPart(xh: h, .f1(xj: j))
            im = select(below, j * (beta * Double.pi) + (2 * h).addingProduct(j, j - 7) * f1Imaginary, im)
        }
        if anyLane(.!tabulated.covered) {
            let terms = YukawaBracketTerms(xh: h, xj: j, betaW: betaW)
            re = select(tabulated.covered, re, terms.bracket)
            im = select(tabulated.covered, im, terms.bracketImaginary)
        }
        return (select(bad, V(repeating: .nan), re), select(bad, V(repeating: .nan), im))
    }

    /// Every term of the Yukawa bracket B(x_h, x_j) of eq. (4.8), for inspection and tests.
    /// - Throws: `NuEFTError` for NaN, ±∞, non-positive inputs, or inputs outside `loopIntegralDomain` (1e-20…1e20).
    public static func yukawaBracketTerms(xh: Double, xj: Double) throws(NuEFTError) -> YukawaBracketTerms<SIMD2<Double>> {
        let status = loopIntegralInputStatus(xh, xj)
        guard status == .ok else { throw NuEFTError(status, "the Yukawa bracket needs x_h, x_j in 1e-20...1e20, got (\(xh), \(xj))") }
        return YukawaBracketTerms(xh: SIMD2(repeating: xh), xj: SIMD2(repeating: xj))
    }
}

/// The terms of the Yukawa bracket of eq. (4.8) (names as in ../shared/reference/yukawa.csv).
public struct YukawaBracketTerms<V: DoubleLanes> {
    /// −3 x_j(x_j − 3)/(x_j − 1) ln x_j (→ 6 at x_j = 1).
    public var log: V
    /// x_j β_j ln((β_j − 1)/(β_j + 1)), real and imaginary parts.
    public var betaJ: (re: V, im: V)
    /// (x_h − 2) β_W ln((β_W − 1)/(β_W + 1)).
    public var betaW: (re: V, im: V)
    /// f1(x_h, x_j) and f2(x_h, x_j), eq. (4.9).
    public var f1: (re: V, im: V)
    public var f2: (re: V, im: V)
    /// The coefficients 2x_h + x_j(x_j − 7) of f1 and −[4 + (2 − x_h)x_j] of f2.
    public var f1Coefficient: V
    public var f2Coefficient: V
    /// −5 + 2x_h + 4x_j.
    public var constant: V

    @inlinable @inline(__always)
    public init(xh: V, xj: V) { self.init(xh: xh, xj: xj, betaW: Self.betaWTerm(xh: xh)) }

    /// (x_h − 2) β_W ln((β_W − 1)/(β_W + 1)): a function of x_h alone, which a batch at one x_h
    /// forms once (the same lane arithmetic, so the same bits).
    @inlinable @inline(__always)
    static func betaWTerm(xh: V) -> (re: V, im: V) {
        let w = betaLog(betaSquared: (xh - 4) / xh, oneMinusBetaSquared: 4 / xh)
        return ((xh - 2) * w.re, (xh - 2) * w.im)
    }

    @inlinable @inline(__always)
    init(xh: V, xj: V, betaW: (re: V, im: V)) {
        log = -3 * xj * (xj - 3) * logOverXMinusOne(xj)
        let j = betaLog(betaSquared: (xh - 4 * xj) / xh, oneMinusBetaSquared: 4 * xj / xh)
        betaJ = (xj * j.re, xj * j.im)
        self.betaW = betaW
        f1 = f1Lanes(xh: xh, xj: xj)
        f2 = f2Lanes(xh: xh, xj: xj)
        f1Coefficient = (2 * xh).addingProduct(xj, xj - 7)
        f2Coefficient = -(V(repeating: 4).addingProduct(2 - xh, xj))
        constant = V(repeating: -5).addingProduct(2, xh).addingProduct(4, xj)
    }

    /// B: the real parts of every term summed.
    @inlinable @inline(__always)
    public var bracket: V {
        log + betaJ.re + betaW.re + f1Coefficient * f1.re + f2Coefficient * f2.re + constant
    }

    /// The imaginary part of the same expression.
    @inlinable @inline(__always)
    public var bracketImaginary: V {
        betaJ.im + betaW.im + f1Coefficient * f1.im + f2Coefficient * f2.im
    }
}
