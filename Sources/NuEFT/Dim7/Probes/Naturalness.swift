// The naturalness bound of Sec. 5 of 002_3ba235c4befdeead.txt.

import ComplexModule
import RealModule

/// δm_ν^{ij} = −(v/2)(v³ C_LH^{ij}) with |δm_ν| < 1 eV (indicative, the "#" of Fig. 7):
/// Λ_LH > 1.2×10³ TeV. The "#" limits of O_LHD1, O_LHD2, O_LeHD and O_LHW need the RG mixing
/// into C_LH (Liao–Ma, the paper's refs. [14], [78]), which the paper does not give: not implemented.
public enum Dim7Naturalness {
    /// δm_ν^{ij} in GeV.
    public static func massCorrection(_ point: Dim7Point, _ i: Int, _ j: Int) -> Complex<Double> {
        point.left.complex(.neutrinoMass, i, j)
    }

    /// One group per flavour pair i ≤ j.
    public static func channels(inputs: Dim7Inputs) -> [Dim7Channel] {
        var out: [Dim7Channel] = []
        for i in 0..<3 {
            for j in i..<3 {
                out.append(Dim7Channel(.naturalness, group: "dm_\(i)\(j)", label: "δm_ν^{\(flavourLabel(i))\(flavourLabel(j))}", row: "|δm_ν| < 1 eV", limit: inputs.naturalnessMassLimit, future: nil) {
                    $0.left.complex(.neutrinoMass, i, j)
                })
            }
        }
        return out
    }
}
