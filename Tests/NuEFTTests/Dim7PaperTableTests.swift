// Re-derivation of the numbers of 002_3ba235c4befdeead.txt (Tables 4–9, 11, 12, eqs. (4.25),
// (4.26), (4.69), (4.75), Sec. 5) from NuEFT's formulas and inputs.
//
// Policy: a printed number is asserted when NuEFT reproduces it within the printed rounding
// plus 0.5% (the paper's G_F and v are not printed to more digits). Where the printed number
// contradicts the paper's own formulas (ERRATA.md), the test asserts the re-derived value and
// records the printed one beside it; Dim7.md tabulates both.

import RealModule
@testable import NuEFT
import Testing

/// The unit of the last printed digit of a decimal string ("7.06e-8" → 1e-10, "11.3" → 0.1).
func unitOfLastDigit(_ printed: String) -> Double {
    let parts = printed.lowercased().split(separator: "e")
    let exponent = parts.count == 2 ? Int(parts[1])! : 0
    let mantissa = parts[0]
    let decimals = mantissa.split(separator: ".").count == 2 ? mantissa.split(separator: ".")[1].count : 0
    var unit = 1.0
    for _ in 0..<decimals { unit /= 10 }
    for _ in 0..<abs(exponent) { unit = exponent > 0 ? unit * 10 : unit / 10 }
    return unit
}

/// Whether `value` shows as `printed` (within half a unit of its last digit, plus 0.5%).
func reproduces(_ value: Double, _ printed: String) -> Bool {
    let p = Double(printed)!
    return abs(value - p) <= 0.5 * unitOfLastDigit(printed) + 0.005 * abs(p)
}

func isClose(_ a: Double, _ b: Double, relative: Double) -> Bool { abs(a - b) <= relative * abs(b) }

let paperInputs = Dim7Inputs.paper

/// |∂c/∂C| of one LEFT component for one SMEFT component (C in TeV⁻³), identity CKM as in
/// Tables 6–8 and 12 (ERRATA.md: "no V_ud").
func leftPerSMEFT(_ op: Dim7Operator, _ idx: [Int], _ left: Dim7LEFTOperator, _ l: [Int], ckm: Dim7CKM = Dim7Matching.identityCKM) throws -> Double {
    let unit = try Dim7WilsonCoefficients.single(op, idx)
    let m = Dim7Matching.match(unit, fermiConstant: paperInputs.fermiConstant, vev: paperInputs.vev, ckm: ckm)
    return abs(l.count == 4 ? m[left, l[0], l[1], l[2], l[3]] : m[left, l[0], l[1]])
}

@Suite("dim-7: Λ = |C|^(-1/3)")
struct Dim7ScaleTests {
    /// Every (C, Λ) pair printed in Tables 5–9, 11, 12 whose Λ follows from its printed C.
    static let printedPairs: [(c: String, lambda: String)] = [
        ("7.06e-8", "242"), ("3.62e-8", "302"), ("1.55e-7", "186"), ("1.12e-5", "44.7"), ("6.83e-7", "114"), ("3.41e-7", "143"),
        ("1.36e-3", "9.03"), ("2.71e-3", "7.17"), ("3.39e-4", "14.3"), ("1.32e-3", "9.11"), ("9.91e-4", "10.0"), ("2.48e-4", "15.9"),
        ("1.83e-6", "81.7"),
        ("11.3", "0.4"), ("540.2", "0.1"), ("3.0", "0.7"), ("186.9", "0.2"),
        ("3.2", "0.7"), ("6.4", "0.5"), ("2.8", "0.7"), ("5.7", "0.6"), ("41.7", "0.3"), ("658.1", "0.1"), ("83.4", "0.2"),
        ("30.3", "0.3"), ("119.5", "0.2"), ("60.7", "0.3"), ("239.0", "0.2"), ("134.7", "0.2"), ("269.31", "0.2"),
        ("15.2", "0.4"), ("7.5", "0.5"), ("30.3", "0.3"), ("13.7", "0.4"), ("27.3", "0.3"), ("6.8", "0.5"), ("197.2", "0.2"),
        ("1316.2", "0.1"), ("394.5", "0.1"), ("98.6", "0.2"), ("144.1", "0.2"), ("565.2", "0.1"), ("72.1", "0.2"),
        ("318.6", "0.1"), ("62.2", "0.3"), ("124.4", "0.2"), ("54.6", "0.3"), ("109.2", "0.2"), ("804.1", "0.1"),
        ("591.7", "0.1"), ("2306.2", "0.1"), ("1183.5", "0.1"), ("5189.0", "0.1"),
        ("4.8e-4", "12.8"), ("9.6e-5", "21.8"), ("9.9e-5", "21.6"), ("3.2e-5", "31.5"), ("5.2e-5", "26.8"),
        ("0.14", "1.9"), ("0.21", "1.7"),
        ("121.6", "0.2"),
    ]

    /// Printed Λ that do not follow from the printed C (mis-rounded, ERRATA.md "a few Λ
    /// entries are mis-rounded"): (C, printed Λ, re-derived Λ).
    static let misrounded: [(c: Double, printed: Double, derived: Double)] = [
        (637.2, 0.1, 0.1162),     // Table 8, C_dLQLH1^{1τ1μ} MINOS upper end: prints 0.1-0.2 range end 0.1 (fine) / 0.12
        (0.18, 1.75, 1.771),      // Table 11, tensor
        (0.08, 2.3, 2.321),       // Table 11, future tensor (from the misprinted 0.08; 0.091 gives 2.22)
        (12714.5, 0.0, 0.04285),  // Table 8 prints "0.0-0.1"
        (0.02, 3.5, 3.684),       // Table 11 future: Λ from the unrounded C = 0.0228 (3.53), not from the printed 0.02
        (0.05, 2.8, 2.714),       // Table 11 future: unrounded C = 0.0455 gives 2.80
    ]

    @Test("every printed (C, Λ) pair: Λ = C^(-1/3)")
    func printedPairs() {
        for (c, lambda) in Self.printedPairs {
            let value = dim7Scale(coefficient: Double(c)!)
            #expect(reproduces(value, lambda), "Λ(\(c)) = \(value), printed \(lambda)")
        }
        for row in Self.misrounded {
            #expect(isClose(dim7Scale(coefficient: row.c), row.derived, relative: 1e-3), "printed \(row.printed)")
        }
    }

    @Test("special values and the inverse")
    func specialValues() {
        #expect(dim7Scale(coefficient: 0) == .infinity)
        #expect(dim7Scale(coefficient: .infinity) == 0)
        #expect(dim7Scale(coefficient: .nan).isNaN)
        #expect(dim7Scale(coefficient: -8) == 0.5)
        #expect(isClose(dim7Scale(coefficient: 1e-9), 1000, relative: 1e-15))
        for lambda in [0.1, 1, 3.7, 1234.5] {
            #expect(isClose(dim7Scale(coefficient: dim7Coefficient(scale: lambda)), lambda, relative: 1e-15))
        }
    }
}

@Suite("dim-7: Table 5, 0νββ")
struct Dim7DoubleBetaTableTests {
    /// (row of Dim7DoubleBeta.rows, operator, indices, printed C, re-derived with `.consistent`).
    static let rows: [(row: Int, op: Dim7Operator, idx: [Int], printed: String, consistent: Double)] = [
        (0, .dLQLH1, [0, 0, 0, 0], "7.06e-8", 7.0552e-8),
        (1, .quLLH, [0, 0, 0, 0], "3.62e-8", 3.6228e-8),
        (2, .leHD, [0, 0], "1.55e-7", 1.5971e-7),      // Table 2 has V*_rp: V_ud; Table 5 omits it
        (3, .dLueH, [0, 0, 0, 0], "1.12e-5", 2.2493e-5),  // factor 2 (ERRATA.md)
        (4, .dLQLH1, [0, 0, 0, 0], "6.83e-7", 6.8428e-7),
        (4, .dLQLH2, [0, 0, 0, 0], "3.41e-7", 6.8428e-7), // factor 2: C2^{ptrs} + C2^{psrt} at 1e1e
        (5, .lHD1, [0, 0], "1.36e-3", 1.3593e-3),
        (5, .lHD2, [0, 0], "2.71e-3", 2.7187e-3),
        (5, .lHW, [0, 0], "3.39e-4", 3.3983e-4),
        (6, .duLLD, [0, 0, 0, 0], "1.32e-3", 1.3236e-3),
        (7, .lHD1, [0, 0], "9.91e-4", 1.9802e-3),        // dim 9: factor 2 (eq. (4.6) vs Table 5)
        (7, .lHW, [0, 0], "2.48e-4", 4.9504e-4),
        (8, .duLLD, [0, 0, 0, 0], "1.83e-6", 3.6635e-6),
    ]

    func coefficientLimit(_ row: Int, _ op: Dim7Operator, _ idx: [Int], _ convention: Dim7Convention) throws -> Double {
        let point = Dim7Point(try Dim7WilsonCoefficients.single(op, idx), inputs: paperInputs, convention: convention)
        let perUnit = Dim7DoubleBeta.value(row: row, point: point, inputs: paperInputs, convention: convention).length
        return Dim7DoubleBeta.leftLimits(halfLife: 2.3e26)[row] / perUnit
    }

    @Test("`.paper` reproduces every C of Table 5; `.consistent` gives Table 2's values")
    func conversions() throws {
        for r in Self.rows {
            let paper = try coefficientLimit(r.row, r.op, r.idx, .paper)
            #expect(reproduces(paper, r.printed), "\(r.op) paper \(paper) printed \(r.printed)")
            let consistent = try coefficientLimit(r.row, r.op, r.idx, .consistent)
            #expect(isClose(consistent, r.consistent, relative: 2e-4), "\(r.op) consistent \(consistent)")
        }
    }

    @Test("half-life scaling T^(-1/2) and O_LH through m_ββ")
    func halfLifeScaling() throws {
        let ref = Dim7DoubleBeta.leftLimits(halfLife: 2.3e26)
        let better = Dim7DoubleBeta.leftLimits(halfLife: 9.2e26)
        for k in ref.indices { #expect(isClose(better[k], ref[k] / 2, relative: 1e-15)) }
        // δm_ee = −(v/2) v³ C_LH < 36 meV: Λ_LH ≈ 3.7e3 TeV (the paper's 1.9e12 TeV uses dim-5 scaling, ERRATA.md).
        let lh = try Dim7WilsonCoefficients.single(.lh, [0, 0])
        let lambda = Dim7Probes.scaleLimits(direction: lh, scenario: .current)[Int(Dim7Probe.doubleBeta.rawValue)]!
        #expect(isClose(lambda, 3705.1, relative: 1e-4), "\(lambda)")
    }
}

@Suite("dim-7: CEνNS, eqs. (4.23)–(4.26), Table 6")
struct Dim7CEvNSTests {
    @Test("LEFT limits 0.017, 0.030, 0.098, 0.178; Ge 0.008, 0.062")
    func leftLimits() {
        let l = Dim7CEvNS.leftLimits()
        #expect(reproduces(l.scalar90, "0.017") && isClose(l.scalar90, 0.0173676, relative: 1e-5))
        #expect(reproduces(l.scalar99, "0.030") && isClose(l.scalar99, 0.0298330, relative: 1e-5))
        #expect(reproduces(l.tensor90, "0.098") && isClose(l.tensor90, 0.0981514, relative: 1e-5))
        #expect(reproduces(l.tensor99, "0.178") && isClose(l.tensor99, 0.1780343, relative: 1e-5))
        // Ge: eq. (4.26) prints 0.062 for the scalar too; Table 6 has 0.008 = the re-derived value.
        #expect(reproduces(l.scalarGe, "0.008") && isClose(l.scalarGe, 0.00792571, relative: 1e-5))
        #expect(reproduces(l.tensorGe, "0.062") && isClose(l.tensorGe, 0.0616000, relative: 1e-5))
    }

    @Test("Table 6: C_dLQLH1 from the LEFT limits")
    func table6() throws {
        let s = try leftPerSMEFT(.dLQLH1, [0, 1, 0, 1], .dNuLLScalar, [0, 0, 1, 1])
        let t = try leftPerSMEFT(.dLQLH1, [0, 1, 0, 0], .dNuLLTensor, [0, 0, 0, 1])
        #expect(isClose(0.030 / s, 11.379, relative: 1e-3))   // printed 11.3
        #expect(reproduces(0.178 / t, "540.2"))
        #expect(reproduces(0.008 / s, "3.0"))
        #expect(isClose(0.062 / t, 188.14, relative: 1e-3))   // printed 186.9 (from an unrounded 0.0616)
        #expect(isClose(Dim7CEvNS.leftLimits().tensorGe / t, 186.91, relative: 1e-3))
    }
}

@Suite("dim-7: oscillations, Tables 7–8")
struct Dim7OscillationTests {
    @Test("Table 7: vector LEFT → C_LeHD, C_dLueH")
    func table7() throws {
        let rows: [(s: Int, t: Int, c: Double, leHD: String, dLueH: String)] = [
            (0, 0, 0.017, "3.2", "6.4"), (0, 1, 0.017, "3.2", "6.4"), (0, 2, 0.015, "2.8", "5.7"),
            (1, 0, 0.22, "41.7", "83.4"), (1, 0, 3.47, "658.1", "1316.2"), (1, 1, 0.16, "30.3", "60.7"),
            (1, 1, 0.63, "119.5", "239.0"), (1, 2, 0.16, "30.3", "60.7"), (1, 2, 0.71, "134.7", "269.31"),
        ]
        for r in rows {
            let a = try leftPerSMEFT(.leHD, [r.s, r.t], .duNuELRVector, [0, 0, r.s, r.t])
            let b = try leftPerSMEFT(.dLueH, [0, r.s, 0, r.t], .duNuERRVector, [0, 0, r.s, r.t])
            #expect(reproduces(r.c / a, r.leHD), "LeHD \(r) \(r.c / a)")
            #expect(reproduces(r.c / b, r.dLueH), "dLueH \(r) \(r.c / b)")
        }
    }

    @Test("Table 8: scalar/vector ratio 2.37 (eqs. (4.29), (4.31)); tensor 0.70 (4.32) vs the printed 2.41")
    func ratios() {
        let rs = Dim7Oscillations.scalarToVectorRatio()
        #expect(isClose(rs, 2.36896, relative: 1e-5))
        for (v, printed) in [(0.017, "0.040"), (0.015, "0.036"), (0.22, "0.52"), (0.16, "0.38"), (0.63, "1.49"), (0.71, "1.68")] {
            #expect(reproduces(v * rs, printed), "\(v) → \(v * rs)")
        }
        #expect(isClose(0.047 * 0 + 3.47 * rs, 8.2203, relative: 1e-4))   // printed 3.47 (unscaled)
        let paperT = Dim7Oscillations.tensorToVectorRatio(convention: .paper)
        #expect(isClose(paperT, 2.41634, relative: 1e-5))
        for (v, printed) in [(0.017, "0.041"), (0.015, "0.036"), (0.22, "0.53"), (3.47, "8.38"), (0.16, "0.39"), (0.63, "1.52"), (0.71, "1.71")] {
            #expect(reproduces(v * paperT, printed), "\(v) → \(v * paperT)")
        }
        #expect(isClose(Dim7Oscillations.tensorToVectorRatio(convention: .consistent), 0.697537, relative: 1e-5))
    }

    @Test("Table 8: scalar and tensor LEFT → C_dLQLH1, C_dLQLH2, C_QuLLH")
    func table8() throws {
        // (s, t, c, C1, C2 or nil, QuLLH)
        let scalar: [(Int, Int, Double, String, String?, Double)] = [
            (0, 0, 0.040, "15.2", nil, 7.5862),   // QuLLH printed 7.5 (mis-rounded; the eμ row prints 7.6)
            (0, 1, 0.040, "15.2", "30.3", 7.6), (0, 2, 0.036, "13.7", "27.3", 6.8), (1, 0, 0.52, "197.2", "394.5", 98.6),
            (1, 0, 3.47, "1316.2", "2632.4", 658.1),  // C2 printed 2631.4
            (1, 1, 0.38, "144.1", nil, 72.1), (1, 1, 1.49, "565.2", nil, 282.6), (1, 2, 0.38, "144.1", "288.3", 72.1),
            (1, 2, 1.68, "637.2", "1274.5", 318.6),
        ]
        for (s, t, c, c1, c2, qu) in scalar {
            let k1 = try leftPerSMEFT(.dLQLH1, [0, t, 0, s], .duNuELLScalar, [0, 0, s, t])
            #expect(reproduces(c / k1, c1), "C1 \(s)\(t) \(c / k1)")
            if let c2 {
                let k2 = try leftPerSMEFT(.dLQLH2, [0, t, 0, s], .duNuELLScalar, [0, 0, s, t])
                #expect(reproduces(c / k2, c2), "C2 \(s)\(t) \(c / k2)")
            }
            let kq = try leftPerSMEFT(.quLLH, [0, 0, t, s], .duNuERLScalar, [0, 0, s, t])
            #expect(isClose(c / kq, qu, relative: 0.006), "QuLLH \(s)\(t) \(c / kq)")
        }
        let tensor: [(Int, Int, Double, String, String?)] = [
            (0, 0, 0.041, "62.2", nil), (0, 1, 0.041, "62.2", "124.4"), (0, 2, 0.036, "54.6", "109.2"),
            (1, 0, 0.53, "804.1", "1608.3"), (1, 0, 8.38, "12714.5", "25429.0"), (1, 1, 0.39, "591.7", nil),
            (1, 1, 1.52, "2306.2", nil), (1, 2, 0.39, "591.7", "1183.5"), (1, 2, 1.71, "2594.5", "5189.0"),
        ]
        for (s, t, c, c1, c2) in tensor {
            let k1 = try leftPerSMEFT(.dLQLH1, [0, t, 0, s], .duNuELLTensor, [0, 0, s, t])
            #expect(reproduces(c / k1, c1), "T C1 \(s)\(t) \(c / k1)")
            if let c2 {
                let k2 = try leftPerSMEFT(.dLQLH2, [0, t, 0, s], .duNuELLTensor, [0, 0, s, t])
                #expect(reproduces(c / k2, c2), "T C2 \(s)\(t) \(c / k2)")
            }
        }
        // ee: C_dLQLH2^{1e1e} enters twice, so Table 8's "C_dLQLH1(2)" shares the value.
        let k2ee = try leftPerSMEFT(.dLQLH2, [0, 0, 0, 0], .duNuELLTensor, [0, 0, 0, 0])
        #expect(reproduces(0.041 / k2ee, "62.2"))
    }
}

@Suite("dim-7: μ⁺ decay, eqs. (4.66)–(4.69), Table 12")
struct Dim7MuonDecayTests {
    @Test("|c^S| < 0.06, |c^T| < 0.04; C_ēLLLH 15.2 and 121.4 (printed 121.6)")
    func limits() throws {
        let l = Dim7MuonDecay.leftLimits()
        #expect(isClose(l.scalar, 0.0600000, relative: 1e-6))
        #expect(isClose(l.tensor, 0.0416333, relative: 1e-5))
        #expect(Dim7MuonDecay.branchingRatio(scalar: 0.06, tensor: 0) == 0.9e-3)
        let ks = try leftPerSMEFT(.eLLLH, [1, 0, 0, 1], .eNuLLScalar, [1, 0, 0, 1])
        let kt = try leftPerSMEFT(.eLLLH, [1, 1, 0, 0], .eNuLLTensor, [1, 0, 0, 1])
        #expect(reproduces(0.06 / ks, "15.2"))
        #expect(isClose(0.04 / kt, 121.38, relative: 1e-3))  // printed 121.6 (G_F = 1/(√2 v²) there)
        // eq. (4.67) for a single C^{μeeμ}: c^S = −3v C/(16 G_F)·… ≡ Table 2.
        let c = try Dim7WilsonCoefficients.single(.eLLLH, [1, 0, 0, 1], 2.5)
        let m = Dim7Matching.match(c)
        let gev = 2.5e-9
        #expect(isClose(m[.eNuLLScalar, 1, 0, 0, 1], -3 * 246 * gev / (16 * 1.1663787e-5), relative: 1e-14))
        #expect(isClose(m[.eNuLLTensor, 1, 0, 0, 1], 246 * gev / (64 * 1.1663787e-5), relative: 1e-14))
    }
}

@Suite("dim-7: kaon decays, Table 9")
struct Dim7KaonTests {
    /// The (4.42) direction with α = β = e: C^{1e2e} = C^{2e1e} = 1.
    static func direction() throws -> Dim7WilsonCoefficients {
        var c = Dim7WilsonCoefficients()
        try c.set(.dLQLH1, [0, 0, 1, 0], 1)
        try c.set(.dLQLH1, [1, 0, 0, 0], 1)
        return c
    }

    func limit(_ group: String, _ convention: Dim7Convention, _ scenario: Dim7Scenario) throws -> Double {
        let chans = Dim7Probes.channels(convention: convention).filter { $0.group == group }
        return Dim7Probes.scaleLimits(direction: try Self.direction(), convention: convention, scenario: scenario, channels: chans)[Int(Dim7Probe.kaonDecays.rawValue)]!
    }

    @Test("`.paper`: the K⁺ and K_L rows of Table 9 (eqs. (4.52)–(4.55), SM + 1σ subtracted)")
    func paperRows() throws {
        #expect(reproduces(try limit("K+ -> pi+ nu nu", .paper, .current), "21.8"))
        #expect(reproduces(dim7Coefficient(scale: try limit("K+ -> pi+ nu nu", .paper, .current)), "9.6e-5"))
        #expect(reproduces(try limit("K+ -> pi+ nu nu", .paper, .future), "31.5"))
        #expect(reproduces(dim7Coefficient(scale: try limit("K+ -> pi+ nu nu", .paper, .future)), "3.2e-5"))
        #expect(reproduces(try limit("K_L -> pi0 nu nu", .paper, .current), "21.6"))
        #expect(reproduces(try limit("K_L -> pi0 nu nu", .paper, .future), "26.8"))
        #expect(reproduces(try limit("K_L -> nu nu", .paper, .current), "12.8"))
        // LEFT values of the future rows: c = v C/(8 G_F).
        #expect(reproduces(246 * 3.2e-14 / (8 * 1.1663787e-5), "8.4e-8"))
        #expect(reproduces(246 * 5.2e-14 / (8 * 1.1663787e-5), "1.4e-7"))
    }

    @Test("first principles: J₁ integrals give coefficients 8.2× below 13.0/G_F³ and 58.8/G_F³")
    func firstPrinciples() throws {
        let fp = Dim7KaonDecays.firstPrinciplesCoefficients(), pp = Dim7KaonDecays.paperCoefficients()
        #expect(isClose(pp.chargedPion / fp.chargedPion, 8.240, relative: 2e-3))
        #expect(isClose(pp.neutralPion / fp.neutralPion, 8.256, relative: 2e-3))
        #expect(isClose((pp.neutralPion / pp.chargedPion) / (fp.neutralPion / fp.chargedPion), 1, relative: 3e-3))
        // J₁ against a direct evaluation of eq. (4.51) (scipy quad: 1.314298e11 GeV⁴).
        #expect(isClose(Dim7KaonDecays.j1ChargedKaon(), 1.3142984e11, relative: 1e-6))
        #expect(isClose(Dim7KaonDecays.j1LongKaon(), 2.9667361e11, relative: 1e-6))
        // Λ(K⁺) with the consistent formulas and the paper's (identity) quark flavours: 15.35 TeV.
        let chans = Dim7Probes.channels(inputs: .paper, convention: .consistent).filter { $0.group == "K+ -> pi+ nu nu" }
        var inputsNoMixing = Dim7Inputs.paper
        inputsNoMixing.ckm = Dim7Matching.identityCKM
        let noMix = Dim7Probes.scaleLimits(direction: try Self.direction(), inputs: inputsNoMixing, scenario: .current, channels: chans)
        #expect(isClose(noMix[Int(Dim7Probe.kaonDecays.rawValue)]!, 15.350, relative: 1e-3))
        // K_L → νν as printed in GeV: Λ = 4.04 TeV (the table needs ×1000 for 12.8).
        let klnn = try limit("K_L -> nu nu", .consistent, .current)
        #expect(isClose(klnn, 4.0438 * Double.root((0.97373 + 0.975) / 2, 3), relative: 2e-4), "\(klnn)")
    }
}

@Suite("dim-7: B → K(*)νν, Table 11")
struct Dim7BMesonTests {
    @Test("LEFT → C_dLQLH1 and Λ; the future tensor C is 0.091 (printed 0.08)")
    func table11() throws {
        let s = try leftPerSMEFT(.dLQLH1, [1, 1, 2, 1], .dNuLLScalar, [1, 2, 1, 1])
        let so = try leftPerSMEFT(.dLQLH1, [1, 0, 2, 1], .dNuLLScalar, [1, 2, 1, 0])
        let t = try leftPerSMEFT(.dLQLH1, [1, 0, 2, 1], .dNuLLTensor, [1, 2, 1, 0])
        #expect(reproduces(3.6e-4 / s, "0.14") && reproduces(dim7Scale(coefficient: 3.6e-4 / s), "1.9"))
        #expect(reproduces(2.7e-4 / so, "0.21") && reproduces(dim7Scale(coefficient: 2.7e-4 / so), "1.7"))
        #expect(reproduces(0.6e-4 / t, "0.18"))
        #expect(isClose(dim7Scale(coefficient: 0.6e-4 / t), 1.764, relative: 1e-3))    // printed 1.75
        #expect(reproduces(0.6e-4 / s, "0.02") && reproduces(dim7Scale(coefficient: 0.6e-4 / s), "3.5"))
        #expect(reproduces(0.6e-4 / so, "0.05") && reproduces(dim7Scale(coefficient: 0.6e-4 / so), "2.8"))
        #expect(isClose(0.3e-4 / t, 0.091034, relative: 1e-3))                          // printed 0.08
        #expect(isClose(dim7Scale(coefficient: 0.3e-4 / t), 2.2228, relative: 1e-3))    // printed 2.3
    }
}

@Suite("dim-7: collider, eq. (3.3) and Table 4")
struct Dim7ColliderTests {
    @Test("Z0 solution: s with Z0(s, b) = 1.96")
    func z0() {
        for b in [1e-3, 0.1, 1, 10, 2158.27, 1e6] {
            let s = Dim7Collider.signalEvents(background: b, significance: 1.96)
            #expect(abs(Dim7Collider.significance(signal: s, background: b) - 1.96) < 1e-12, "b = \(b)")
        }
        #expect(isClose(Dim7Collider.signalEvents(background: 10, significance: 1.96), 7.539509, relative: 1e-6))
        #expect(isClose(Dim7Collider.signalEvents(background: 10 * 30000 / 139, significance: 1.96), 92.3412, relative: 1e-5))
        #expect(Dim7Collider.signalEvents(background: 0, significance: 1.96).isNaN)
        #expect(Dim7Collider.signalEvents(background: .nan, significance: 1.96).isNaN)
    }

    /// Re-derived Λ (TeV) for Table 4 (LHC, FCC-hh); the printed columns differ by −27% … +17%.
    static let derived: [Dim7Operator: (Double, Double)] = [
        .quLLH: (1.2813, 5.7392), .dLQLH2: (0.8072, 3.3435), .dLQLH1: (1.0409, 4.6218), .dLueH: (1.0083, 4.7420),
        .duLLD: (4.7714, 20.214), .lHD2: (0.06070, 0.19510), .lHD1: (0.8396, 5.2021), .leHD: (0.2459, 0.4647), .lh: (0.2552, 0.9307),
    ]

    @Test("Table 4 Λ from its σ column: re-derived (printed beside)")
    func table4() throws {
        let inputs = Dim7Inputs.paper
        for (op, sigma) in inputs.lhcCrossSections {
            let lhc = Dim7Collider.scaleLimit(crossSectionAt1TeV: sigma.lhc, luminosity: 139, inputs: inputs)
            let fcc = Dim7Collider.scaleLimit(crossSectionAt1TeV: sigma.fcc, luminosity: 30000, inputs: inputs)
            let d = try #require(Self.derived[op])
            #expect(isClose(lhc, d.0, relative: 1e-3), "\(op) LHC \(lhc) (printed \(Dim7Collider.printedScaleLimits[op]!.lhc))")
            #expect(isClose(fcc, d.1, relative: 1e-3), "\(op) FCC \(fcc) (printed \(Dim7Collider.printedScaleLimits[op]!.fcc))")
            // the probe machinery gives the same single-operator limits
            let dir = try Dim7WilsonCoefficients.single(op, Dim7Collider.muonComponent(op))
            let probe = Int(Dim7Probe.collider.rawValue)
            #expect(isClose(Dim7Probes.scaleLimits(direction: dir, scenario: .current)[probe]!, lhc, relative: 1e-12))
            #expect(isClose(Dim7Probes.scaleLimits(direction: dir, scenario: .future)[probe]!, fcc, relative: 1e-12))
        }
    }
}

@Suite("dim-7: magnetic moment and naturalness")
struct Dim7MomentTests {
    @Test("eq. (4.75): Λ > 23 TeV (printed 11); from (4.35): 14.6 TeV; naturalness Λ_LH > 1.2e3 TeV")
    func limits() throws {
        let lhb = try Dim7WilsonCoefficients.single(.lHB, [0, 1])
        let m = Int(Dim7Probe.magneticMoment.rawValue)
        let paper = Dim7Probes.scaleLimits(direction: lhb, convention: .paper, scenario: .current)[m]!
        let consistent = Dim7Probes.scaleLimits(direction: lhb, convention: .consistent, scenario: .current)[m]!
        #expect(isClose(paper, 23.127, relative: 1e-3))
        #expect(isClose(consistent, 23.127 / Double.root(4, 3), relative: 1e-3))
        let lh = try Dim7WilsonCoefficients.single(.lh, [1, 2])
        let nat = Dim7Probes.scaleLimits(direction: lh, scenario: .current)[Int(Dim7Probe.naturalness.rawValue)]!
        #expect(isClose(nat, 1223.40, relative: 1e-4))
        // C_LHB is antisymmetric: μ_eμ = −μ_μe
        let point = Dim7Point(lhb)
        #expect(point.left[.magneticMoment, 0, 1] == -point.left[.magneticMoment, 1, 0])
    }
}
