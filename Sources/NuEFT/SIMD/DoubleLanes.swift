// Lane types of the vector kernels.
//
// Why a protocol and not plain `SIMD where Scalar == Double`: the standard library implements
// the comparison operators (`.<`, `.==`, …) of a *generic* SIMD type as a loop over lanes,
// and that loop survives specialization (measured: 160 M w(x)/s instead of 350 M/s per core).
// The concrete `SIMD4<Double>.<` lowers to one `vcmppd`. Kernels are therefore generic over
// `DoubleLanes`, whose requirements are implemented on the concrete types; specialization then
// reaches vector compares. Every kernel is `@inlinable` so that it specializes in the caller.
//
// Leaf functions that batch loops call per vector (expLanes, logLanes, log1pLanes, atan2Lanes,
// the threshold bracket, the CMS interpolation) are `@_transparent`, not just
// `@inline(__always)`, which the optimizer did not always honour: out of line, a SIMD8<Double>
// argument arrives in four 128-bit registers and LLVM compiled the body to 128-bit code
// (checked with objdump); inlined, it runs at the caller's 256-bit width.

import CNuEFTIntrinsics

/// A vector of doubles that the kernels run on: `SIMD2<Double>`, `SIMD4<Double>` or
/// `SIMD8<Double>`. Lanes never interact, so a lane's result does not depend on the width
/// or on its neighbours.
public protocol DoubleLanes: SIMD where Scalar == Double, MaskStorage.Scalar == Int64 {
    static func lanesLess(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage>
    static func lanesLessOrEqual(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage>
    static func lanesEqual(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage>
    static func lanesNotEqual(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage>
    func lanesSquareRoot() -> Self
}

extension SIMD2: DoubleLanes where Scalar == Double {
    @inlinable @inline(__always) public static func lanesLess(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage> { a .< b }
    @inlinable @inline(__always) public static func lanesLessOrEqual(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage> { a .<= b }
    @inlinable @inline(__always) public static func lanesEqual(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage> { a .== b }
    @inlinable @inline(__always) public static func lanesNotEqual(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage> { a .!= b }
    @inlinable @inline(__always) public func lanesSquareRoot() -> Self { nueft_sqrt2(self) }
}

extension SIMD4: DoubleLanes where Scalar == Double {
    @inlinable @inline(__always) public static func lanesLess(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage> { a .< b }
    @inlinable @inline(__always) public static func lanesLessOrEqual(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage> { a .<= b }
    @inlinable @inline(__always) public static func lanesEqual(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage> { a .== b }
    @inlinable @inline(__always) public static func lanesNotEqual(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage> { a .!= b }
    @inlinable @inline(__always) public func lanesSquareRoot() -> Self { nueft_sqrt4(self) }
}

extension SIMD8: DoubleLanes where Scalar == Double {
    @inlinable @inline(__always) public static func lanesLess(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage> { a .< b }
    @inlinable @inline(__always) public static func lanesLessOrEqual(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage> { a .<= b }
    @inlinable @inline(__always) public static func lanesEqual(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage> { a .== b }
    @inlinable @inline(__always) public static func lanesNotEqual(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage> { a .!= b }
    @inlinable @inline(__always) public func lanesSquareRoot() -> Self { nueft_sqrt8(self) }
}

/// The mask type of a lane vector.
public typealias LaneMask<V: DoubleLanes> = SIMDMask<V.MaskStorage>

// MARK: - Branch-free lane helpers (internal to the kernels)

@inlinable @inline(__always)
func lt<V: DoubleLanes>(_ a: V, _ b: V) -> LaneMask<V> { V.lanesLess(a, b) }

@inlinable @inline(__always)
func le<V: DoubleLanes>(_ a: V, _ b: V) -> LaneMask<V> { V.lanesLessOrEqual(a, b) }

@inlinable @inline(__always)
func eq<V: DoubleLanes>(_ a: V, _ b: V) -> LaneMask<V> { V.lanesEqual(a, b) }

@inlinable @inline(__always)
func ne<V: DoubleLanes>(_ a: V, _ b: V) -> LaneMask<V> { V.lanesNotEqual(a, b) }

/// `mask ? a : b`, lane by lane.
@inlinable @inline(__always)
func select<V: DoubleLanes>(_ mask: LaneMask<V>, _ a: V, _ b: V) -> V {
    b.replacing(with: a, where: mask)
}

@inlinable @inline(__always)
func splat<V: DoubleLanes>(_ c: Double) -> V { V(repeating: c) }

/// |x| by clearing the sign bit (so that -0 → +0 and NaN stays NaN).
@inlinable @inline(__always)
func absLanes<V: DoubleLanes>(_ x: V) -> V {
    let bits = unsafeBitCast(x, to: V.MaskStorage.self) & V.MaskStorage(repeating: Int64.max)
    return unsafeBitCast(bits, to: V.self)
}

/// The lanes whose sign bit is set (x < 0, -0, negative NaN).
@inlinable @inline(__always)
func signBitSet<V: DoubleLanes>(_ x: V) -> LaneMask<V> {
    // Arithmetic shift: all ones where the sign bit is set. (A generic `.<` on the
    // integer storage would be a lane loop, see the top of this file.)
    SIMDMask(unsafeBitCast(x, to: V.MaskStorage.self) &>> 63)
}

/// |a| with the sign of b.
@inlinable @inline(__always)
func copySign<V: DoubleLanes>(_ a: V, _ b: V) -> V {
    let magnitude = unsafeBitCast(a, to: V.MaskStorage.self) & V.MaskStorage(repeating: Int64.max)
    let sign = unsafeBitCast(b, to: V.MaskStorage.self) & V.MaskStorage(repeating: Int64.min)
    return unsafeBitCast(magnitude | sign, to: V.self)
}

/// Lanes that hold NaN.
@inlinable @inline(__always)
func isNaNLanes<V: DoubleLanes>(_ x: V) -> LaneMask<V> { ne(x, x) }

/// Lanes that hold a finite number (not NaN, not ±∞).
@inlinable @inline(__always)
func isFiniteLanes<V: DoubleLanes>(_ x: V) -> LaneMask<V> {
    lt(absLanes(x), V(repeating: .infinity))
}

/// Whether any lane of the mask is set. Used once per vector to skip a regime that no lane
/// needs; it never changes a lane's value.
@inlinable @inline(__always)
func anyLane<S>(_ mask: SIMDMask<S>) -> Bool {
    // Swift's generic any(_:) is an out-of-line call; the lane masks are Int64 vectors, and the
    // type tests fold away after specialization.
    if S.self == SIMD8<Int64>.self { return nueft_any8(unsafeBitCast(mask, to: SIMD8<Int64>.self)) != 0 }
    if S.self == SIMD4<Int64>.self { return nueft_any4(unsafeBitCast(mask, to: SIMD4<Int64>.self)) != 0 }
    if S.self == SIMD2<Int64>.self { return nueft_any2(unsafeBitCast(mask, to: SIMD2<Int64>.self)) != 0 }
    return any(mask)
}
