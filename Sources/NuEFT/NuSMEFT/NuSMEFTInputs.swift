// Every experimental and Standard-Model number the νSMEFT observables of
// 000_b99ff7acfa28d225.txt (V. Cirigliano et al., "Leptonic anomalous magnetic moments in
// νSMEFT", JHEP 08 (2021) 103, arXiv:2105.11462) need, as cited data in named input sets.
//
// `paper` reproduces the paper (its own numbers, and where it does not print one, the source it
// cites, at the version it cites); `current` updates the measurements that changed since
// (2025 muon g−2 world average and White Paper 2025 SM prediction, KamLAND-Zen 2024, MEG II
// 2025, JILA 2023 eEDM, XENONnT 2022 μ_ν, CMS 2022 h→ee, PDG 2024). Bracketed numbers
// ([73]) are references of the paper. A set can also be read from a JSON file
// (`NuSMEFTInputs.parse(json:)`): {"name": …, "source": …, "base": "paper", "values": {key: number}}.

/// The inputs of the νSMEFT observables. Masses in GeV, lifetimes in s.
public struct NuSMEFTInputs: Sendable, Equatable {
    /// The set's name ("paper", "current", or a file's name).
    public var name: String
    /// Where the numbers come from (a summary; each field cites its own source).
    public var source: String

    // MARK: Electroweak (sec. 2; x_j = m_j²/m_W², x_h = m_h²/m_W²)

    /// m_W = 80.377 GeV (PDG 2022, as ../shared/reference).
    public var wMass = 80.377
    /// Γ_W = 2.085 GeV (PDG 2022), in the propagator of eq. (4.33).
    public var wWidth = 2.085
    /// m_h = 125.25 GeV (PDG 2022).
    public var higgsMass = 125.25
    /// v = (√2 G_F)^{-1/2} = 246.22 GeV (sec. 1: "v ≃ 246 GeV"; G_F of PDG 2022).
    public var vev = 246.21965
    /// G_F = 1.1663788e-5 GeV⁻² (PDG 2022, from τ_μ), in eq. (4.16).
    public var fermiConstant = 1.1663788e-5
    /// α_em = 1/137.035999 (Thomson limit; CODATA 2018), e = √(4πα).
    public var alpha = 1 / 137.035999084
    /// The charged-lepton masses e, μ, τ (PDG 2022).
    public var electronMass = 0.51099895e-3, muonMass = 0.1056583755, tauMass = 1.77686
    /// τ_μ = 2.1969811e-6 s, τ_τ = 290.3e-15 s (PDG 2022), in eqs. (4.15)–(4.16), (5.2).
    public var muonLifetime = 2.1969811e-6, tauLifetime = 290.3e-15
    /// ħ = 6.582119569e-25 GeV s and ħc = 1.973269804e-14 GeV cm (CODATA 2018).
    public var hbar = 6.582119569e-25, hbarC = 1.973269804e-14
    /// N_c = 3 in eq. (4.33).
    public var colours = 3.0
    /// m_Z = 91.1876 GeV (PDG 2022): c_w = m_W/m_Z (on shell) for the photon and Z combinations of
    /// the dipoles (sec. 3.1: μ_ν of O_νB, O_νW; the O_eB, O_eW running of eqs. (3.6)–(3.7)).
    public var zMass = 91.1876
    /// m_b(m_b) = 4.18 GeV and m_t(m_t) = 162.5 GeV (MS-bar, PDG 2022): Y_d = √2 m_b/v and
    /// Y_u = √2 m_t/v of Table 2 (sec. 3.1). The MS-bar top mass reproduces the printed 0.4 of
    /// O_duνe; the pole mass 172.69 GeV gives 0.46 (NuSMEFT.md).
    public var bottomMass = 4.18, topMass = 162.5

    // MARK: Anomalous magnetic moments (sec. 1)

    /// Δa_μ = (251 ± 59)·10⁻¹¹, eq. (1.3): a_μ(exp) of eq. (1.1) [2, 3] minus the White Paper
    /// 2020 SM prediction of eq. (1.2) [4].
    public var deltaAMu = 251e-11, deltaAMuError = 59e-11
    /// Δa_e with α from Rb [31] and from Cs [30], eq. (1.5): (0.48 ± 0.30)·10⁻¹² and −(0.88 ± 0.36)·10⁻¹².
    public var deltaAeRb = 0.48e-12, deltaAeRbError = 0.30e-12
    public var deltaAeCs = -0.88e-12, deltaAeCsError = 0.36e-12
    /// |d_e| < 1.1·10⁻²⁹ e cm (90% CL), ACME 2018 [68] (sec. 5.2, eq. (5.1)).
    public var electronEDMLimit = 1.1e-29
    /// |d_μ| < 1.8·10⁻¹⁹ e cm (95% CL), Muon g−2 (BNL) 2009 [143].
    public var muonEDMLimit = 1.8e-19

    // MARK: Lepton-flavour violation (sec. 4.3)

    /// BR(μ→eγ) < 4.2·10⁻¹³ (90% CL), MEG 2016 [79].
    public var muEGammaLimit = 4.2e-13
    /// BR(τ→μγ) < 4.4·10⁻⁸ and BR(τ→eγ) < 3.3·10⁻⁸ (90% CL), BaBar 2010 (PRL 104, 021802), via PDG [35].
    public var tauMuGammaLimit = 4.4e-8, tauEGammaLimit = 3.3e-8

    // MARK: h → ℓℓ (sec. 4.1)

    /// μ_hμμ = 1.19 +0.44 −0.42, CMS 137 fb⁻¹ [73] (eq. (4.10)).
    public var higgsMuMuSignal = 1.19, higgsMuMuErrorUp = 0.44, higgsMuMuErrorDown = 0.42
    /// HL-LHC: μ_hμμ = 1.0 ± 0.1 [74].
    public var higgsMuMuHLSignal = 1.0, higgsMuMuHLError = 0.1
    /// BR(h→ee) < 3.6·10⁻⁴ (95% CL), ATLAS 139 fb⁻¹ [76].
    public var higgsEELimit = 3.6e-4
    /// BR_SM(h→ee) = 5.0·10⁻⁹: not printed in the paper (ERRATA.md); the value that turns
    /// 3.6·10⁻⁴ into the printed 268 of eq. (4.11) (the LHCHWG value, BR(h→μμ)(m_e/m_μ)², is 5.1·10⁻⁹).
    public var higgsEEStandardModel = 5.0e-9
    /// The luminosities of eq. (4.11): 139 fb⁻¹ (current) and 3 ab⁻¹ (HL-LHC).
    public var higgsEELuminosity = 139.0, higgsEEHLLuminosity = 3000.0

    // MARK: Neutrino magnetic moment (sec. 4.2)

    /// μ_ν^eff < 2.8·10⁻¹¹ μ_B (90% CL), Borexino 2017 [78].
    public var neutrinoMagneticMomentLimit = 2.8e-11

    // MARK: CKM unitarity (sec. 4.4)

    /// |V_ud^{0⁺→0⁺}|: PDG 2020 [35] 0.97370(14) and Towner–Hardy [92] 0.97373(31), eq. (4.21).
    public var vudPDG = 0.97370, vudPDGError = 0.00014
    public var vudTH = 0.97373, vudTHError = 0.00031
    /// |V_us f₊(0)| of the K_e3 and K_μ3 channels: not printed in the paper (ERRATA.md). The
    /// per-mode values of ref. [93] (M. Moulson, arXiv:1704.04104: K_L e3 0.2163(6),
    /// K_S e3 0.2155(13), K± e3 0.2172(8); K_L μ3 0.2166(6), K± μ3 0.2170(11)) averaged per
    /// lepton flavour with their errors (correlations through the form-factor slopes neglected).
    /// - Note: the per-mode values are UNVERIFIED (entered from memory; the search corpora hold
    ///   only the opening of arXiv:1704.04104, not its table). Cross-check: their weighted mean,
    ///   0.21659, agrees with the same paper's average of all modes, 0.21654(41), as quoted by
    ///   FLAG 2024 (arXiv:2411.04268, eq. (65), its ref. [275] = 1704.04104). With these values and
    ///   `formFactorChannelCorrelation` = 0 the four printed bounds of (4.22)–(4.23) are reproduced
    ///   (NuSMEFT.md, "CKM inputs").
    public var vusFPlusElectron = 0.21651, vusFPlusElectronError = 0.00045
    public var vusFPlusMuon = 0.21671, vusFPlusMuonError = 0.00053
    /// f₊^{Kπ}(0) = 0.9706(27), FLAG 2019 N_f = 2+1+1 [94] (arXiv:1902.08191).
    /// - Note: not confirmed in the search corpora (consistent with its FNAL/MILC 2019 input
    ///   0.9696(15)(12), arXiv:1809.02827).
    public var formFactor = 0.9706, formFactorError = 0.0027
    /// f_K±/f_π± = 1.1932(19), FLAG 2019 N_f = 2+1+1 [94] (arXiv:1902.08191, eq. (80); confirmed).
    public var decayConstantRatio = 1.1932, decayConstantRatioError = 0.0019
    /// |V_us/V_ud| f_K±/f_π± = 0.27599(41) from Γ(K_μ2)/Γ(π_μ2), ref. [93] (arXiv:1704.04104), as
    /// quoted by FLAG 2024 (arXiv:2411.04268, eq. (65)) and by the PDG review "Leptonic decays of
    /// charged pseudoscalar mesons" (eqs. (71.9), (71.12): ±0.00033 from the branching ratios,
    /// ±0.00024 from the radiative correction δ_K/π, in quadrature). Verified; the error was
    /// 0.00037 (from memory) before.
    public var kMu2PiMu2 = 0.27599, kMu2PiMu2Error = 0.00041
    /// ρ, the correlation of the f₊(0) error between the K_e3 and K_μ3 channels in the CKM fit
    /// (CKMUnitarity.swift): 1 = one common f₊(0) (statistically consistent), 0 = two independent
    /// V_us^{Kℓ3} determinations. The paper does not state its treatment; ρ = 0 reproduces all four
    /// printed bounds of eqs. (4.22)–(4.23) (0.0094, 0.0179, 0.0604, 0.0708 against 0.01, 0.02,
    /// 0.06, 0.07), ρ = 1 gives 0.0100, 0.0185, 0.0725, 0.0805 (NuSMEFT.md). In [0, 1].
    public var formFactorChannelCorrelation = 0.0
    /// The Δχ² of the 95% CL one-sided bound above u = 0 (eqs. (4.22)–(4.23), CKMUnitarity.swift).
    public var ckmDeltaChiSquared = 2.705543454095404

    // MARK: 0νββ of ¹³⁶Xe (sec. 4.5)

    /// V_ud in eq. (4.25) (PDG [35]).
    public var vud = 0.97370
    /// The coefficients of eq. (4.29) (NMEs of [105], phase spaces of [106]), yr⁻¹:
    /// |m_ββ/eV|² → 2.4·10⁻²⁴ and |U_e4|⁴(1 GeV/m_4)² → 23·10⁻¹⁰. Every other coefficient of
    /// (4.29) follows from these two and G₀₄/G₀₁ (DoubleBeta.swift).
    public var doubleBetaLightCoefficient = 2.4e-24, doubleBetaHeavyCoefficient = 23e-10
    /// G₀₄/G₀₁ = 0.8: not printed; the ratio that reproduces the printed −2.3 and −7.4·10⁻⁹
    /// of eq. (4.29) from eq. (4.27) (DoubleBeta.swift).
    public var phaseSpaceRatio = 0.8
    /// T₁/₂(¹³⁶Xe) > 1.07·10²⁶ yr (90% CL), KamLAND-Zen 2016 [107].
    public var doubleBetaHalfLifeLimit = 1.07e26
    /// The reach: nEXO ~10²⁸ yr [108] (sec. 4.5).
    public var doubleBetaFutureHalfLife = 1e28

    // MARK: LHC (sec. 4.6)

    /// The improvement factors of sec. 4.6 on the bound (4.45): full Run II √(140/36) ≈ 2,
    /// HL-LHC √(3000/36) ≈ 10, ATLAS+CMS combination √2.
    public var lhcRun2Factor = 2.0, lhcHLFactor = 10.0, lhcCombinationFactor = 2.0.squareRoot()

    public init(name: String, source: String) {
        self.name = name
        self.source = source
    }

    /// g = 2 m_W / v (tree level), the coupling of eqs. (4.2)–(4.3), (4.8), (4.30), (4.33).
    /// With this g the running (4.2) and the threshold (4.7) are consistent (g²v² = 4m_W²).
    @inlinable
    public var weakCoupling: Double { 2 * wMass / vev }
    /// x_h = m_h²/m_W².
    @inlinable
    public var xh: Double { (higgsMass / wMass) * (higgsMass / wMass) }
    /// e = √(4πα).
    @inlinable
    public var electricCharge: Double { (4 * Double.pi * alpha).squareRoot() }
    /// cos θ_w = m_W/m_Z and sin θ_w (on shell).
    @inlinable
    public var cosineWeakAngle: Double { wMass / zMass }
    @inlinable
    public var sineWeakAngle: Double { (1 - cosineWeakAngle * cosineWeakAngle).squareRoot() }
    /// τ_μ in GeV⁻¹.
    @inlinable
    public var muonLifetimeNatural: Double { muonLifetime / hbar }
    /// The charged-lepton mass of flavour ℓ = 0 (e), 1 (μ), 2 (τ).
    @inlinable
    public func leptonMass(_ l: Int) -> Double { l == 0 ? electronMass : l == 1 ? muonMass : tauMass }
    /// The electroweak inputs of the loop functions (same m_W, m_h).
    public var electroweak: ElectroweakInputs {
        ElectroweakInputs(name: name, wMass: wMass, higgsMass: higgsMass, source: source)
    }

    /// The paper's numbers: reproduces 000_b99ff7acfa28d225.txt.
    public static let paper = NuSMEFTInputs(
        name: "paper",
        source: "000_b99ff7acfa28d225.txt (Cirigliano et al., JHEP 2021, arXiv:2105.11462) and its refs.; masses, lifetimes: PDG 2022; CKM inputs: Moulson arXiv:1704.04104, FLAG 2019")

    /// The current numbers (each field's source below).
    public static let current: NuSMEFTInputs = {
        var s = NuSMEFTInputs(
            name: "current",
            source: "paper set updated: muon g-2 2025 (FNAL final + WP25), KamLAND-Zen 2024, nEXO pCDR, MEG II 2025, JILA 2023, XENONnT 2022, CMS 2022 h->ee, PDG 2024; CKM fit with one common f+(0)")
        // Muon g−2 Collaboration, arXiv:2506.03069 (2025): world average a_μ = 116 592 071.5(14.5)·10⁻¹¹;
        // Theory Initiative White Paper 2025, arXiv:2505.21476: a_μ^SM = 116 592 033(62)·10⁻¹¹.
        s.deltaAMu = 38.5e-11
        s.deltaAMuError = 63.7e-11
        // JILA 2023 (T. S. Roussy et al., Science 381, 46): |d_e| < 4.1·10⁻³⁰ e cm (90% CL).
        s.electronEDMLimit = 4.1e-30
        // MEG II 2025 (arXiv:2504.15711): BR(μ→eγ) < 1.5·10⁻¹³ (90% CL).
        s.muEGammaLimit = 1.5e-13
        // Belle 2021 (JHEP 10 (2021) 019): BR(τ→μγ) < 4.2·10⁻⁸ (90% CL).
        s.tauMuGammaLimit = 4.2e-8
        // CMS 2022 (arXiv:2208.00265, PLB 846 (2023) 137783): BR(h→ee) < 3.0·10⁻⁴ (95% CL), 138 fb⁻¹.
        s.higgsEELimit = 3.0e-4
        s.higgsEELuminosity = 138.0
        // LHCHWG (CERN-2017-002) BR(h→μμ) = 2.18·10⁻⁴ × (m_e/m_μ)².
        s.higgsEEStandardModel = 5.1e-9
        // XENONnT 2022 (PRL 129, 161805): μ_ν < 6.3·10⁻¹² μ_B (90% CL).
        s.neutrinoMagneticMomentLimit = 6.3e-12
        // KamLAND-Zen 2024 (arXiv:2406.11438): T₁/₂ > 3.8·10²⁶ yr (90% CL).
        s.doubleBetaHalfLifeLimit = 3.8e26
        // nEXO pre-conceptual design (arXiv:2106.16243): 1.35·10²⁸ yr (90% CL sensitivity).
        s.doubleBetaFutureHalfLife = 1.35e28
        // PDG 2024 (S. Navas et al., PRD 110, 030001): m_W, m_h, V_ud = 0.97367(32).
        s.wMass = 80.3692
        s.higgsMass = 125.20
        s.vudPDG = 0.97367
        s.vudPDGError = 0.00032
        s.vud = 0.97367
        // The statistically consistent CKM fit: one common f₊(0) for K_e3 and K_μ3 (CKMUnitarity.swift).
        s.formFactorChannelCorrelation = 1
        return s
    }()

    /// KamLAND-Zen 2022 (PRL 130, 051801, arXiv:2203.02139): T₁/₂(¹³⁶Xe) > 2.3·10²⁶ yr (90% CL).
    public static let kamLANDZen2022HalfLife = 2.3e26

    /// Every named set.
    public static let all: [NuSMEFTInputs] = [.paper, .current]

    /// The set with this name.
    /// - Throws: `.invalidArgument` for an unknown name.
    public static func named(_ name: String) throws(NuEFTError) -> NuSMEFTInputs {
        guard let set = all.first(where: { $0.name == name }) else {
            throw NuEFTError(.invalidArgument, "no νSMEFT input set named '\(name)'; known: \(all.map(\.name).joined(separator: ", "))")
        }
        return set
    }

    /// The numeric fields by JSON key (every field above that a file may set).
    nonisolated(unsafe) public static let fields: [(key: String, path: WritableKeyPath<NuSMEFTInputs, Double>)] = [
        ("wMass", \.wMass), ("wWidth", \.wWidth), ("higgsMass", \.higgsMass), ("vev", \.vev),
        ("fermiConstant", \.fermiConstant), ("alpha", \.alpha), ("electronMass", \.electronMass),
        ("muonMass", \.muonMass), ("tauMass", \.tauMass), ("muonLifetime", \.muonLifetime),
        ("tauLifetime", \.tauLifetime), ("hbar", \.hbar), ("hbarC", \.hbarC), ("colours", \.colours),
        ("zMass", \.zMass), ("bottomMass", \.bottomMass), ("topMass", \.topMass),
        ("deltaAMu", \.deltaAMu), ("deltaAMuError", \.deltaAMuError), ("deltaAeRb", \.deltaAeRb),
        ("deltaAeRbError", \.deltaAeRbError), ("deltaAeCs", \.deltaAeCs), ("deltaAeCsError", \.deltaAeCsError),
        ("electronEDMLimit", \.electronEDMLimit), ("muonEDMLimit", \.muonEDMLimit),
        ("muEGammaLimit", \.muEGammaLimit), ("tauMuGammaLimit", \.tauMuGammaLimit), ("tauEGammaLimit", \.tauEGammaLimit),
        ("higgsMuMuSignal", \.higgsMuMuSignal), ("higgsMuMuErrorUp", \.higgsMuMuErrorUp),
        ("higgsMuMuErrorDown", \.higgsMuMuErrorDown), ("higgsMuMuHLSignal", \.higgsMuMuHLSignal),
        ("higgsMuMuHLError", \.higgsMuMuHLError), ("higgsEELimit", \.higgsEELimit),
        ("higgsEEStandardModel", \.higgsEEStandardModel), ("higgsEELuminosity", \.higgsEELuminosity),
        ("higgsEEHLLuminosity", \.higgsEEHLLuminosity), ("neutrinoMagneticMomentLimit", \.neutrinoMagneticMomentLimit),
        ("vudPDG", \.vudPDG), ("vudPDGError", \.vudPDGError), ("vudTH", \.vudTH), ("vudTHError", \.vudTHError),
        ("vusFPlusElectron", \.vusFPlusElectron), ("vusFPlusElectronError", \.vusFPlusElectronError),
        ("vusFPlusMuon", \.vusFPlusMuon), ("vusFPlusMuonError", \.vusFPlusMuonError),
        ("formFactor", \.formFactor), ("formFactorError", \.formFactorError),
        ("decayConstantRatio", \.decayConstantRatio), ("decayConstantRatioError", \.decayConstantRatioError),
        ("kMu2PiMu2", \.kMu2PiMu2), ("kMu2PiMu2Error", \.kMu2PiMu2Error),
        ("formFactorChannelCorrelation", \.formFactorChannelCorrelation), ("ckmDeltaChiSquared", \.ckmDeltaChiSquared),
        ("vud", \.vud), ("doubleBetaLightCoefficient", \.doubleBetaLightCoefficient),
        ("doubleBetaHeavyCoefficient", \.doubleBetaHeavyCoefficient), ("phaseSpaceRatio", \.phaseSpaceRatio),
        ("doubleBetaHalfLifeLimit", \.doubleBetaHalfLifeLimit), ("doubleBetaFutureHalfLife", \.doubleBetaFutureHalfLife),
        ("lhcRun2Factor", \.lhcRun2Factor), ("lhcHLFactor", \.lhcHLFactor), ("lhcCombinationFactor", \.lhcCombinationFactor),
    ]

    /// Reads a set from JSON: `{"name": "...", "source": "...", "base": "paper"|"current",
    /// "values": {"deltaAMu": 2.51e-9, ...}}`. Fields not given keep the base set's values.
    /// - Throws: `.invalidArgument` for malformed JSON, an unknown base or key, a non-number, or
    ///   a value that fails `validate()`.
    public static func parse(json text: String) throws(NuEFTError) -> NuSMEFTInputs {
        let entries = try FlatWCxfReader.entries(text)
        var base = NuSMEFTInputs.paper
        if let b = entries.first(where: { $0.0 == ["base"] }) { base = try named(b.1.text) }
        var s = base
        s.name = "file"
        s.source = "file (base: \(base.name))"
        for (path, value) in entries {
            switch path.first {
            case "name": s.name = value.text
            case "source": s.source = value.text
            case "base": continue
            case "values":
                guard path.count == 2 else { throw NuEFTError(.invalidArgument, "nested value \(path.joined(separator: "."))") }
                guard let field = fields.first(where: { $0.key == path[1] }) else {
                    throw NuEFTError(.invalidArgument, "unknown νSMEFT input '\(path[1])'")
                }
                guard let x = Double(value.text) else { throw NuEFTError(.invalidArgument, "'\(path[1])' is not a number: \(value.text)") }
                s[keyPath: field.path] = x
            default: continue
            }
        }
        try s.validate()
        return s
    }

    /// The set as JSON (every field), readable by `parse(json:)`.
    public var json: String {
        var lines = ["{", "  \"name\": \"\(name)\",", "  \"source\": \"\(source)\",", "  \"values\": {"]
        for (k, f) in Self.fields.enumerated() {
            lines.append("    \"\(f.key)\": \(self[keyPath: f.path])" + (k + 1 < Self.fields.count ? "," : ""))
        }
        lines.append(contentsOf: ["  }", "}"])
        return lines.joined(separator: "\n")
    }

    /// Checks that every number is finite and that masses, lifetimes, errors and limits are > 0.
    /// - Throws: `.invalidArgument` naming the first bad field.
    public func validate() throws(NuEFTError) {
        let signed: Set<String> = ["deltaAMu", "deltaAeRb", "deltaAeCs"]
        let unit: Set<String> = ["formFactorChannelCorrelation"]
        for f in Self.fields {
            let x = self[keyPath: f.path]
            if unit.contains(f.key) {
                guard (0...1).contains(x) else { throw NuEFTError(.invalidArgument, "νSMEFT input '\(f.key)' = \(x) must be in [0, 1]") }
                continue
            }
            guard x.isFinite, signed.contains(f.key) || x > 0 else {
                throw NuEFTError(.invalidArgument, "νSMEFT input '\(f.key)' = \(x) must be finite\(signed.contains(f.key) ? "" : " and > 0")")
            }
        }
        guard phaseSpaceRatio <= 1 else { throw NuEFTError(.invalidArgument, "phaseSpaceRatio must be <= 1") }
        guard wMass < zMass else { throw NuEFTError(.invalidArgument, "wMass must be < zMass (c_w = m_W/m_Z)") }
    }
}
