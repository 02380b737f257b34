// Drivers that run a lane kernel over contiguous arrays: validation, NaN and per-point
// status for bad points, the padded tail vector, and the blocks spread over threads.
//
// The hot loop has no allocation and no per-element branch: a vector with no bad lane (the
// common case) goes straight through the kernel; only a vector that holds a bad lane takes
// the scalar path that writes the per-point codes.

/// The lane width of the batch calls. With AVX2 a SIMD8<Double> is two ymm registers, which
/// measured ~14% faster than SIMD4 (more independent work per iteration).
public typealias BatchLanes = SIMD8<Double>

/// A kernel of one input and one output. A type rather than a closure, so that the driver
/// specializes on it and the kernel inlines into the vector loop (a closure stayed an indirect
/// call per vector and halved the throughput of w).
@usableFromInline
protocol UnaryLaneKernel {
    static func evaluate<V: DoubleLanes>(_ x: V) -> V
}

/// A kernel of two inputs and two outputs, defined where both inputs lie in `domain`.
@usableFromInline
protocol BinaryLaneKernel {
    static var domain: ClosedRange<Double> { get }
    static func evaluate<V: DoubleLanes>(_ a: V, _ b: V) -> (V, V)
}

/// Every finite x > 0.
public let positiveDomain: ClosedRange<Double> = Double.leastNonzeroMagnitude...Double.greatestFiniteMagnitude

/// The status of one input that must be finite and > 0.
@inlinable
func positiveInputStatus(_ x: Double) -> NuEFTStatus {
    if x.isNaN { return .nanInput }
    if x.isInfinite { return .infiniteInput }
    if x <= 0 { return .nonPositiveInput }
    return .ok
}

/// The domain of the closed form of f1, f2 (F12.swift), verified against mpmath and against the
/// graded quadrature of F12+Quadrature.swift: beyond it the closed form can overflow or lose
/// digits (at x_h ~ 1e28, x_j ~ 1e-28: 1e-10), so f1 and f2 integrate numerically there. It is
/// also the domain of the Yukawa bracket B, whose other terms (x_j², x_j ln x_j, …) are not
/// written for extreme values: B refuses points outside with `.outOfDomain`.
public let loopIntegralDomain: ClosedRange<Double> = 1e-20...1e20

/// The status of a point (a, b) of a two-input function defined on `domain`: NaN first, then
/// ±∞, then ≤ 0, then outside `domain`.
@inlinable
func pairInputStatus(_ a: Double, _ b: Double, domain: ClosedRange<Double>) -> NuEFTStatus {
    let sa = positiveInputStatus(a)
    let sb = positiveInputStatus(b)
    if sa != .ok || sb != .ok {
        return NuEFTStatus(rawValue: sa == .ok ? sb.rawValue : sb == .ok ? sa.rawValue : min(sa.rawValue, sb.rawValue))
    }
    return domain.contains(a) && domain.contains(b) ? .ok : .outOfDomain
}

/// The status of a Yukawa-bracket point (x_h, x_j).
@inlinable
func loopIntegralInputStatus(_ a: Double, _ b: Double) -> NuEFTStatus {
    pairInputStatus(a, b, domain: loopIntegralDomain)
}

/// Lanes where a or b is outside `domain` (NaN, ±∞ and ≤ 0 included).
@inlinable @inline(__always)
func lanesOutside<V: DoubleLanes>(_ a: V, _ b: V, domain: ClosedRange<Double>) -> LaneMask<V> {
    let lower = V(repeating: domain.lowerBound), upper = V(repeating: domain.upperBound)
    return .!(le(lower, a) .& le(a, upper) .& le(lower, b) .& le(b, upper))
}

/// Lanes whose (x_h, x_j) is not inside `loopIntegralDomain` (NaN, ±∞ and ≤ 0 included).
@inlinable @inline(__always)
func invalidLoopIntegralLanes<V: DoubleLanes>(_ xh: V, _ xj: V) -> LaneMask<V> {
    lanesOutside(xh, xj, domain: loopIntegralDomain)
}

/// Lanes whose input is not a finite number > 0 (NaN fails both comparisons).
@inlinable @inline(__always)
func invalidPositiveLanes<V: DoubleLanes>(_ x: V) -> LaneMask<V> {
    .!(lt(V(repeating: 0), x) .& lt(x, V(repeating: .infinity)))
}

@inlinable @inline(__always)
func loadLanes<V: DoubleLanes>(_ p: UnsafePointer<Double>, _ i: Int, _ count: Int, padding: Double) -> V {
    // Index arithmetic wraps instead of trapping: i < count ≤ Int.max − scalarCount here.
    if i &+ V.scalarCount <= count {
        return UnsafeRawPointer(p + i).loadUnaligned(as: V.self)
    }
    var v = V(repeating: padding)
    for lane in 0..<(count &- i) { v[lane] = p[i &+ lane] }
    return v
}

@inlinable @inline(__always)
func storeLanes<V: DoubleLanes>(_ v: V, _ p: UnsafeMutablePointer<Double>, _ i: Int, _ count: Int) {
    if i &+ V.scalarCount <= count {
        UnsafeMutableRawPointer(p + i).storeBytes(of: v, as: V.self)
    } else {
        for lane in 0..<(count &- i) { p[i &+ lane] = v[lane] }
    }
}

/// y[i] = kernel(x[i]) for inputs that must be finite and > 0. Bad points get NaN and their
/// code in `status`. Returns the number of bad points. `y` may be `x` (in place).
@inlinable
func runPositiveUnaryBatch<V: DoubleLanes, Kernel: UnaryLaneKernel>(
    count: Int, x: UnsafePointer<Double>, y: UnsafeMutablePointer<Double>,
    status: UnsafeMutablePointer<NuEFTStatus>?, blockSize: Int, padding: Double,
    lanes _: V.Type, kernel _: Kernel.Type
) -> Int {
    nonisolated(unsafe) let x = x, y = y, status = status
    return forEachBlock(count: count, blockSize: blockSize) { range in
        var failures = 0
        var i = range.lowerBound
        while i < range.upperBound {
            let v: V = loadLanes(x, i, range.upperBound, padding: padding)
            let bad = invalidPositiveLanes(v)
            let lanes = min(V.scalarCount, range.upperBound &- i)
            if anyLane(bad) {
                let result = select(bad, V(repeating: .nan), Kernel.evaluate(select(bad, V(repeating: padding), v)))
                storeLanes(result, y, i, range.upperBound)
                for lane in 0..<lanes {
                    let s = positiveInputStatus(v[lane])
                    if s != .ok { failures += 1 }
                    status?[i &+ lane] = s
                }
            } else {
                storeLanes(Kernel.evaluate(v), y, i, range.upperBound)
                if let status { for lane in 0..<lanes { status[i &+ lane] = .ok } }
            }
            i &+= V.scalarCount
        }
        return failures
    }
}

/// (r1[i], r2[i]) = kernel(a[i], b[i]) for inputs in `Kernel.domain`.
/// `r2` may be nil (the second result is then not stored). Returns the number of bad points.
@inlinable
func runPairBatch<V: DoubleLanes, Kernel: BinaryLaneKernel>(
    count: Int, a: UnsafePointer<Double>, b: UnsafePointer<Double>,
    r1: UnsafeMutablePointer<Double>, r2: UnsafeMutablePointer<Double>?,
    status: UnsafeMutablePointer<NuEFTStatus>?, blockSize: Int, padding: (Double, Double),
    lanes _: V.Type, kernel _: Kernel.Type
) -> Int {
    nonisolated(unsafe) let a = a, b = b, r1 = r1, r2 = r2, status = status
    return forEachBlock(count: count, blockSize: blockSize) { range in
        var failures = 0
        var i = range.lowerBound
        while i < range.upperBound {
            let va: V = loadLanes(a, i, range.upperBound, padding: padding.0)
            let vb: V = loadLanes(b, i, range.upperBound, padding: padding.1)
            let bad = lanesOutside(va, vb, domain: Kernel.domain)
            let lanes = min(V.scalarCount, range.upperBound &- i)
            if anyLane(bad) {
                let (o1, o2) = Kernel.evaluate(select(bad, V(repeating: padding.0), va), select(bad, V(repeating: padding.1), vb))
                storeLanes(select(bad, V(repeating: .nan), o1), r1, i, range.upperBound)
                if let r2 { storeLanes(select(bad, V(repeating: .nan), o2), r2, i, range.upperBound) }
                for lane in 0..<lanes {
                    let s = pairInputStatus(va[lane], vb[lane], domain: Kernel.domain)
                    if s != .ok { failures += 1 }
                    status?[i &+ lane] = s
                }
            } else {
                let (o1, o2) = Kernel.evaluate(va, vb)
                storeLanes(o1, r1, i, range.upperBound)
                if let r2 { storeLanes(o2, r2, i, range.upperBound) }
                if let status { for lane in 0..<lanes { status[i &+ lane] = .ok } }
            }
            i &+= V.scalarCount
        }
        return failures
    }
}
