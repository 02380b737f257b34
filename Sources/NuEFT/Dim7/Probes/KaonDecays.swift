// LNV K → πνν and K_L → νν, Sec. 4.4.1 and Table 9 of 002_3ba235c4befdeead.txt.

import ComplexModule
import RealModule

/// Kaon decays through c^{S,dsαβ}_{dν;LL}, c^{S,sdαβ}_{dν;LL} (eqs. (4.39)–(4.55)).
public enum Dim7KaonDecays {
    /// ∫₀^{(m_K−m_π)²} ds s λ^{1/2}(m_K², m_π², s) in GeV⁶, the integral of eqs. (4.50)–(4.51).
    /// With s = s₋(1 − u²), s₋ = (m_K − m_π)², s₊ = (m_K + m_π)², the integrand
    /// 2s₋^{3/2} u² s √(s₊ − s) is smooth on u ∈ [0, 1]; composite Simpson with 2048 panels
    /// is exact to ~1e-15 relative.
    public static func phaseSpaceIntegral(kaonMass mK: Double, pionMass mPi: Double) -> Double {
        let sMinus = (mK - mPi) * (mK - mPi), sPlus = (mK + mPi) * (mK + mPi)
        func f(_ u: Double) -> Double {
            let s = sMinus * (1 - u * u)
            return s * (sPlus - s).squareRoot() * 2 * sMinus * sMinus.squareRoot() * u * u
        }
        let panels = 2048
        let h = 1.0 / Double(panels)
        var sum = f(0) + f(1)
        for k in 1..<panels { sum += f(Double(k) * h) * (k % 2 == 1 ? 4 : 2) }
        return sum * h / 3
    }

    /// J₁^{K⁺} of eq. (4.51): B²/(Γ_K⁺ 2⁸ π³ m_K⁺³) ∫ds s λ^{1/2} (GeV⁴).
    public static func j1ChargedKaon(inputs: Dim7Inputs = .paper) -> Double {
        let gamma = inputs.hbar / inputs.kaonChargedLifetime
        let m = inputs.kaonChargedMass
        return inputs.chiralB * inputs.chiralB / (gamma * 256 * Double.pi * Double.pi * Double.pi * m * m * m)
            * phaseSpaceIntegral(kaonMass: m, pionMass: inputs.pionChargedMass)
    }

    /// J₁^{K_L} of eq. (4.50): B²/(Γ_K_L 2⁹ π³ m_K_L³) ∫ds s λ^{1/2} (GeV⁴).
    public static func j1LongKaon(inputs: Dim7Inputs = .paper) -> Double {
        let gamma = inputs.hbar / inputs.kaonLongLifetime
        let m = inputs.kaonLongMass
        return inputs.chiralB * inputs.chiralB / (gamma * 512 * Double.pi * Double.pi * Double.pi * m * m * m)
            * phaseSpaceIntegral(kaonMass: m, pionMass: inputs.pionNeutralMass)
    }

    /// The coefficient k in B = k |C_dLQLH1|² (C in GeV⁻³) under assumption (4.42) with α = β
    /// and no quark mixing, from eqs. (4.48)–(4.51) and Table 2: K⁺: J₁ v²/8; K_L: J₁ v²/4.
    /// The paper's eqs. (4.52)–(4.53) print 13.0/G_F³ and 58.8/G_F³, ≈ 8.2× these (with the CKM
    /// factors V_cs² + V_ud² of Table 2 the ratio is 8.7; ERRATA.md). Their ratio agrees.
    public static func firstPrinciplesCoefficients(inputs: Dim7Inputs = .paper) -> (chargedPion: Double, neutralPion: Double) {
        let v2 = inputs.vev * inputs.vev
        return (j1ChargedKaon(inputs: inputs) * v2 / 8, j1LongKaon(inputs: inputs) * v2 / 4)
    }

    /// Eqs. (4.52)–(4.53): 13.0/G_F³ (K⁺) and 58.8/G_F³ (K_L) in GeV⁶.
    public static func paperCoefficients(inputs: Dim7Inputs = .paper) -> (chargedPion: Double, neutralPion: Double) {
        let g3 = inputs.fermiConstant * inputs.fermiConstant * inputs.fermiConstant
        return (13.0 / g3, 58.8 / g3)
    }

    /// The coefficient of eq. (4.43), B(K_L → νν) = k |C|², k = 0.014 (m_K_L/Γ_K_L)(B F_0)²/G_F
    /// (GeV⁴; with C in GeV⁻³). `.paper` multiplies by 1000, the factor Table 9 needs
    /// (ERRATA.md: MeV vs GeV): Λ 12.8 TeV instead of 4.0 TeV.
    public static func invisibleCoefficient(inputs: Dim7Inputs = .paper, convention: Dim7Convention) -> Double {
        let gamma = inputs.hbar / inputs.kaonLongLifetime
        let bf = inputs.chiralB * inputs.chiralF0
        return 0.014 * inputs.kaonLongMass / gamma * bf * bf / inputs.fermiConstant * (convention == .paper ? 1000 : 1)
    }

    /// The NP branching ratio each mode allows: the limit minus SM + 1σ, as the paper does
    /// (K⁺: 1.7e-10 − 9.4e-11; K_L → π⁰: the lower KOTO end 4e-10 − 4.0e-11); future: NA62 10%
    /// of the SM rate, KOTO 1e-10.
    public static func allowedBranchingRatios(inputs: Dim7Inputs = .paper)
        -> (chargedPion: Double, neutralPion: Double, invisible: Double, chargedPionFuture: Double, neutralPionFuture: Double) {
        (inputs.kPlusLimit - inputs.kPlusSM - inputs.kPlusSMError, inputs.kLongPiLimit - inputs.kLongPiSM - inputs.kLongPiSMError,
         inputs.kLongInvisibleLimit, inputs.kPlusFutureLimit, inputs.kLongPiFutureLimit)
    }

    /// Channels: groups "K+ -> pi+ nu nu" (eq. (4.49): x = √(J₁(1 − δ_αβ/2)) (4G_F/√2) c for
    /// c^{ds αβ} and c^{sd αβ}), "K_L -> pi0 nu nu" (eq. (4.48): the sum c^{ds} + c^{sd}) and
    /// "K_L -> nu nu" (eq. (4.43) with C_eff = (c^{sdαα} + c^{dsαα}) · 4G_F/v, α = β only),
    /// against √(allowed NP branching ratio). The QCD factor of eq. (4.41) multiplies c
    /// (`inputs.kaonQCDFactor`, 1 in the paper's tables).
    ///
    /// `.consistent`: eqs. (4.48)–(4.51) with the J₁ integrals. `.paper`: the same amplitudes
    /// rescaled by √(k_paper/k_first-principles) so that the (4.42) configuration gives the
    /// printed eqs. (4.52)–(4.53) — this reproduces Table 9.
    public static func channels(inputs: Dim7Inputs, convention: Dim7Convention) -> [Dim7Channel] {
        let j1p = j1ChargedKaon(inputs: inputs), j1l = j1LongKaon(inputs: inputs)
        let fp = firstPrinciplesCoefficients(inputs: inputs), pp = paperCoefficients(inputs: inputs)
        let scaleP = convention == .paper ? (pp.chargedPion / fp.chargedPion).squareRoot() : 1
        let scaleL = convention == .paper ? (pp.neutralPion / fp.neutralPion).squareRoot() : 1
        let norm = 4 * inputs.fermiConstant / 2.0.squareRoot() * inputs.kaonQCDFactor
        let allowed = allowedBranchingRatios(inputs: inputs)
        let inv = invisibleCoefficient(inputs: inputs, convention: convention).squareRoot()
        let ceff = 4 * inputs.fermiConstant / inputs.vev
        var out: [Dim7Channel] = []
        for a in 0..<3 {
            for b in a..<3 {
                let sym = a == b ? 0.5 : 1.0
                let wp = (j1p * sym).squareRoot() * norm * scaleP
                let wl = (j1l * sym).squareRoot() * norm * scaleL
                let label = "\(flavourLabel(a))\(flavourLabel(b))"
                out.append(Dim7Channel(.kaonDecays, group: "K+ -> pi+ nu nu", label: "c^S_{dν;LL}^{ds\(label)}",
                                       limit: allowed.chargedPion.squareRoot(), future: allowed.chargedPionFuture.squareRoot()) {
                    $0.left.complex(.dNuLLScalar, 0, 1, a, b).multiplied(by: wp)
                })
                out.append(Dim7Channel(.kaonDecays, group: "K+ -> pi+ nu nu", label: "c^S_{dν;LL}^{sd\(label)}",
                                       limit: allowed.chargedPion.squareRoot(), future: allowed.chargedPionFuture.squareRoot()) {
                    $0.left.complex(.dNuLLScalar, 1, 0, a, b).multiplied(by: wp)
                })
                out.append(Dim7Channel(.kaonDecays, group: "K_L -> pi0 nu nu", label: "c^S_{dν;LL}^{ds+sd,\(label)}",
                                       limit: allowed.neutralPion.squareRoot(), future: allowed.neutralPionFuture.squareRoot()) {
                    ($0.left.complex(.dNuLLScalar, 0, 1, a, b) + $0.left.complex(.dNuLLScalar, 1, 0, a, b)).multiplied(by: wl)
                })
                if a == b {
                    out.append(Dim7Channel(.kaonDecays, group: "K_L -> nu nu", label: "C_eff^{\(label)} (4.43)",
                                           limit: allowed.invisible.squareRoot(), future: nil) {
                        ($0.left.complex(.dNuLLScalar, 0, 1, a, a) + $0.left.complex(.dNuLLScalar, 1, 0, a, a)).multiplied(by: ceff * inv * inputs.kaonQCDFactor)
                    })
                }
            }
        }
        return out
    }
}
