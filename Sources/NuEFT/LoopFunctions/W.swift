// The loop function w(x) of the one-loop Δa_ℓ.
//
// Implementation goals, in order of priority:
//  1. Relative error ≤ 1e-14 for every double x > 0 (measured 2 ulp on ../shared/reference).
//  2. No cancellation near x = 1 (where the printed formula loses everything: each of its
//     terms is ~3/(x−1)²), no overflow as x → ∞ (x² overflows above 1.3e154), and the exact
//     limits w(0⁺) = 2, w(1) = 3/2, w(∞) = 1/2.
//  3. Branch-free lanes; one division and ~40 flops per point.
//
// Two forms, chosen per lane by the log reduction x = 2^k m, m ∈ [√½, √2):
//  - k = 0 (x ∈ [√½, √2)): with s = (x − 1)/(x + 1) and ln x = 2s + (2/3)s³ + 2s⁵Q(s²),
//    substituting x = (1 + s)/(1 − s) into eq. (3.12) cancels every pole exactly and leaves
//        w = [6 − 2s − s² − s³ + 3s²(1 + s)²(1 − s) Q(s²)] / 4,
//    a polynomial in s and Q with no cancellation (|s| ≤ 0.1716). This replaces the series
//    about x = 1 that the reference generator used (README of ../shared/reference, §3.1).
//  - otherwise, with q = 1/(x − 1) (|q| ≤ 3.42 there):
//        w = 1/2 − q(9/2 + 3q) + 3 (xq)² q ln x,
//    eq. (3.12) rewritten in q; xq = x/(x − 1) stays O(1), so nothing overflows, and the
//    terms cancel by at most a factor ~25 (|x − 1| ≥ 0.29).

extension NuEFT {
    /// w(x), the loop function of the sterile-neutrino contribution to Δa_ℓ:
    ///
    ///     w(x) = (4 + x(x − 11)) / (2(x − 1)²) + 3x² ln x / (x − 1)³,   x = m_j²/m_W².
    ///
    /// Eq. (3.12) of 000_b99ff7acfa28d225.txt (used in eq. (3.11)). Continuous at x = 1,
    /// where w(1) = 3/2; w(0⁺) = 2 and w(∞) = 1/2. Relative error ≤ 1e-14 for every x > 0.
    /// - Throws: `NuEFTError` with `.nanInput`, `.infiniteInput` or `.nonPositiveInput`.
    @inlinable
    public static func w(_ x: Double) throws(NuEFTError) -> Double {
        let status = positiveInputStatus(x)
        guard status == .ok else { throw NuEFTError(status, "w(x) needs a finite x > 0, got \(x)") }
        return w(SIMD2(repeating: x))[0]
    }

    /// w(x) on every lane (see `w(_:)` for the formula). Lanes with x ≤ 0, NaN or ±∞ give NaN.
    /// Bitwise equal to the scalar and batch APIs on every lane.
    @inlinable @inline(__always)
    public static func w<V: DoubleLanes>(_ x: V) -> V {
        select(invalidPositiveLanes(x), V(repeating: .nan), wValidLanes(x))
    }
}

/// w(x) for lanes that hold finite x > 0 (the batch driver masks the others first).
@inlinable @inline(__always)
func wValidLanes<V: DoubleLanes>(_ x: V) -> V {
        // One division serves both forms: with R = 1/((m + 1)·d), d = x − 1 (outer lanes) or 1
        // (central lanes, where x − 1 may be 0), s = (m − 1)·d·R and q = 1/(x − 1) = (m + 1)·R.
        // Subnormal x (< 2^-1022): w = 2 − 3x/2 + … rounds to 2 exactly, so the reduction can
        // skip the subnormal rescaling and the result is selected below.
        let (k, m) = LogReduction<V>.normalExponentAndMantissa(x)
        let central = eq(k, V(repeating: 0))
        let d = select(central, V(repeating: 1), x - 1)
        let mPlusOne = m + 1
        let r = 1 / (mPlusOne * d)
        let s = (m - 1) * d * r
        let log = LogReduction(k: k, s: s, q: logSeriesRemainder(s * s))
        let z = s * s

        // Each form only where a lane needs it (one test per vector; lanes never mix, so a
        // lane's value does not depend on its neighbours): central lanes are ~2% of a scan
        // over 1 GeV – 10 TeV.
        var value = V(repeating: 0)
        if anyLane(central) {
            let onePlusS = s + 1
            let cubic: V = V(repeating: 6) - s * (s.addingProduct(s, s) + 2)   // 6 − 2s − s² − s³
            let weight: V = (z * 3) * (onePlusS * onePlusS) * (1 - s)   // 3s²(1+s)²(1−s)
            value = cubic.addingProduct(weight, log.q) * 0.25
        }
        if anyLane(.!central) {
            let q = mPlusOne * r
            let xq = x * q
            let lnX = log.logarithm
            let inner: V = V(repeating: 4.5).addingProduct(q, V(repeating: 3))   // 9/2 + 3q
            let rational: V = V(repeating: 0.5) - q * inner
            let logWeight: V = (xq * xq) * (q * 3)
            value = select(central, value, rational.addingProduct(logWeight, lnX))
        }
        return select(lt(x, V(repeating: 0x1p-1022)), V(repeating: 2), value)
}
