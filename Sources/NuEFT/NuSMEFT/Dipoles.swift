// Dipole observables of the right-handed current O_Hνe: Δa_ℓ (eq. (3.11)), d_ℓ (sec. 3.2),
// the flavour-changing dipoles L_αβ (eq. (4.14)), BR(ℓ_β → ℓ_α γ) (eqs. (4.15)–(4.16)) and
// BR(μ → eγ)_min (eq. (5.2)) of 000_b99ff7acfa28d225.txt.
//
// Sign (ERRATA.md): with eq. (3.11) a positive Δa_ℓ with U_ℓ4 > 0 needs [C̄]_4ℓ < 0. Sec. 5.1
// uses −1/Λ² for Δa_μ (consistent); sec. 5.2 assigns +1/Λ² to the positive Δa_e^Rb band, the
// opposite sign. NuEFT implements eq. (3.11) as printed; the scan (NuSMEFTScan.swift) takes
// the sign that gives the band's sign for each panel, i.e. −1/Λ² for Rb, +1/Λ² for Cs.

import ComplexModule
import RealModule

extension NuSMEFTState {
    /// Δa_ℓ = −2m_ℓ/(4π)² Σ_j m_j w(x_j) Re(U_ℓj [C̄_Hνe]_jℓ).
    /// Eq. (3.11) of 000_b99ff7acfa28d225.txt; ℓ = 0, 1, 2 for e, μ, τ.
    @inlinable @inline(__always)
    public func anomalousMagneticMoment(_ l: Int, inputs: NuSMEFTInputs) -> Double {
        let p = product(l, l)
        return -2 * inputs.leptonMass(l) / (16 * Double.pi * Double.pi) * (mass * w * p.re).sum()
    }

    /// d_ℓ in e·cm: eq. (3.11) times −e/(2m_ℓ) with Re → Im (sec. 3.2 of 000_b99ff7acfa28d225.txt),
    /// d_ℓ/e = (4π)⁻² Σ_j m_j w(x_j) Im(U_ℓj [C̄_Hνe]_jℓ) · ħc.
    @inlinable @inline(__always)
    public func electricDipoleMoment(_ l: Int, inputs: NuSMEFTInputs) -> Double {
        let p = product(l, l)
        return (mass * w * p.im).sum() / (16 * Double.pi * Double.pi) * inputs.hbarC
    }

    /// L_αβ = −e/(32π²) Σ_j U_αj m_j [C̄_Hνe]_jβ w(x_j) in GeV⁻¹.
    /// Eq. (4.14) of 000_b99ff7acfa28d225.txt.
    @inlinable @inline(__always)
    public func dipoleCoefficient(_ alpha: Int, _ beta: Int, inputs: NuSMEFTInputs) -> Complex<Double> {
        let p = product(alpha, beta)
        let k = -inputs.electricCharge / (32 * Double.pi * Double.pi)
        return Complex(k * (mass * w * p.re).sum(), k * (mass * w * p.im).sum())
    }

    /// BR(ℓ_β → ℓ_α γ) = τ_β m_β³/(4π) (|L_αβ|² + |L_βα|²), first line of eq. (4.15) of
    /// 000_b99ff7acfa28d225.txt (for μ → eγ; τ → μγ and τ → eγ with τ_τ, m_τ). β > α.
    @inlinable @inline(__always)
    public func radiativeBranchingRatio(from beta: Int, to alpha: Int, inputs: NuSMEFTInputs) -> Double {
        let lifetime = (beta == 1 ? inputs.muonLifetime : inputs.tauLifetime) / inputs.hbar
        let m = inputs.leptonMass(beta)
        let a = dipoleCoefficient(alpha, beta, inputs: inputs), b = dipoleCoefficient(beta, alpha, inputs: inputs)
        return lifetime * m * m * m / (4 * Double.pi) * (a.lengthSquared + b.lengthSquared)
    }
}

/// Closed forms of the dipole section that do not depend on a point.
public enum NuSMEFTDipoles {
    /// Γ̂_μ of eq. (4.16) of 000_b99ff7acfa28d225.txt: τ_μ⁻¹ = G_F² m_μ⁵/(192π³) Γ̂_μ solved
    /// for Γ̂_μ with the measured τ_μ (the paper: 0.996).
    public static func muonDecayFactor(inputs: NuSMEFTInputs) -> Double {
        let width = inputs.hbar / inputs.muonLifetime
        let m = inputs.muonMass
        let pi3 = Double.pi * Double.pi * Double.pi, m5 = m * m * m * m * m
        return width * 192 * pi3 / (inputs.fermiConstant * inputs.fermiConstant * m5)
    }

    /// BR(μ → eγ) in the second form of eq. (4.15):
    /// 3α/(8πΓ̂_μ) (|Σ_j U_μj (m_j/m_μ) [v²C̄]_je w(x_j)|² + |Σ_j U_ej (m_j/m_μ) [v²C̄]_jμ w(x_j)|²),
    /// equal to the first form when Γ̂_μ comes from eq. (4.16) and v = (√2 G_F)^{-1/2}.
    public static func muEGammaSecondForm(_ s: NuSMEFTState, inputs: NuSMEFTInputs) -> Double {
        let v2 = inputs.vev * inputs.vev, mmu = inputs.muonMass
        func term(_ a: Int, _ b: Int) -> Double {
            let p = s.product(a, b)
            let f = s.mass / mmu * v2 * s.w
            return (f * p.re).sum() * (f * p.re).sum() + (f * p.im).sum() * (f * p.im).sum()
        }
        return 3 * inputs.alpha / (8 * Double.pi * muonDecayFactor(inputs: inputs)) * (term(1, 0) + term(0, 1))
    }

    /// BR(μ → eγ)_min = τ_μ α m_μ³/8 |Δa_e Δa_μ/(m_e m_μ)|: eq. (5.2) of
    /// 000_b99ff7acfa28d225.txt, the smallest BR(μ → eγ) of one sterile state that explains both
    /// Δa_e and Δa_μ (the paper: ≃ 1.4·10⁻⁴ with Δa_e^Cs; ERRATA.md: it evaluates to 1.47·10⁻⁴).
    public static func minimalMuEGamma(deltaAe: Double, deltaAMu: Double, inputs: NuSMEFTInputs) -> Double {
        let m = inputs.muonMass
        return inputs.muonLifetimeNatural * inputs.alpha * m * m * m / 8 * abs(deltaAe * deltaAMu / (inputs.electronMass * m))
    }

    /// The bound on |Σ_j (m_j/v) w(x_j) Im(U_ej [v²C̄_Hνe]_je)| from |d_e| < limit: eq. (5.1) of
    /// 000_b99ff7acfa28d225.txt (the paper: 2.2·10⁻¹¹ with ACME 2018), d_e/e = X/((4π)² v) ħc.
    public static func edmCombinationBound(inputs: NuSMEFTInputs) -> Double {
        inputs.electronEDMLimit * 16 * Double.pi * Double.pi * inputs.vev / inputs.hbarC
    }

    /// The coefficient of the νSMEFT line of eq. (6.1) of 000_b99ff7acfa28d225.txt:
    /// Δa_ℓ = (m_ℓ/m_μ) Re[−k Σ_j (m_j/m_W) w(x_j) U_ℓj C̃_jℓ] with C̃ = Λ² C̄ at Λ = 1 TeV,
    /// k = 2 m_μ m_W/((4π)² (1 TeV)²) (the paper: 1.1·10⁻⁷).
    public static func conclusionCoefficient(inputs: NuSMEFTInputs) -> Double {
        2 * inputs.muonMass * inputs.wMass / (16 * Double.pi * Double.pi * 1e6)
    }
}
