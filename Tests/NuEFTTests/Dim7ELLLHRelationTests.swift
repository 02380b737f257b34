// The flavour relation of O_ēLLLH (Dim7ELLLHFlavourRelation) against the operator written out
// from first principles (ELLLHFieldForm.swift), and the invariance of the matching (Table 2 of
// 002_3ba235c4befdeead.txt) and of every probe under it.

import ComplexModule
import NuEFT
import Testing

/// The kernel of C^{p·rst} → operator for n_f = 3, from ELLLHFieldForm only (not the library).
let elllhKernel: (rank: Int, basis: [[Double]]) = {
    let g = ELLLHFieldForm.gram(ELLLHFieldForm.columns(flavours: 3))
    let scale = g.joined().reduce(0) { max($0, abs($1)) }
    return ELLLHFieldForm.nullSpace(g, tolerance: 1e-9 * scale)
}()

/// The p block (27 values, rst row-major) of C_ēLLLH, real and imaginary parts.
func elllhBlock(_ c: Dim7WilsonCoefficients, _ p: Int) -> (re: [Double], im: [Double]) {
    let base = Dim7Operator.eLLLH.storageOffset + 27 * p
    return (Array(c.values[base..<base + 27]), Array(c.imaginaryValues[base..<base + 27]))
}

/// A seeded random point with every operator populated (LH symmetric, LHB antisymmetric).
func randomDim7Point(seed: UInt64) throws -> Dim7WilsonCoefficients {
    var g = SplitMix64(seed: seed)
    var re = (0..<540).map { _ in Double.random(in: -1...1, using: &g) }
    var im = (0..<540).map { _ in Double.random(in: -1...1, using: &g) }
    for p in 0..<3 { for r in 0..<3 {
        let lh = Dim7Operator.lh.storageOffset, lhb = Dim7Operator.lHB.storageOffset
        if r > p { re[lh + 3 * r + p] = re[lh + 3 * p + r]; im[lh + 3 * r + p] = im[lh + 3 * p + r] }
        if r > p { re[lhb + 3 * r + p] = -re[lhb + 3 * p + r]; im[lhb + 3 * r + p] = -im[lhb + 3 * p + r] }
        if r == p { re[lhb + 3 * p + p] = 0; im[lhb + 3 * p + p] = 0 }
    } }
    return try Dim7WilsonCoefficients(values: re, imaginary: im)
}

/// c + λ·k placed in the eLLLH block of flavour p.
func adding(_ k: [Double], times lambda: Complex<Double>, p: Int, to c: Dim7WilsonCoefficients) throws -> Dim7WilsonCoefficients {
    var re = c.values, im = c.imaginaryValues
    let base = Dim7Operator.eLLLH.storageOffset + 27 * p
    for j in 0..<27 {
        re[base + j] += lambda.real * k[j]
        im[base + j] += lambda.imaginary * k[j]
    }
    return try Dim7WilsonCoefficients(values: re, imaginary: im)
}

@Suite("dim-7: the O_ēLLLH flavour relation from first principles")
struct Dim7ELLLHRelationTests {
    @Test("rank of C → operator: n_f(2n_f² + 1)/3 per p (Schur–Weyl), LAPACK agrees; 57 for n_f = 3")
    func count() throws {
        for nf in 1...3 {
            let g = ELLLHFieldForm.gram(ELLLHFieldForm.columns(flavours: nf))
            let scale = g.joined().reduce(0) { max($0, abs($1)) }
            let (rank, basis) = ELLLHFieldForm.nullSpace(g, tolerance: 1e-9 * scale)
            #expect(rank == ELLLHFieldForm.schurWeylCount(flavours: nf), "n_f = \(nf)")
            #expect(rank + basis.count == nf * nf * nf)
            // The same rank from the singular values of G (LAPACKE_zgesvd).
            let n = nf * nf * nf
            let sigma = try NuEFT.singularValues(of: g.joined().map { Complex($0, 0) }, dimension: n)
            let top = sigma.max() ?? 0
            #expect(sigma.filter { $0 > 1e-9 * top }.count == rank, "n_f = \(nf): \(sigma)")
        }
        #expect(elllhKernel.rank == 19 && elllhKernel.basis.count == 8)
        #expect(Dim7ELLLHFlavourRelation.canonicalTriples.count == elllhKernel.rank)
        #expect(Dim7ELLLHFlavourRelation.redundantTriples.count == elllhKernel.basis.count)
        #expect(Dim7ELLLHFlavourRelation.independentComponentCount == 3 * elllhKernel.rank)   // 57 complex
        // Every kernel vector really is the zero operator (not an artefact of the Gram matrix).
        for k in elllhKernel.basis { #expect(ELLLHFieldForm.formNorm(k, flavours: 3) <= 1e-12) }
    }

    @Test("relation (R) O^{prst} − O^{psrt} = O^{ptrs} − O^{ptsr} is the whole kernel")
    func relationIsTheKernel() throws {
        var directions: [[Double]] = []
        for r in 0..<3 { for s in 0..<3 { for t in 0..<3 {
            for p in 0..<3 {
                let k = try Dim7ELLLHFlavourRelation.relationDirection(p, r, s, t)
                for q in 0..<3 where q != p { #expect(elllhBlock(k, q).re.allSatisfy { $0 == 0 }) }
                #expect(ELLLHFieldForm.formNorm(elllhBlock(k, p).re, flavours: 3) == 0, "(R) at \([p, r, s, t])")
            }
            directions.append(elllhBlock(try Dim7ELLLHFlavourRelation.relationDirection(0, r, s, t), 0).re)
        } } }
        // The 27 instances of (R) span the kernel: their rank is its dimension.
        let (rank, _) = ELLLHFieldForm.nullSpace(directions, tolerance: 1e-12)
        #expect(rank == elllhKernel.basis.count)
        // The canonical components alone are independent (the canonical representative is unique).
        let cols = ELLLHFieldForm.columns(flavours: 3)
        let canonical = Dim7ELLLHFlavourRelation.canonicalTriples.map { cols[9 * $0[0] + 3 * $0[1] + $0[2]] }
        let gc = ELLLHFieldForm.gram(canonical)
        #expect(ELLLHFieldForm.nullSpace(gc, tolerance: 1e-9 * gc.joined().reduce(0) { max($0, abs($1)) }).basis.isEmpty)
        #expect(throws: NuEFTError.self) { try Dim7ELLLHFlavourRelation.relationDirection(0, 3, 0, 0) }
    }

    @Test("canonicalized(): the same operator, redundant components zero, idempotent, others untouched")
    func canonicalized() throws {
        for seed in [UInt64(1), 2, 3] {
            let c = try randomDim7Point(seed: seed)
            let k = c.canonicalized()
            #expect(!c.isCanonical && k.isCanonical)
            for p in 0..<3 {
                let (a, b) = (elllhBlock(c, p), elllhBlock(k, p))
                let dRe = zip(b.re, a.re).map { $0 - $1 }, dIm = zip(b.im, a.im).map { $0 - $1 }
                #expect(ELLLHFieldForm.formNorm(dRe, flavours: 3) <= 1e-13, "p = \(p)")
                #expect(ELLLHFieldForm.formNorm(dIm, flavours: 3) <= 1e-13, "p = \(p)")
                for rst in Dim7ELLLHFlavourRelation.redundantTriples {
                    #expect(try k.complexValue(.eLLLH, [p] + rst) == .zero)
                }
            }
            #expect(k.canonicalized() == k)
            let e = Dim7Operator.eLLLH.storageOffset
            for j in 0..<540 where !(e..<e + 81).contains(j) {
                #expect(k.values[j] == c.values[j] && k.imaginaryValues[j] == c.imaginaryValues[j])
            }
        }
        // The worked rules: C^{μeμe} → (C^{μeeμ} + C^{μμee})/2; C^{p321} → C^{p213} + C^{p312} − C^{p123}.
        let mu = try Dim7WilsonCoefficients.single(.eLLLH, [1, 0, 1, 0], 2).canonicalized()
        #expect(try mu.value(.eLLLH, [1, 0, 0, 1]) == 1 && mu.value(.eLLLH, [1, 1, 0, 0]) == 1 && mu.value(.eLLLH, [1, 0, 1, 0]) == 0)
        let abc = try Dim7WilsonCoefficients.single(.eLLLH, [2, 2, 1, 0], 1).canonicalized()
        #expect(try abc.value(.eLLLH, [2, 1, 0, 2]) == 1 && abc.value(.eLLLH, [2, 2, 0, 1]) == 1 && abc.value(.eLLLH, [2, 0, 1, 2]) == -1)
        #expect(abc.nonZeroComponents.count == 3)
    }

    @Test("every LEFT coefficient (Table 2) and every probe is invariant under the kernel")
    func matchingAndProbesInvariant() throws {
        let c = try randomDim7Point(seed: 11)
        let shifts: [Complex<Double>] = [Complex(0.7, -1.3), Complex(-2.1, 0.4)]
        func left(_ l: Dim7LEFTCoefficients, _ j: Int) -> Complex<Double> { Complex(l.values[j], l.imaginaryValues[j]) }
        for inputs in Dim7Inputs.all {
            for convention in Dim7Convention.allCases {
                let base = Dim7Point(c, inputs: inputs, convention: convention)
                let channels = Dim7Probes.channels(inputs: inputs, convention: convention)
                // Per-LEFT-operator scale, so an eLLLH entry is not compared against a dim-9 one.
                let scale: [Double] = (0..<Dim7LEFTCoefficients.componentCount).map { j in
                    let op = Dim7LEFTOperator.allCases.last { $0.storageOffset <= j }!
                    return (op.storageOffset..<op.storageOffset + op.componentCount).reduce(0) { max($0, left(base.left, $1).length) }
                }
                for (index, k) in elllhKernel.basis.enumerated() {
                    for p in 0..<3 {
                        let shifted = try adding(k, times: shifts[index % 2], p: p, to: c)
                        let point = Dim7Point(shifted, inputs: inputs, convention: convention)
                        // The shift itself is O(1) in the eLLLH block: a non-invariant row would move by O(scale).
                        let worstLEFT = (0..<Dim7LEFTCoefficients.componentCount).map { j in
                            (left(point.left, j) - left(base.left, j)).length / max(scale[j], .leastNormalMagnitude)
                        }.max()!
                        #expect(worstLEFT <= 1e-13, "kernel \(index), p = \(p), \(inputs.name) \(convention)")
                        let worstChannel = channels.map { ch in
                            let (x, y) = (ch.value(base), ch.value(point))
                            return (x - y).length / max(x.length, y.length, .leastNormalMagnitude)
                        }.max()!
                        #expect(worstChannel <= 1e-12, "kernel \(index), p = \(p)")
                        for scenario in [Dim7Scenario.current, .future] {
                            let r0 = Dim7Probes.signalStrengths(base, channels: channels, scenario: scenario)
                            let r1 = Dim7Probes.signalStrengths(point, channels: channels, scenario: scenario)
                            #expect(zip(r0, r1).allSatisfy { abs($0 - $1) <= 1e-12 * max($0, $1) }, "\(r0) \(r1)")
                        }
                    }
                }
                // The test can fail: a direction outside the kernel does move the muon-decay channel.
                let outside = try adding([0, 1] + [Double](repeating: 0, count: 25), times: 1, p: 1, to: c)
                let moved = Dim7Point(outside, inputs: inputs, convention: convention)
                let mu = channels.filter { $0.probe == .muonDecay }
                #expect(mu.contains { ($0.value(moved) - $0.value(base)).length > 1e-3 * $0.value(base).length })
            }
        }
    }

    @Test("eq. (4.67) is not invariant under the kernel (Table 2 is): the paper's formula fails for general C")
    func equation467() throws {
        // (4.67): c^{S,μeeμ} ∝ C^{μeμe} + C^{μeeμ}; Table 2: ∝ 3C^{μeeμ} + 2C^{μeμe} + C^{μμee}.
        func eq467(_ k: [Double]) -> Double { k[9 * 0 + 3 * 1 + 0] + k[9 * 0 + 3 * 0 + 1] }
        func table2(_ k: [Double]) -> Double { 3 * k[9 * 0 + 3 * 0 + 1] + 2 * k[9 * 0 + 3 * 1 + 0] + k[9 * 1 + 0 + 0] }
        #expect(elllhKernel.basis.contains { abs(eq467($0)) > 0.5 })
        #expect(elllhKernel.basis.allSatisfy { abs(table2($0)) <= 1e-12 })
        // and the library's Table 2 matching agrees with the direct sum above for p = μ:
        let k = try #require(elllhKernel.basis.first { abs(eq467($0)) > 0.5 })
        let point = try adding(k, times: 1, p: 1, to: Dim7WilsonCoefficients())
        let unit = abs(Dim7Matching.match(try .single(.eLLLH, [1, 0, 0, 1]))[.eNuLLScalar, 1, 0, 0, 1])
        #expect(abs(Dim7Matching.match(point)[.eNuLLScalar, 1, 0, 0, 1]) <= 1e-13 * unit)
    }

    @Test("raw batch: real and complex points, in place, NaN points, length errors")
    func batch() throws {
        let c = try randomDim7Point(seed: 21)
        let k = c.canonicalized()
        var real = c.values + c.values.map { -$0 }
        var out = [Double](repeating: 0, count: real.count)
        var status = [NuEFTStatus](repeating: .ok, count: 2)
        let code = try real.withUnsafeBufferPointer { i in
            try out.withUnsafeMutableBufferPointer { o in
                try status.withUnsafeMutableBufferPointer { s in try NuEFT.dim7Canonicalize(i, into: o, status: s) }
            }
        }
        #expect(code == .ok && Array(out[0..<540]) == k.values && Array(out[540...]) == k.values.map { -$0 })
        // complex, interleaved, in place
        var inter = [Double](repeating: 0, count: 1080)
        for j in 0..<540 { inter[2 * j] = c.values[j]; inter[2 * j + 1] = c.imaginaryValues[j] }
        try inter.withUnsafeMutableBufferPointer { b in
            _ = try NuEFT.dim7Canonicalize(UnsafeBufferPointer(b), into: b, complex: true)
        }
        let evens: [Double] = (0..<540).map { inter[2 * $0] }, odds: [Double] = (0..<540).map { inter[2 * $0 + 1] }
        #expect(evens == k.values && odds == k.imaginaryValues)
        // a NaN point fails alone
        real[540 + 3] = .nan
        let failed = try real.withUnsafeBufferPointer { i in
            try out.withUnsafeMutableBufferPointer { o in
                try status.withUnsafeMutableBufferPointer { s in try NuEFT.dim7Canonicalize(i, into: o, status: s) }
            }
        }
        #expect(failed == .somePointsFailed && status == [.ok, .nanInput] && out[540...].allSatisfy(\.isNaN))
        #expect(Array(out[0..<540]) == k.values)
        #expect(throws: NuEFTError.self) {
            try real.withUnsafeBufferPointer { i in
                try out.withUnsafeMutableBufferPointer { o in try NuEFT.dim7Canonicalize(i, into: UnsafeMutableBufferPointer(rebasing: o[0..<539])) }
            }
        }
    }

    @Test("WCxf: redundant keys are read and mapped; writers and the basis file use the 57 canonical keys")
    func wcxf() throws {
        // Two redundant keys, C^{μeμe} = 2 and C^{ττμe} = i: read, canonicalized, same operator.
        let text = "{\"eft\": \"SMEFT\", \"basis\": \"NuEFT-dim7\", \"scale\": 1000, \"values\": {\"eLLLH_2121\": 2e-9, \"eLLLH_3321\": {\"Re\": 0, \"Im\": 1e-9}}}"
        let parsed = try Dim7WCxf.parse(text).coefficients
        var raw = Dim7WilsonCoefficients()
        try raw.set(.eLLLH, [1, 0, 1, 0], 2)
        try raw.set(.eLLLH, [2, 2, 1, 0], complex: Complex(0, 1))
        #expect(parsed.isCanonical && parsed == raw.canonicalized())
        let (m0, m1) = (Dim7Matching.match(raw), Dim7Matching.match(parsed))
        let a: [Double] = m0.values + m0.imaginaryValues, b: [Double] = m1.values + m1.imaginaryValues
        let top = a.reduce(0.0) { max($0, abs($1)) }
        let worst = zip(a, b).reduce(0.0) { max($0, abs($1.0 - $1.1)) }
        #expect(top > 0 && worst <= 1e-14 * top)
        // the writers emit the canonical representative
        let json = Dim7WCxf.json(raw, scale: 1000)
        #expect(!json.contains("eLLLH_2121") && json.contains("\"eLLLH_2112\": 1e-09") && json.contains("\"eLLLH_2211\": 1e-09"))
        #expect(try Dim7WCxf.parse(json).coefficients == raw.canonicalized())
        #expect(try Dim7WCxf.parse(Dim7WCxf.yaml(raw, scale: 1000)).coefficients == raw.canonicalized())
        // basis file: exactly the canonical eLLLH keys
        let keys = Dim7WCxf.basisDefinitionYAML().split(separator: "\n").compactMap { line -> String? in
            let t = line.drop { $0 == " " }
            return t.hasPrefix("eLLLH_") ? String(t.prefix { $0 != ":" }) : nil
        }
        #expect(keys.count == Dim7ELLLHFlavourRelation.independentComponentCount)
        for key in keys {
            let (_, idx) = try Dim7WCxf.component(ofKey: key)
            #expect(Dim7ELLLHFlavourRelation.isCanonical(idx[1], idx[2], idx[3]), "\(key)")
        }
        // the global view only scans canonical eLLLH directions
        let dirs = Dim7Direction.candidates().filter { $0.op == .eLLLH }
        #expect(dirs.count == Dim7ELLLHFlavourRelation.independentComponentCount && dirs.allSatisfy { $0.coefficients.isCanonical })
    }
}
