// The batched νSMEFT kernel: every observable of `NuSMEFTObservable` for many points, from
// physical inputs (no factorization) or from Lagrangian inputs (Takagi first).
//
// Implementation goals, in order: (1) the scalar API (`NuSMEFT.observables`) to rounding, bitwise
// the same whatever the thread count or block; (2) bad points (NaN, ±∞, Λ or m_j ≤ 0, x_j outside the loop-function
// domain) get NaN outputs and a per-point status, never a trap; (3) no allocation in the point
// loop; (4) ≥ 20 M points/s from physical inputs on 2 cores.
//
// Layout (structure of arrays): inputs field-major, field f of point i at f·count + i (fields in
// `NuSMEFTPoint.flat` order); outputs observable-major, observable o of point i at o·count + i.
// Per block of points the loop functions w, T and B and the CMS limits run on SIMD8 lanes over
// points, and are reused when a vector's x_j equal the previous vector's (a scan where m_4 is
// constant along Λ; the values are deterministic functions of x_j, so reuse is bitwise exact), then the lane kernel (NuSMEFTLanes.swift) evaluates every
// observable on SIMD8 lanes over points. The scalar API (`NuSMEFT.observables`, NuSMEFTState)
// is the reference: same formulas, another summation order, agreement to rounding (tested).

import CNuEFTIntrinsics
import RealModule

public enum NuSMEFTBatch {
    /// The points of one block.
    public static let blockSize = 512

    /// The status of one flat record read through `field`: NaN first, then ±∞, then Λ or a mass
    /// ≤ 0, then x_j outside `loopIntegralDomain` (1e-20…1e20).
    @inlinable
    public static func recordStatus(_ n: Int, inputs: NuSMEFTInputs, field: (Int) -> Double) -> NuEFTStatus {
        var nan = false, inf = false
        for k in 0..<NuSMEFTPoint.fieldCount(sterileCount: n) {
            let v = field(k)
            if v.isNaN { nan = true } else if v.isInfinite { inf = true }
        }
        if nan { return .nanInput }
        if inf { return .infiniteInput }
        if !(field(0) > 0) { return .nonPositiveInput }
        for j in 0..<n where !(field(1 + j) > 0) { return .nonPositiveInput }
        for j in 0..<n {
            let r = field(1 + j) / inputs.wMass
            if !loopIntegralDomain.contains(r * r) { return .outOfDomain }
        }
        return .ok
    }

    /// The output rows of a selection: row[o] = the row of observable o, or −1 if not written.
    /// nil selects every observable in `NuSMEFTObservable` order.
    /// - Throws: `.invalidArgument` for an empty selection or a repeated observable.
    static func outputRows(_ observables: [NuSMEFTObservable]?) throws(NuEFTError) -> SIMD32<Int32> {
        var rows = SIMD32<Int32>(repeating: -1)
        guard let observables else {
            for o in 0..<NuSMEFTObservable.count { rows[o] = Int32(o) }
            return rows
        }
        guard !observables.isEmpty else { throw NuEFTError(.invalidArgument, "an empty selection of observables") }
        for (row, o) in observables.enumerated() {
            guard rows[Int(o.rawValue)] < 0 else { throw NuEFTError(.invalidArgument, "\(o.name) selected twice") }
            rows[Int(o.rawValue)] = Int32(row)
        }
        return rows
    }

    /// Evaluates `count` points with n sterile states from physical inputs.
    /// - Parameters:
    ///   - points: `fieldCount(n)`·count doubles, field-major (see the top of the file).
    ///   - outputs: k·count doubles, observable-major: row r holds `observables[r]` (k =
    ///     `observables.count`), or every observable in `NuSMEFTObservable` order (k = 27) if
    ///     `observables` is nil. A selection computes the same values and writes only its rows,
    ///     which saves memory traffic (a fit that needs only the χ² writes 1 of 27 rows).
    ///   - status: optional per-point status.
    /// - Returns: `.ok` or `.somePointsFailed`.
    /// - Throws: `.invalidCount`, `.unsupportedDimension` (n outside 1…4), `.lengthMismatch`,
    ///   `.invalidArgument` (an input set that fails `validate()`, an empty selection or a
    ///   repeated observable).
    @discardableResult
    public static func evaluate(count: Int, sterileCount n: Int, points: UnsafeBufferPointer<Double>,
                                outputs: UnsafeMutableBufferPointer<Double>, status: UnsafeMutableBufferPointer<NuEFTStatus>? = nil,
                                inputs: NuSMEFTInputs = .paper, likelihood: NuSMEFTLikelihood = .init(),
                                observables: [NuSMEFTObservable]? = nil) throws(NuEFTError) -> NuEFTStatus {
        guard count >= 0 else { throw NuEFTError(.invalidCount, "count = \(count)") }
        guard (1...NuSMEFTPoint.maxSterileCount).contains(n) else {
            throw NuEFTError(.unsupportedDimension, "n = \(n) sterile states; 1...\(NuSMEFTPoint.maxSterileCount) supported")
        }
        let rows = try outputRows(observables), k = observables?.count ?? NuSMEFTObservable.count
        guard points.count == NuSMEFTPoint.fieldCount(sterileCount: n) * count, outputs.count == k * count,
              status.map({ $0.count == count }) ?? true else {
            throw NuEFTError(.lengthMismatch, "need \(NuSMEFTPoint.fieldCount(sterileCount: n))·count inputs, \(k)·count outputs")
        }
        try inputs.validate()
        guard count > 0 else { return .ok }
        let failures = runNuSMEFTBatch(count: count, n: n, p: points.baseAddress!, out: outputs.baseAddress!,
                                       status: status?.baseAddress, inputs: inputs, likelihood: likelihood, rows: rows)
        return failures == 0 ? .ok : .somePointsFailed
    }

    /// Array convenience: points (each `NuSMEFTPoint`, equal n) → outputs[observable][point], statuses.
    public static func evaluate(_ points: [NuSMEFTPoint], inputs: NuSMEFTInputs = .paper,
                                likelihood: NuSMEFTLikelihood = .init()) throws(NuEFTError) -> (outputs: [[Double]], status: [NuEFTStatus]) {
        guard let n = points.first?.sterileCount else { return (Array(repeating: [], count: NuSMEFTObservable.count), []) }
        guard points.allSatisfy({ $0.sterileCount == n }) else { throw NuEFTError(.invalidArgument, "points with different n") }
        let count = points.count, fields = NuSMEFTPoint.fieldCount(sterileCount: n)
        var flat = [Double](repeating: 0, count: fields * count)
        for (i, p) in points.enumerated() { for (f, v) in p.flat.enumerated() { flat[f * count + i] = v } }
        var out = [Double](repeating: 0, count: NuSMEFTObservable.count * count)
        var st = [NuEFTStatus](repeating: .ok, count: count)
        try flat.withUnsafeBufferPointer { p throws(NuEFTError) in
            try out.withUnsafeMutableBufferPointer { o throws(NuEFTError) in
                try st.withUnsafeMutableBufferPointer { s throws(NuEFTError) in
                    _ = try evaluate(count: count, sterileCount: n, points: p, outputs: o, status: s, inputs: inputs, likelihood: likelihood)
                }
            }
        }
        return ((0..<NuSMEFTObservable.count).map { Array(out[($0 * count)..<(($0 + 1) * count)]) }, st)
    }

    // MARK: Lagrangian inputs

    /// The doubles of one Lagrangian record: Λ; M_L (3×3 complex, 18); M_D (3×n complex, 6n);
    /// M_R (n×n complex, 2n²); C_Hνe (n×3 complex, 6n). All row-major, (re, im) pairs.
    public static func lagrangianFieldCount(sterileCount n: Int) -> Int { 19 + 12 * n + 2 * n * n }

    /// Evaluates `count` points from Lagrangian inputs (field-major records as above): builds M_ν
    /// of eq. (2.4), factorizes all of them in one batched Takagi call (eq. (2.5)), then runs the
    /// physical kernel. A matrix that fails (not symmetric, NaN, …) gives NaN outputs and its status.
    /// The factorization uses `.absolute` accuracy (every mass to ~n ε m_max, the speed of the
    /// fit use): the heavy states and all mixings are exact to rounding; light masses of a
    /// seesaw-type matrix, which enter only m_ββ (eq. (4.26)), carry that absolute error. The
    /// scalar `NuSMEFTPoint.lagrangian` uses `.relative` accuracy.
    /// `outputs` and `observables` as in `evaluate(count:sterileCount:points:…)`.
    /// - Throws: as `evaluate(count:sterileCount:points:…)`.
    @discardableResult
    public static func evaluateLagrangian(count: Int, sterileCount n: Int, records: UnsafeBufferPointer<Double>,
                                          outputs: UnsafeMutableBufferPointer<Double>, status: UnsafeMutableBufferPointer<NuEFTStatus>? = nil,
                                          inputs: NuSMEFTInputs = .paper, likelihood: NuSMEFTLikelihood = .init(),
                                          observables: [NuSMEFTObservable]? = nil) throws(NuEFTError) -> NuEFTStatus {
        guard count >= 0 else { throw NuEFTError(.invalidCount, "count = \(count)") }
        guard (1...NuSMEFTPoint.maxSterileCount).contains(n) else { throw NuEFTError(.unsupportedDimension, "n = \(n)") }
        _ = try outputRows(observables)
        let k = observables?.count ?? NuSMEFTObservable.count
        guard records.count == lagrangianFieldCount(sterileCount: n) * count, outputs.count == k * count,
              status.map({ $0.count == count }) ?? true else {
            throw NuEFTError(.lengthMismatch, "need \(lagrangianFieldCount(sterileCount: n))·count inputs, \(k)·count outputs")
        }
        try inputs.validate()
        guard count > 0 else { return .ok }
        let d = 3 + n, entries = 2 * d * d, fields = NuSMEFTPoint.fieldCount(sterileCount: n)
        let rows = try outputRows(observables)
        nonisolated(unsafe) let r = records.baseAddress!, out = outputs.baseAddress!, statusOut = status?.baseAddress
        // Chunks of one kernel block, each on one thread from the records to the outputs: the
        // matrices, the factorization, the physical records and the observables of a chunk stay
        // in L2, and every step runs in parallel (the inner kernels see one block and run inline).
        let chunk = NuSMEFTBatch.blockSize
        let perChunk = chunk * (2 * entries + d + fields + k)
        let failures = forEachBlock(count: count, blockSize: chunk) { range in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: perChunk) { storage in
              withUnsafeTemporaryAllocation(of: NuEFTStatus.self, capacity: 2 * chunk) { codes in
                let len = range.count, start = range.lowerBound
                let matrices = storage.baseAddress!, unitaries = matrices + len * entries, masses = unitaries + len * entries
                let flat = masses + len * d, local = flat + len * fields
                let takagiStatus = codes.baseAddress!, kernelStatus = takagiStatus + len
                @inline(__always) func rec(_ f: Int, _ i: Int) -> Double { r[f * count + start + i] }
                // M_ν = [[M_L, M_D*], [M_D†, M_R†]] per point (eq. (2.4)), [len][d][d] interleaved.
                let mlBase = 1, mdBase = 19, mrBase = 19 + 6 * n, cBase = 19 + 6 * n + 2 * n * n
                for i in 0..<len {
                    let o = matrices + i * entries
                    for a in 0..<3 { for b in 0..<3 {
                        o[2 * (a * d + b)] = rec(mlBase + 2 * (a * 3 + b), i)
                        o[2 * (a * d + b) + 1] = rec(mlBase + 2 * (a * 3 + b) + 1, i)
                    } }
                    for a in 0..<3 { for s in 0..<n {
                        let re = rec(mdBase + 2 * (a * n + s), i), im = rec(mdBase + 2 * (a * n + s) + 1, i)
                        o[2 * (a * d + 3 + s)] = re; o[2 * (a * d + 3 + s) + 1] = -im
                        o[2 * ((3 + s) * d + a)] = re; o[2 * ((3 + s) * d + a) + 1] = -im
                    } }
                    for s in 0..<n { for t in 0..<n {
                        o[2 * ((3 + s) * d + 3 + t)] = rec(mrBase + 2 * (t * n + s), i)
                        o[2 * ((3 + s) * d + 3 + t) + 1] = -rec(mrBase + 2 * (t * n + s) + 1, i)
                    } }
                }
                // Eq. (2.5) by the SIMD Takagi–Jacobi path, `.absolute` accuracy (see above).
                var engine = TakagiEngine(dimension: d, accuracy: .absolute)
                _ = engine.factorize(matrices, count: len, masses: masses, unitaries: unitaries, massErrors: nil, status: takagiStatus)
                // Physical records: heavy states = columns 3 … 2+n.
                for i in 0..<len {
                    let u = unitaries + i * entries
                    @inline(__always) func U(_ row: Int, _ col: Int) -> (Double, Double) { (u[2 * (row * d + col)], u[2 * (row * d + col) + 1]) }
                    var f = 0
                    @inline(__always) func put(_ v: Double) { flat[f * len + i] = v; f += 1 }
                    put(rec(0, i))
                    for j in 0..<n { put(masses[i * d + 3 + j]) }
                    for a in 0..<3 { for j in 0..<n { let z = U(a, 3 + j); put(z.0); put(z.1) } }
                    for s in 0..<n { for j in 0..<n { let z = U(3 + s, 3 + j); put(z.0); put(z.1) } }
                    for q in 0..<(6 * n) { put(rec(cBase + q, i)) }
                    // m_ββ = Σ_{light j} m_j U_ej², eq. (4.26).
                    var re = 0.0, im = 0.0
                    for j in 0..<3 {
                        let z = U(0, j), m = masses[i * d + j]
                        re += m * (z.0 * z.0 - z.1 * z.1)
                        im += m * 2 * z.0 * z.1
                    }
                    put(re); put(im)
                }
                _ = runNuSMEFTBatch(count: len, n: n, p: flat, out: local, status: kernelStatus, inputs: inputs,
                                    likelihood: likelihood, rows: rows)
                for row in 0..<k { (out + row * count + start).update(from: local + row * len, count: len) }
                var failed = 0
                for i in 0..<len {
                    var code = takagiStatus[i] != .ok ? takagiStatus[i] : kernelStatus[i]
                    // A NaN/∞ Lagrangian input shows up as a Takagi status; a failed matrix as NaN masses.
                    if code == .ok, masses[i * d + d - 1].isNaN { code = .nanInput }
                    if code != .ok {
                        failed += 1
                        for row in 0..<k { out[row * count + start + i] = .nan }
                    }
                    statusOut?[start + i] = code
                }
                return failed
              }
            }
        }
        return failures == 0 ? .ok : .somePointsFailed
    }
}

/// The kernel: blocks over threads; per block, SIMD8 loop functions, then the lane kernel.
@inlinable
func runNuSMEFTBatch(count: Int, n: Int, p: UnsafePointer<Double>, out: UnsafeMutablePointer<Double>,
                     status: UnsafeMutablePointer<NuEFTStatus>?, inputs: NuSMEFTInputs, likelihood: NuSMEFTLikelihood,
                     rows: SIMD32<Int32>) -> Int {
    typealias V = BatchLanes
    nonisolated(unsafe) let p = p, out = out, status = status
    let block = NuSMEFTBatch.blockSize
    let constants = NuSMEFTLaneConstants(inputs, likelihood, rows: rows)
    let xh = V(repeating: inputs.xh)
    let betaW = YukawaBracketTerms<V>.betaWTerm(xh: xh)
    let tableE = CMSSegments.electron, tableMu = CMSSegments.muon
    let fields = NuSMEFTPoint.fieldCount(sterileCount: n)
    var outputRows = 0
    for o in 0..<NuSMEFTObservable.count where rows[o] >= 0 { outputRows += 1 }
    return forEachBlock(count: count, blockSize: block) { range in
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 6 * n * block) { scratch in
          withUnsafeTemporaryAllocation(of: V.self, capacity: nuSMEFTLaneBufferCount(sterileCount: n)) { buffer in
            let s = scratch.baseAddress!
            // 1. Loop functions of every heavy state on SIMD8 lanes over points; a vector whose
            //    masses equal the previous vector's reuses its values (deterministic functions of m_j).
            for j in 0..<n {
                let wj = s + (4 * j) * block, tj = wj + block, bre = tj + block, bim = bre + block
                var previousM = V(repeating: .nan)
                var previousB = (re: V(repeating: .nan), im: V(repeating: .nan))
                var previousLHC = (e: V(repeating: 0), mu: V(repeating: 0))
                var previousW = V(repeating: .nan), previousT = V(repeating: .nan)
                let lhcE = s + (4 * n + 2 * j) * block, lhcMu = lhcE + block
                var i = range.lowerBound
                while i < range.upperBound {
                    let m: V = loadLanes(p + (1 + j) * count, i, range.upperBound, padding: inputs.wMass)
                    let local = i - range.lowerBound, remaining = range.upperBound - i
                    // The lane kernel streams every field and output of the block: fetch their
                    // lines now, while this compute-bound stage leaves the memory system idle.
                    if j == 0 {
                        for f in 0..<fields { nueft_prefetch_read(p + (f &* count &+ i)) }
                        for r in 0..<outputRows { nueft_prefetch_write(out + (r &* count &+ i)) }
                    }
                    if anyLane(m .!= previousM) {   // (NaN lanes recompute: harmless)
                        let r = m / V(repeating: inputs.wMass)
                        var x = r * r
                        x = x.replacing(with: 1, where: .!(V(repeating: loopIntegralDomain.lowerBound) .<= x .& x .<= V(repeating: loopIntegralDomain.upperBound)))
                        previousW = NuEFT.w(x)
                        previousT = NuEFT.thresholdBracket(xj: x)
                        previousB = NuEFT.yukawaBracket(xh: xh, xj: x, betaW: betaW)
                        previousM = m
                        // 1/limit of Tables 3–4 at m_j (LHC.swift).
                        let logM = logLanes(m)
                        previousLHC.e = tableE.inverseLimitLanes(logMass: logM)
                        previousLHC.mu = tableMu.inverseLimitLanes(logMass: logM)
                    }
                    storeLanes(previousW, wj + local, 0, remaining)
                    storeLanes(previousT, tj + local, 0, remaining)
                    storeLanes(previousLHC.e, lhcE + local, 0, remaining)
                    storeLanes(previousLHC.mu, lhcMu + local, 0, remaining)
                    storeLanes(previousB.re, bre + local, 0, remaining)
                    storeLanes(previousB.im, bim + local, 0, remaining)
                    i &+= V.scalarCount
                }
            }
            // 2. The observables on SIMD8 lanes over points (NuSMEFTLanes.swift).
            var failures = 0
            var i = range.lowerBound
            while i < range.upperBound {
                failures += nuSMEFTLaneKernel(count: count, n: n, i: i, end: range.upperBound, local: i - range.lowerBound, block: block,
                                              p: p, scratch: s, out: out, status: status, inputs: inputs, constants: constants,
                                              buffer: buffer.baseAddress!)
                i &+= V.scalarCount
            }
            return failures
          }
        }
    }
}
