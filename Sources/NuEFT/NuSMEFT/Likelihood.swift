// A χ² per point that combines the measured quantities (Δa_μ, Δa_e, μ_hμμ) and the limits of
// 000_b99ff7acfa28d225.txt. A value type with no global state: thread-safe, and the batch
// kernel evaluates it per point.
//
// Measurements: Gaussian terms ((x − x_exp)/σ)², μ_hμμ with the asymmetric error of eq. (4.10)
// (the upper error above the central value). Limits: a quantity Q quadratic in the new-physics
// amplitude (a BR, T⁻¹, |y_e/y_SM|², (d_e)², the LHC combination) with an upper limit Q_lim at a
// CL whose two-sided Gaussian quantile is z (90%: 1.645, 95%: 1.96) contributes z² Q/Q_lim: the
// χ² of a Gaussian amplitude centred at zero whose |amplitude|² = Q_lim gives Δχ² = z². CKM
// unitarity (sec. 4.4): optionally (`ckm`, off by default) the fit's χ²(u_e, u_μ) − χ²(0, 0),
// profiled over |V_us| in closed form (NuSMEFTCKM.Fit, CKMUnitarity.swift), with
// u_α = Σ_j |U_αj|². Off by default so that χ² values of existing callers (and of the `paper` set)
// stay as they were; the scan's classification does not use the χ² at all. μ_ν is a bound only
// and does not enter.

/// The options of the χ² (and of the scan's classification).
public struct NuSMEFTLikelihood: Sendable, Equatable {
    /// Which Δa_e (eq. (1.5)) the electron term uses.
    public enum ElectronReference: Int32, Sendable, CaseIterable {
        case rubidium = 0, cesium = 1, none = 2
    }

    /// Whether and with which V_ud^{0⁺→0⁺} (eq. (4.21)) the CKM-unitarity term enters.
    /// Raw values are the C ABI's `ckm_term` (`NUEFT_NUSMEFT_CKM_*`).
    public enum CKMTerm: Int32, Sendable, CaseIterable {
        case off = 0, pdg = 1, townerHardy = 2

        /// The V_ud source of the fit, nil when off.
        public var vudSource: NuSMEFTCKM.VudSource? {
            switch self {
            case .off: nil
            case .pdg: .pdg
            case .townerHardy: .townerHardy
            }
        }
    }

    public var electronReference: ElectronReference
    /// Include Δa_μ (eq. (1.3)).
    public var includeMuon: Bool
    /// Include the limits (else only the measurements).
    public var includeLimits: Bool
    /// The CKM-unitarity term (sec. 4.4); `.off` by default (see the top of the file).
    public var ckm: CKMTerm

    public init(electronReference: ElectronReference = .rubidium, includeMuon: Bool = true, includeLimits: Bool = true,
                ckm: CKMTerm = .off) {
        self.electronReference = electronReference
        self.includeMuon = includeMuon
        self.includeLimits = includeLimits
        self.ckm = ckm
    }

    /// The CKM term on lanes: χ²(u_e, u_μ) − χ²(0, 0) of NuSMEFTCKM (eqs. (4.17)–(4.23) of
    /// 000_b99ff7acfa28d225.txt), u_α = Σ_j|U_αj|²; zero when `ckm` is `.off`. One call per vector
    /// in the batch kernel, the same code for the scalar reference (bitwise equal per lane).
    @inlinable
    public func ckmChiSquared<V: DoubleLanes>(electronMixing ue: V, muonMixing um: V, inputs: NuSMEFTInputs) -> V {
        guard let source = ckm.vudSource else { return V(repeating: 0) }
        return NuSMEFTCKM.Fit(vud: source, inputs: inputs).deltaChiSquared(electron: ue, muon: um)
    }

    /// 90% and 95% CL two-sided Gaussian quantiles.
    public static let z90 = 1.6448536269514722, z95 = 1.959963984540054

    /// The χ² of one point's observables (see the top of the file).
    @inlinable
    public func chiSquared(deltaAe: Double, deltaAMu: Double, muonYukawaRatio: Double, electronYukawaRatio: Double,
                           electronEDM: Double, muEGamma: Double, tauMuGamma: Double, tauEGamma: Double,
                           inverseHalfLife: Double, lhcRatioE: Double, lhcRatioMu: Double,
                           electronMixing: Double, muonMixing: Double, inputs: NuSMEFTInputs) -> Double {
        var chi2 = 0.0
        if includeMuon {
            let r = (deltaAMu - inputs.deltaAMu) / inputs.deltaAMuError
            chi2 += r * r
        }
        switch electronReference {
        case .rubidium:
            let r = (deltaAe - inputs.deltaAeRb) / inputs.deltaAeRbError
            chi2 += r * r
        case .cesium:
            let r = (deltaAe - inputs.deltaAeCs) / inputs.deltaAeCsError
            chi2 += r * r
        case .none: break
        }
        let mu = muonYukawaRatio * muonYukawaRatio
        let sigma = mu > inputs.higgsMuMuSignal ? inputs.higgsMuMuErrorUp : inputs.higgsMuMuErrorDown
        let rh = (mu - inputs.higgsMuMuSignal) / sigma
        chi2 += rh * rh
        if includeLimits {
            let z90 = Self.z90 * Self.z90, z95 = Self.z95 * Self.z95
            let ee = NuSMEFTHiggs.electronYukawaLimits(inputs: inputs).current
            chi2 += z95 * (electronYukawaRatio * electronYukawaRatio) / (ee * ee)
            chi2 += z90 * (electronEDM * electronEDM) / (inputs.electronEDMLimit * inputs.electronEDMLimit)
            chi2 += z90 * (muEGamma / inputs.muEGammaLimit + tauMuGamma / inputs.tauMuGammaLimit + tauEGamma / inputs.tauEGammaLimit)
            chi2 += z90 * inverseHalfLife * inputs.doubleBetaHalfLifeLimit
            chi2 += z95 * (lhcRatioE + lhcRatioMu)
        }
        chi2 += ckmChiSquared(electronMixing: SIMD2(repeating: electronMixing), muonMixing: SIMD2(repeating: muonMixing), inputs: inputs)[0]
        return chi2
    }
}
