// Batch entry points of the loop functions: contiguous arrays in, contiguous arrays out,
// optional per-point status, all cores by default (NuEFT.threadCount).
//
// Every batch result is bitwise equal to the scalar and SIMD APIs on the same input.

// The kernels of the batch drivers (valid inputs only: the driver masks bad lanes first).
@usableFromInline enum WKernel: UnaryLaneKernel {
    @inlinable @inline(__always) static func evaluate<V: DoubleLanes>(_ x: V) -> V { wValidLanes(x) }
}
@usableFromInline enum ThresholdBracketKernel: UnaryLaneKernel {
    @inlinable @inline(__always) static func evaluate<V: DoubleLanes>(_ x: V) -> V { thresholdBracketValidLanes(x) }
}
@usableFromInline enum F1Kernel: BinaryLaneKernel {
    @inlinable static var domain: ClosedRange<Double> { positiveDomain }
    @inlinable @inline(__always) static func evaluate<V: DoubleLanes>(_ xh: V, _ xj: V) -> (V, V) {
        let v = f1Lanes(xh: xh, xj: xj); return (v.re, v.im)
    }
}
@usableFromInline enum F2Kernel: BinaryLaneKernel {
    @inlinable static var domain: ClosedRange<Double> { positiveDomain }
    @inlinable @inline(__always) static func evaluate<V: DoubleLanes>(_ xh: V, _ xj: V) -> (V, V) {
        let v = f2Lanes(xh: xh, xj: xj); return (v.re, v.im)
    }
}
@usableFromInline enum YukawaBracketKernel: BinaryLaneKernel {
    @inlinable static var domain: ClosedRange<Double> { loopIntegralDomain }
    @inlinable @inline(__always) static func evaluate<V: DoubleLanes>(_ xh: V, _ xj: V) -> (V, V) {
        let b = NuEFT.yukawaBracket(xh: xh, xj: xj); return (b.re, b.im)
    }
}

extension NuEFT {
    // Block sizes: ~20-100 µs of work, so that threads share the load and a small batch
    // (below one block) runs on the calling thread without any dispatch.
    @usableFromInline static let wBlockSize = 16_384
    @usableFromInline static let loopIntegralBlockSize = 2_048
    @usableFromInline static let bracketBlockSize = 1_024

    /// Checks the lengths of a batch's buffers; returns the count.
    @usableFromInline
    static func batchCount(_ count: Int, outputs: [Int], status: Int?) throws(NuEFTError) -> Int {
        for c in outputs where c != count {
            throw NuEFTError(.lengthMismatch, "an output holds \(c) elements for \(count) points")
        }
        if let status, status != count {
            throw NuEFTError(.lengthMismatch, "the status buffer holds \(status) elements for \(count) points")
        }
        return count
    }

    /// w(x) for every element of `x` (eq. (3.12) of 000_b99ff7acfa28d225.txt; see `w(_:)`).
    /// Points with x ≤ 0, NaN or ±∞ get NaN and their code in `status`.
    /// - Returns: `.ok`, or `.somePointsFailed` if any point was invalid.
    /// - Throws: `.lengthMismatch` if the buffers differ in length. `out` may alias `x`.
    @discardableResult
    public static func w(_ x: UnsafeBufferPointer<Double>, into out: UnsafeMutableBufferPointer<Double>,
                         status: UnsafeMutableBufferPointer<NuEFTStatus>? = nil) throws(NuEFTError) -> NuEFTStatus {
        try unaryBatch(WKernel.self, x, out, status, blockSize: wBlockSize)
    }

    /// w(x) for an array; invalid points give NaN.
    public static func w(_ x: [Double]) -> [Double] {
        unaryArray(x) { xb, ob in _ = try? w(xb, into: ob) }
    }

    /// f1(x_h, x_j) for every pair (eq. (4.9); see `f1(xh:xj:)`): real parts into `re`,
    /// imaginary parts into `im` (may be nil). Invalid points give NaN and their code in
    /// `status`. Outputs may alias inputs element for element.
    @discardableResult
    public static func f1(xh: UnsafeBufferPointer<Double>, xj: UnsafeBufferPointer<Double>,
                          re: UnsafeMutableBufferPointer<Double>, im: UnsafeMutableBufferPointer<Double>?,
                          status: UnsafeMutableBufferPointer<NuEFTStatus>? = nil) throws(NuEFTError) -> NuEFTStatus {
        try binaryBatch(F1Kernel.self, xh, xj, re, im, status, blockSize: loopIntegralBlockSize)
    }

    /// f2(x_h, x_j) for every pair (eq. (4.9); see `f2(xh:xj:)`); conventions as `f1(xh:xj:re:im:status:)`.
    @discardableResult
    public static func f2(xh: UnsafeBufferPointer<Double>, xj: UnsafeBufferPointer<Double>,
                          re: UnsafeMutableBufferPointer<Double>, im: UnsafeMutableBufferPointer<Double>?,
                          status: UnsafeMutableBufferPointer<NuEFTStatus>? = nil) throws(NuEFTError) -> NuEFTStatus {
        try binaryBatch(F2Kernel.self, xh, xj, re, im, status, blockSize: loopIntegralBlockSize)
    }

    /// f1 for arrays of equal length; invalid points give NaN.
    /// - Throws: `.lengthMismatch` if the arrays differ in length.
    public static func f1(xh: [Double], xj: [Double]) throws(NuEFTError) -> (re: [Double], im: [Double]) {
        try pairBatch(xh, xj) { a, b, r, i throws(NuEFTError) in try f1(xh: a, xj: b, re: r, im: i) }
    }

    /// f2 for arrays of equal length; invalid points give NaN.
    /// - Throws: `.lengthMismatch` if the arrays differ in length.
    public static func f2(xh: [Double], xj: [Double]) throws(NuEFTError) -> (re: [Double], im: [Double]) {
        try pairBatch(xh, xj) { a, b, r, i throws(NuEFTError) in try f2(xh: a, xj: b, re: r, im: i) }
    }

    /// T(x_j) for every element (eq. (4.7); see `thresholdBracket(xj:)`). Conventions as `w(_:into:status:)`.
    @discardableResult
    public static func thresholdBracket(xj: UnsafeBufferPointer<Double>, into out: UnsafeMutableBufferPointer<Double>,
                                        status: UnsafeMutableBufferPointer<NuEFTStatus>? = nil) throws(NuEFTError) -> NuEFTStatus {
        try unaryBatch(ThresholdBracketKernel.self, xj, out, status, blockSize: wBlockSize)
    }

    /// T(x_j) for an array; invalid points give NaN.
    public static func thresholdBracket(xj: [Double]) -> [Double] {
        unaryArray(xj) { xb, ob in _ = try? thresholdBracket(xj: xb, into: ob) }
    }

    /// B(x_h, x_j) for every pair (eq. (4.8); see `yukawaBracket(xh:xj:)`): the bracket into
    /// `re`, the imaginary part of the same expression into `im` (may be nil).
    @discardableResult
    public static func yukawaBracket(xh: UnsafeBufferPointer<Double>, xj: UnsafeBufferPointer<Double>,
                                     re: UnsafeMutableBufferPointer<Double>, im: UnsafeMutableBufferPointer<Double>?,
                                     status: UnsafeMutableBufferPointer<NuEFTStatus>? = nil) throws(NuEFTError) -> NuEFTStatus {
        try binaryBatch(YukawaBracketKernel.self, xh, xj, re, im, status, blockSize: bracketBlockSize)
    }

    /// B for arrays of equal length; invalid points give NaN.
    /// - Throws: `.lengthMismatch` if the arrays differ in length.
    public static func yukawaBracket(xh: [Double], xj: [Double]) throws(NuEFTError) -> (re: [Double], im: [Double]) {
        try pairBatch(xh, xj) { a, b, r, i throws(NuEFTError) in try yukawaBracket(xh: a, xj: b, re: r, im: i) }
    }

    /// A unary batch: length checks, then the driver over `BatchLanes` (SIMD8: measured ~14%
    /// faster than SIMD4 for w).
    static func unaryBatch<K: UnaryLaneKernel>(
        _ kernel: K.Type, _ x: UnsafeBufferPointer<Double>, _ out: UnsafeMutableBufferPointer<Double>,
        _ status: UnsafeMutableBufferPointer<NuEFTStatus>?, blockSize: Int
    ) throws(NuEFTError) -> NuEFTStatus {
        let n = try batchCount(x.count, outputs: [out.count], status: status?.count)
        guard n > 0, let xp = x.baseAddress, let op = out.baseAddress else { return .ok }
        let failures = runPositiveUnaryBatch(count: n, x: xp, y: op, status: status?.baseAddress,
                                             blockSize: blockSize, padding: 1, lanes: BatchLanes.self, kernel: kernel)
        return failures == 0 ? .ok : .somePointsFailed
    }

    /// A binary batch over (x_h, x_j): length checks, then the driver over SIMD4 (the f1/f2
    /// kernels keep ~60 live vectors; SIMD8 measured no faster).
    static func binaryBatch<K: BinaryLaneKernel>(
        _ kernel: K.Type, _ xh: UnsafeBufferPointer<Double>, _ xj: UnsafeBufferPointer<Double>,
        _ re: UnsafeMutableBufferPointer<Double>, _ im: UnsafeMutableBufferPointer<Double>?,
        _ status: UnsafeMutableBufferPointer<NuEFTStatus>?, blockSize: Int
    ) throws(NuEFTError) -> NuEFTStatus {
        let n = try batchCount(xh.count, outputs: [xj.count, re.count] + (im.map { [$0.count] } ?? []), status: status?.count)
        guard n > 0, let a = xh.baseAddress, let b = xj.baseAddress, let r = re.baseAddress else { return .ok }
        let failures = runPairBatch(count: n, a: a, b: b, r1: r, r2: im?.baseAddress, status: status?.baseAddress,
                                            blockSize: blockSize, padding: (2, 1), lanes: SIMD4<Double>.self, kernel: kernel)
        return failures == 0 ? .ok : .somePointsFailed
    }

    static func unaryArray(_ x: [Double],
                           _ run: (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void) -> [Double] {
        var out = [Double](repeating: 0, count: x.count)
        x.withUnsafeBufferPointer { xb in out.withUnsafeMutableBufferPointer { ob in run(xb, ob) } }
        return out
    }

    static func pairBatch(
        _ a: [Double], _ b: [Double],
        _ run: (UnsafeBufferPointer<Double>, UnsafeBufferPointer<Double>,
                UnsafeMutableBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) throws(NuEFTError) -> NuEFTStatus
    ) throws(NuEFTError) -> (re: [Double], im: [Double]) {
        guard a.count == b.count else {
            throw NuEFTError(.lengthMismatch, "x_h holds \(a.count) elements, x_j \(b.count)")
        }
        var re = [Double](repeating: 0, count: a.count)
        var im = [Double](repeating: 0, count: a.count)
        var failure: NuEFTError?
        a.withUnsafeBufferPointer { ab in
            b.withUnsafeBufferPointer { bb in
                re.withUnsafeMutableBufferPointer { rb in
                    im.withUnsafeMutableBufferPointer { ib in
                        do throws(NuEFTError) { _ = try run(ab, bb, rb, ib) } catch { failure = error }
                    }
                }
            }
        }
        if let failure { throw failure }
        return (re, im)
    }
}
