// Natural logarithm on lanes.
//
// Implementation goals, in order of priority:
//  1. ≤ 2 ulp on every positive normal or subnormal double (tested against glibc `log`).
//  2. Expose the pieces of the reduction, because w(x) (eq. (3.12) of
//     000_b99ff7acfa28d225.txt) needs the *remainder* of the log series near x = 1 to
//     full relative accuracy, and gets it here for free.
//  3. Branch-free: one division, a degree-6 polynomial, integer bit operations.
//
// Reduction: x = 2^k m with m ∈ [√½, √2) (the musl/fdlibm offset trick on the bit pattern);
// s = (m − 1)/(m + 1) ∈ (−0.1716, 0.1716]; ln m = 2 atanh s = 2s + (2/3)s³ + 2s⁵ Q(s²) with
// Q(z) = Σ_{j≥0} z^j/(2j + 5), approximated on z ≤ 0.02944 by the degree-6 polynomial that
// scripts/generate_log_series.py fits (LogSeries.swift).

@usableFromInline let ln2Hi = 6.93147180369123816490e-01  // fdlibm e_log.c: 0x3FE62E42FEE00000, k·ln2Hi exact for |k| < 2^11
@usableFromInline let ln2Lo = 1.90821492927058770002e-10  // ln 2 − ln2Hi

/// The pieces of ln x = k ln 2 + 2s + (2/3)s³ + 2s⁵ Q(s²) (see the top of the file).
@usableFromInline
struct LogReduction<V: DoubleLanes> {
    /// Exponent k as a double.
    @usableFromInline var k: V
    /// s = (m − 1)/(m + 1), |s| ≤ 0.1716.
    @usableFromInline var s: V
    /// Q(s²) = (atanh(s) − s − s³/3)/s⁵ = 1/5 + s²/7 + s⁴/9 + …
    @usableFromInline var q: V

    @inlinable @inline(__always)
    init(k: V, s: V, q: V) { self.k = k; self.s = s; self.q = q }

    /// The reduction of x > 0 (normal or subnormal). Other inputs give finite garbage;
    /// callers mask them.
    @inlinable @inline(__always)
    init(_ x: V) {
        let (k, m) = Self.exponentAndMantissa(x)
        let s = (m - 1) / (m + 1)
        self.init(k: k, s: s, q: logSeriesRemainder(s * s))
    }

    /// The reduction of u = 1 + x for x > −1, keeping full accuracy for small x: where
    /// u ∈ [√½, √2) (k = 0) it takes s = x/(2 + x) from the exact x instead of the rounded u
    /// (ln(1 + x) = 2 atanh(x/(2 + x)) exactly), so log1p needs no correction term and no
    /// second division.
    @inlinable @inline(__always)
    init(onePlus x: V) {
        let (k, m) = Self.exponentAndMantissa(1 + x)
        let central = eq(k, V(repeating: 0))
        let s = select(central, x, m - 1) / select(central, 2 + x, m + 1)
        self.init(k: k, s: s, q: logSeriesRemainder(s * s))
    }

    /// x = 2^k m with m ∈ [√½, √2), for x > 0 normal or subnormal; k as a double.
    @inlinable @inline(__always)
    static func exponentAndMantissa(_ x: V) -> (k: V, m: V) {
        // Subnormals: scale by 2^52 first.
        let tiny = lt(x, V(repeating: 0x1p-1022))
        let xs = select(tiny, x * 0x1p52, x)
        let kAdjust = select(tiny, V(repeating: -52), V(repeating: 0))
        let (k, m) = normalExponentAndMantissa(xs)
        return (k + kAdjust, m)
    }

    /// `exponentAndMantissa` for normal x > 0 only (a subnormal x gives garbage).
    @inlinable @inline(__always)
    static func normalExponentAndMantissa(_ xs: V) -> (k: V, m: V) {
        let bits = unsafeBitCast(xs, to: V.MaskStorage.self)
        // 0x3FE6A09E667F3BCD = bits of √½: m keeps x's mantissa, shifted into [√½, √2).
        let shifted = bits &- V.MaskStorage(repeating: 0x3FE6_A09E_667F_3BCD)
        let kInt = shifted &>> 52
        let m = unsafeBitCast(bits &- (kInt &<< 52), to: V.self)
        // Int64 → Double for |k| < 2^51 without a conversion instruction (AVX2 has none):
        // add the bits of 1.5·2^52 and subtract it as a double.
        let kDouble = unsafeBitCast(kInt &+ V.MaskStorage(repeating: 0x4338_0000_0000_0000), to: V.self)
            - V(repeating: 0x1.8p52)
        return (kDouble, m)
    }

    /// ln x assembled from the pieces.
    @inlinable @inline(__always)
    var logarithm: V {
        let z = s * s
        let c: V = V(repeating: 2.0 / 3).addingProduct(z + z, q)  // 2/3 + 2zQ
        let series: V = (s * z) * c                                // (2/3)s³ + 2s⁵Q
        let low: V = series.addingProduct(k, V(repeating: ln2Lo))
        return (s + s + low).addingProduct(k, V(repeating: ln2Hi))
    }
}

/// Q(z) = Σ_{j≥0} z^j/(2j + 5) on z ∈ [0, 0.0295] by the generated degree-6 polynomial of
/// LogSeries.swift (relative error ≤ 1e-15, ample for both uses), in Estrin's order: depth 3
/// instead of Horner's 6, since the log's dependency chain limits the dilogarithm kernels.
@inlinable @inline(__always)
func logSeriesRemainder<V: DoubleLanes>(_ z: V) -> V {
    let c = logSeriesCoefficients
    let z2 = z * z
    let z4 = z2 * z2
    let p01 = V(repeating: c.0).addingProduct(z, V(repeating: c.1))
    let p23 = V(repeating: c.2).addingProduct(z, V(repeating: c.3))
    let p456 = V(repeating: c.4).addingProduct(z, V(repeating: c.5)).addingProduct(z2, V(repeating: c.6))
    return p01.addingProduct(z2, p23).addingProduct(z4, p456)
}

/// ln x on lanes: ≤ 2 ulp for x > 0 (normal or subnormal); ln(+0) = ln(−0) = −∞,
/// ln(+∞) = +∞, NaN for x < 0 and for NaN.
@usableFromInline @_transparent
func logLanes<V: DoubleLanes>(_ x: V) -> V {
    var r = LogReduction(x).logarithm
    r = select(eq(x, V(repeating: 0)), V(repeating: -.infinity), r)
    r = select(eq(x, V(repeating: .infinity)), V(repeating: .infinity), r)
    r = select(lt(x, V(repeating: 0)), V(repeating: .nan), r)
    r = select(isNaNLanes(x), x, r)
    return r
}

/// ln(1 + x) on lanes, ≤ 2 ulp for x > −1 (see `LogReduction.init(onePlus:)`);
/// log1p(−1) = −∞, NaN below −1 and for NaN, +∞ at +∞.
@usableFromInline @_transparent
func log1pLanes<V: DoubleLanes>(_ x: V) -> V {
    var r = LogReduction(onePlus: x).logarithm
    r = select(eq(x, V(repeating: -1)), V(repeating: -.infinity), r)
    r = select(eq(x, V(repeating: .infinity)), V(repeating: .infinity), r)
    r = select(lt(x, V(repeating: -1)), V(repeating: .nan), r)
    r = select(isNaNLanes(x), x, r)
    return r
}
