// Precomputed piecewise-Chebyshev tables of Re f1 and Re f2 at the physical x_h.
//
// Implementation goals, in order of priority:
//  1. The same accuracy as the closed form (F12.swift): each table is built from it and
//     checked against it between the nodes at build time; a table that misses 2e-14 of the
//     local scale is discarded, never used.
//  2. Results that are a pure function of (x_h, x_j): a table exists exactly for the x_h of
//     the named input sets and of ../shared/reference (fixed at compile time, built lazily,
//     deterministically, on first use), and a point uses the table exactly when its x_h is
//     one of those and x_j is inside the table's range. Batches, SIMD lanes and the scalar
//     API therefore agree bit for bit, whatever the thread count or the neighbours of a point.
//  3. Speed: one log, a gather of 17 coefficients and a degree-16 Chebyshev series (two
//     interleaved Clenshaw recurrences of degree 8 in T_2(t): `LoopIntegralTable.clenshaw`) instead
//     of six dilogarithms (the target: f1 + f2 at the physical x_h ≥ 10× NumPy's
//     64-node Gauss–Legendre per core).
//
// Segments (x_j ∈ [1e-6, 1e6], i.e. m_j from 80 MeV to 80 TeV at m_W = 80.4 GeV):
//  - f2 (x_h < 4 has no threshold in x_j): analytic in x_j > 0 with ln-type end behaviour, so a
//    Chebyshev series in u = ln x_j on uniform pieces.
//  - f1: the threshold x_j = x_h/4 (m_j = m_h/2) splits it. Below, Re f1 is analytic up to and
//    across the threshold (the real-root closed form is even in ρ), so pieces in u. Above, Re f1
//    has a √(x_j − x_h/4) term (measured: [f1(t(1+δ)) − f1(t)]/√δ → 1.95), so the variable is
//    s = √(x_j/(x_h/4) − 1) on s ∈ [0.1, 2]; beyond, u again. The window s < 0.1 (m_j within
//    0.5% above m_h/2) stays with the closed form, where rounding x_j would move s too much.
//  - The imaginary part of f1 below threshold is the closed form's log1p (cheap and exact).
//
// Nodes are placed with a deterministic exponential (no libm), so a table is the same double
// for double on every machine that runs this code.

/// How a segment maps x_j to the Chebyshev variable.
@usableFromInline
enum ChebyshevVariable: Sendable {
    /// u = ln x_j.
    case logarithm
    /// s = √(x_j/t − 1) with t = x_h/4, the f1 threshold.
    case thresholdRoot
}

/// Uniform pieces of one variable, with their place in the coefficient storage.
@usableFromInline
struct ChebyshevSegment: Sendable {
    @usableFromInline let variable: ChebyshevVariable
    /// The segment in the Chebyshev variable.
    @usableFromInline let lower: Double
    @usableFromInline let upper: Double
    /// The x_j it covers: [xjLower, xjUpper).
    @usableFromInline let xjLower: Double
    @usableFromInline let xjUpper: Double
    @usableFromInline let pieces: Int
    /// Index of its first piece in the table's storage.
    @usableFromInline let firstPiece: Int
    @usableFromInline let piecesPerUnit: Double

    init(variable: ChebyshevVariable, lower: Double, upper: Double, xjLower: Double, xjUpper: Double, pieces: Int, firstPiece: Int) {
        self.variable = variable
        self.lower = lower
        self.upper = upper
        self.xjLower = xjLower
        self.xjUpper = xjUpper
        self.pieces = pieces
        self.firstPiece = firstPiece
        piecesPerUnit = Double(pieces) / (upper - lower)
    }
}

/// Re f1 and Re f2 at one x_h as piecewise Chebyshev series of degree 16.
@usableFromInline
struct LoopIntegralTable: @unchecked Sendable {
    // Immutable after init; the storage is never freed (tables live as long as the process).
    // A struct of plain values, not a class: the lane kernels read it on every vector from
    // every thread, and a class reference would be retained and released there (atomic
    // read-modify-writes on one shared cache line).

    @usableFromInline static let degree = 16
    @usableFromInline static let coefficientsPerPiece = degree + 1
    @usableFromInline static let xjRange = (lower: 1e-6, upper: 1e6)

    @usableFromInline let xh: Double
    @usableFromInline let threshold: Double
    /// f1: below threshold (u), above threshold (s), far above (u). f2: one segment (u).
    @usableFromInline let f1Segments: (ChebyshevSegment, ChebyshevSegment, ChebyshevSegment)
    @usableFromInline let f2Segment: ChebyshevSegment
    /// The Yukawa bracket B of eq. (4.8) (YukawaBrackets.swift), the real part, in the segments
    /// of f1 (B has the same threshold: its β_j term is analytic in s above it and even in β_j
    /// below it). One table lookup replaces f1, f2, the β_j term and the logarithms of B.
    @usableFromInline let bracketSegments: (ChebyshevSegment, ChebyshevSegment, ChebyshevSegment)
    @usableFromInline let coefficients: UnsafePointer<Double>
    /// The largest build-time check error, relative to the local scale of each piece.
    let worstCheckError: Double

    init?(xh: Double) {
        guard xh > 0.5, xh < 3.9 else { return nil }  // f1's threshold inside the range, f2 real
        self.xh = xh
        let t = xh / 4
        threshold = t
        let lnLower = -13.815510557964274   // ln 1e-6
        let lnUpper = 13.815510557964274    // ln 1e6
        let sLower = 0.1, sUpper = 2.0
        let lnT = deterministicLog(t)
        let lnAbove = deterministicLog(t * (1 + sUpper * sUpper))
        let a = ChebyshevSegment(variable: .logarithm, lower: lnLower, upper: lnT,
                                 xjLower: Self.xjRange.lower, xjUpper: t, pieces: 20, firstPiece: 0)
        let b = ChebyshevSegment(variable: .thresholdRoot, lower: sLower, upper: sUpper,
                                 xjLower: t * (1 + sLower * sLower), xjUpper: t * (1 + sUpper * sUpper),
                                 pieces: 12, firstPiece: 20)
        let c = ChebyshevSegment(variable: .logarithm, lower: lnAbove, upper: lnUpper,
                                 xjLower: t * (1 + sUpper * sUpper), xjUpper: Self.xjRange.upper,
                                 pieces: 24, firstPiece: 32)
        let f2 = ChebyshevSegment(variable: .logarithm, lower: lnLower, upper: lnUpper,
                                  xjLower: Self.xjRange.lower, xjUpper: Self.xjRange.upper,
                                  pieces: 48, firstPiece: 56)
        f1Segments = (a, b, c)
        f2Segment = f2
        let offset = f2.firstPiece + f2.pieces
        func shifted(_ x: ChebyshevSegment) -> ChebyshevSegment {
            ChebyshevSegment(variable: x.variable, lower: x.lower, upper: x.upper, xjLower: x.xjLower, xjUpper: x.xjUpper,
                             pieces: x.pieces, firstPiece: x.firstPiece + offset)
        }
        bracketSegments = (shifted(a), shifted(b), shifted(c))
        let total = (offset + c.firstPiece + c.pieces) * Self.coefficientsPerPiece
        let storage = UnsafeMutablePointer<Double>.allocate(capacity: total)
        var worst = 0.0
        for (segment, integral) in [(a, 1), (b, 1), (c, 1), (f2, 2), (shifted(a), 3), (shifted(b), 3), (shifted(c), 3)] {
            worst = max(worst, Self.fit(segment, xh: xh, threshold: t, integral: integral, into: storage))
        }
        coefficients = UnsafePointer(storage)
        worstCheckError = worst
        if worst > 2e-14 { return nil }
    }

    /// Chebyshev interpolation of each piece at the 17 first-kind nodes from the closed form,
    /// then a check at 16 points between the nodes. Returns the worst check error relative to
    /// the piece's largest |Re f| (f1, f2) or to B_scale at the check point (B: the sum of the
    /// magnitudes of its terms, the scale of ../shared/reference/README.md §3.3).
    static func fit(_ segment: ChebyshevSegment, xh: Double, threshold: Double, integral: Int,
                    into storage: UnsafeMutablePointer<Double>) -> Double {
        let n = coefficientsPerPiece
        let width = (segment.upper - segment.lower) / Double(segment.pieces)
        let nodes = (0..<n).map { k in deterministicCos(Double.pi * (Double(k) + 0.5) / Double(n)) }
        var worst = 0.0
        for piece in 0..<segment.pieces {
            let lower = segment.lower + Double(piece) * width
            let mid = lower + 0.5 * width, half = 0.5 * width
            let values = nodes.map { closedForm(xj(mid + half * $0, segment, threshold), xh: xh, integral) }
            let c = storage + (segment.firstPiece + piece) * n
            for j in 0..<n {
                var sum = 0.0
                for k in 0..<n { sum += values[k] * deterministicCos(Double.pi * Double(j) * (Double(k) + 0.5) / Double(n)) }
                c[j] = (j == 0 ? 1.0 : 2.0) * sum / Double(n)
            }
            let pieceScale = values.map(abs).max() ?? 1
            for check in 0..<16 {
                let local = -0.97 + 1.94 * (Double(check) + 0.5) / 16
                let x = xj(mid + half * local, segment, threshold)
                let exact = closedForm(x, xh: xh, integral)
                let approximation = clenshaw(UnsafePointer(c), local)
                let scale = integral == 3 ? closedFormBracket(x, xh: xh).scale : pieceScale
                worst = max(worst, abs(approximation - exact) / max(scale, 1e-300))
            }
        }
        return worst
    }

    static func xj(_ v: Double, _ segment: ChebyshevSegment, _ threshold: Double) -> Double {
        switch segment.variable {
        case .logarithm: deterministicExp(v)
        case .thresholdRoot: threshold * (1 + v * v)
        }
    }

    static func closedForm(_ xj: Double, xh: Double, _ integral: Int) -> Double {
        let h = SIMD2(repeating: xh), j = SIMD2(repeating: xj)
        switch integral {
        case 1: return loopIntegral(xh: h, .f1(xj: j)).re[0]
        case 2: return loopIntegral(xh: h, .f2(xj: j)).re[0]
        default: return closedFormBracket(xj, xh: xh).value
        }
    }

    /// B of eq. (4.8) from the closed forms of every term (f1, f2 by `loopIntegral`, not by a
    /// table), and B_scale = Σ|terms|.
    static func closedFormBracket(_ xj: Double, xh: Double) -> (value: Double, scale: Double) {
        let h = SIMD2(repeating: xh), j = SIMD2(repeating: xj)
        let log = -3 * j * (j - 3) * logOverXMinusOne(j)
        let betaJ = j * betaLog(betaSquared: (h - 4 * j) / h, oneMinusBetaSquared: 4 * j / h).re
        let betaW = YukawaBracketTerms.betaWTerm(xh: h).re
        let f1 = (2 * h).addingProduct(j, j - 7) * loopIntegral(xh: h, .f1(xj: j)).re
        let f2 = -(SIMD2(repeating: 4).addingProduct(2 - h, j)) * loopIntegral(xh: h, .f2(xj: j)).re
        let constant = SIMD2(repeating: -5).addingProduct(2, h).addingProduct(4, j)
        let value = log + betaJ + betaW + f1 + f2 + constant
        let scale = abs(log[0]) + abs(betaJ[0]) + abs(betaW[0]) + abs(f1[0]) + abs(f2[0]) + abs(constant[0])
        return (value[0], scale)
    }

    /// The series Σ_k c_k T_k(t) in exactly the operations of `chebyshevLanes`, so the build-time
    /// check tests what runs. Split into even and odd degrees to halve the recurrence's
    /// dependency chain: with u = 2t² − 1 = T_2(t), T_2k(t) = T_k(u) and T_2k+1(t) = t V_k(u)
    /// (V_k the third-kind polynomials: V_0 = 1, V_1 = 2u − 1, the same three-term recurrence),
    /// so the series is E(u) + t O(u), two independent Clenshaw recurrences in u, of degree 8
    /// (c_0, c_2, …, c_16) and 7 (c_1, c_3, …, c_15).
    static func clenshaw(_ c: UnsafePointer<Double>, _ t: Double) -> Double {
        let u = (-1.0).addingProduct(t + t, t)
        let twoU = u + u
        var e1 = c[degree], e2 = 0.0, o1 = 0.0, o2 = 0.0
        for k in stride(from: degree / 2 - 1, to: 0, by: -1) {
            let e0 = c[2 * k].addingProduct(twoU, e1) - e2
            let o0 = c[2 * k + 1].addingProduct(twoU, o1) - o2
            e2 = e1
            e1 = e0
            o2 = o1
            o1 = o0
        }
        let even = c[0].addingProduct(u, e1) - e2
        let odd = c[1].addingProduct(twoU - 1, o1) - o2
        return even.addingProduct(t, odd)
    }
}

/// The tables: one per x_h of the named input sets and of ../shared/reference, built on first
/// use. Fixed at compile time, so whether a point uses a table depends on its x_h alone.
@usableFromInline
nonisolated(unsafe) let loopIntegralTables: UnsafeBufferPointer<LoopIntegralTable> = {
    var values = [2.4282415385705916]   // x_h of ../shared/reference (README §2)
    for set in ElectroweakInputs.all where !values.contains(set.xh) { values.append(set.xh) }
    // Never freed; a buffer rather than an Array, so that iterating it retains nothing.
    let tables = values.compactMap { LoopIntegralTable(xh: $0) }
    let storage = UnsafeMutableBufferPointer<LoopIntegralTable>.allocate(capacity: tables.count)
    _ = storage.initialize(from: tables)
    return UnsafeBufferPointer(storage)
}()

// MARK: - Lane evaluation

/// The Chebyshev series of `segment` at the variable `v`, by a gather of each lane's piece and
/// Clenshaw's recurrence. Lanes outside the segment read a clamped piece and give garbage
/// (never out of bounds); callers select.
@inlinable @inline(__always)
func chebyshevLanes<V: DoubleLanes>(_ table: LoopIntegralTable, variable v: V, segment: ChebyshevSegment) -> V {
    chebyshevLanes(table, variable: v, lower: V(repeating: segment.lower), piecesPerUnit: V(repeating: segment.piecesPerUnit),
                   firstPiece: V(repeating: Double(segment.firstPiece)), maxPiece: V(repeating: Double(segment.pieces - 1)))
}

/// The same with per-lane segments (lower end, pieces per unit, first piece, last piece index):
/// lanes in different segments of one table share one gather and one recurrence.
@inlinable @inline(__always)
func chebyshevLanes<V: DoubleLanes>(_ table: LoopIntegralTable, variable v: V, lower: V, piecesPerUnit: V,
                                    firstPiece: V, maxPiece: V) -> V {
    let position = (v - lower) * piecesPerUnit
    var piece = position.rounded(.down)
    // Clamp into the segment (NaN too), so that no lane can index outside the storage.
    piece = select(le(V(repeating: 0), piece), piece, V(repeating: 0))
    piece = select(lt(maxPiece, piece), maxPiece, piece)
    let t = 2 * (position - piece) - 1
    let n = LoopIntegralTable.coefficientsPerPiece
    // Each lane's coefficients start at its piece (exact small integers); the recurrence runs
    // from the top degree.
    let start = integerLanes((firstPiece + piece) * Double(n))
    let coefficients = table.coefficients
    @inline(__always) func gather(_ k: Int) -> V {
        var c = V(repeating: 0)
        for lane in 0..<V.scalarCount { c[lane] = coefficients[Int(truncatingIfNeeded: start[lane]) &+ k] }
        return c
    }
    // E(u) + t O(u), the even/odd split of `LoopIntegralTable.clenshaw` (same operations).
    let u = V(repeating: -1).addingProduct(t + t, t)
    let twoU = u + u
    var e1 = gather(LoopIntegralTable.degree), e2 = V(repeating: 0), o1 = V(repeating: 0), o2 = V(repeating: 0)
    for k in stride(from: LoopIntegralTable.degree / 2 - 1, to: 0, by: -1) {
        let e0 = gather(2 * k).addingProduct(twoU, e1) - e2
        let o0 = gather(2 * k + 1).addingProduct(twoU, o1) - o2
        e2 = e1
        e1 = e0
        o2 = o1
        o1 = o0
    }
    let even = gather(0).addingProduct(u, e1) - e2
    let odd = gather(1).addingProduct(twoU - 1, o1) - o2
    return even.addingProduct(t, odd)
}

/// Natural log for table construction: the library's own lane log, so that tables do not
/// depend on the platform's libm.
func deterministicLog(_ x: Double) -> Double { logLanes(SIMD2(repeating: x))[0] }

/// e^x for table construction without libm: x = k ln 2 + r, |r| ≤ ln2/2, Taylor to degree 20
/// (truncation < 1e-19 relative), scaled by 2^k exactly.
func deterministicExp(_ x: Double) -> Double {
    let k = (x / 0.69314718055994530942).rounded()
    let r = (x - k * ln2Hi) - k * ln2Lo
    var sum = 1.0, term = 1.0
    for n in 1...20 {
        term *= r / Double(n)
        sum += term
    }
    return sum * pow2(Int(k))
}

/// cos x for the Chebyshev nodes, without libm: the Taylor series after reduction to |x| ≤ π/4
/// via cos x = sin(π/2 − x), to degree 22 (truncation < 1e-20).
func deterministicCos(_ x: Double) -> Double {
    // Only used for x ∈ [0, 16π]: reduce by multiples of 2π and symmetries.
    let twoPi = 2 * Double.pi
    var y = x - (x / twoPi).rounded(.down) * twoPi   // [0, 2π)
    var sign = 1.0
    if y > Double.pi { y = twoPi - y }                  // cos(2π − y) = cos y
    if y > Double.pi / 2 { y = Double.pi - y; sign = -1 }
    func taylorCos(_ a: Double) -> Double {
        var sum = 1.0, term = 1.0
        for n in stride(from: 2, through: 22, by: 2) { term *= -a * a / Double((n - 1) * n); sum += term }
        return sum
    }
    func taylorSin(_ a: Double) -> Double {
        var sum = a, term = a
        for n in stride(from: 3, through: 23, by: 2) { term *= -a * a / Double((n - 1) * n); sum += term }
        return sum
    }
    return sign * (y <= Double.pi / 4 ? taylorCos(y) : taylorSin(Double.pi / 2 - y))
}

func pow2(_ k: Int) -> Double {
    Double(sign: .plus, exponent: k, significand: 1)
}

/// The series of a function tabulated in the three segments of f1's layout (below the
/// threshold in u = ln x_j, just above it in s = √(x_j/t − 1), far above it in u) on the lanes
/// of `onTable`: one gather for all three, each lane with its own variable and segment. Returns
/// the value and the lanes that a segment covers.
@inlinable @inline(__always)
func thresholdSegmentLanes<V: DoubleLanes>(_ table: LoopIntegralTable, _ segments: (ChebyshevSegment, ChebyshevSegment, ChebyshevSegment),
                                           xj: V, onTable: LaneMask<V>) -> (value: V, covered: LaneMask<V>) {
    let (a, b, c) = segments
    let inA = onTable .& lt(xj, V(repeating: a.xjUpper))
    let inB = onTable .& le(V(repeating: b.xjLower), xj) .& lt(xj, V(repeating: b.xjUpper))
    let inC = onTable .& le(V(repeating: c.xjLower), xj)
    let inU = inA .| inC, covered = inU .| inB
    guard anyLane(covered) else { return (V(repeating: 0), covered) }
    var v = V(repeating: 0)
    if anyLane(inU) { v = select(inU, LogReduction(xj).logarithm, v) }
    if anyLane(inB) {
        let t = V(repeating: table.threshold)
        v = select(inB, select(inB, (xj - t) / t, V(repeating: 0)).lanesSquareRoot(), v)
    }
    @inline(__always) func pick(_ f: (ChebyshevSegment) -> Double) -> V {
        select(inA, V(repeating: f(a)), select(inB, V(repeating: f(b)), V(repeating: f(c))))
    }
    let value = chebyshevLanes(table, variable: v, lower: pick { $0.lower }, piecesPerUnit: pick { $0.piecesPerUnit },
                               firstPiece: pick { Double($0.firstPiece) }, maxPiece: pick { Double($0.pieces - 1) })
    return (value, covered)
}

/// Re f1 (integral 1) or Re f2 (2) where a table covers the lane, and the mask of those lanes.
@inlinable @inline(__always)
func tabulatedLoopIntegral<V: DoubleLanes>(_ integral: Int, xh: V, xj: V) -> (re: V, covered: LaneMask<V>) {
    tabulatedLanes(xh: xh, xj: xj) { table, onTable in
        if integral == 2 {
            return (chebyshevLanes(table, variable: LogReduction(xj).logarithm, segment: table.f2Segment), onTable)
        }
        return thresholdSegmentLanes(table, table.f1Segments, xj: xj, onTable: onTable)
    }
}

/// Re B (eq. (4.8)) where a table covers the lane (x_h of a table, x_j in its range outside
/// the window just above the threshold), and the mask of those lanes.
@inlinable @inline(__always)
func tabulatedYukawaBracket<V: DoubleLanes>(xh: V, xj: V) -> (re: V, covered: LaneMask<V>) {
    tabulatedLanes(xh: xh, xj: xj) { table, onTable in
        thresholdSegmentLanes(table, table.bracketSegments, xj: xj, onTable: onTable)
    }
}

/// The lanes whose x_h is a table's and whose x_j lies in its range, table by table:
/// `lookup(table, onTable)` gives the values and the lanes it covers; the rest stay uncovered.
@inlinable @inline(__always)
func tabulatedLanes<V: DoubleLanes>(xh: V, xj: V, _ lookup: (LoopIntegralTable, LaneMask<V>) -> (value: V, covered: LaneMask<V>))
    -> (re: V, covered: LaneMask<V>) {
    var re = V(repeating: 0)
    var covered = LaneMask<V>(repeating: false)
    let range = LoopIntegralTable.xjRange
    let inRange = le(V(repeating: range.lower), xj) .& le(xj, V(repeating: range.upper))
    for table in loopIntegralTables {
        let onTable = eq(xh, V(repeating: table.xh)) .& inRange
        guard anyLane(onTable) else { continue }
        let part = lookup(table, onTable)
        re = select(part.covered, part.value, re)
        covered = covered .| part.covered
    }
    return (re, covered)
}

/// f1 or f2 of the lanes outside `loopIntegralDomain`, by graded quadrature, one lane at a time
/// (rare: such inputs are far from any physical mass), merged into `value`.
@inlinable
func quadratureOutsideDomain<V: DoubleLanes>(_ integral: Int, xh: V, xj: V, outside: LaneMask<V>,
                                             into value: inout (re: V, im: V)) {
    for lane in 0..<V.scalarCount where outside[lane] {
        let q = loopIntegralByQuadrature(xh: xh[lane], xj: xj[lane], integral: integral)
        value.re[lane] = q.re
        value.im[lane] = q.im
    }
}

/// f1 on lanes of finite positive input: the table where one covers the lane, the closed form
/// elsewhere in `loopIntegralDomain`, graded quadrature outside it. Every f1 of the library
/// (scalar, SIMD, batch, inside B) goes through here.
@inlinable @inline(__always)
func f1Lanes<V: DoubleLanes>(xh: V, xj: V) -> (re: V, im: V) { loopIntegralLanes(1, xh: xh, xj: xj) }

/// f2 on lanes of finite positive input (see `f1Lanes`).
@inlinable @inline(__always)
func f2Lanes<V: DoubleLanes>(xh: V, xj: V) -> (re: V, im: V) { loopIntegralLanes(2, xh: xh, xj: xj) }

@inlinable @inline(__always)
func loopIntegralLanes<V: DoubleLanes>(_ integral: Int, xh: V, xj: V) -> (re: V, im: V) {
    let outside = invalidLoopIntegralLanes(xh, xj)
    guard anyLane(outside) else {
        return integral == 1 ? f1InsideDomain(xh: xh, xj: xj) : f2InsideDomain(xh: xh, xj: xj)
    }
    let h = select(outside, V(repeating: 2), xh), j = select(outside, V(repeating: 1), xj)
    var value = integral == 1 ? f1InsideDomain(xh: h, xj: j) : f2InsideDomain(xh: h, xj: j)
    quadratureOutsideDomain(integral, xh: xh, xj: xj, outside: outside, into: &value)
    return value
}

/// f1 on lanes inside `loopIntegralDomain`: table or closed form.
@inlinable @inline(__always)
func f1InsideDomain<V: DoubleLanes>(xh: V, xj: V) -> (re: V, im: V) {
    let coefficients = LoopIntegralCoefficients.f1(xj: xj)
    let tabulated = tabulatedLoopIntegral(1, xh: xh, xj: xj)
    var re = tabulated.re
    // Below the threshold the imaginary part is the closed form's log1p; above it is 0.
    let belowThreshold = tabulated.covered .& lt(4 * xj, xh)
    var im = V(repeating: 0)
    if anyLane(belowThreshold) { im = select(belowThreshold, realRootImaginaryPart(xh: xh, coefficients), im) }
    if anyLane(.!tabulated.covered) {
        let closed = loopIntegral(xh: xh, coefficients)
        re = select(tabulated.covered, re, closed.re)
        im = select(tabulated.covered, im, closed.im)
    }
    return (re, im)
}

/// f2 on lanes inside `loopIntegralDomain` (tables exist only for x_h < 4, where f2 is real).
@inlinable @inline(__always)
func f2InsideDomain<V: DoubleLanes>(xh: V, xj: V) -> (re: V, im: V) {
    let tabulated = tabulatedLoopIntegral(2, xh: xh, xj: xj)
    guard anyLane(.!tabulated.covered) else { return (tabulated.re, V(repeating: 0)) }
    let closed = loopIntegral(xh: xh, .f2(xj: xj))
    return (select(tabulated.covered, tabulated.re, closed.re), select(tabulated.covered, V(repeating: 0), closed.im))
}
