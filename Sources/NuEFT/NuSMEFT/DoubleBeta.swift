// Neutrinoless double beta decay of ¹³⁶Xe: eqs. (4.25)–(4.29) of 000_b99ff7acfa28d225.txt.
//
// The amplitude structure of eqs. (4.27)–(4.28), for any n: A_L collects the light-neutrino
// exchange (m_ββ, eq. (4.26)) and C_1L^(9), A_R collects C_1R^(9) (eq. (4.25)), and
//     T⁻¹ = g_A⁴ {G₀₁(|A_L|² + |A_R|²) − 2(G₀₁ − G₀₄) Re(A_L* A_R)}.
// The paper gives the NMEs only through the numbers of eq. (4.29) (n = 1, NMEs of [105],
// phase spaces of [106]). Normalized to G₀₁ g_A⁴ = 1 and written for any n:
//     A_L = a (m_ββ/1 eV) + b Σ_j U_ej² (1 GeV/m_j),   A_R = (b/4) Σ_j ([v²C̄]_je*)² (1 GeV/m_j),
// with a² = 2.4·10⁻²⁴ yr⁻¹ and b² = 23·10⁻¹⁰ yr⁻¹ (the |m_ββ|² and |U_e4|⁴ coefficients of
// (4.29)); b/4 because C_1R/C_1L = (v²C̄*)²/(4U²) at equal masses (eq. (4.25)), and a, b of
// the same sign because the m_ββ–U cross term of (4.29) is positive. Expanding for n = 1 gives
// every other coefficient of (4.29): 2ab·10⁹ = 1.49·10⁻⁷ (printed 1.5·10⁻⁷), (1 − r)ab·10⁹/2
// = 7.4·10⁻⁹ (printed 7.4·10⁻⁹), (1 − r) b²/2 = 2.3·10⁻¹⁰ (printed 2.3), b²/16 = 1.44·10⁻¹⁰
// (printed 1.4) with r = G₀₄/G₀₁ = 0.8, the value that the printed 2.3 and 7.4 both imply.
// ERRATA.md: m_ββ/m_4 in (4.29) is a ratio in common units; the (1 GeV/m_4)² terms take m_4 in GeV.
// Limits (sec. 4.5) use the C_1R term alone: T⁻¹ = |A_R|².

import ComplexModule
import RealModule

extension NuSMEFTState {
    /// C_1L^(9) = −2v V_ud² Σ_j U_ej²/m_j: eq. (4.25) of 000_b99ff7acfa28d225.txt (dimensionless).
    @inlinable @inline(__always)
    public func doubleBetaC1L(inputs: NuSMEFTInputs) -> Complex<Double> {
        let re = mixingRe[0] * mixingRe[0] - mixingIm[0] * mixingIm[0], im = 2 * mixingRe[0] * mixingIm[0]
        let k = -2 * inputs.vev * inputs.vud * inputs.vud
        return Complex(k * (re * inverseMass).sum(), k * (im * inverseMass).sum())
    }

    /// C_1R^(9) = −(v⁵/2) V_ud² Σ_j [C̄_Hνe]*_je (1/m_j) [C̄_Hνe]*_je: eq. (4.25) of
    /// 000_b99ff7acfa28d225.txt (dimensionless).
    @inlinable @inline(__always)
    public func doubleBetaC1R(inputs: NuSMEFTInputs) -> Complex<Double> {
        let cr = coefficientRe[0], ci = -coefficientIm[0]
        let re = cr * cr - ci * ci, im = 2 * cr * ci
        let v = inputs.vev
        let k = -0.5 * v * v * v * v * v * inputs.vud * inputs.vud
        return Complex(k * (re * inverseMass).sum(), k * (im * inverseMass).sum())
    }

    /// (A_L, A_R) of eqs. (4.27)–(4.28) of 000_b99ff7acfa28d225.txt in the normalization of
    /// eq. (4.29) (yr^{-1/2}; see the top of the file).
    @inlinable @inline(__always)
    public func doubleBetaAmplitudes(inputs: NuSMEFTInputs) -> (left: Complex<Double>, right: Complex<Double>) {
        let a = inputs.doubleBetaLightCoefficient.squareRoot(), b = inputs.doubleBetaHeavyCoefficient.squareRoot()
        let ure = mixingRe[0] * mixingRe[0] - mixingIm[0] * mixingIm[0], uim = 2 * mixingRe[0] * mixingIm[0]
        let v2 = inputs.vev * inputs.vev
        let cr = coefficientRe[0] * v2, ci = -coefficientIm[0] * v2
        let cre = cr * cr - ci * ci, cim = 2 * cr * ci
        let mbb = effectiveMajoranaMass * Complex(1e9)   // in eV
        let left = Complex(a * mbb.real + b * (ure * inverseMass).sum(), a * mbb.imaginary + b * (uim * inverseMass).sum())
        let right = Complex(0.25 * b * (cre * inverseMass).sum(), 0.25 * b * (cim * inverseMass).sum())
        return (left, right)
    }

    /// [T₁/₂^0ν(¹³⁶Xe)]⁻¹ in yr⁻¹: eq. (4.27) of 000_b99ff7acfa28d225.txt with the amplitudes
    /// above (for n = 1 exactly eq. (4.29) with the re-derived coefficients).
    @inlinable @inline(__always)
    public func doubleBetaInverseHalfLife(inputs: NuSMEFTInputs) -> Double {
        let (l, r) = doubleBetaAmplitudes(inputs: inputs)
        let cross = l.real * r.real + l.imaginary * r.imaginary
        return l.lengthSquared + r.lengthSquared - 2 * (1 - inputs.phaseSpaceRatio) * cross
    }

    /// The C_1R^(9) term alone, |A_R|² (yr⁻¹): the last term of eq. (4.29), which sec. 4.5 of
    /// 000_b99ff7acfa28d225.txt uses for limits.
    @inlinable @inline(__always)
    public func doubleBetaRightHandedInverseHalfLife(inputs: NuSMEFTInputs) -> Double {
        doubleBetaAmplitudes(inputs: inputs).right.lengthSquared
    }
}

/// The coefficients of eq. (4.29) re-derived from the two inputs and G₀₄/G₀₁.
public enum NuSMEFTDoubleBeta {
    /// (|m_ββ|², Re(m_ββ U*²)/m_4, Re(m_ββ c²)/m_4, |U|⁴, Re(c²U²), |c|⁴) coefficients of
    /// eq. (4.29) of 000_b99ff7acfa28d225.txt (yr⁻¹; the last three in units of 10⁻¹⁰ (1 GeV/m_4)²),
    /// signed as printed: 2.4e-24, 1.5e-7, −7.4e-9, 23, −2.3, 1.4.
    public static func coefficients(inputs: NuSMEFTInputs) -> [Double] {
        let a = inputs.doubleBetaLightCoefficient.squareRoot(), b = inputs.doubleBetaHeavyCoefficient.squareRoot()
        let r = inputs.phaseSpaceRatio
        return [a * a, 2 * a * b * 1e9, -(1 - r) * a * b / 2 * 1e9, b * b / 1e-10, -(1 - r) * b * b / 2 / 1e-10, b * b / 16 / 1e-10]
    }
}
