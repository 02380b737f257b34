// B → K(*)νν, Sec. 4.4.3 and Tables 10–11 of 002_3ba235c4befdeead.txt (LEFT limits of its
// ref. [19]).

import ComplexModule
import RealModule

/// Table 11's LEFT limits on c^{S,sbγγ}, c^{S,sbγδ} (γ ≠ δ) and c^{T,sbγδ}_{dν;LL}, current
/// (BaBar/Belle, Table 10) and Belle II 50 ab⁻¹. The limits are at Λ_EW (the table's
/// conversions to C_dLQLH1 apply no QCD factor (4.59)), and so are NuEFT's coefficients.
/// Both b → s orderings (sb and bs) are bounded alike.
/// - Note: Table 11 prints the future tensor C as 0.08 TeV⁻³; 0.3e-4 converts to 0.091
///   (ERRATA.md).
public enum Dim7BMesonDecays {
    public static func channels(inputs: Dim7Inputs) -> [Dim7Channel] {
        var out: [Dim7Channel] = []
        for (p, r, name) in [(1, 2, "sb"), (2, 1, "bs")] {
            for a in 0..<3 {
                for b in a..<3 {
                    let label = "\(flavourLabel(a))\(flavourLabel(b))"
                    let diagonal = a == b
                    out.append(Dim7Channel(.bMesonDecays, group: "B -> K(*) nu nu", label: "c^S_{dν;LL}^{\(name)\(label)}",
                                           limit: diagonal ? inputs.bScalarDiagonalLimit : inputs.bScalarOffDiagonalLimit,
                                           future: diagonal ? inputs.bScalarDiagonalFuture : inputs.bScalarOffDiagonalFuture) {
                        $0.left.complex(.dNuLLScalar, p, r, a, b)
                    })
                    if !diagonal {
                        out.append(Dim7Channel(.bMesonDecays, group: "B -> K(*) nu nu", label: "c^T_{dν;LL}^{\(name)\(label)}",
                                               limit: inputs.bTensorLimit, future: inputs.bTensorFuture) {
                            $0.left.complex(.dNuLLTensor, p, r, a, b)
                        })
                    }
                }
            }
        }
        return out
    }
}
