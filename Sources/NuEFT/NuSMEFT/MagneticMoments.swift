// Magnetic moments of the light neutrinos induced by O_Hνe: eqs. (4.12)–(4.13) of
// 000_b99ff7acfa28d225.txt.
//
// ERRATA.md: eq. (4.12) is dimensionally inconsistent as printed; NuEFT implements eq. (4.13)
// with y_ℓ = m_ℓ/v, which gives 4.5·10⁻¹¹ μ_B for α = μ (printed 4.4·10⁻¹¹).

import ComplexModule
import RealModule

public enum NuSMEFTMagneticMoments {
    /// The coefficient 8/(4π)² y_α y_e of eq. (4.13) (in μ_B), y = m/v (the paper: 4.4·10⁻¹¹ for α = μ).
    public static func coefficient(_ alpha: Int, inputs: NuSMEFTInputs) -> Double {
        8 / (16 * Double.pi * Double.pi) * (inputs.leptonMass(alpha) / inputs.vev) * (inputs.electronMass / inputs.vev)
    }

    /// [μ_ν]_ij = 8/(4π)² Σ_{α,S} y_α y_e U*_Sj [v²C*_Hνe]_Sα U*_αi μ_B for the light states
    /// i, j = 0, 1, 2 (eq. (4.13) of 000_b99ff7acfa28d225.txt), from the full mixing of a
    /// factorized mass matrix. Row-major 3×3, in μ_B.
    public static func matrix(mixing: NeutrinoMixing, coefficients: [Complex<Double>], inputs: NuSMEFTInputs) -> [Complex<Double>] {
        let v2 = inputs.vev * inputs.vev
        return lightMatrix(sterileCount: mixing.sterileCount, active: { a, i in mixing.active(a, i).conjugate },
                           coupling: { a, s in Complex(coefficient(a, inputs: inputs) * v2) * coefficients[s * 3 + a].conjugate },
                           sterile: { s, j in mixing.sterile(s, j).conjugate })
    }

    /// Σ_{α,S} A_αi X_αS B_Sj for the light states i, j = 0, 1, 2 (row-major 3×3): the flavour
    /// contraction of both μ_ν forms, eq. (4.12) (X = C_νB, C_νW) and eq. (4.13) (X ∝ C*_Hνe),
    /// with A = U*_αi, B = U*_Sj.
    static func lightMatrix(sterileCount n: Int, active: (Int, Int) -> Complex<Double>, coupling: (Int, Int) -> Complex<Double>,
                            sterile: (Int, Int) -> Complex<Double>) -> [Complex<Double>] {
        var out = [Complex<Double>](repeating: .zero, count: 9)
        for i in 0..<3 {
            for j in 0..<3 {
                var sum = Complex<Double>.zero
                for a in 0..<3 {
                    for s in 0..<n { sum += active(a, i) * coupling(a, s) * sterile(s, j) }
                }
                out[i * 3 + j] = sum
            }
        }
        return out
    }
}

extension NuSMEFTState {
    /// An upper bound on max_ij |[μ_ν]_ij| (μ_B) from the heavy-state inputs alone:
    /// |U_αi| ≤ 1 and |U_Sj| ≤ √(1 − Σ_{heavy k}|U_Sk|²) for light j (unitarity) in eq. (4.13)
    /// of 000_b99ff7acfa28d225.txt: 8/(4π)² (m_e/v) Σ_S √(1 − Σ_k|U_Sk|²) Σ_α (m_α/v)|v²C_Sα|.
    /// To compare with Borexino's μ_ν^eff < 2.8·10⁻¹¹ μ_B [78].
    @inlinable @inline(__always)
    public func magneticMomentBound(inputs: NuSMEFTInputs) -> Double {
        8 / (16 * Double.pi * Double.pi) * (inputs.electronMass / inputs.vev) * magneticMomentWeight
    }
}
