// Complex numbers on lanes: structure of arrays (one vector of real parts, one of imaginary
// parts), so that every operation stays vertical.

@usableFromInline
struct ComplexLanes<V: DoubleLanes> {
    @usableFromInline var re: V
    @usableFromInline var im: V

    @inlinable @inline(__always)
    init(_ re: V, _ im: V) { self.re = re; self.im = im }

    @inlinable @inline(__always)
    init(real re: V) { self.re = re; self.im = V(repeating: 0) }

    @inlinable @inline(__always)
    static func + (a: Self, b: Self) -> Self { Self(a.re + b.re, a.im + b.im) }

    @inlinable @inline(__always)
    static func - (a: Self, b: Self) -> Self { Self(a.re - b.re, a.im - b.im) }

    @inlinable @inline(__always)
    static prefix func - (a: Self) -> Self { Self(-a.re, -a.im) }

    @inlinable @inline(__always)
    static func * (a: Self, b: Self) -> Self {
        Self((a.re * b.re).addingProduct(-a.im, b.im), (a.re * b.im).addingProduct(a.im, b.re))
    }

    @inlinable @inline(__always)
    static func * (a: Self, s: V) -> Self { Self(a.re * s, a.im * s) }

    /// c + self·z, the Horner step.
    @inlinable @inline(__always)
    func hornerStep(times z: Self, plus c: V) -> Self {
        Self(c.addingProduct(re, z.re).addingProduct(-im, z.im), (re * z.im).addingProduct(im, z.re))
    }

    /// |z|².
    @inlinable @inline(__always)
    var normSquared: V { (re * re).addingProduct(im, im) }

    /// 1/z, by Smith's scaling so that |z| up to the double range neither overflows nor
    /// underflows in the intermediate |z|².
    @inlinable @inline(__always)
    var reciprocal: Self {
        let reLarger = le(absLanes(im), absLanes(re))
        let big = select(reLarger, re, im)
        let small = select(reLarger, im, re)
        let ratio = small / big
        let denominator = big.addingProduct(small, ratio)
        let a = 1 / denominator
        let b = -ratio * a
        // reLarger: 1/(re + i im) = (1 − i r)/(re + im r); else = (r − i)/(im + re r).
        return Self(select(reLarger, a, -b), select(reLarger, b, -a))
    }
}

/// `mask ? a : b`, lane by lane.
@inlinable @inline(__always)
func select<V: DoubleLanes>(_ mask: LaneMask<V>, _ a: ComplexLanes<V>, _ b: ComplexLanes<V>) -> ComplexLanes<V> {
    ComplexLanes(select(mask, a.re, b.re), select(mask, a.im, b.im))
}

/// The principal logarithm, given z and, separately, `onePlusZ` = 1 + z computed without
/// cancellation by the caller: ln(1 + z) = ½ ln(1 + 2 Re z + |z|²) + i arg(1 + z).
/// Accurate when |1 + z| ≥ ½ (the dilogarithm's reductions guarantee it).
@inlinable @inline(__always)
func complexLog1p<V: DoubleLanes>(_ z: ComplexLanes<V>, onePlusZ: ComplexLanes<V>) -> ComplexLanes<V> {
    let modulusTerm = (z.re * (z.re + 2)).addingProduct(z.im, z.im)  // |1 + z|² − 1
    return ComplexLanes(0.5 * log1pLanes(modulusTerm), atan2Lanes(onePlusZ.im, onePlusZ.re))
}

/// The principal logarithm ln z = ln|z| + i arg z. |z|² is formed after an exact scaling by
/// 2^∓600 where max(|Re z|, |Im z|) is beyond 2^±500, so it neither overflows nor underflows.
@inlinable @inline(__always)
func complexLog<V: DoubleLanes>(_ z: ComplexLanes<V>) -> ComplexLanes<V> {
    let size = absLanes(z.re) + absLanes(z.im)
    let huge = lt(V(repeating: 0x1p500), size)
    let tiny = lt(size, V(repeating: 0x1p-500))
    let scale = select(huge, V(repeating: 0x1p-600), select(tiny, V(repeating: 0x1p600), V(repeating: 1)))
    let logScale = select(huge, V(repeating: -600 * 0.69314718055994530942),
                          select(tiny, V(repeating: 600 * 0.69314718055994530942), V(repeating: 0)))
    let zs = z * scale
    let logModulus = 0.5 * logLanes(zs.normSquared) - logScale
    return ComplexLanes(logModulus, atan2Lanes(z.im, z.re))
}
