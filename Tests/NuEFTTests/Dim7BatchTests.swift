// The dimension-7 batch kernel against the scalar probe API; bad points; thread independence;
// WCxf round trips; symmetries of the matching; the global view.

import ComplexModule
@testable import NuEFT
import Testing

/// A fit-like set of components: the flavour structures the paper's probes use.
let fitComponents = Dim7Benchmark.fitComponents


func randomPoints(_ n: Int, seed: UInt64 = 7) -> [[Double]] {
    var g = SplitMix64(seed: seed)
    return fitComponents.map { _ in (0..<n).map { _ in Double.random(in: -1...1, using: &g) * Double.random(in: 0...1, using: &g) * 1e-3 } }
}

@Suite("dim-7: batch kernel")
struct Dim7BatchKernelTests {
    @Test("every probe's R matches the scalar API", arguments: [Dim7Convention.consistent, .paper], [Dim7Scenario.current, .future])
    func matchesScalar(convention: Dim7Convention, scenario: Dim7Scenario) throws {
        let plan = try Dim7BatchPlan(components: fitComponents, convention: convention, scenario: scenario)
        let n = 37
        let points = randomPoints(n)
        let (r, seen, status) = try plan.evaluate(points)
        let channels = Dim7Probes.channels(inputs: .paper, convention: convention)
        for i in 0..<n {
            var c = Dim7WilsonCoefficients()
            for (k, comp) in fitComponents.enumerated() { try c.set(comp.op, comp.indices, points[k][i]) }
            let ref = Dim7Probes.signalStrengths(Dim7Point(c, convention: convention), channels: channels, scenario: scenario)
            var bits: Int32 = 0
            for p in 0..<Dim7BatchPlan.probeCount {
                #expect(abs(r[p][i] - ref[p]) <= 1e-12 * max(ref[p], 1e-300), "point \(i) probe \(p): \(r[p][i]) vs \(ref[p])")
                if ref[p] >= 1 { bits |= 1 << p }
            }
            #expect(seen[i] == bits)
            #expect(status[i] == .ok)
        }
    }

    @Test("NaN and ±∞ inputs: NaN outputs, per-point status, other points untouched")
    func badPoints() throws {
        let plan = try Dim7BatchPlan(components: fitComponents, leftComponents: [.init(.duNuELLScalar, [0, 0, 0, 0])])
        let n = 11
        var points = randomPoints(n)
        points[3][2] = .nan
        points[5][7] = .infinity
        points[0][7] = .nan          // NaN takes precedence over ∞
        points[1][9] = -.infinity
        let flat = points.flatMap { $0 }
        var r = [Double](repeating: 0, count: Dim7BatchPlan.probeCount * n)
        var seen = [Int32](repeating: -1, count: n)
        var left = [Double](repeating: 0, count: n)
        var status = [NuEFTStatus](repeating: .ok, count: n)
        let result = try flat.withUnsafeBufferPointer { c in
            try r.withUnsafeMutableBufferPointer { rp in
                try seen.withUnsafeMutableBufferPointer { sp in
                    try left.withUnsafeMutableBufferPointer { lp in
                        try status.withUnsafeMutableBufferPointer { st in
                            try plan.evaluate(count: n, coefficients: c, strengths: rp, seen: sp, left: lp, status: st)
                        }
                    }
                }
            }
        }
        #expect(result == .somePointsFailed)
        #expect(status[2] == .nanInput && status[7] == .nanInput && status[9] == .infiniteInput)
        for i in 0..<n {
            let bad = [2, 7, 9].contains(i)
            #expect(bad == (status[i] != .ok))
            for p in 0..<Dim7BatchPlan.probeCount { #expect(r[p * n + i].isNaN == bad) }
            #expect(left[i].isNaN == bad)
            if bad { #expect(seen[i] == 0) }
        }
        // the clean points agree with a batch without the bad ones
        let clean = try plan.evaluate(randomPoints(n))
        for i in 0..<n where ![2, 7, 9].contains(i) {
            for p in 0..<Dim7BatchPlan.probeCount { #expect(r[p * n + i] == clean.strengths[p][i]) }
        }
    }

    @Test("bitwise identical for 1 and 2 threads, and for any split into batches")
    func threadIndependence() throws {
        let plan = try Dim7BatchPlan(components: fitComponents)
        let points = randomPoints(20_000, seed: 11)
        try NuEFT.setThreadCount(1)
        let one = try plan.evaluate(points)
        try NuEFT.setThreadCount(2)
        let two = try plan.evaluate(points)
        try NuEFT.setThreadCount(0)
        #expect(one.strengths == two.strengths)
        #expect(one.seen == two.seen)
        let head = try plan.evaluate(points.map { Array($0[0..<13]) })
        for p in 0..<Dim7BatchPlan.probeCount { #expect(Array(one.strengths[p][0..<13]) == head.strengths[p]) }
    }

    @Test("plan and call errors")
    func errors() throws {
        #expect(throws: NuEFTError.self) { try Dim7BatchPlan(components: []) }
        #expect(throws: NuEFTError.self) { try Dim7BatchPlan(components: [.init(.lh, [0, 0]), .init(.lh, [0, 0])]) }
        #expect(throws: NuEFTError.self) { try Dim7BatchPlan(components: [.init(.lHB, [1, 1])]) }
        #expect(throws: NuEFTError.self) { try Dim7BatchPlan(components: [.init(.dLQLH1, [0, 0, 3, 0])]) }
        #expect(throws: NuEFTError.self) { try Dim7BatchPlan(components: [.init(.lh, [0, 0])], leftComponents: [.init(.vectorLL9, [0, 0, 0, 0])]) }
        let plan = try Dim7BatchPlan(components: [.init(.lh, [0, 0])])
        #expect(throws: NuEFTError.self) { try plan.evaluate([[1, 2], [3, 4]]) }
        let empty = try plan.evaluate([[]])
        #expect(empty.seen.isEmpty)
    }

    @Test("LEFT outputs equal the full matching")
    func leftOutputs() throws {
        let lefts: [Dim7LEFTComponent] = [.init(.duNuELLScalar, [0, 0, 0, 0]), .init(.dNuLLScalar, [0, 1, 0, 0]), .init(.vectorLL9, [0, 0]),
                                          .init(.magneticMoment, [0, 1]), .init(.neutrinoMass, [1, 1]), .init(.eNuLLTensor, [1, 0, 0, 1])]
        let plan = try Dim7BatchPlan(components: fitComponents, leftComponents: lefts)
        let n = 9
        let points = randomPoints(n, seed: 3)
        let flat = points.flatMap { $0 }
        var r = [Double](repeating: 0, count: Dim7BatchPlan.probeCount * n)
        var left = [Double](repeating: 0, count: lefts.count * n)
        _ = try flat.withUnsafeBufferPointer { c in
            try r.withUnsafeMutableBufferPointer { rp in
                try left.withUnsafeMutableBufferPointer { lp in try plan.evaluate(count: n, coefficients: c, strengths: rp, left: lp) }
            }
        }
        for i in 0..<n {
            var c = Dim7WilsonCoefficients()
            for (k, comp) in fitComponents.enumerated() { try c.set(comp.op, comp.indices, points[k][i]) }
            let m = Dim7Matching.match(c)
            for (j, l) in lefts.enumerated() {
                let ref = l.indices.count == 4 ? m[l.op, l.indices[0], l.indices[1], l.indices[2], l.indices[3]] : m[l.op, l.indices[0], l.indices[1]]
                #expect(abs(left[j * n + i] - ref) <= 1e-13 * abs(ref) + 1e-300)
            }
        }
    }
}

@Suite("dim-7: coefficients, WCxf, matching symmetries")
struct Dim7CoefficientTests {
    @Test("flavour symmetries of LH and LHB are enforced")
    func symmetries() throws {
        var c = Dim7WilsonCoefficients()
        try c.set(.lh, [0, 2], 1.5)
        #expect(try c.value(.lh, [2, 0]) == 1.5)
        try c.set(.lHB, [1, 2], 2)
        #expect(try c.value(.lHB, [2, 1]) == -2)
        #expect(throws: NuEFTError.self) { try c.set(.lHB, [1, 1], 1) }
        #expect(throws: NuEFTError.self) { try c.set(.lh, [0, 3], 1) }
        #expect(throws: NuEFTError.self) { try c.set(.dLQLH1, [0, 0], 1) }
        #expect(throws: NuEFTError.self) { try c.set(.lh, [0, 0], .nan) }
        var raw = [Double](repeating: 0, count: 540)
        raw[Dim7Operator.lh.storageOffset + 1] = 1
        #expect(throws: NuEFTError.self) { try Dim7WilsonCoefficients(values: raw) }
    }

    @Test("WCxf JSON and YAML round trips; keys; errors")
    func wcxf() throws {
        var c = Dim7WilsonCoefficients()
        try c.set(.lh, [0, 1], 0.25)
        try c.set(.lHB, [0, 2], -3e-4)
        try c.set(.dLQLH1, [0, 1, 0, 2], 1.75)
        try c.set(.eLLLH, [1, 0, 0, 1], -2.5e-3)
        #expect(Dim7WCxf.key(.dLQLH1, [0, 1, 0, 2]) == "dLQLH1_1213")
        let json = Dim7WCxf.json(c, scale: 1000)
        #expect(json.contains("\"dLQLH1_1213\": 1.75e-09"))
        let back = try Dim7WCxf.parse(json)
        #expect(back.coefficients == c && back.scale == 1000)
        let yaml = try Dim7WCxf.parse(Dim7WCxf.yaml(c, scale: 91.1876))
        #expect(yaml.coefficients == c && yaml.scale == 91.1876)
        let complexZero = try Dim7WCxf.parse("{\"eft\": \"SMEFT\", \"basis\": \"NuEFT-dim7\", \"scale\": 1e3, \"values\": {\"LH_11\": {\"Re\": 2e-9, \"Im\": 0}}}")
        #expect(try complexZero.coefficients.value(.lh, [0, 0]) == 2)
        let complexOne = try Dim7WCxf.parse("{\"eft\": \"SMEFT\", \"basis\": \"NuEFT-dim7\", \"values\": {\"LH_11\": {\"Re\": 1e-9, \"Im\": -2e-9}}}")
        #expect(try complexOne.coefficients.complexValue(.lh, [0, 0]) == Complex(1, -2))
        #expect(throws: NuEFTError.self) { try Dim7WCxf.parse("{\"eft\": \"SMEFT\", \"basis\": \"NuEFT-dim7\", \"values\": {\"LHB_11\": {\"Re\": 0, \"Im\": 1}}}") }
        #expect(throws: NuEFTError.self) { try Dim7WCxf.parse("{\"eft\": \"WET\", \"basis\": \"NuEFT-dim7\", \"values\": {}}") }
        #expect(throws: NuEFTError.self) { try Dim7WCxf.parse("{\"eft\": \"SMEFT\", \"basis\": \"NuEFT-dim7\", \"values\": {\"XYZ_11\": 1}}") }
        #expect(throws: NuEFTError.self) { try Dim7WCxf.parse("eft: SMEFT\nbasis: NuEFT-dim7\nvalues:\n  dLQLH1_12: 1\n") }
        let basis = Dim7WCxf.basisDefinitionYAML()
        #expect(basis.contains("LHB_12:") && !basis.contains("LHB_11:") && !basis.contains("LH_21:") && basis.contains("eLLLH_3333:"))
    }

    @Test("matching: the symmetries of eq. (4.14) and the vanishing O^S_{dν;RL}")
    func matchingSymmetries() throws {
        var g = SplitMix64(seed: 5)
        var values = [Double](repeating: 0, count: 540)
        for k in 0..<540 { values[k] = Double.random(in: -1...1, using: &g) }
        for p in 0..<3 { for r in 0..<3 {   // impose the LH / LHB symmetries
            values[Dim7Operator.lh.storageOffset + 3 * r + p] = values[Dim7Operator.lh.storageOffset + 3 * p + r]
            values[Dim7Operator.lHB.storageOffset + 3 * r + p] = p == r ? 0 : -values[Dim7Operator.lHB.storageOffset + 3 * p + r]
        } }
        for p in 0..<3 { for r in 0..<p { values[Dim7Operator.lHB.storageOffset + 3 * r + p] = -values[Dim7Operator.lHB.storageOffset + 3 * p + r] } }
        let c = try Dim7WilsonCoefficients(values: values)
        let m = Dim7Matching.match(c)
        for p in 0..<3 { for r in 0..<3 { for s in 0..<3 { for t in 0..<3 {
            #expect(abs(m[.dNuLLScalar, p, r, s, t] - m[.dNuLLScalar, p, r, t, s]) <= 1e-12 * abs(m[.dNuLLScalar, p, r, s, t]))
            #expect(abs(m[.dNuLLTensor, p, r, s, t] + m[.dNuLLTensor, p, r, t, s]) <= 1e-12 * abs(m[.dNuLLTensor, p, r, s, t]) + 1e-300)
            #expect(abs(m[.eNuLLScalar, p, r, s, t] - m[.eNuLLScalar, p, r, t, s]) <= 1e-12 * abs(m[.eNuLLScalar, p, r, s, t]))
            #expect(abs(m[.uNuRLScalar, p, r, s, t] - m[.uNuRLScalar, p, r, t, s]) <= 1e-12 * abs(m[.uNuRLScalar, p, r, s, t]))
        } } } }
        for i in 0..<3 { for j in 0..<3 {
            #expect(m[.magneticMoment, i, j] == -m[.magneticMoment, j, i])
            #expect(m[.neutrinoMass, i, j] == m[.neutrinoMass, j, i])
        } }
        // linearity
        let twice = Dim7Matching.match(try Dim7WilsonCoefficients(values: values.map { 2 * $0 }))
        for k in 0..<Dim7LEFTCoefficients.componentCount { #expect(twice.values[k] == 2 * m.values[k]) }
    }
}

@Suite("dim-7: global view (Fig. 7, Table 13)")
struct Dim7GlobalViewTests {
    @Test("Table 13's tree-level complementarity and the headline limits of Sec. 5")
    func complementarity() throws {
        let rows = Dim7GlobalView.rows(convention: .paper)
        let table = Dim7GlobalView.complementarity(rows)
        func has(_ op: Dim7Operator, _ p: Dim7Probe) -> Bool { table[op]?.contains(p) ?? false }
        // Table 13 (ticks reproduced; CEνNS for QuLLH through the up-quark scalar c^S_{uν;RL}
        // (NuEFT extension), for LHB, LHW only with a CEνNS μ_ν limit, which the paper lacks).
        for op in [Dim7Operator.lh, .leHD, .lHD1, .lHD2, .duLLD, .dLueH, .dLQLH1, .dLQLH2, .quLLH] {
            #expect(has(op, .collider), "\(op)")
            #expect(has(op, .doubleBeta), "\(op)")
        }
        #expect(has(.lHW, .doubleBeta) && !has(.lHB, .doubleBeta) && !has(.eLLLH, .doubleBeta))
        for op in [Dim7Operator.leHD, .dLueH, .dLQLH1, .dLQLH2, .quLLH] { #expect(has(op, .oscillations), "\(op)") }
        #expect(has(.lHB, .magneticMoment) && has(.lHW, .magneticMoment))
        #expect(has(.eLLLH, .muonDecay) && has(.dLQLH1, .cevns) && has(.dLQLH1, .kaonDecays) && has(.dLQLH1, .bMesonDecays))
        #expect(!has(.lHB, .collider) && !has(.lHW, .collider) && !has(.eLLLH, .collider))
        #expect(has(.quLLH, .cevns) && !has(.lHB, .cevns) && !has(.lHW, .cevns))
        var withDipole = Dim7Inputs.paper
        withDipole.cevnsMagneticMomentLimit = 1e-9   // an illustrative CEνNS μ_ν limit in μ_B
        let dipole = Dim7GlobalView.complementarity(Dim7GlobalView.rows(inputs: withDipole, convention: .paper))
        #expect(dipole[.lHB]?.contains(.cevns) == true && dipole[.lHW]?.contains(.cevns) == true)
        // Sec. 5: K⁺ → π⁺νν gives 21.8 TeV for O_dLQLH1 (31.5 future); μ⁺ decay 0.4 TeV for O_ēLLLH.
        let kaon = try #require(rows.first { $0.op == .dLQLH1 && $0.probe == .kaonDecays })
        #expect(reproduces(kaon.current!.lambda, "21.8") && reproduces(kaon.future!.lambda, "31.5"))
        let mu = try #require(rows.first { $0.op == .eLLLH && $0.probe == .muonDecay })
        #expect(reproduces(mu.current!.lambda, "0.4"))
        let svg = Dim7GlobalView.svg(rows)
        #expect(svg.hasPrefix("<svg") && svg.contains("O_dLQLH1") && svg.hasSuffix("</svg>\n"))
        #expect(Dim7GlobalView.table(rows).contains("K decays"))
    }
}
