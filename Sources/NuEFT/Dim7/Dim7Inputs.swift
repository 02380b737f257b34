// Every number the dimension-7 probes need, as cited data in named input sets.
//
// `paper` reproduces 002_3ba235c4befdeead.txt (G. Fridell et al.) and takes every
// experimental limit from it; `current` updates the 0νββ half-life and the CKM matrix.
// References in brackets are those of the paper's bibliography.

import ComplexModule
import RealModule

/// The CKM matrix V[up][down] (u, c, t) × (d, s, b), complex. Table 2 of
/// 002_3ba235c4befdeead.txt multiplies the left-handed down-type quarks by it (V_xr) and
/// its conjugate (V*_xp, V*_rp); eqs. (4.4), (4.6)–(4.7) use V*_ud, V_ud², V_ud.
public struct Dim7CKM: Sendable, Equatable, ExpressibleByArrayLiteral {
    /// The nine elements, row-major (up-type row, down-type column).
    public var elements: [[Complex<Double>]]

    public init(_ elements: [[Complex<Double>]]) { self.elements = elements }

    /// Real elements (e.g. the magnitudes of direct determinations, no CP phase).
    public init(magnitudes: [[Double]]) { elements = magnitudes.map { $0.map { Complex($0, 0) } } }

    /// `[[Vud, Vus, Vub], [Vcd, …], …]` with real entries.
    public init(arrayLiteral rows: [Double]...) { self.init(magnitudes: rows) }

    /// The standard parametrization, eq. (12.3) of the PDG review "CKM quark-mixing matrix"
    /// (S. Navas et al., Phys. Rev. D 110, 030001 (2024)):
    ///
    ///     V = [[c12 c13,                        s12 c13,                        s13 e^{−iδ}],
    ///          [−s12 c23 − c12 s23 s13 e^{iδ},   c12 c23 − s12 s23 s13 e^{iδ},   s23 c13    ],
    ///          [s12 s23 − c12 c23 s13 e^{iδ},    −c12 s23 − s12 c23 s13 e^{iδ},  c23 c13    ]]
    ///
    /// with s_ij = sin θ_ij, c_ij = cos θ_ij (first quadrant) and the CP phase δ (rad). Unitary
    /// to rounding for any input.
    public static func standard(s12: Double, s13: Double, s23: Double, delta: Double) -> Dim7CKM {
        let c12 = (1 - s12 * s12).squareRoot(), c13 = (1 - s13 * s13).squareRoot(), c23 = (1 - s23 * s23).squareRoot()
        let e = Complex(Double.cos(delta), Double.sin(delta))          // e^{iδ}
        let r = { (x: Double) in Complex(x, 0) }
        let s13e = e * r(s13)
        return Dim7CKM([
            [r(c12 * c13), r(s12 * c13), s13e.conjugate],
            [r(-s12 * c23) - s13e * r(c12 * s23), r(c12 * c23) - s13e * r(s12 * s23), r(s23 * c13)],
            [r(s12 * s23) - s13e * r(c12 * c23), r(-c12 * s23) - s13e * r(s12 * c23), r(c23 * c13)],
        ])
    }

    /// The PDG 2024 global fit in the standard parametrization (Navas et al., Phys. Rev. D 110,
    /// 030001, CKM review eq. (12.27)): s12 = 0.22501, s13 = 0.003732, s23 = 0.04183,
    /// δ = 1.147 rad.
    public static let pdg2024Fit = standard(s12: 0.22501, s13: 0.003732, s23: 0.04183, delta: 1.147)

    /// No quark mixing (the paper's Tables 6–8 and 12).
    public static let identity: Dim7CKM = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]

    /// V[up][down].
    public subscript(_ up: Int, _ down: Int) -> Complex<Double> { elements[up][down] }

    /// |V[up][down]|.
    public var magnitudes: [[Double]] { elements.map { $0.map(\.length) } }

    /// True when no element has an imaginary part (the batch kernel then needs no imaginary rows).
    public var isReal: Bool { elements.allSatisfy { $0.allSatisfy { $0.imaginary == 0 } } }
}

/// The inputs of the dimension-7 matching and probes.
public struct Dim7Inputs: Sendable {
    /// The set's name ("paper", "current").
    public var name: String
    /// Where the numbers come from.
    public var source: String

    // MARK: Electroweak and CKM

    /// G_F in GeV⁻² (PDG): the normalisation 4G_F/√2 of every LEFT coefficient (Table 2).
    public var fermiConstant = 1.1663787e-5
    /// v in GeV. ERRATA.md: Tables 6–8 and 12 follow from 4G_F/√2 with v = 246 GeV.
    public var vev = 246.0
    /// The CKM matrix V[i][j], i ∈ (u, c, t), j ∈ (d, s, b). `paper`: the real magnitudes of
    /// PDG 2022 (R. L. Workman et al., PTEP 2022, 083C01, CKM review, direct determinations),
    /// as the paper uses no phase; `current`: the complex PDG 2024 fit (`Dim7CKM.pdg2024Fit`).
    public var ckm: Dim7CKM = [[0.97373, 0.2243, 0.00382], [0.221, 0.975, 0.0408], [0.0086, 0.0415, 1.014]]
    /// m_e in GeV (PDG), for μ_B = e/(2 m_e) in eq. (4.75).
    public var electronMass = 0.51099895e-3

    // MARK: 0νββ (Sec. 4.1)

    /// The half-life limit (yr) at which Table 5's LEFT limits hold: KamLAND-Zen [77], ¹³⁶Xe.
    public var doubleBetaReferenceHalfLife = 2.3e26
    /// The half-life limit (yr) used now; LEFT limits scale as (T_ref/T)^{1/2} (eq. (4.8)).
    public var doubleBetaHalfLife = 2.3e26
    /// A future half-life sensitivity (yr); nil: the paper quotes none.
    public var doubleBetaFutureHalfLife: Double? = nil
    /// Table 5's LEFT limits at T_ref (IBM-2 NMEs [74], phase spaces [80]), in the order
    /// S_LL, S_RL, V_LR, V_RR, T_LL (dim 6), V_LL⁽⁷⁾, V_RL⁽⁷⁾, V_LL⁽⁹⁾, V_LR⁽⁹⁾.
    public var doubleBetaLEFTLimits: [Double] = [1.86e-10, 1.86e-10, 8.20e-10, 5.93e-8, 4.51e-10, 9.87e-6, 9.87e-6, 1.40e-5, 2.66e-8]
    /// The effective Majorana mass limit (GeV) at T_ref: the lower end of KamLAND-Zen's
    /// 36–156 meV [77]; used for O_LH through δm_ν^{ee} (Sec. 5, see `Dim7Naturalness`).
    public var effectiveMajoranaMassLimit = 0.036e-9

    // MARK: CEνNS (Sec. 4.2)

    /// Neutron and proton masses (GeV, PDG) and m_d = 4.7 MeV (ERRATA.md: the value that
    /// reproduces eq. (4.25)).
    public var neutronMass = 0.93956542052, protonMass = 0.93827208816, downQuarkMass = 4.7e-3
    /// f_Td^n, f_Td^p and the tensor charges δ_d^n, δ_d^p of eq. (4.20) [88–90].
    public var fTdNeutron = 0.034, fTdProton = 0.041, deltaDNeutron = 0.54, deltaDProton = -0.23
    /// (N, Z) of Cs and I (COHERENT CsI) and of Ge, as printed below eq. (4.24) (non-integer N).
    public var csiNuclei: [(n: Double, z: Double)] = [(77.9, 55), (73.9, 53)]
    public var germaniumNuclei: [(n: Double, z: Double)] = [(40.6, 32)]
    /// |ζ_S|/NF and |ζ_T|/NF limits of eq. (4.21) (COHERENT CsI [91]) at 90% and 99% CL.
    public var cevnsScalarLimit90 = 0.620, cevnsScalarLimit99 = 1.065
    public var cevnsTensorLimit90 = 0.591, cevnsTensorLimit99 = 1.072
    /// Eq. (4.22): the Ge projection at 3σ [84].
    public var cevnsScalarLimitGe = 0.21, cevnsTensorLimitGe = 0.25
    /// NuEFT extension (not in the paper, which names but does not evaluate the up-quark
    /// channel of O_QuLLH, Sec. 4.2): m_u (GeV, PDG 2022: 2.16 MeV) and the up-quark scalar
    /// form factors f_Tu^n = 0.0189, f_Tu^p = 0.0208 (M. Hoferichter et al., Phys. Rev. Lett. 115,
    /// 092301 (2015), arXiv:1506.04142) for the up-quark analogue of eq. (4.23).
    public var upQuarkMass = 2.16e-3, fTuNeutron = 0.0189, fTuProton = 0.0208
    /// NuEFT extension: a CEνNS limit on |μ_ij| (μ_B) for the dipole portal of O_LHB, O_LHW
    /// (eq. (4.35)), current and future. nil: the paper quotes none (its refs. [85, 103]), so
    /// there is no CEνNS channel for the magnetic moment unless one is set.
    public var cevnsMagneticMomentLimit: Double? = nil, cevnsMagneticMomentFutureLimit: Double? = nil
    /// The CL of the current CEνNS limit: 99 (Table 6, "most restrictive current bounds"
    /// uses the 99% CL values 0.030 and 0.178) or 90.
    public var cevnsConfidenceLevel = 99

    // MARK: Long-baseline oscillations (Sec. 4.3)

    /// g_V, g_A of eq. (4.29) (g_A = 1.27 reproduces Table 8's scalar/vector ratio 2.37),
    /// g_S = 1.02 [97] (4.31), g_T = 1 [98] (4.32).
    public var gV = 1.0, gA = 1.27, gS = 1.02, gT = 1.0
    /// Table 7: vector LEFT limits on c^{V,11st}_{duνe;LR/RR} (s = ν flavour, t = charged
    /// lepton) from KamLAND (S_ee ≲ 2.8e-4, eq. (4.30)) and MINOS (S_μμ ≲ 0.026, eq. (4.27)),
    /// ref. [93]. MINOS gives a range over the Majorana phases (low, high).
    public var kamlandVectorLimits: [(s: Int, t: Int, limit: Double)] = [(0, 0, 0.017), (0, 1, 0.017), (0, 2, 0.015)]
    public var minosVectorLimits: [(s: Int, t: Int, low: Double, high: Double)] = [(1, 0, 0.22, 3.47), (1, 1, 0.16, 0.63), (1, 2, 0.16, 0.71)]
    /// Which end of the MINOS Majorana-phase range a limit uses.
    public var majoranaPhaseChoice = Dim7MajoranaPhaseChoice.mostStringent

    // MARK: Kaons (Sec. 4.4.1)

    /// B ≃ 2.8 GeV [15] and F_0 = 87 MeV [105] (below eq. (4.40)).
    public var chiralB = 2.8, chiralF0 = 0.087
    /// Masses (GeV) and lifetimes (s), PDG 2022; ħ in GeV s.
    public var kaonChargedMass = 0.493677, pionChargedMass = 0.13957039, kaonChargedLifetime = 1.2380e-8
    public var kaonLongMass = 0.497611, pionNeutralMass = 0.1349768, kaonLongLifetime = 5.116e-8
    public var hbar = 6.582119569e-25
    /// The QCD factor of eq. (4.41), c(Λ_χ) = 1.656 c(Λ_EW). The paper's Table 9 does not
    /// apply it (its coefficients 58.8, 13.0 are in terms of C(Λ_EW)); 1 reproduces that.
    public var kaonQCDFactor = 1.0
    /// NA62 [112]: B(K⁺→π⁺νν) < 1.7e-10 (90% CL); SM (8.4 ± 1.0)e-11 [108–110]; future:
    /// ±10% of the SM rate [113, 114].
    public var kPlusLimit = 1.7e-10, kPlusSM = 8.4e-11, kPlusSMError = 1.0e-11, kPlusFutureLimit = 8.4e-12
    /// KOTO [111]: B(K_L→π⁰νν) = 2.1 (+4.1 −1.7)e-9 (95% CL); the paper uses the lower end
    /// 0.4e-9 (ERRATA.md); SM (3.4 ± 0.6)e-11; future ~1e-10 [116–118].
    public var kLongPiLimit = 0.4e-9, kLongPiSM = 3.4e-11, kLongPiSMError = 0.6e-11, kLongPiFutureLimit = 1.0e-10
    /// B(K_L → invisible) < 6.3e-4 (95% CL) [107], eq. (4.44).
    public var kLongInvisibleLimit = 6.3e-4

    // MARK: B → K(*)νν (Sec. 4.4.3, Table 11, LEFT limits of ref. [19])

    /// |c^{S,sbγγ}|, |c^{S,sbγδ}| (γ ≠ δ), |c^{T,sbγδ}|: current and Belle II 50 ab⁻¹.
    public var bScalarDiagonalLimit = 3.6e-4, bScalarOffDiagonalLimit = 2.7e-4, bTensorLimit = 0.6e-4
    public var bScalarDiagonalFuture = 0.6e-4, bScalarOffDiagonalFuture = 0.6e-4, bTensorFuture = 0.3e-4

    // MARK: μ⁺ → e⁺ν̄ν̄ (Sec. 4.5.2)

    /// BR limits of eq. (4.69) [141] (90% CL): ρ̃ = 0.75 (paired with the scalar) and
    /// ρ̃ = 0.25 (paired with the tensor), ERRATA.md.
    public var muonDecayScalarLimit = 0.9e-3, muonDecayTensorLimit = 1.3e-3

    // MARK: Magnetic moment (Sec. 4.6) and naturalness (Sec. 5)

    /// |μ_ij| < 1e-11 μ_B, the conservative flavour-basis estimate of eq. (4.75) [15].
    public var magneticMomentLimit = 1e-11
    /// |δm_ν^{ij}| < 1 eV (Sec. 5), in GeV.
    public var naturalnessMassLimit = 1e-9

    // MARK: Colliders (Sec. 3.1, Table 4)

    /// σ(pp → μ^±μ^±jj) in pb at Λ = 1 TeV (C = 1 TeV⁻³), LHC 13 TeV and FCC-hh 100 TeV,
    /// Table 4; operators without an entry do not give the signal at tree level.
    public var lhcCrossSections: [Dim7Operator: (lhc: Double, fcc: Double)] = [
        .quLLH: (2.4e-4, 0.11), .dLQLH2: (1.5e-5, 4.3e-3), .dLQLH1: (6.9e-5, 0.030), .dLueH: (5.7e-5, 0.035),
        .duLLD: (0.64, 210), .lHD2: (2.7e-12, 1.7e-10), .lHD1: (1.9e-5, 0.061), .leHD: (1.2e-8, 3.1e-8), .lh: (1.5e-8, 2.0e-6),
    ]
    /// Integrated luminosities (fb⁻¹): ATLAS 139 [55]; FCC-hh 30 ab⁻¹ [64].
    public var lhcLuminosity = 139.0, fccLuminosity = 30_000.0
    /// Background b = 10 at 139 fb⁻¹ [55], scaled as b = 10 L/139 fb⁻¹; Z0 = 1.96 (95% CL).
    public var backgroundAt139 = 10.0, significance = 1.96

    public init(name: String, source: String) {
        self.name = name
        self.source = source
    }

    /// The paper's numbers (002_3ba235c4befdeead.txt), which reproduce its tables.
    public static let paper = Dim7Inputs(
        name: "paper",
        source: "G. Fridell et al., Probing lepton number violation: a comprehensive survey of dimension-7 SMEFT (002_3ba235c4befdeead.txt); CKM, masses: PDG 2022")

    /// The paper's inputs with KamLAND-Zen's 2024 limit T > 3.8e26 yr (arXiv:2406.11438)
    /// and the complex PDG 2024 CKM fit in the standard parametrization with the CP phase
    /// δ = 1.147 rad (S. Navas et al., Phys. Rev. D 110, 030001; `Dim7CKM.pdg2024Fit`).
    public static let current: Dim7Inputs = {
        var s = Dim7Inputs(name: "current", source: "paper inputs; KamLAND-Zen 2024 (arXiv:2406.11438) T > 3.8e26 yr; PDG 2024 CKM fit, standard parametrization, delta = 1.147")
        s.doubleBetaHalfLife = 3.8e26
        s.ckm = .pdg2024Fit
        return s
    }()

    /// Every named set.
    public static let all: [Dim7Inputs] = [.paper, .current]

    /// The set with this name.
    /// - Throws: `.invalidArgument` for an unknown name.
    public static func named(_ name: String) throws(NuEFTError) -> Dim7Inputs {
        guard let set = all.first(where: { $0.name == name }) else {
            throw NuEFTError(.invalidArgument, "no dim-7 input set named '\(name)'; known: \(all.map(\.name).joined(separator: ", "))")
        }
        return set
    }

    /// The half-life scaling of Table 5's LEFT limits: (T_ref/T)^{1/2} (eq. (4.8): T⁻¹ ∝ |c|²).
    public func doubleBetaLimitScale(halfLife: Double) -> Double {
        (doubleBetaReferenceHalfLife / halfLife).squareRoot()
    }
}

/// Which end of MINOS's Majorana-phase range (Tables 7–8) a limit uses.
public enum Dim7MajoranaPhaseChoice: Sendable {
    /// The smallest LEFT limit (the strongest bound, as in Fig. 7).
    case mostStringent
    /// The largest LEFT limit (the bound that holds for every Majorana phase).
    case leastStringent
}

/// Where 002_3ba235c4befdeead.txt contradicts itself (ERRATA.md), which reading to use.
public enum Dim7Convention: Int32, Sendable, CaseIterable {
    /// Table 2 and eqs. (4.4)–(4.7), (4.32), (4.35), (4.48)–(4.51) as written, with the CKM
    /// matrix of the input set everywhere: the choice consistent with the paper's formulas.
    case consistent = 0
    /// The choices that reproduce the printed tables: Table 5's row factors (no V_ud for
    /// C_LeHD, ×2 for C_dLueH, the C_dLQLH2 tensor and the dim-9 rows), no V_ud in Tables 6–8
    /// and 12, Table 8's tensor = 2.41 × vector, the simplified kaon coefficients 58.8 and 13.0
    /// (eqs. (4.52)–(4.53)), K_L → νν with the factor 1000, eq. (4.75) for μ_ν.
    case paper = 1

    public var name: String { self == .paper ? "paper" : "consistent" }
}
