// Sec. 3.1 of 000_b99ff7acfa28d225.txt: the dimension-six νSMEFT operators other than O_Hνe.
//
// (i)   the naive estimates of Table 2: b_i by power counting, Δa_ℓ = (4m_ℓ/v) Re(b_i v²C_i) (3.4),
//       with L = (4π)⁻² and Y_{e,d,u} = √2 m_{ℓ,b,t}/v; the ratio Δa_ℓ/(𝒞_i Δa_ℓ^expt), 𝒞_i = v²C_i,
//       as a polynomial in Y_ν;
// (ii)  the light-neutrino magnetic moment of O_νB, O_νW (eq. (4.12), first form) and the bound
//       v²|U*_ℓi [C_νB,νW]_ℓS U*_Sj| ≲ 10⁻⁶ it implies;
// (iii) the leading-log O_LνLe → O_eB, O_eW → photon dipole estimate of eqs. (3.6)–(3.7);
// (iv)  O_duνe through its Table 2 entry.
// These are order-of-magnitude statements in the paper; what is and is not reproduced is
// recorded at each function and in NuSMEFT.md.

import ComplexModule
import RealModule

/// The operators of Table 2 of 000_b99ff7acfa28d225.txt (one column each; O_uν and O_dν share a
/// column, as do O_νB and O_νW). Raw values are the C ABI's `op`.
public enum NuSMEFTTable2Operator: Int32, Sendable, CaseIterable {
    case lnuH = 0, hnu, hnue, nunu, unuDnu, enu, dunue, nuBW, qnu, lnu, lnuLe, lnuQd, ldQnu, quNuL

    /// The operator's name as in Table 2 (C_LνH, …), ASCII: "LnuH", "Hnu", … (Python names).
    public var name: String {
        switch self {
        case .lnuH: "LnuH"
        case .hnu: "Hnu"
        case .hnue: "Hnue"
        case .nunu: "nunu"
        case .unuDnu: "unu_dnu"
        case .enu: "enu"
        case .dunue: "dunue"
        case .nuBW: "nuB_nuW"
        case .qnu: "Qnu"
        case .lnu: "Lnu"
        case .lnuLe: "LnuLe"
        case .lnuQd: "LnuQd"
        case .ldQnu: "LdQnu"
        case .quNuL: "QunuL"
        }
    }

    /// One monomial L^loops Y_e^e Y_d^d Y_u^u Y_ν^ν of b_i.
    public struct Monomial: Sendable, Equatable {
        public let loops: Int, electronYukawa: Int, downYukawa: Int, upYukawa: Int, neutrinoYukawa: Int
    }

    /// b_i of Table 2 (row "b_i") as a sum of monomials; {Y_νY_ν†, L} is L²Y_e Y_νY_ν† + L³Y_e.
    public var monomials: [Monomial] {
        func m(_ l: Int, e: Int = 0, d: Int = 0, u: Int = 0, nu: Int = 0) -> Monomial {
            Monomial(loops: l, electronYukawa: e, downYukawa: d, upYukawa: u, neutrinoYukawa: nu)
        }
        switch self {
        case .lnuH: return [m(2, e: 1, nu: 1)]                 // L² Y_ν† Y_e
        case .hnu, .enu, .lnu: return [m(2, e: 1)]             // L² Y_e
        case .hnue: return [m(1, nu: 1)]                       // L Y_ν
        case .nunu: return [m(3, e: 1, nu: 2)]                 // L³ Y_e Y_ν† Y_ν
        case .unuDnu, .qnu: return [m(2, e: 1, nu: 2), m(3, e: 1)]   // L² Y_e {Y_ν Y_ν†, L}
        case .dunue: return [m(2, d: 1, u: 1, nu: 1)]          // L² Y_u† Y_d Y_ν
        case .nuBW: return [m(1, e: 1, nu: 1)]                 // L Y_ν† Y_e
        case .lnuLe: return [m(2, nu: 1)]                      // L² Y_ν†
        case .lnuQd, .ldQnu: return [m(2, e: 1, d: 1, nu: 1)]  // L² Y_d† Y_ν† Y_e
        case .quNuL: return [m(2, e: 1, u: 1, nu: 1)]          // L² Y_u† Y_e† Y_ν
        }
    }
}

/// The normalisation of the Table 2 ratios.
public enum NuSMEFTTable2Normalization: Int32, Sendable, CaseIterable {
    /// Eq. (3.4) as printed: Δa_ℓ = (4m_ℓ/v) b_i 𝒞_i.
    case equation34 = 0
    /// Eq. (3.4) times 1/√2: the normalisation that reproduces every printed entry of Table 2
    /// (reconstructed; with `.equation34` the entries with a mantissa, 3·10³, 4·10⁴, 0.4, 6, 2,
    /// 0.1, 20, 300, come out √2 larger). The paper does not say where the 1/√2 comes from; every
    /// such entry has one power of Y_ν, so M_D = vY_ν/√2 (eq. (2.4)) is a candidate.
    case printedTable = 1
}

/// The estimates of sec. 3.1 of 000_b99ff7acfa28d225.txt.
public enum NuSMEFTDimensionSix {
    /// The coefficients c_k of Δa_ℓ/(𝒞_i Δa_ℓ^expt) = Σ_k c_k Y_ν^{p_k} (Table 2, rows 3–4), with
    /// Δa_ℓ = (4m_ℓ/v) b_i 𝒞_i (eq. (3.4)), L = 1/(16π²), Y_e = √2 m_ℓ/v, Y_d = √2 m_b/v,
    /// Y_u = √2 m_t/v (sec. 3.1). Δa^expt: Δa_μ of eq. (1.3) for ℓ = μ; |Δa_e^Cs| of eq. (1.5) for
    /// ℓ = e (the reference of eq. (3.7); the Rb value would double the electron row).
    /// - Parameters: lepton 0 (e) or 1 (μ).
    /// - Throws: `.invalidArgument` for another lepton.
    public static func table2Coefficients(_ op: NuSMEFTTable2Operator, lepton l: Int, inputs c: NuSMEFTInputs = .paper,
                                          normalization: NuSMEFTTable2Normalization = .equation34) throws(NuEFTError)
        -> [(coefficient: Double, neutrinoYukawaPower: Int)] {
        guard l == 0 || l == 1 else { throw NuEFTError(.invalidArgument, "lepton \(l): Table 2 has e (0) and μ (1)") }
        let m = c.leptonMass(l), v = c.vev
        let loop = 1 / (16 * Double.pi * Double.pi)
        let ye = 2.0.squareRoot() * m / v, yd = 2.0.squareRoot() * c.bottomMass / v, yu = 2.0.squareRoot() * c.topMass / v
        let experiment = l == 1 ? c.deltaAMu : abs(c.deltaAeCs)
        let norm = normalization == .printedTable ? 1 / 2.0.squareRoot() : 1
        return op.monomials.map { t in
            let b = Double.pow(loop, t.loops) * Double.pow(ye, t.electronYukawa) * Double.pow(yd, t.downYukawa) * Double.pow(yu, t.upYukawa)
            return (norm * 4 * m / v * b / experiment, t.neutrinoYukawa)
        }
    }

    /// Δa_ℓ/(𝒞_i Δa_ℓ^expt) of Table 2 at a (real, positive) neutrino Yukawa Y_ν: Σ_k c_k Y_ν^{p_k}.
    /// - Throws: `.invalidArgument` for a lepton other than 0, 1.
    public static func table2Ratio(_ op: NuSMEFTTable2Operator, lepton l: Int, neutrinoYukawa y: Double, inputs: NuSMEFTInputs = .paper,
                                   normalization: NuSMEFTTable2Normalization = .equation34) throws(NuEFTError) -> Double {
        try table2Coefficients(op, lepton: l, inputs: inputs, normalization: normalization)
            .reduce(0) { $0 + $1.coefficient * Double.pow(y, $1.neutrinoYukawaPower) }
    }

    // MARK: (ii) neutrino magnetic moments of O_νB, O_νW

    /// [μ_ν]_ij = −2√2 v U*_αi [c_w C_νB + s_w C_νW]_αS U*_Sj in units of μ_B = e/(2m_e), for the
    /// light states i, j = 0, 1, 2: eq. (4.12) (first form) of 000_b99ff7acfa28d225.txt, line ~326.
    /// - Note: eq. (4.12) as printed has no v and is dimensionally inconsistent (ERRATA.md); with
    ///   the factor v (H⁰ = v/√2 in O_νB = (L̄σν_R)H̃B) it reproduces the "v²|U* C U*| ≲ 10⁻⁶" of
    ///   sec. 3.1 (`dipoleBound`), which is the choice made here.
    /// - Parameters:
    ///   - dipoleB, dipoleW: [C_νB]_αS, [C_νW]_αS (3 × n, α-major) in GeV⁻².
    ///   - lightMixing: U_αi (3 × 3, α-major); sterileMixing: U_Si (n × 3, S-major).
    /// - Returns: [μ_ν]_ij (3 × 3, i-major).
    /// - Throws: `.invalidArgument` for inconsistent sizes or n outside 1…4.
    public static func neutrinoMagneticMoment(dipoleB: [Complex<Double>], dipoleW: [Complex<Double>], lightMixing: [Complex<Double>],
                                              sterileMixing: [Complex<Double>], inputs c: NuSMEFTInputs = .paper) throws(NuEFTError) -> [Complex<Double>] {
        let n = dipoleB.count / 3
        guard (1...NuSMEFTPoint.maxSterileCount).contains(n), dipoleB.count == 3 * n, dipoleW.count == 3 * n,
              lightMixing.count == 9, sterileMixing.count == 3 * n else {
            throw NuEFTError(.invalidArgument, "need C_νB, C_νW: 3n, U_αi: 9, U_Si: 3n entries (n = 1…4)")
        }
        let cw = c.cosineWeakAngle, sw = c.sineWeakAngle
        let muB = c.electricCharge / (2 * c.electronMass)
        let k = -2 * 2.0.squareRoot() * c.vev / muB
        return NuSMEFTMagneticMoments.lightMatrix(
            sterileCount: n, active: { a, i in lightMixing[a * 3 + i].conjugate },
            coupling: { a, s in (dipoleB[a * n + s] * Complex(cw) + dipoleW[a * n + s] * Complex(sw)) * Complex(k) },
            sterile: { s, j in sterileMixing[s * 3 + j].conjugate })
    }

    /// The largest v²|U*_ℓi [C_νB]_ℓS U*_Sj| (`weak` false) or v²|U*_ℓi [C_νW]_ℓS U*_Sj| (`weak` true)
    /// that the μ_ν limit (`neutrinoMagneticMomentLimit`, μ_B) allows through
    /// [μ_ν] = −2√2 v c_w (s_w) U* C U* (eq. (4.12), `neutrinoMagneticMoment`):
    /// μ_lim (e/2m_e) v / (2√2 c_w) (s_w). The paper: "≲ 10⁻⁶" (sec. 3.1); Borexino gives
    /// 8.2·10⁻⁷ (C_νB) and 1.5·10⁻⁶ (C_νW).
    public static func dipoleBound(weak: Bool, inputs c: NuSMEFTInputs = .paper) -> Double {
        let muB = c.electricCharge / (2 * c.electronMass)
        let mixing = weak ? c.sineWeakAngle : c.cosineWeakAngle
        return c.neutrinoMagneticMomentLimit * muB * c.vev / (2 * 2.0.squareRoot() * mixing)
    }

    // MARK: (iii) O_LνLe: leading-log running into the photon dipole

    /// dC_eB/d ln μ and dC_eW/d ln μ of eq. (3.6) of 000_b99ff7acfa28d225.txt for a given
    /// X = Σ_{S,t} [C_LνLe]_ℓStℓ [Y_ν*]_tS (GeV⁻²): (½ g₁ y_ℓ X, −¼ g X)/(16π²), y_ℓ = −1/2,
    /// g₁ = e/c_w, g = e/s_w. Their photon combination c_w Ċ_eB − s_w Ċ_eW vanishes (sec. 3.1).
    public static func lnuLeDipoleBeta(_ x: Complex<Double>, inputs c: NuSMEFTInputs = .paper) -> (eB: Complex<Double>, eW: Complex<Double>) {
        let (g1, g) = couplings(c)
        let k = 1 / (16 * Double.pi * Double.pi)
        return (x * Complex(0.5 * g1 * (-0.5) * k), x * Complex(-0.25 * g * k))
    }

    /// The gauge part of the O_eB, O_eW anomalous dimensions, 16π² dC/d ln μ = γ C:
    /// (γ_BB, γ_BW, γ_WB, γ_WW) = (¼(151/3 g₁² − 9g²), −(3/2) g g₁, −½ g g₁, (1/12)(3g₁² − 11g²)).
    /// Source: R. Alonso, E. Jenkins, A. Manohar, M. Trott, arXiv:1312.2014 (RGE III), as
    /// implemented in the public `wilson` package (wilson/run/smeft/beta.py, Beta["eB"], Beta["eW"]);
    /// refs. [66, 67] of the paper are parts I and II of that series. The Yukawa terms of C_eB and
    /// C_eW are equal on both (γ_H) or O(y_ℓ²) and drop out of the photon combination.
    public static func dipoleGaugeMixing(inputs c: NuSMEFTInputs = .paper) -> (bb: Double, bw: Double, wb: Double, ww: Double) {
        let (g1, g) = couplings(c)
        return (0.25 * (151.0 / 3 * g1 * g1 - 9 * g * g), -1.5 * g * g1, -0.5 * g * g1, (3 * g1 * g1 - 11 * g * g) / 12)
    }

    /// The leading-log coefficient K_ℓ of eq. (3.7): Δa_ℓ/Δa_ℓ^expt ≃ K_ℓ v² Re X ln²(m_4/Λ), with
    /// X = Σ [C_LνLe]_ℓStℓ [Y_ν*]_tS. Two steps of running from Λ (where C_eB = C_eW = 0): eq. (3.6)
    /// gives C_eB,W = β_B,W t (t = ln(μ/Λ)), whose photon combination vanishes; the gauge mixing
    /// (`dipoleGaugeMixing`) then gives C_eγ ≡ c_w C_eB − s_w C_eW = (t²/2)[c_w(γ_BB β_B + γ_BW β_W)
    /// − s_w(γ_WB β_B + γ_WW β_W)]/(16π²) at μ = m_4, L_eγ = (v/√2) C_eγ and Δa_ℓ = (4m_ℓ/e) Re L_eγ
    /// (eq. (3.2)). Δa^expt: Δa_μ (ℓ = μ), Δa_e^Cs (ℓ = e), as in eq. (3.7).
    /// - Note: the paper prints K_μ = 0.2 and K_e = −2.8; this gives −0.85 and +11.7 (their ratio,
    ///   −14, agrees). The sign depends on the sign conventions of the covariant derivative and of
    ///   Y_ν (both flip all of (3.6)); the magnitude is 4.24 ≈ 3√2 times the printed one, which is
    ///   not reproduced (NuSMEFT.md lists what was tried).
    /// - Throws: `.invalidArgument` for a lepton other than 0, 1.
    public static func lnuLeLeadingLogCoefficient(lepton l: Int, inputs c: NuSMEFTInputs = .paper) throws(NuEFTError) -> Double {
        guard l == 0 || l == 1 else { throw NuEFTError(.invalidArgument, "lepton \(l): eq. (3.7) has e (0) and μ (1)") }
        let beta = lnuLeDipoleBeta(Complex(1), inputs: c)   // per unit X (GeV⁻²)
        let gamma = dipoleGaugeMixing(inputs: c)
        let cw = c.cosineWeakAngle, sw = c.sineWeakAngle
        let k = 1 / (16 * Double.pi * Double.pi)
        let bB = beta.eB.real, bW = beta.eW.real
        // C_eγ per unit X and per unit t²: ½ [c_w(γ_BB β_B + γ_BW β_W) − s_w(γ_WB β_B + γ_WW β_W)]/(16π²).
        let photon = 0.5 * k * (cw * (gamma.bb * bB + gamma.bw * bW) - sw * (gamma.wb * bB + gamma.ww * bW))
        let v = c.vev
        // Δa = (4m/e)(v/√2) C_eγ, with X = (v² X)/v².
        let deltaA = 4 * c.leptonMass(l) / c.electricCharge * v / 2.0.squareRoot() * photon / (v * v)
        return deltaA / (l == 1 ? c.deltaAMu : c.deltaAeCs)
    }

    /// Δa_ℓ of eq. (3.7) at m_4 and Λ (GeV) for v²X (complex, dimensionless):
    /// Δa_ℓ^expt K_ℓ Re(v²X) ln²(m_4/Λ) (`lnuLeLeadingLogCoefficient`).
    /// - Throws: `.invalidArgument` for a lepton other than 0, 1 or m_4, Λ not > 0.
    public static func lnuLeDeltaA(lepton l: Int, coefficient vvx: Complex<Double>, mass m4: Double, scale lambda: Double,
                                   inputs c: NuSMEFTInputs = .paper) throws(NuEFTError) -> Double {
        guard m4 > 0, lambda > 0 else { throw NuEFTError(.invalidArgument, "m_4 and Λ must be > 0") }
        let k = try lnuLeLeadingLogCoefficient(lepton: l, inputs: c)
        let log = Double.log(m4 / lambda)
        return (l == 1 ? c.deltaAMu : c.deltaAeCs) * k * vvx.real * log * log
    }

    /// (g₁, g) = (e/c_w, e/s_w) with the on-shell angle.
    @inlinable
    static func couplings(_ c: NuSMEFTInputs) -> (Double, Double) {
        (c.electricCharge / c.cosineWeakAngle, c.electricCharge / c.sineWeakAngle)
    }
}

extension NuSMEFTDimensionSix {
    /// `table2Ratio` for every Y_ν of a buffer. A NaN, ±∞ or negative Y_ν gives NaN and
    /// `.nanInput`, `.infiniteInput` or `.outOfDomain` (Y_ν is a magnitude, ≥ 0).
    /// - Returns: `.ok` or `.somePointsFailed`.
    /// - Throws: `.lengthMismatch`; `.invalidArgument` for a lepton other than 0, 1 or an input set
    ///   that fails `validate()`. `out` may alias the input.
    @discardableResult
    public static func table2Ratio(_ op: NuSMEFTTable2Operator, lepton l: Int, neutrinoYukawa y: UnsafeBufferPointer<Double>,
                                   into out: UnsafeMutableBufferPointer<Double>, status: UnsafeMutableBufferPointer<NuEFTStatus>? = nil,
                                   inputs: NuSMEFTInputs = .paper, normalization: NuSMEFTTable2Normalization = .equation34) throws(NuEFTError) -> NuEFTStatus {
        guard out.count == y.count, status.map({ $0.count == y.count }) ?? true else {
            throw NuEFTError(.lengthMismatch, "Y_ν, the output and the status need the same length")
        }
        try inputs.validate()
        let terms = try table2Coefficients(op, lepton: l, inputs: inputs, normalization: normalization)
        var failures = 0
        for i in 0..<y.count {
            let x = y[i]
            let code: NuEFTStatus = x.isNaN ? .nanInput : x.isInfinite ? .infiniteInput : x < 0 ? .outOfDomain : .ok
            status?[i] = code
            if code == .ok {
                out[i] = terms.reduce(0) { $0 + $1.coefficient * Double.pow(x, $1.neutrinoYukawaPower) }
            } else {
                out[i] = .nan
                failures += 1
            }
        }
        return failures == 0 ? .ok : .somePointsFailed
    }
}
