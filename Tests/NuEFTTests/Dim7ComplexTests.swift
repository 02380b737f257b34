// Complex Wilson coefficients and the complex CKM matrix of the dimension-7 module
// (002_3ba235c4befdeead.txt): the PDG standard parametrization, the conjugations of Table 2
// and eqs. (4.6)–(4.7), phase invariance of every single-component limit, interference of
// phases inside one LEFT coefficient, and the complex batch kernel against the scalar API.

import ComplexModule
@testable import NuEFT
import RealModule
import Testing

func randomComplexPoints(_ n: Int, seed: UInt64) -> (re: [[Double]], im: [[Double]]) {
    var g = SplitMix64(seed: seed)
    let re = fitComponents.map { _ in (0..<n).map { _ in Double.random(in: -1...1, using: &g) * 1e-3 } }
    let im = fitComponents.map { _ in (0..<n).map { _ in Double.random(in: -1...1, using: &g) * 1e-3 } }
    return (re, im)
}

@Suite("dim-7: complex coefficients and CKM")
struct Dim7ComplexTests {
    @Test("PDG standard parametrization: unitary, PDG magnitudes, Jarlskog invariant")
    func ckm() {
        let v = Dim7CKM.pdg2024Fit
        for i in 0..<3 {
            for j in 0..<3 {
                var dot = Complex<Double>.zero
                for k in 0..<3 { dot = dot + v[i, k] * v[j, k].conjugate }
                #expect((dot - (i == j ? 1 : 0)).length < 1e-15, "V V† at \(i)\(j)")
            }
        }
        // |V| of the PDG 2024 fit: |V_ud| 0.97435, |V_us| 0.22501, |V_cb| 0.04183, |V_td| 0.00858.
        let m = v.magnitudes
        #expect(abs(m[0][0] - 0.97435) < 1e-5 && abs(m[0][1] - 0.22501) < 1e-5 && abs(m[1][2] - 0.04183) < 1e-5)
        #expect(abs(m[2][0] - 0.00858) < 2e-4)
        // J = Im(V_us V_cb V*_ub V*_cs) = c12 c23 c13² s12 s23 s13 sin δ ≈ 3.1e-5 (PDG 2024: 3.12e-5).
        let j = (v[0, 1] * v[1, 2] * v[0, 2].conjugate * v[1, 1].conjugate).imaginary
        #expect(abs(j - 3.12e-5) < 0.1e-5)
        #expect(!v.isReal && Dim7CKM.identity.isReal && Dim7Inputs.paper.ckm.isReal)
        // δ = 0 is real.
        #expect(Dim7CKM.standard(s12: 0.2, s13: 0.01, s23: 0.04, delta: 0).isReal)
    }

    @Test("matching: linear in C, conjugated in eqs. (4.6)–(4.7), V* in Table 2")
    func conjugations() throws {
        let z = Complex<Double>(0.3, -0.7)
        let one = Dim7Matching.match(try .single(.duLLD, [0, 0, 0, 0]))
        let rotated = Dim7Matching.match(try .single(.duLLD, [0, 0, 0, 0], complex: z))
        // eq. (4.5): linear; eq. (4.7): conjugated.
        #expect((rotated.complex(.duNuERLVector7, 0, 0, 0, 0) - one.complex(.duNuERLVector7, 0, 0, 0, 0) * z).length < 1e-15 * one.complex(.duNuERLVector7, 0, 0, 0, 0).length)
        #expect((rotated.complex(.vectorLR9, 0, 0) - one.complex(.vectorLR9, 0, 0) * z.conjugate).length < 1e-15 * one.complex(.vectorLR9, 0, 0).length)
        // Table 2's V*_rp in c^V_{duνe;LR} with a complex CKM: c^{V,bu ee} ∝ V*_ub.
        var inputs = Dim7Inputs.paper
        inputs.ckm = .pdg2024Fit
        let leHD = Dim7Matching.match(try .single(.leHD, [0, 0]), inputs: inputs)
        let ratio = leHD.complex(.duNuELRVector, 2, 0, 0, 0) / leHD.complex(.duNuELRVector, 0, 0, 0, 0)
        let expected = Dim7CKM.pdg2024Fit[0, 2].conjugate / Dim7CKM.pdg2024Fit[0, 0].conjugate
        #expect((ratio - expected).length < 1e-14 * expected.length)
        // and V_xr (no conjugate) in c^S_{dν;LL}: c^{S,d b ..} sums V_xb over the Q index x.
        let d1 = Dim7Matching.match(try .single(.dLQLH1, [0, 0, 2, 1]), inputs: inputs)   // x = t
        let r1 = d1.complex(.dNuLLScalar, 0, 2, 1, 0) / d1.complex(.dNuLLScalar, 0, 0, 1, 0)
        let e1 = Dim7CKM.pdg2024Fit[2, 2] / Dim7CKM.pdg2024Fit[2, 0]
        #expect((r1 - e1).length < 1e-14 * e1.length)
    }

    @Test("a global phase changes no signal strength", arguments: [Dim7Convention.consistent, .paper])
    func phaseInvariance(convention: Dim7Convention) throws {
        let channels = Dim7Probes.channels(inputs: .current, convention: convention)
        let phase = Complex<Double>(Double.cos(1.1), Double.sin(1.1))
        var g = SplitMix64(seed: 11)
        var c = Dim7WilsonCoefficients(), rotated = Dim7WilsonCoefficients()
        for comp in fitComponents {
            let z = Complex(Double.random(in: -1...1, using: &g), Double.random(in: -1...1, using: &g))
            try c.set(comp.op, comp.indices, complex: z)
            try rotated.set(comp.op, comp.indices, complex: z * phase)
        }
        for scenario in Dim7Scenario.allCases {
            let a = Dim7Probes.signalStrengths(Dim7Point(c, inputs: .current, convention: convention), channels: channels, scenario: scenario)
            let b = Dim7Probes.signalStrengths(Dim7Point(rotated, inputs: .current, convention: convention), channels: channels, scenario: scenario)
            for p in a.indices { #expect(abs(a[p] - b[p]) <= 1e-12 * a[p], "probe \(p)") }
        }
    }

    @Test("relative phases interfere: K_L → π⁰νν with c^{ds} + c^{sd} (eq. (4.48))")
    func interference() throws {
        let kl = Dim7Probes.channels(inputs: .paper).filter { $0.group == "K_L -> pi0 nu nu" }
        func r(_ phase: Double) throws -> Double {
            var c = Dim7WilsonCoefficients()
            try c.set(.dLQLH1, [0, 0, 1, 0], 1)                                       // c^{ds ee}
            try c.set(.dLQLH1, [1, 0, 0, 0], complex: Complex(Double.cos(phase), Double.sin(phase)))  // c^{sd ee}
            return Dim7Probes.signalStrengths(Dim7Point(c, convention: .paper), channels: kl, scenario: .current)[Int(Dim7Probe.kaonDecays.rawValue)]
        }
        var single = Dim7WilsonCoefficients()
        try single.set(.dLQLH1, [0, 0, 1, 0], 1)
        let r1 = Dim7Probes.signalStrengths(Dim7Point(single, convention: .paper), channels: kl, scenario: .current)[Int(Dim7Probe.kaonDecays.rawValue)]
        #expect(abs(try r(0) - 2 * r1) <= 1e-12 * r1)
        #expect(try r(.pi) <= 1e-12 * r1)
        #expect(abs(try r(.pi / 2) - 2.0.squareRoot() * r1) <= 1e-12 * r1)
    }

    @Test("complex batch plan = scalar API (complex CKM, every probe, LEFT outputs)", arguments: [Dim7Convention.consistent, .paper])
    func batch(convention: Dim7Convention) throws {
        let lefts = [Dim7LEFTComponent(.dNuLLScalar, [0, 1, 0, 0]), .init(.vectorLR9, [0, 0]), .init(.duNuERLScalar, [0, 0, 0, 1])]
        let plan = try Dim7BatchPlan(components: fitComponents, inputs: .current, convention: convention, leftComponents: lefts, complexCoefficients: true)
        let n = 29
        let (re, im) = randomComplexPoints(n, seed: 5)
        let (r, seen, _) = try plan.evaluate(re, imaginary: im)
        let channels = Dim7Probes.channels(inputs: .current, convention: convention)
        var leftRe = [Double](repeating: 0, count: lefts.count * n), leftIm = leftRe
        let flatRe = re.flatMap { $0 }, flatIm = im.flatMap { $0 }
        var strengths = [Double](repeating: 0, count: Dim7BatchPlan.probeCount * n)
        try flatRe.withUnsafeBufferPointer { c throws(NuEFTError) in
            try flatIm.withUnsafeBufferPointer { ci throws(NuEFTError) in
                try strengths.withUnsafeMutableBufferPointer { s throws(NuEFTError) in
                    try leftRe.withUnsafeMutableBufferPointer { l throws(NuEFTError) in
                        try leftIm.withUnsafeMutableBufferPointer { li throws(NuEFTError) in
                            _ = try plan.evaluate(count: n, coefficients: c, imaginary: ci, strengths: s, left: l, leftImaginary: li)
                        }
                    }
                }
            }
        }
        for i in 0..<n {
            var c = Dim7WilsonCoefficients()
            for (k, comp) in fitComponents.enumerated() { try c.set(comp.op, comp.indices, complex: Complex(re[k][i], im[k][i])) }
            let point = Dim7Point(c, inputs: .current, convention: convention)
            let ref = Dim7Probes.signalStrengths(point, channels: channels, scenario: .current)
            var bits: Int32 = 0
            for p in 0..<Dim7BatchPlan.probeCount {
                #expect(abs(r[p][i] - ref[p]) <= 1e-12 * max(ref[p], 1e-300), "point \(i) probe \(p)")
                if ref[p] >= 1 { bits |= 1 << p }
            }
            #expect(seen[i] == bits)
            for (j, l) in lefts.enumerated() {
                let z = l.indices.count == 4 ? point.left.complex(l.op, l.indices[0], l.indices[1], l.indices[2], l.indices[3]) : point.left.complex(l.op, l.indices[0], l.indices[1])
                #expect(abs(leftRe[j * n + i] - z.real) <= 1e-13 * z.length + 1e-300)
                #expect(abs(leftIm[j * n + i] - z.imaginary) <= 1e-13 * z.length + 1e-300)
            }
        }
        // A complex plan needs the imaginary parts; a real one refuses them.
        #expect(throws: NuEFTError.self) { try plan.evaluate(re) }
        let realPlan = try Dim7BatchPlan(components: fitComponents, inputs: .current)
        #expect(throws: NuEFTError.self) { try realPlan.evaluate(re, imaginary: im) }
        // Real points through the real plan under the complex CKM agree with the complex plan at Im = 0.
        let zeros = im.map { $0.map { _ in 0.0 } }
        let a = try realPlan.evaluate(re).strengths
        let b = try Dim7BatchPlan(components: fitComponents, inputs: .current, complexCoefficients: true).evaluate(re, imaginary: zeros).strengths
        for p in a.indices { for i in 0..<n { #expect(abs(a[p][i] - b[p][i]) <= 1e-13 * max(a[p][i], 1e-300)) } }
    }

    @Test("WCxf: complex values round trip in JSON and YAML")
    func wcxf() throws {
        var c = Dim7WilsonCoefficients()
        try c.set(.lHB, [0, 2], complex: Complex(-3e-4, 2e-4))
        try c.set(.dLQLH1, [0, 1, 0, 2], complex: Complex(0, 1.75))
        try c.set(.lh, [1, 1], 0.5)
        let json = Dim7WCxf.json(c, scale: 1000)
        #expect(json.contains("\"dLQLH1_1213\": {\"Re\": 0.0, \"Im\": 1.75e-09}"))
        #expect(try Dim7WCxf.parse(json).coefficients == c)
        #expect(try Dim7WCxf.parse(Dim7WCxf.yaml(c, scale: 1000)).coefficients == c)
        // Block-style YAML {Re, Im} as WCxf writes it.
        let block = try Dim7WCxf.parse("eft: SMEFT\nbasis: NuEFT-dim7\nscale: 1000\nvalues:\n  LHB_13:\n    Re: -3.0e-13\n    Im: 2.0e-13\n")
        #expect(try block.coefficients.complexValue(.lHB, [2, 0]) == Complex(3e-4, -2e-4))
        #expect(!c.isReal && c.maximumMagnitude == 1.75)
    }
}
