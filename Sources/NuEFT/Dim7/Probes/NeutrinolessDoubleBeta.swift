// Long-range 0νββ, Sec. 4.1 and Table 5 of 002_3ba235c4befdeead.txt.

import ComplexModule
import RealModule

/// 0νββ: T_{1/2}⁻¹ = |c|² G|M|² per LEFT coefficient (eq. (4.8)), so Table 5's LEFT limits
/// at T_ref scale as (T_ref/T)^{1/2}; contributions of different LEFT operators add in
/// quadrature (the paper gives no interference terms).
public enum Dim7DoubleBeta {
    /// Table 5's rows: the LEFT coefficient (first-generation quarks, ee), in the order of
    /// `Dim7Inputs.doubleBetaLEFTLimits`.
    public static let rows: [(op: Dim7LEFTOperator, label: String)] = [
        (.duNuELLScalar, "c^S_{duνe;LL}^{11ee}"), (.duNuERLScalar, "c^S_{duνe;RL}^{11ee}"),
        (.duNuELRVector, "c^V_{duνe;LR}^{11ee}"), (.duNuERRVector, "c^V_{duνe;RR}^{11ee}"),
        (.duNuELLTensor, "c^T_{duνe;LL}^{11ee}"), (.duNuELLVector7, "c^(7)V_{LL}^{11ee}"),
        (.duNuERLVector7, "c^(7)V_{RL}^{11ee}"), (.vectorLL9, "c^(9)_{V;LL}^{ee}"), (.vectorLR9, "c^(9)_{V;LR}^{ee}"),
    ]

    /// The LEFT limits at half-life T (yr): Table 5 × (T_ref/T)^{1/2}.
    public static func leftLimits(halfLife: Double, inputs: Dim7Inputs = .paper) -> [Double] {
        inputs.doubleBetaLEFTLimits.map { $0 * inputs.doubleBetaLimitScale(halfLife: halfLife) }
    }

    /// The value of row `k` at a point.
    ///
    /// `.consistent`: the LEFT coefficient of Table 2 / eqs. (4.4)–(4.7) with the CKM matrix.
    /// `.paper` reproduces Table 5's conversions (ERRATA.md), which differ from Table 2 by:
    /// V_ud applied to c^S_RL and c^(7)V_LL but not to c^V_LR; c^V_RR twice Table 2's (C_dLueH
    /// 1.12e-5 instead of 2.25e-5 TeV⁻³); c^T with 2C_dLQLH1 + 4C_dLQLH2 (C_dLQLH2 3.41e-7
    /// instead of 6.83e-7); the dim-9 rows twice eqs. (4.6)–(4.7) (the left side read with
    /// 4G_F/(√2v): C_LHD1 9.91e-4 instead of 1.98e-3). The paper's point carries identity-CKM
    /// LEFT coefficients (`Dim7Point`), so V_ud is restored here where Table 5 uses it.
    public static func value(row k: Int, point: Dim7Point, inputs: Dim7Inputs, convention: Dim7Convention) -> Complex<Double> {
        let op = rows[k].op
        let base = op.indexCount == 4 ? point.left.complex(op, 0, 0, 0, 0) : point.left.complex(op, 0, 0)
        guard convention == .paper else { return base }
        let vud = inputs.ckm[0, 0]
        switch op {
        case .duNuERLScalar, .duNuELLVector7: return base * vud.conjugate
        case .duNuERRVector: return base.multiplied(by: 2)
        case .duNuELLTensor:
            // (√2v/32)(2C1 + 4C2)/(4G_F/√2) at 1e1e (identity CKM), C in GeV⁻³.
            let n = 2.0.squareRoot() * inputs.vev * Dim7WCxf.gevPerTeVFactor / 32 / (2 * 2.0.squareRoot() * inputs.fermiConstant)
            return (2 * point.smeft.complexValue(.dLQLH1, 0, 0, 0, 0) + 4 * point.smeft.complexValue(.dLQLH2, 0, 0, 0, 0)).multiplied(by: n)
        case .vectorLL9: return base.multiplied(by: 2) * vud * vud
        case .vectorLR9: return base.multiplied(by: 2) * vud
        default: return base
        }
    }

    /// The 0νββ channels (one group, "KamLAND-Zen"): Table 5's nine LEFT coefficients and,
    /// for O_LH, δm_ν^{ee} = −(v/2)(v³C_LH^{ee}) against the m_ββ limit (Sec. 5; ERRATA.md:
    /// this gives Λ_LH ≈ 3.7×10³ TeV where the paper quotes 1.9×10¹² TeV).
    public static func channels(inputs: Dim7Inputs, convention: Dim7Convention) -> [Dim7Channel] {
        let now = leftLimits(halfLife: inputs.doubleBetaHalfLife, inputs: inputs)
        let later = inputs.doubleBetaFutureHalfLife.map { leftLimits(halfLife: $0, inputs: inputs) }
        var out: [Dim7Channel] = []
        for k in rows.indices {
            out.append(Dim7Channel(.doubleBeta, group: "KamLAND-Zen", label: rows[k].label, limit: now[k], future: later?[k]) {
                value(row: k, point: $0, inputs: inputs, convention: convention)
            })
        }
        let mbb = inputs.effectiveMajoranaMassLimit
        out.append(Dim7Channel(.doubleBeta, group: "KamLAND-Zen", label: "δm_ν^{ee} (m_ββ)",
                               limit: mbb * inputs.doubleBetaLimitScale(halfLife: inputs.doubleBetaHalfLife),
                               future: inputs.doubleBetaFutureHalfLife.map { mbb * inputs.doubleBetaLimitScale(halfLife: $0) }) {
            $0.left.complex(.neutrinoMass, 0, 0)
        })
        return out
    }
}
