// LNV non-standard interactions at long-baseline oscillation experiments, Sec. 4.3 and
// Tables 7–8 of 002_3ba235c4befdeead.txt (vector limits of its ref. [93]).

import ComplexModule
import RealModule

/// KamLAND and MINOS: Table 7's vector limits on c^{V,11st}_{duνe;LR/RR}, and the scalar and
/// tensor limits of Table 8 from the quasi-elastic cross sections (4.29), (4.31), (4.32):
/// the rate scales with σ, so c_lim(X) = c_lim(V) √(σ_V/σ_X).
public enum Dim7Oscillations {
    /// √(σ_V/σ_S) = √((g_V² + 3g_A²)/g_S²), eqs. (4.29), (4.31): 2.37 (Table 8: 0.040/0.017).
    public static func scalarToVectorRatio(inputs: Dim7Inputs = .paper) -> Double {
        ((inputs.gV * inputs.gV + 3 * inputs.gA * inputs.gA) / (inputs.gS * inputs.gS)).squareRoot()
    }

    /// √(σ_V/σ_T). `.consistent`: eq. (4.32), σ_T ∝ 12g_T², ratio 0.70. `.paper`: Table 8's
    /// tensor limits are 2.41 × the vector ones, i.e. σ_T ∝ g_T² without the 12 (ERRATA.md).
    public static func tensorToVectorRatio(inputs: Dim7Inputs = .paper, convention: Dim7Convention) -> Double {
        let factor = convention == .paper ? 1.0 : 12.0
        return ((inputs.gV * inputs.gV + 3 * inputs.gA * inputs.gA) / (factor * inputs.gT * inputs.gT)).squareRoot()
    }

    /// KamLAND (S_ee, eq. (4.30)) and MINOS (S_μμ, eq. (4.27)) channels: for each (s, t) of
    /// Table 7, c^V_LR, c^V_RR (vector limit), c^S_LL, c^S_RL (× scalar ratio), c^T_LL
    /// (× tensor ratio), all with indices 11st (s: ν flavour, t: charged lepton).
    /// MINOS uses the end of its Majorana-phase range chosen in `inputs.majoranaPhaseChoice`.
    /// - Note: Table 8 prints the scalar μe upper end as 3.47, the unscaled vector number; the
    ///   scaled value is 8.2 (ERRATA.md).
    public static func channels(inputs: Dim7Inputs, convention: Dim7Convention) -> [Dim7Channel] {
        let rs = scalarToVectorRatio(inputs: inputs), rt = tensorToVectorRatio(inputs: inputs, convention: convention)
        var out: [Dim7Channel] = []
        func add(_ group: String, _ s: Int, _ t: Int, _ vector: Double) {
            let kinds: [(Dim7LEFTOperator, Double)] = [(.duNuELRVector, 1), (.duNuERRVector, 1), (.duNuELLScalar, rs), (.duNuERLScalar, rs), (.duNuELLTensor, rt)]
            for (op, ratio) in kinds {
                out.append(Dim7Channel(.oscillations, group: group, label: "\(op)^{11\(flavourLabel(s))\(flavourLabel(t))}", limit: vector * ratio, future: nil) {
                    $0.left.complex(op, 0, 0, s, t)
                })
            }
        }
        for row in inputs.kamlandVectorLimits { add("KamLAND", row.s, row.t, row.limit) }
        for row in inputs.minosVectorLimits {
            add("MINOS", row.s, row.t, inputs.majoranaPhaseChoice == .mostStringent ? row.low : row.high)
        }
        return out
    }
}

/// "e", "μ", "τ" for lepton index 0, 1, 2 (ASCII "e", "mu", "tau" in `asciiFlavourLabel`).
public func flavourLabel(_ i: Int) -> String { ["e", "μ", "τ"][i] }
public func asciiFlavourLabel(_ i: Int) -> String { ["e", "mu", "tau"][i] }
