// μ⁺ → e⁺ν̄_e ν̄_μ, Sec. 4.5.2 and Table 12 of 002_3ba235c4befdeead.txt.

import ComplexModule
import RealModule

/// Eq. (4.68): BR = |c^{S,μeeμ}_{eν;LL}|²/4 + 3|c^{T,μeeμ}_{eν;LL}|²/4, with the scalar part
/// bounded by BR(ρ̃ = 0.75) < 0.9e-3 and the tensor part by BR(ρ̃ = 0.25) < 1.3e-3 (eq. (4.69),
/// ERRATA.md): |c^S| < 0.060, |c^T| < 0.042 (the paper rounds to 0.06, 0.04).
public enum Dim7MuonDecay {
    /// The branching ratio of eq. (4.68).
    public static func branchingRatio(scalar cS: Double, tensor cT: Double) -> Double {
        cS * cS / 4 + 3 * cT * cT / 4
    }

    /// The LEFT limits |c^S| < 2√BR_S, |c^T| < √(4BR_T/3).
    public static func leftLimits(inputs: Dim7Inputs = .paper) -> (scalar: Double, tensor: Double) {
        (2 * inputs.muonDecayScalarLimit.squareRoot(), (4 * inputs.muonDecayTensorLimit / 3).squareRoot())
    }

    /// Channels (one group): x_S = c^S/2 against √BR_S, x_T = (√3/2) c^T against √BR_T, with
    /// c^{μeeμ} = c[p = μ][r = e][s = e][t = μ] of Table 2.
    /// - Note: eq. (4.67) agrees with Table 2 only for a single C_ēLLLH^{μeeμ} (ERRATA.md);
    ///   NuEFT uses Table 2 for every component. Eq. (4.67) is moreover not invariant under the
    ///   flavour relation of O_ēLLLH (`Dim7ELLLHFlavourRelation`; the zero operator
    ///   2C^{μeμe} − C^{μeeμ} − C^{μμee} changes it), Table 2 is (Dim7.md, tested).
    public static func channels(inputs: Dim7Inputs) -> [Dim7Channel] {
        [
            Dim7Channel(.muonDecay, group: "mu+ -> e+ vbar vbar", label: "c^S_{eν;LL}^{μeeμ}/2", limit: inputs.muonDecayScalarLimit.squareRoot(), future: nil) {
                $0.left.complex(.eNuLLScalar, 1, 0, 0, 1).divided(by: 2)
            },
            Dim7Channel(.muonDecay, group: "mu+ -> e+ vbar vbar", label: "√3 c^T_{eν;LL}^{μeeμ}/2", limit: inputs.muonDecayTensorLimit.squareRoot(), future: nil) {
                $0.left.complex(.eNuLLTensor, 1, 0, 0, 1).multiplied(by: 3.0.squareRoot() / 2)
            },
        ]
    }
}
