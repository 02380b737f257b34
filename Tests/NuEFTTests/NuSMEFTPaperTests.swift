// The numbers of 000_b99ff7acfa28d225.txt that follow from its formulas, re-derived: each test
// asserts the printed value to its printed precision (so it fails if a formula or input drifts).

import ComplexModule
@testable import NuEFT
import Testing

/// |x − printed| ≤ half a unit of the printed last digit.
func agreesWithPrinted(_ x: Double, _ printed: Double, lastDigit: Double) -> Bool {
    abs(x - printed) <= 0.5 * lastDigit * (1 + 1e-12)
}

@Suite("νSMEFT: the paper's derivable numbers")
struct NuSMEFTPaperNumberTests {
    let inputs = NuSMEFTInputs.paper

    @Test("eq. (6.1): the νSMEFT coefficient 1.1e-7, and Δa_ℓ of eq. (3.11) in that form")
    func conclusionLine() throws {
        let k = NuSMEFTDipoles.conclusionCoefficient(inputs: inputs)
        #expect(agreesWithPrinted(k, 1.1e-7, lastDigit: 1e-8))
        // Δa_μ = −k Σ (m_j/m_W) w(x_j) U C̃ with C̃ = Λ²C̄ at Λ = 1 TeV.
        let m4 = 400.0, u = 0.013, ct = -0.7
        let p = try NuSMEFTPoint.singleSterile(mass: m4, scale: 1000, mixing: [0, u, 0], coefficients: [0, ct / 1e6, 0])
        let s = NuSMEFTState(p, inputs: inputs)
        let w = try NuEFT.w(inputs.electroweak.xj(sterileMass: m4))
        let expected = -k * (m4 / inputs.wMass) * w * u * ct
        #expect(abs(s.anomalousMagneticMoment(1, inputs: inputs) / expected - 1) < 1e-14)
        // The electron: the prefactor m_e/m_μ.
        let pe = try NuSMEFTPoint.singleSterile(mass: m4, scale: 1000, mixing: [u, 0, 0], coefficients: [ct / 1e6, 0, 0])
        let se = NuSMEFTState(pe, inputs: inputs)
        #expect(abs(se.anomalousMagneticMoment(0, inputs: inputs) / (expected * inputs.electronMass / inputs.muonMass) - 1) < 1e-14)
    }

    @Test("sign (ERRATA.md): Δa_ℓ > 0 needs U_ℓ4 [C̄]_4ℓ < 0")
    func sign() throws {
        let p = try NuSMEFTPoint.singleSterile(mass: 300, scale: 1200, mixing: [0, 0.01, 0], coefficients: [0, -1 / (1200.0 * 1200), 0])
        #expect(NuSMEFTState(p, inputs: inputs).anomalousMagneticMoment(1, inputs: inputs) > 0)
    }

    @Test("eq. (5.1): the eEDM bound 2.2e-11, and d_e = [−e/(2m_e)] × (3.11) with Re → Im")
    func edm() throws {
        let bound = NuSMEFTDipoles.edmCombinationBound(inputs: inputs)
        #expect(agreesWithPrinted(bound, 2.2e-11, lastDigit: 1e-12))
        // A point with X = Σ (m_j/v) w Im(U v²C̄) exactly at the bound gives |d_e| = the ACME limit.
        let m4 = 250.0, v = inputs.vev
        let w = try NuEFT.w(inputs.electroweak.xj(sterileMass: m4))
        let imC = bound / ((m4 / v) * w * 0.01 * v * v)
        let p = try NuSMEFTPoint(scale: 5000, masses: [m4], activeMixing: [Complex(0.01), .zero, .zero], sterileMixing: [.one],
                                 coefficients: [Complex(0, imC), .zero, .zero])
        let d = NuSMEFTState(p, inputs: inputs).electricDipoleMoment(0, inputs: inputs)
        #expect(abs(abs(d) / inputs.electronEDMLimit - 1) < 1e-12)
        #expect(NuSMEFTState(p, inputs: inputs).anomalousMagneticMoment(0, inputs: inputs) == 0)
    }

    @Test("eq. (4.16): Γ̂_μ = 0.996, and the two forms of eq. (4.15) agree")
    func muonDecayFactor() throws {
        let g = NuSMEFTDipoles.muonDecayFactor(inputs: inputs)
        #expect(agreesWithPrinted(g, 0.996, lastDigit: 0.001))
        let p = try NuSMEFTPoint(scale: 3000, masses: [200, 900], activeMixing: [Complex(0.01), Complex(0, 0.003), Complex(0.02, 0.001), Complex(-0.004),
                                 .zero, .zero], sterileMixing: [Complex(0.8), Complex(0.6), Complex(-0.6), Complex(0.8)],
                                 coefficients: [Complex(-1e-7), Complex(2e-8, 1e-8), .zero, Complex(3e-8), Complex(-5e-8), .zero])
        let s = NuSMEFTState(p, inputs: inputs)
        let first = s.radiativeBranchingRatio(from: 1, to: 0, inputs: inputs)
        let second = NuSMEFTDipoles.muEGammaSecondForm(s, inputs: inputs)
        // Equal when v = (√2 G_F)^{-1/2} (the paper set's v is that to 7 digits).
        #expect(abs(first / second - 1) < 1e-6)
    }

    @Test("eq. (5.2): BR(μ→eγ)_min = 1.47e-4 (printed ≃ 1.4e-4, ERRATA.md)")
    func minimalMuEGamma() {
        let br = NuSMEFTDipoles.minimalMuEGamma(deltaAe: inputs.deltaAeCs, deltaAMu: inputs.deltaAMu, inputs: inputs)
        #expect(agreesWithPrinted(br, 1.47e-4, lastDigit: 0.01e-4))
        #expect(br > 1.4e-4 && br < 1.5e-4)
    }

    @Test("eq. (4.30): the perturbativity coefficient 76")
    func perturbativity() {
        #expect(agreesWithPrinted(NuSMEFTLHC.perturbativityBound(mass: 100, inputs: inputs), 76, lastDigit: 1))
    }

    @Test("eq. (4.11): |y_e^eff/y_e^SM| ≤ 268 (LHC) and 58 (HL-LHC)")
    func electronYukawaLimits() {
        let l = NuSMEFTHiggs.electronYukawaLimits(inputs: inputs)
        #expect(agreesWithPrinted(l.current, 268, lastDigit: 1))
        #expect(agreesWithPrinted(l.highLuminosity, 58, lastDigit: 1))
    }

    @Test("eq. (4.13): 8/(4π)² y_μ y_e = 4.5e-11 μ_B (printed 4.4e-11, ERRATA.md)")
    func magneticMomentCoefficient() {
        let c = NuSMEFTMagneticMoments.coefficient(1, inputs: inputs)
        #expect(agreesWithPrinted(c, 4.5e-11, lastDigit: 0.1e-11))
    }

    @Test("eq. (4.29): every coefficient from 2.4e-24, 23e-10 and G04/G01 = 0.8")
    func doubleBetaCoefficients() throws {
        let c = NuSMEFTDoubleBeta.coefficients(inputs: inputs)
        let printed: [(Double, Double)] = [(2.4e-24, 0.1e-24), (1.5e-7, 0.1e-7), (-7.4e-9, 0.1e-9), (23, 1), (-2.3, 0.1), (1.4, 0.1)]
        for (x, (p, digit)) in zip(c, printed) { #expect(agreesWithPrinted(x, p, lastDigit: digit), "\(x) vs \(p)") }
        // The n = 1 amplitude form equals the expanded eq. (4.29) with these coefficients.
        let m4 = 300.0, v2 = inputs.vev * inputs.vev
        let u = Complex(0.01, 0.004), cbar = Complex(-2e-7, 5e-8), mbb = Complex(0.03e-9, -0.01e-9)
        let p = try NuSMEFTPoint(scale: 3000, masses: [m4], activeMixing: [u, .zero, .zero], sterileMixing: [.one],
                                 coefficients: [cbar, .zero, .zero], effectiveMajoranaMass: mbb)
        let s = NuSMEFTState(p, inputs: inputs)
        let c2 = (cbar * Complex(v2)) * (cbar * Complex(v2)), u2 = u * u
        let mEV = mbb * Complex(1e9)
        var expected = c[0] * mEV.lengthSquared
        expected += c[1] * (mbb * u.conjugate * u.conjugate).real / m4
        expected += c[2] * (mbb * c2).real / m4
        expected += 1e-10 / (m4 * m4) * (c[3] * u2.lengthSquared + c[4] * (c2 * u2).real + c[5] * c2.lengthSquared)
        #expect(abs(s.doubleBetaInverseHalfLife(inputs: inputs) / expected - 1) < 1e-12)
        // The limit uses the C_1R term alone: 1.4375e-10 (1 GeV/m_4)² |v²C̄|⁴.
        #expect(abs(s.doubleBetaRightHandedInverseHalfLife(inputs: inputs) / (c[5] * 1e-10 / (m4 * m4) * c2.lengthSquared) - 1) < 1e-12)
        // C_1L, C_1R of eq. (4.25).
        let c1l = s.doubleBetaC1L(inputs: inputs), c1r = s.doubleBetaC1R(inputs: inputs)
        let vud2 = inputs.vud * inputs.vud
        #expect(((c1l - Complex(-2 * inputs.vev * vud2 / m4) * u2).length) < 1e-15 * c1l.length + 1e-300)
        let v5 = inputs.vev * v2 * v2
        #expect(((c1r - Complex(-v5 / 2 * vud2 / m4) * cbar.conjugate * cbar.conjugate).length) < 1e-14 * c1r.length)
    }

    @Test("sec. 4.6: Q_max = m_4 √(1+√3) ≈ 1.65 m_4 for m_W → 0; 1.54 (150 GeV), 1.64 (450 GeV)")
    func peakInvariantMass() {
        var massless = inputs
        massless.wMass = 1e-6
        massless.wWidth = 0
        let r0 = NuSMEFTLHC.peakInvariantMass(mass: 300, inputs: massless) / 300
        #expect(abs(r0 - (1 + 3.0.squareRoot()).squareRoot()) < 1e-6)
        #expect(agreesWithPrinted(r0, 1.65, lastDigit: 0.01))
        #expect(agreesWithPrinted(NuSMEFTLHC.peakInvariantMass(mass: 150, inputs: inputs) / 150, 1.54, lastDigit: 0.01))
        #expect(agreesWithPrinted(NuSMEFTLHC.peakInvariantMass(mass: 450, inputs: inputs) / 450, 1.64, lastDigit: 0.01))
    }

    @Test("eqs. (4.33)–(4.34): σ̂ at d = 6 is |C_Hνe|²/(4|U|²) times d = 4")
    func crossSectionScaling() {
        let q = 400.0, m = 250.0, c = 0.3
        let d4 = NuSMEFTLHC.partonicCrossSection(invariantMass: q, mass: m, inputs: inputs)
        #expect(d4 > 0)
        #expect(NuSMEFTLHC.dimensionSixCrossSection(invariantMass: q, mass: m, coefficient: c, inputs: inputs) == c * c / 4 * d4)
        #expect(NuSMEFTLHC.partonicCrossSection(invariantMass: 200, mass: m, inputs: inputs) == 0)
    }

    @Test("Tables 3–4 are reproduced at their masses; (4.45) combination")
    func cmsTables() throws {
        for (m, l) in zip(NuSMEFTLHC.muonTable.masses, NuSMEFTLHC.muonTable.limits) {
            #expect(abs(NuSMEFTLHC.cmsLimit(flavour: 1, mass: m)! / l - 1) < 1e-13)
        }
        for (m, l) in zip(NuSMEFTLHC.electronTable.masses, NuSMEFTLHC.electronTable.limits) {
            #expect(abs(NuSMEFTLHC.cmsLimit(flavour: 0, mass: m)! / l - 1) < 1e-13)
        }
        #expect(NuSMEFTLHC.cmsLimit(flavour: 1, mass: 90) == 9e-6)   // |U_μ4| ≤ 3e-3 below the table (sec. 4.6)
        #expect(NuSMEFTLHC.cmsLimit(flavour: 1, mass: 1300) == nil)
        #expect(NuSMEFTLHC.cmsLimit(flavour: 2, mass: 300) == nil)
        // Sec. 4.6: with U = 0, v²C̄ ≲ 0.13 at 100 GeV and ≲ 1.3 at 1000 GeV (2√limit).
        #expect(agreesWithPrinted(2 * NuSMEFTLHC.cmsLimit(flavour: 1, mass: 100)!.squareRoot(), 0.13, lastDigit: 0.01))
        #expect(agreesWithPrinted(2 * NuSMEFTLHC.cmsLimit(flavour: 1, mass: 1000)!.squareRoot(), 1.3, lastDigit: 0.1))
        let p = try NuSMEFTPoint.singleSterile(mass: 400, scale: 2000, mixing: [0, 0.05, 0], coefficients: [0, -0.1 / (246.21965 * 246.21965), 0])
        let r = NuSMEFTState(p, inputs: inputs).lhcRatio(1, inputs: inputs)
        #expect(abs(r - (0.05 * 0.05 + 0.0025) / 3.01e-2) < 1e-12)
    }
}

@Suite("νSMEFT: h → ℓℓ")
struct NuSMEFTHiggsTests {
    let inputs = NuSMEFTInputs.paper

    func point(_ m4: Double, _ lambda: Double, complex: Bool = false) throws -> NuSMEFTPoint {
        try NuSMEFTPoint(scale: lambda, masses: [m4, 1.7 * m4], activeMixing: [.zero, .zero, Complex(0.01, complex ? 0.004 : 0), Complex(0.003),
                         .zero, .zero], sterileMixing: [Complex(0.8), Complex(0.6), Complex(-0.6), Complex(0.8)],
                         coefficients: [.zero, Complex(-1 / (lambda * lambda), complex ? 2e-8 : 0), .zero, .zero, Complex(3e-7), .zero])
    }

    @Test("y_eff of eq. (4.8) does not depend on μ_r", arguments: [40.0, 300.0, 2000.0], [false, true])
    func renormalizationScaleIndependence(m4: Double, complex: Bool) throws {
        let s = NuSMEFTState(try point(m4, 3000, complex: complex), inputs: inputs)
        let reference = s.effectiveYukawa(1, at: inputs.wMass, inputs: inputs)
        for muR in [20.0, 91.0, 500.0, 3000.0, 1e5] {
            let y = s.effectiveYukawa(1, at: muR, inputs: inputs)
            #expect((y - reference).length <= 1e-13 * reference.length, "μ_r = \(muR)")
        }
        // The closed form used by the kernels.
        #expect(abs(s.yukawaRatio(1, inputs: inputs) - reference.length * inputs.vev / inputs.muonMass) < 1e-13)
        // And the dimension-6 part is non-trivial.
        #expect(abs(s.yukawaRatio(1, inputs: inputs) - 1) > 1e-4)
    }

    @Test("the running mass obeys eq. (4.2) with g = 2m_W/v, and m_ℓ(μ_r) of (4.7) is consistent with it")
    func massRunning() throws {
        let s = NuSMEFTState(try point(500, 4000), inputs: inputs)
        let mu = 700.0, h = 1e-4
        let derivative = (s.runningMass(1, at: mu * Double.exp(h), inputs: inputs) - s.runningMass(1, at: mu * Double.exp(-h), inputs: inputs)).real / (2 * h)
        let g2v2 = inputs.weakCoupling * inputs.weakCoupling * inputs.vev * inputs.vev
        var rhs = 0.0
        for j in 0..<2 {
            let k = s.product(1, 1).re[j] * s.mass[j]
            rhs += 0.5 * g2v2 / (16 * Double.pi * Double.pi) * k * (s.x[j] - 3)
        }
        #expect(abs(derivative / rhs - 1) < 1e-6)
    }

    @Test("μ_hμμ exclusion at a chosen CL (ERRATA.md: the paper's edge is 1σ)")
    func muonExclusion() {
        #expect(!NuSMEFTHiggs.muonExcluded(signalStrength: 1.6, sigmas: 1, highLuminosity: false, inputs: inputs))
        #expect(NuSMEFTHiggs.muonExcluded(signalStrength: 1.7, sigmas: 1, highLuminosity: false, inputs: inputs))
        #expect(!NuSMEFTHiggs.muonExcluded(signalStrength: 1.7, sigmas: 2, highLuminosity: false, inputs: inputs))
        #expect(NuSMEFTHiggs.muonExcluded(signalStrength: 0.7, sigmas: 1, highLuminosity: false, inputs: inputs))
        #expect(NuSMEFTHiggs.muonExcluded(signalStrength: 1.15, sigmas: 1, highLuminosity: true, inputs: inputs))
    }

    @Test("below threshold (m_j < m_h/2) B is complex and y_eff keeps the absorptive part")
    func belowThreshold() throws {
        let s = NuSMEFTState(try point(40, 1000), inputs: inputs)
        #expect(s.bracketIm[0] != 0)
        #expect(s.bracketIm[1] == 0 || s.mass[1] < inputs.higgsMass / 2)
    }
}

@Suite("νSMEFT: the Fig. 5/6 scan")
struct NuSMEFTScanTests {
    @Test("Fig. 5 left: the allowed Δa_μ window m_W < m_4 < 700 GeV, 0.1 < m_4/Λ < 0.5 (sec. 5.1)")
    func muonWindow() throws {
        var panel = NuSMEFTPanel.figures(resolution: 160)[0]
        panel.scalePoints = 240
        let r = try NuSMEFT.scan(panel)
        let w = try #require(r.allowedWindow(sigma: 1))
        #expect(w.mass.lowerBound > 80 && w.mass.lowerBound < 110, "lower m4 \(w.mass.lowerBound)")
        #expect(w.mass.upperBound > 650 && w.mass.upperBound < 800, "upper m4 \(w.mass.upperBound)")
        #expect(abs(w.ratio.lowerBound - 0.1) < 0.02 && abs(w.ratio.upperBound - 0.5) < 0.05, "m4/Λ \(w.ratio)")
        // Classification is consistent: nothing preferred at 1σ that is not preferred at 2σ; m4 > Λ flagged.
        for (k, bits) in r.regions.enumerated() {
            let s = NuSMEFTRegion(rawValue: bits)
            if s.contains(.preferred1Sigma) { #expect(s.contains(.preferred2Sigma)) }
            let m = panel.masses[k / panel.scalePoints], l = panel.scales[k % panel.scalePoints]
            #expect(s.contains(.invalid) == (m > l))
        }
    }

    @Test("Fig. 6 left: Δa_e^Rb needs m_4 ≳ 130–200 GeV and Λ ≳ 5.5–6.5 TeV; Cs lies below Rb")
    func electronWindow() throws {
        var panel = NuSMEFTPanel.figures(resolution: 120)[2]
        panel.scalePoints = 200
        let r = try NuSMEFT.scan(panel)
        let rb = try #require(r.allowedWindow(sigma: 1))
        let cs = try #require(r.allowedWindow(sigma: 1, cesium: true))
        #expect(rb.mass.lowerBound > 100 && rb.mass.lowerBound < 220, "Rb m4 ≥ \(rb.mass.lowerBound)")
        #expect(rb.scale.lowerBound > 5000 && rb.scale.lowerBound < 7000, "Rb Λ ≥ \(rb.scale.lowerBound)")
        #expect(cs.mass.lowerBound > rb.mass.lowerBound)
        #expect(cs.scale.upperBound < rb.scale.upperBound)
    }
}
