// Two-argument arctangent on lanes.
//
// Implementation goals, in order of priority:
//  1. ≤ 2 ulp for all finite (y, x), with the signs of zero of C's atan2 (atan2(±0, −0) = ±π).
//  2. Branch-free, one division.
//
// Method: t = min(|x|,|y|)/max(|x|,|y|) ∈ [0, 1]; above tan(π/8) the identity
// atan t = π/4 + atan((t − 1)/(t + 1)) brings the argument into |t'| ≤ tan(π/8) = 0.4142, and
// numerator and denominator are chosen before the single division. atan(t') uses the
// minimax polynomial of fdlibm's s_atan.c (Sun Microsystems, 1993; also musl), valid for
// |t'| < 7/16 with an error below 1 ulp. The quadrant comes from the swap and the signs.

@usableFromInline let atanCoefficients: (Double, Double, Double, Double, Double, Double,
                                         Double, Double, Double, Double, Double) = (
    3.33333333333329318027e-01, -1.99999999998764832476e-01, 1.42857142725034663711e-01,
    -1.11111104054623557880e-01, 9.09088713343650656196e-02, -7.69187620504482999495e-02,
    6.66107313738753120669e-02, -5.83357013379057348645e-02, 4.97687799461593236017e-02,
    -3.65315727442169155270e-02, 1.62858201153657823623e-02
)  // aT[0...10] of fdlibm s_atan.c

// π/4, π/2 and π as a double plus the rounding remainder (fdlibm atanhi/atanlo, e_atan2.c).
@usableFromInline let piOver4Hi = 7.85398163397448278999e-01
@usableFromInline let piOver4Lo = 3.06161699786838301793e-17
@usableFromInline let piOver2Hi = 1.57079632679489655800e+00
@usableFromInline let piOver2Lo = 6.12323399573676603587e-17
@usableFromInline let piHi = 3.1415926535897931160e+00
@usableFromInline let piLo = 1.2246467991473531772e-16
@usableFromInline let tanPiOver8 = 0.41421356237309504880  // √2 − 1

/// atan2(y, x) on lanes; the angle of (x, y) in (−π, π]. NaN if either input is NaN.
@usableFromInline @_transparent
func atan2Lanes<V: DoubleLanes>(_ y: V, _ x: V) -> V {
    let ax = absLanes(x)
    let ay = absLanes(y)
    let swapped = lt(ax, ay)
    let big = select(swapped, ay, ax)
    let small = select(swapped, ax, ay)
    let upper = lt(big * tanPiOver8, small)  // small/big > tan(π/8)
    let numerator = select(upper, small - big, small)
    let denominator = select(upper, small + big, big)
    var t = numerator / denominator
    t = select(eq(big, V(repeating: 0)), V(repeating: 0), t)  // atan2(±0, ±0)

    let c = atanCoefficients
    let z = t * t
    let w = z * z
    var s1: V = V(repeating: c.8).addingProduct(w, V(repeating: c.10))
    s1 = V(repeating: c.6).addingProduct(w, s1)
    s1 = V(repeating: c.4).addingProduct(w, s1)
    s1 = V(repeating: c.2).addingProduct(w, s1)
    s1 = V(repeating: c.0).addingProduct(w, s1)
    s1 = s1 * z
    var s2: V = V(repeating: c.7).addingProduct(w, V(repeating: c.9))
    s2 = V(repeating: c.5).addingProduct(w, s2)
    s2 = V(repeating: c.3).addingProduct(w, s2)
    s2 = V(repeating: c.1).addingProduct(w, s2)
    s2 = s2 * w
    let tail = t * (s1 + s2)
    let direct = t - tail
    let shifted: V = V(repeating: piOver4Hi) - ((tail - V(repeating: piOver4Lo)) - t)
    var r = select(upper, shifted, direct)               // atan(small/big) ∈ [0, π/4]
    r = select(swapped, (V(repeating: piOver2Hi) - r) + V(repeating: piOver2Lo), r)  // [0, π/2]
    r = select(signBitSet(x), (V(repeating: piHi) - r) + V(repeating: piLo), r)     // [0, π]
    r = copySign(r, y)
    let nan = isNaNLanes(x) .| isNaNLanes(y)
    return select(nan, x + y, r)
}
