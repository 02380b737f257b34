// e^x on SIMD lanes, for the kernels that need an exponential per lane (the CMS limit
// interpolation of LHC.swift) and must give the same bits in the scalar API and in batches.
//
// Method: x = k ln 2 + r with k = round(x/ln 2) and the Cody–Waite split of ln 2 (exact k·ln2Hi
// for |k| < 2^11), |r| ≤ 0.3466; e^r by its Taylor series to degree 13 (truncation
// 0.3466^14/14! < 5e-18 relative) in Horner form; scaled by 2^k as two exact powers of two,
// so that results in the subnormal range round once more at most. Error ≤ 1 ulp against the
// platform's exp (tested). x > 709.78 gives +∞, x < −745.2 gives 0, NaN stays NaN.

@usableFromInline @_transparent
func expLanes<V: DoubleLanes>(_ x: V) -> V {
    let high = V(repeating: 709.782712893384), low = V(repeating: -745.2)
    let overflow = lt(high, x), underflow = lt(x, low), nan = isNaNLanes(x)
    let xs = select(overflow .| underflow .| nan, V(repeating: 0), x)
    let k = (xs * 1.4426950408889634).rounded(.toNearestOrEven)
    let r = (xs - k * ln2Hi) - k * ln2Lo
    // Σ_{n ≤ 13} rⁿ/n!, Horner.
    var p = V(repeating: 1.0 / 479_001_600).addingProduct(r, V(repeating: 1.0 / 6_227_020_800))
    p = V(repeating: 1.0 / 39_916_800).addingProduct(r, p)
    p = V(repeating: 1.0 / 3_628_800).addingProduct(r, p)
    p = V(repeating: 1.0 / 362_880).addingProduct(r, p)
    p = V(repeating: 1.0 / 40_320).addingProduct(r, p)
    p = V(repeating: 1.0 / 5040).addingProduct(r, p)
    p = V(repeating: 1.0 / 720).addingProduct(r, p)
    p = V(repeating: 1.0 / 120).addingProduct(r, p)
    p = V(repeating: 1.0 / 24).addingProduct(r, p)
    p = V(repeating: 1.0 / 6).addingProduct(r, p)
    p = V(repeating: 0.5).addingProduct(r, p)
    p = V(repeating: 1).addingProduct(r, p)
    p = V(repeating: 1).addingProduct(r, p)
    // 2^k = 2^k₁ · 2^k₂ with |k₁|, |k₂| ≤ 538: both normal, built from the exponent bits.
    let k1 = (k * 0.5).rounded(.down), k2 = k - k1
    let bias = V(repeating: 1023)
    let s1 = unsafeBitCast(integerLanes(k1 + bias) &<< 52, to: V.self)
    let s2 = unsafeBitCast(integerLanes(k2 + bias) &<< 52, to: V.self)
    var result = p * s1 * s2
    result = select(overflow, V(repeating: .infinity), result)
    result = select(underflow, V(repeating: 0), result)
    return select(nan, x, result)
}

/// The lanes of an integral-valued double vector as Int64 lanes (exact for |k| < 2^52).
@inlinable @inline(__always)
func integerLanes<V: DoubleLanes>(_ k: V) -> V.MaskStorage {
    // 2^52 + 2^51 as a magic constant: adding it places the integer in the low mantissa bits.
    let magic = V(repeating: 6_755_399_441_055_744)
    return unsafeBitCast(k + magic, to: V.MaskStorage.self) &- unsafeBitCast(magic, to: V.MaskStorage.self)
}
