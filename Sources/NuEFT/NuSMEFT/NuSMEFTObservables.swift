// The observables one νSMEFT point yields, in the fixed order of the batch, C and Python
// outputs (`NuSMEFTObservable`), and the scalar evaluation of a point.

import ComplexModule
import RealModule

/// The outputs per point, in this order (raw value = output row of a batch).
public enum NuSMEFTObservable: Int32, Sendable, CaseIterable {
    /// Δa_e, Δa_μ, Δa_τ: eq. (3.11).
    case deltaAe = 0, deltaAMu, deltaATau
    /// d_e, d_μ, d_τ in e·cm (sec. 3.2).
    case edmE, edmMu, edmTau
    /// BR(μ → eγ), BR(τ → μγ), BR(τ → eγ): eqs. (4.14)–(4.15).
    case brMuEGamma, brTauMuGamma, brTauEGamma
    /// |y_ℓ^eff/y_ℓ^SM| for e, μ, τ: eqs. (4.7)–(4.8); μ_hℓℓ is its square.
    case yukawaRatioE, yukawaRatioMu, yukawaRatioTau
    /// An upper bound on max |[μ_ν]_ij| in μ_B: eq. (4.13) with unitarity (MagneticMoments.swift).
    case neutrinoMagneticMomentBound
    /// G_F^(μ)/G_F^(0), V_ud^{0⁺→0⁺}/V_ud, |V_us|^{Ke3}/|V_us|, |V_us|^{Kμ3}/|V_us|: eqs. (4.17)–(4.20).
    case fermiConstantRatio, vudRatio, vusKe3Ratio, vusKmu3Ratio
    /// C_1L^(9), C_1R^(9) (real, imaginary): eq. (4.25).
    case c1LRe, c1LIm, c1RRe, c1RIm
    /// [T₁/₂^0ν(¹³⁶Xe)]⁻¹ in yr⁻¹: eq. (4.27) (all terms), and its C_1R part (the limit's term).
    case inverseHalfLife, inverseHalfLifeRightHanded
    /// (|U_ℓj|² + |v²C̄_jℓ|²/4)/CMS limit, max over j, for e and μ: eq. (4.45), Tables 3–4.
    case lhcRatioE, lhcRatioMu
    /// Σ_α|U_αj|² over the bound of eq. (4.30), max over j.
    case perturbativityRatio
    /// The χ² of `NuSMEFTLikelihood`.
    case chiSquared

    /// The number of outputs per point.
    public static let count = allCases.count

    /// A short name (column names of the scan and the Python API).
    public var name: String {
        switch self {
        case .deltaAe: "delta_a_e"
        case .deltaAMu: "delta_a_mu"
        case .deltaATau: "delta_a_tau"
        case .edmE: "edm_e"
        case .edmMu: "edm_mu"
        case .edmTau: "edm_tau"
        case .brMuEGamma: "br_mu_e_gamma"
        case .brTauMuGamma: "br_tau_mu_gamma"
        case .brTauEGamma: "br_tau_e_gamma"
        case .yukawaRatioE: "yukawa_ratio_e"
        case .yukawaRatioMu: "yukawa_ratio_mu"
        case .yukawaRatioTau: "yukawa_ratio_tau"
        case .neutrinoMagneticMomentBound: "neutrino_magnetic_moment_bound"
        case .fermiConstantRatio: "fermi_constant_ratio"
        case .vudRatio: "vud_ratio"
        case .vusKe3Ratio: "vus_ke3_ratio"
        case .vusKmu3Ratio: "vus_kmu3_ratio"
        case .c1LRe: "c1l_re"
        case .c1LIm: "c1l_im"
        case .c1RRe: "c1r_re"
        case .c1RIm: "c1r_im"
        case .inverseHalfLife: "inverse_half_life"
        case .inverseHalfLifeRightHanded: "inverse_half_life_c1r"
        case .lhcRatioE: "lhc_ratio_e"
        case .lhcRatioMu: "lhc_ratio_mu"
        case .perturbativityRatio: "perturbativity_ratio"
        case .chiSquared: "chi_squared"
        }
    }
}

extension NuSMEFTState {
    /// Every observable of the point, in `NuSMEFTObservable` order, written through `store`.
    @inlinable @inline(__always)
    public func evaluate(inputs: NuSMEFTInputs, options: NuSMEFTLikelihood, store: (Int, Double) -> Void) {
        let ae = anomalousMagneticMoment(0, inputs: inputs), amu = anomalousMagneticMoment(1, inputs: inputs)
        store(0, ae)
        store(1, amu)
        store(2, anomalousMagneticMoment(2, inputs: inputs))
        let de = electricDipoleMoment(0, inputs: inputs)
        store(3, de)
        store(4, electricDipoleMoment(1, inputs: inputs))
        store(5, electricDipoleMoment(2, inputs: inputs))
        let meg = radiativeBranchingRatio(from: 1, to: 0, inputs: inputs)
        let tmg = radiativeBranchingRatio(from: 2, to: 1, inputs: inputs)
        let teg = radiativeBranchingRatio(from: 2, to: 0, inputs: inputs)
        store(6, meg)
        store(7, tmg)
        store(8, teg)
        let ye = yukawaRatio(0, inputs: inputs), ymu = yukawaRatio(1, inputs: inputs)
        store(9, ye)
        store(10, ymu)
        store(11, yukawaRatio(2, inputs: inputs))
        let mnu = magneticMomentBound(inputs: inputs)
        store(12, mnu)
        let ckm = ckmShifts()
        store(13, ckm.fermi)
        store(14, ckm.vud)
        store(15, ckm.vusKe3)
        store(16, ckm.vusKmu3)
        let c1l = doubleBetaC1L(inputs: inputs), c1r = doubleBetaC1R(inputs: inputs)
        store(17, c1l.real)
        store(18, c1l.imaginary)
        store(19, c1r.real)
        store(20, c1r.imaginary)
        let (al, ar) = doubleBetaAmplitudes(inputs: inputs)
        let tr = ar.lengthSquared
        let tinv = al.lengthSquared + tr - 2 * (1 - inputs.phaseSpaceRatio) * (al.real * ar.real + al.imaginary * ar.imaginary)
        store(21, tinv)
        store(22, tr)
        let lhcE = lhcRatio(0, inputs: inputs), lhcMu = lhcRatio(1, inputs: inputs)
        store(23, lhcE)
        store(24, lhcMu)
        store(25, perturbativityRatio(inputs: inputs))
        store(26, options.chiSquared(deltaAe: ae, deltaAMu: amu, muonYukawaRatio: ymu, electronYukawaRatio: ye,
                                     electronEDM: de, muEGamma: meg, tauMuGamma: tmg, tauEGamma: teg,
                                     inverseHalfLife: tr, lhcRatioE: lhcE, lhcRatioMu: lhcMu,
                                     electronMixing: heavyMixing(0), muonMixing: heavyMixing(1), inputs: inputs))
    }
}

extension NuSMEFT {
    /// Every observable of one point (`NuSMEFTObservable` order); the scalar reference of the batch
    /// kernel, with which it agrees bit for bit.
    /// - Throws: the per-point status of the batch (NaN/±∞ input, non-positive Λ or mass, x_j
    ///   outside the loop-function domain) as `NuEFTError`.
    public static func observables(_ p: NuSMEFTPoint, inputs: NuSMEFTInputs = .paper,
                                   likelihood: NuSMEFTLikelihood = .init()) throws(NuEFTError) -> [Double] {
        let status = NuSMEFTBatch.recordStatus(p.sterileCount, inputs: inputs) { p.flat[$0] }
        guard status == .ok else { throw NuEFTError(status, "νSMEFT point") }
        let s = NuSMEFTState(p, inputs: inputs)
        var out = [Double](repeating: .nan, count: NuSMEFTObservable.count)
        s.evaluate(inputs: inputs, options: likelihood) { out[$0] = $1 }
        return out
    }
}

/// The namespace of the νSMEFT physics of 000_b99ff7acfa28d225.txt.
public enum NuSMEFT {}
