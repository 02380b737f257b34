// h → ℓℓ in the νSMEFT: the lepton-mass threshold (eq. (4.7)), the running of m_ℓ and y_ℓ
// (eqs. (4.2)–(4.3)), the effective Yukawa coupling (eq. (4.8)) and the limits of
// eqs. (4.10)–(4.11) of 000_b99ff7acfa28d225.txt.
//
// Procedure (sec. 4.1 and ERRATA.md): C_Hνe alone is generated at μ_r = Λ (C_eH(Λ) = 0). The
// measured m_ℓ fixes m_ℓ(Λ) through eq. (4.7) at μ_r = Λ; y_ℓ(Λ) = m_ℓ(Λ)/v; y_ℓ runs to μ_r
// with eq. (4.3) (the text's "solution of eq. (4.2)" means the Yukawa's equation (4.3)), whose
// right-hand side does not depend on y, so the solution is exact:
//     y_ℓ(μ_r) = y_ℓ(Λ) − ½ g²v/(4π)² Σ_j K_j (x_h + 3x_j − 9) ln(Λ/μ_r),  K_j = U_ℓj [C̄]_jℓ m_j;
// eq. (4.8) then gives y_ℓ^eff, independent of μ_r (tested). At μ_r = m_W the logarithms of
// (4.7)–(4.8) vanish and the brackets are T(x_j) and B(x_h, x_j) of YukawaBrackets.swift.
// With g = 2m_W/v (tree level) the running (4.2) and the threshold (4.7) are consistent.
//
// Below threshold (m_j < m_h/2) B has an imaginary (absorptive) part from f1, f2 and the β
// terms (ERRATA.md). NuEFT keeps it: y_eff is the complex amplitude, and |y_eff|² enters
// μ_hℓℓ. The SM normalization is y_SM = m_ℓ/v; a complex m_ℓ(Λ) (complex couplings) only
// rephases the lepton, and |y_eff|·v/m_ℓ is rephasing-invariant.

import ComplexModule
import RealModule

extension NuSMEFTState {
    /// K_j = U_ℓj [C̄_Hνe]_jℓ m_j (GeV⁻¹), the combination of eqs. (4.2)–(4.8).
    @inlinable @inline(__always)
    func yukawaWeights(_ l: Int) -> (re: Lanes, im: Lanes) {
        let p = product(l, l)
        return (p.re * mass, p.im * mass)
    }

    /// m_ℓ(μ_r) from the measured m_ℓ: eq. (4.7) of 000_b99ff7acfa28d225.txt solved for m_ℓ(μ_r),
    /// m_ℓ(μ_r) = m_ℓ + m_W²/(4π)² Σ_j [T(x_j) + (x_j − 3) ln(μ_r²/m_W²)] K_j.
    @inlinable @inline(__always)
    public func runningMass(_ l: Int, at muR: Double, inputs: NuSMEFTInputs) -> Complex<Double> {
        let k = yukawaWeights(l)
        let log = 2 * Double.log(muR / inputs.wMass)
        let bracket = threshold + (x - 3) * log
        let c = inputs.wMass * inputs.wMass / (16 * Double.pi * Double.pi)
        return Complex(inputs.leptonMass(l) + c * (bracket * k.re).sum(), c * (bracket * k.im).sum())
    }

    /// y_ℓ(μ_r) from y_ℓ(Λ) = m_ℓ(Λ)/v, the solution of eq. (4.3) of 000_b99ff7acfa28d225.txt
    /// (exact: its right-hand side does not depend on y_ℓ).
    @inlinable @inline(__always)
    public func runningYukawa(_ l: Int, at muR: Double, inputs: NuSMEFTInputs) -> Complex<Double> {
        let k = yukawaWeights(l)
        let g2 = inputs.weakCoupling * inputs.weakCoupling
        let c = 0.5 * g2 * inputs.vev / (16 * Double.pi * Double.pi) * Double.log(scale / muR)
        let factor = Lanes(repeating: inputs.xh) + 3 * x - 9
        return runningMass(l, at: scale, inputs: inputs) / Complex(inputs.vev)
            - Complex(c * (factor * k.re).sum(), c * (factor * k.im).sum())
    }

    /// y_ℓ^eff of eq. (4.8) of 000_b99ff7acfa28d225.txt evaluated at the renormalization scale μ_r:
    /// y_ℓ(μ_r) − ¼ g²v/(4π)² Σ_j K_j {(x_h + 3x_j − 9) ln(μ_r²/m_W²) + B(x_h, x_j)}, with the
    /// complex B (absorptive part below threshold). Independent of μ_r (tested).
    @inlinable @inline(__always)
    public func effectiveYukawa(_ l: Int, at muR: Double, inputs: NuSMEFTInputs) -> Complex<Double> {
        let k = yukawaWeights(l)
        let g2 = inputs.weakCoupling * inputs.weakCoupling
        let c = 0.25 * g2 * inputs.vev / (16 * Double.pi * Double.pi)
        let log = 2 * Double.log(muR / inputs.wMass)
        let re = (Lanes(repeating: inputs.xh) + 3 * x - 9) * log + bracketRe
        let sumRe = (k.re * re - k.im * bracketIm).sum(), sumIm = (k.re * bracketIm + k.im * re).sum()
        return runningYukawa(l, at: muR, inputs: inputs) - Complex(c * sumRe, c * sumIm)
    }

    /// |y_ℓ^eff/y_ℓ^SM| with y_ℓ^SM = m_ℓ/v: the closed form of eqs. (4.7)–(4.8) of
    /// 000_b99ff7acfa28d225.txt with μ_r = m_W (one logarithm, L = ln(Λ²/m_W²)):
    /// v y_eff = m_ℓ + m_W²/(4π)² Σ_j K_j [T_j + (x_j − 3)L] − g²v²/(4(4π)²) Σ_j K_j [(x_h + 3x_j − 9)L + B_j].
    @inlinable @inline(__always)
    public func yukawaRatio(_ l: Int, inputs: NuSMEFTInputs) -> Double {
        let k = yukawaWeights(l)
        let L = logScale
        let mw2 = inputs.wMass * inputs.wMass
        let cm = mw2 / (16 * Double.pi * Double.pi)
        let g2v2 = inputs.weakCoupling * inputs.weakCoupling * inputs.vev * inputs.vev
        let cy = 0.25 * g2v2 / (16 * Double.pi * Double.pi)
        let massBracket = threshold + (x - 3) * L
        let yRe = (Lanes(repeating: inputs.xh) + 3 * x - 9) * L + bracketRe
        let re = cm * (massBracket * k.re).sum() - cy * (k.re * yRe - k.im * bracketIm).sum()
        let im = cm * (massBracket * k.im).sum() - cy * (k.re * bracketIm + k.im * yRe).sum()
        let m = inputs.leptonMass(l)
        let a: Double = m + re
        return (a * a + im * im).squareRoot() / m
    }
}

/// The h → ℓℓ limits of sec. 4.1 of 000_b99ff7acfa28d225.txt.
public enum NuSMEFTHiggs {
    /// |y_e^eff/y_e^SM| ≤ √(BR_lim/BR_SM(h→ee)): eq. (4.11) of 000_b99ff7acfa28d225.txt, current
    /// (the paper: 268) and HL-LHC, scaled by √(L_current/L_HL) (the paper: 58; ERRATA.md).
    public static func electronYukawaLimits(inputs: NuSMEFTInputs) -> (current: Double, highLuminosity: Double) {
        let current = (inputs.higgsEELimit / inputs.higgsEEStandardModel).squareRoot()
        return (current, current * (inputs.higgsEELuminosity / inputs.higgsEEHLLuminosity).squareRoot())
    }

    /// Whether μ_hμμ is excluded at `sigmas` standard deviations by the CMS measurement
    /// 1.19 +0.44 −0.42 (eq. (4.10)) or, with `highLuminosity`, by the HL-LHC 1.0 ± 0.1 [74].
    /// ERRATA.md: the paper's 700 GeV edge corresponds to 1σ; the CL is a parameter.
    @inlinable
    public static func muonExcluded(signalStrength mu: Double, sigmas: Double, highLuminosity: Bool, inputs: NuSMEFTInputs) -> Bool {
        if highLuminosity {
            return abs(mu - inputs.higgsMuMuHLSignal) > sigmas * inputs.higgsMuMuHLError
        }
        return mu > inputs.higgsMuMuSignal + sigmas * inputs.higgsMuMuErrorUp
            || mu < inputs.higgsMuMuSignal - sigmas * inputs.higgsMuMuErrorDown
    }
}
