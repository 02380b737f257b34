// The νSMEFT batch kernel against the scalar API, bad points, thread independence, the
// Lagrangian path through Takagi, and input sets.

import ComplexModule
@testable import NuEFT
import Testing

/// Random physical points with n sterile states (SplitMix64, reproducible).
func randomNuSMEFTPoints(_ count: Int, sterileCount n: Int, seed: UInt64 = 11) throws -> [NuSMEFTPoint] {
    var g = SplitMix64(seed: seed)
    func r(_ a: Double, _ b: Double) -> Double { Double.random(in: a...b, using: &g) }
    return try (0..<count).map { _ in
        let masses = (0..<n).map { _ in 10 * Double.exp(r(0, 6)) }   // 10 GeV … 4 TeV (crosses m_h/2, m_W)
        let lambda = 1000 * Double.exp(r(0, 3))
        let active = (0..<(3 * n)).map { _ in Complex(r(-0.03, 0.03), r(-0.01, 0.01)) }
        let sterile = (0..<(n * n)).map { _ in Complex(r(-1, 1), r(-0.2, 0.2)) }
        let c = (0..<(3 * n)).map { _ in Complex(r(-1, 1), r(-0.3, 0.3)) / Complex(lambda * lambda) }
        return try NuSMEFTPoint(scale: lambda, masses: masses, activeMixing: active, sterileMixing: sterile, coefficients: c,
                                effectiveMajoranaMass: Complex(r(0, 0.05e-9), r(-0.01e-9, 0.01e-9)))
    }
}

@Suite("νSMEFT: batch kernel")
struct NuSMEFTBatchTests {
    @Test("SIMD batch kernel = scalar reference to rounding", arguments: [1, 2, 3, 4])
    func matchesScalar(n: Int) throws {
        let points = try randomNuSMEFTPoints(1037, sterileCount: n)
        let (out, status) = try NuSMEFTBatch.evaluate(points)
        var worst = 0.0
        for (i, p) in points.enumerated() {
            #expect(status[i] == .ok)
            let ref = try NuSMEFT.observables(p)
            for o in 0..<NuSMEFTObservable.count {
                // Relative to the value, except for sums that cancel (Δa, d, C_1L/R, y_eff − y_SM):
                // the scale of their terms is bounded by the largest |value| over the sample.
                let scale = max(abs(ref[o]), 1e-300)
                let error = abs(out[o][i] - ref[o]) / scale
                worst = max(worst, error)
                if !(error <= 1e-11) {
                    Issue.record("point \(i) \(NuSMEFTObservable(rawValue: Int32(o))!.name): \(out[o][i]) vs \(ref[o])")
                }
            }
        }
        #expect(worst < 1e-11)
    }

    @Test("a selection of observables writes exactly those rows of the full evaluation")
    func selectedObservables() throws {
        let points = try randomNuSMEFTPoints(700, sterileCount: 2, seed: 21)
        let count = points.count, fields = NuSMEFTPoint.fieldCount(sterileCount: 2)
        var flat = [Double](repeating: 0, count: fields * count)
        for (i, p) in points.enumerated() { for (f, v) in p.flat.enumerated() { flat[f * count + i] = v } }
        let likelihood = NuSMEFTLikelihood(ckm: .pdg)
        var full = [Double](repeating: 0, count: NuSMEFTObservable.count * count)
        let chosen: [NuSMEFTObservable] = [.chiSquared, .deltaAMu, .lhcRatioE, .yukawaRatioTau]
        var part = [Double](repeating: 0, count: chosen.count * count)
        try flat.withUnsafeBufferPointer { p throws(NuEFTError) in
            try full.withUnsafeMutableBufferPointer { o throws(NuEFTError) in
                _ = try NuSMEFTBatch.evaluate(count: count, sterileCount: 2, points: p, outputs: o, likelihood: likelihood)
            }
            try part.withUnsafeMutableBufferPointer { o throws(NuEFTError) in
                _ = try NuSMEFTBatch.evaluate(count: count, sterileCount: 2, points: p, outputs: o, likelihood: likelihood, observables: chosen)
            }
            // An empty or repeated selection and a wrong output length are rejected.
            for (bad, rows) in [([NuSMEFTObservable](), 1), ([.deltaAMu, .deltaAMu], 2), ([.deltaAMu], 2)] {
                var o = [Double](repeating: 0, count: rows * count)
                #expect(throws: NuEFTError.self) {
                    try o.withUnsafeMutableBufferPointer { o throws(NuEFTError) in
                        _ = try NuSMEFTBatch.evaluate(count: count, sterileCount: 2, points: p, outputs: o, observables: bad)
                    }
                }
            }
        }
        for (r, o) in chosen.enumerated() {
            let row = Int(o.rawValue)
            #expect(part[(r * count)..<((r + 1) * count)].elementsEqual(full[(row * count)..<((row + 1) * count)]) { $0.bitPattern == $1.bitPattern },
                    "\(o.name)")
        }
    }

    @Test("the block and vector position of a point do not change its result")
    func positionIndependence() throws {
        let points = try randomNuSMEFTPoints(2000, sterileCount: 1, seed: 9)
        let full = try NuSMEFTBatch.evaluate(points).outputs
        let shifted = try NuSMEFTBatch.evaluate(Array(points[3...])).outputs
        for o in 0..<NuSMEFTObservable.count {
            #expect(full[o][3...].elementsEqual(shifted[o]) { $0.bitPattern == $1.bitPattern })
        }
    }

    @Test("results do not depend on the thread count")
    func threadIndependence() throws {
        let points = try randomNuSMEFTPoints(3000, sterileCount: 2, seed: 5)
        try NuEFT.setThreadCount(1)
        let one = try NuSMEFTBatch.evaluate(points).outputs
        try NuEFT.setThreadCount(2)
        let two = try NuSMEFTBatch.evaluate(points).outputs
        try NuEFT.setThreadCount(0)
        #expect(one.elementsEqual(two) { $0.elementsEqual($1) { $0.bitPattern == $1.bitPattern } })
    }

    @Test("bad points: NaN outputs and a status; the batch goes on")
    func invalidInput() throws {
        var points = try randomNuSMEFTPoints(6, sterileCount: 1)
        points[1].masses[0] = .nan
        points[2].scale = .infinity
        points[3].masses[0] = -5
        points[4].activeMixing[1] = Complex(.nan, 0)
        points[5].masses[0] = 1e-12   // x_j < 1e-20
        let (out, status) = try NuSMEFTBatch.evaluate(points)
        #expect(status == [.ok, .nanInput, .infiniteInput, .nonPositiveInput, .nanInput, .outOfDomain])
        for i in 1..<6 { #expect(out.allSatisfy { $0[i].isNaN }) }
        #expect(out.allSatisfy { !$0[0].isNaN })
        #expect(throws: NuEFTError.self) { try NuSMEFT.observables(points[1]) }
    }

    @Test("finite inputs whose sum overflows are valid (the kernel's one-add NaN/∞ check re-checks them per lane)")
    func overflowingSumIsNotBad() throws {
        var points = try randomNuSMEFTPoints(16, sterileCount: 1, seed: 21)
        var plain = points
        // m_ββ enters the half-life only: 1e308 + 1e308 overflows the check's sum, not the physics rows.
        points[5].effectiveMajoranaMass = Complex(1e308, 1e308)
        plain[5].effectiveMajoranaMass = Complex(0, 0)
        let (out, status) = try NuSMEFTBatch.evaluate(points)
        let reference = try NuSMEFTBatch.evaluate(plain).outputs
        #expect(status.allSatisfy { $0 == .ok })
        for o in NuSMEFTObservable.allCases where o != .inverseHalfLife && o != .chiSquared {
            #expect(out[Int(o.rawValue)][5].bitPattern == reference[Int(o.rawValue)][5].bitPattern, "\(o.name)")
        }
        #expect(!out[Int(NuSMEFTObservable.inverseHalfLife.rawValue)][5].isFinite)
    }

    @Test("NuSMEFTBenchmark records are valid, seeded and reproducible")
    func benchmarkRecords() throws {
        for n in 1...3 {
            let count = 1000
            let a = NuSMEFTBenchmark.physicalRecords(sterileCount: n, count: count, seed: 7)
            #expect(a == NuSMEFTBenchmark.physicalRecords(sterileCount: n, count: count, seed: 7))
            #expect(a != NuSMEFTBenchmark.physicalRecords(sterileCount: n, count: count, seed: 8))
            for grid in [false, true] {
                let r = grid ? NuSMEFTBenchmark.physicalRecords(sterileCount: n, count: count, grid: true, seed: 7) : a
                var out = [Double](repeating: 0, count: NuSMEFTObservable.count * count)
                var status = [NuEFTStatus](repeating: .nanInput, count: count)
                let code = try r.withUnsafeBufferPointer { p in
                    try out.withUnsafeMutableBufferPointer { o in
                        try status.withUnsafeMutableBufferPointer { st in
                            try NuSMEFTBatch.evaluate(count: count, sterileCount: n, points: p, outputs: o, status: st)
                        }
                    }
                }
                #expect(code == .ok && status.allSatisfy { $0 == .ok } && out.allSatisfy { $0.isFinite })
            }
        }
        let l = NuSMEFTBenchmark.lagrangianRecords(sterileCount: 1, count: 100, seed: 3)
        var out = [Double](repeating: 0, count: NuSMEFTObservable.count * 100)
        let code = try l.withUnsafeBufferPointer { p in
            try out.withUnsafeMutableBufferPointer { o in try NuSMEFTBatch.evaluateLagrangian(count: 100, sterileCount: 1, records: p, outputs: o) }
        }
        #expect(code == .ok && out.allSatisfy { $0.isFinite })
    }

    @Test("bad calls throw and write nothing")
    func invalidCalls() throws {
        var out = [Double](repeating: 7, count: NuSMEFTObservable.count)
        let p = [Double](repeating: 1, count: NuSMEFTPoint.fieldCount(sterileCount: 1))
        try p.withUnsafeBufferPointer { pp in
            try out.withUnsafeMutableBufferPointer { o in
                #expect(throws: NuEFTError(.unsupportedDimension, "n = 5 sterile states; 1...4 supported")) {
                    try NuSMEFTBatch.evaluate(count: 1, sterileCount: 5, points: pp, outputs: o)
                }
                #expect(throws: NuEFTError.self) { try NuSMEFTBatch.evaluate(count: 2, sterileCount: 1, points: pp, outputs: o) }
                #expect(throws: NuEFTError.self) { try NuSMEFTBatch.evaluate(count: -1, sterileCount: 1, points: pp, outputs: o) }
                var bad = NuSMEFTInputs.paper
                bad.deltaAMuError = 0
                #expect(throws: NuEFTError.self) { try NuSMEFTBatch.evaluate(count: 1, sterileCount: 1, points: pp, outputs: o, inputs: bad) }
                let empty = try NuSMEFTBatch.evaluate(count: 0, sterileCount: 1, points: UnsafeBufferPointer(rebasing: pp[0..<0]),
                                                      outputs: UnsafeMutableBufferPointer(rebasing: o[0..<0]))
                #expect(empty == .ok)
            }
        }
        #expect(out.allSatisfy { $0 == 7 })
    }

    @Test("Lagrangian inputs → Takagi → the physical kernel", arguments: [1, 2, 3])
    func lagrangianPath(n: Int) throws {
        // A seesaw-like M_ν: M_L small, M_D ~ 10 GeV, M_R ~ 300 GeV … 1 TeV.
        var g = SplitMix64(seed: UInt64(100 + n))
        func r(_ a: Double, _ b: Double) -> Double { Double.random(in: a...b, using: &g) }
        var ml = [Complex<Double>](repeating: .zero, count: 9)
        for a in 0..<3 { for b in a..<3 { let z = Complex(r(-1, 1), r(-1, 1)) * Complex(1e-10); ml[a * 3 + b] = z; ml[b * 3 + a] = z } }
        let md = (0..<(3 * n)).map { _ in Complex(r(-10, 10), r(-2, 2)) }
        var mr = [Complex<Double>](repeating: .zero, count: n * n)
        for s in 0..<n { mr[s * n + s] = Complex(300 + 250 * Double(s) + r(0, 50)) }
        let c = (0..<(3 * n)).map { _ in Complex(r(-1, 1), r(-0.2, 0.2)) * Complex(1e-6) }
        let lambda = 3000.0
        let point = try NuSMEFTPoint.lagrangian(ML: ml, MD: md, MR: mr, coefficients: c, scale: lambda)
        let reference = try NuSMEFT.observables(point)
        // The flat Lagrangian record.
        var record: [Double] = [lambda]
        for z in ml + md + mr + c { record += [z.real, z.imaginary] }
        #expect(record.count == NuSMEFTBatch.lagrangianFieldCount(sterileCount: n))
        var out = [Double](repeating: 0, count: NuSMEFTObservable.count)
        var status = [NuEFTStatus.ok]
        try record.withUnsafeBufferPointer { rp in
            try out.withUnsafeMutableBufferPointer { o in
                try status.withUnsafeMutableBufferPointer { s in
                    _ = try NuSMEFTBatch.evaluateLagrangian(count: 1, sterileCount: n, records: rp, outputs: o, status: s)
                }
            }
        }
        #expect(status[0] == .ok)
        // Phases of Takagi vectors differ only by signs; every observable is sign-invariant.
        for o in 0..<NuSMEFTObservable.count {
            let scale = max(abs(reference[o]), 1e-300)
            let tolerance = NuSMEFTObservable(rawValue: Int32(o)) == .c1LRe || NuSMEFTObservable(rawValue: Int32(o)) == .c1LIm ? 1e-6 : 1e-8
            #expect(abs(out[o] - reference[o]) <= tolerance * scale + 1e-300, "\(NuSMEFTObservable(rawValue: Int32(o))!.name)")
        }
        // [C̄]_jα = U_Sj C_Sα (eq. (3.10)) and the heavy masses ≈ M_R.
        #expect(point.masses.count == n)
        #expect(abs(point.masses[0] / abs(mr[0].real) - 1) < 0.01)
    }

    @Test("input sets: named, JSON round trip, bad files")
    func inputSets() throws {
        #expect(try NuSMEFTInputs.named("paper") == .paper)
        #expect(try NuSMEFTInputs.named("current").deltaAMu == 38.5e-11)
        #expect(throws: NuEFTError.self) { try NuSMEFTInputs.named("nope") }
        let back = try NuSMEFTInputs.parse(json: NuSMEFTInputs.current.json)
        #expect(back == NuSMEFTInputs.current)
        let custom = try NuSMEFTInputs.parse(json: #"{"name": "mine", "base": "paper", "values": {"deltaAMu": 2.0e-9}}"#)
        #expect(custom.deltaAMu == 2.0e-9 && custom.name == "mine" && custom.muonMass == NuSMEFTInputs.paper.muonMass)
        #expect(throws: NuEFTError.self) { try NuSMEFTInputs.parse(json: #"{"values": {"unknownKey": 1}}"#) }
        #expect(throws: NuEFTError.self) { try NuSMEFTInputs.parse(json: #"{"values": {"muonMass": -1}}"#) }
        #expect(throws: NuEFTError.self) { try NuSMEFTInputs.parse(json: #"{"values": {"muonMass": "abc"}}"#) }
        for set in NuSMEFTInputs.all { try set.validate() }
    }

    @Test("the χ² is minimal near the measured Δa_μ and grows with the limits")
    func likelihood() throws {
        let inputs = NuSMEFTInputs.paper
        let options = NuSMEFTLikelihood(electronReference: .none)
        func chi2(_ c: Double) throws -> Double {
            let p = try NuSMEFTPoint.singleSterile(mass: 300, scale: 1500, mixing: [0, 0.01, 0], coefficients: [0, c, 0])
            return try NuSMEFT.observables(p, inputs: inputs, likelihood: options)[Int(NuSMEFTObservable.chiSquared.rawValue)]
        }
        let sm = try chi2(0)
        let best = try chi2(-1 / (1500.0 * 1500))
        #expect(best < sm)
        #expect(try chi2(-30 / (1500.0 * 1500)) > sm)
    }
}
