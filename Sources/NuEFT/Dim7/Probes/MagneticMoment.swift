// The neutrino magnetic moment, eqs. (4.35) and (4.72)–(4.75) of 002_3ba235c4befdeead.txt.

import ComplexModule
import RealModule

/// |μ_ij| of the flavour basis against 1e-11 μ_B (the conservative estimate of eq. (4.75)).
public enum Dim7MagneticMoment {
    /// μ_ij in Bohr magnetons: μ_ij/μ_B = (c^{5γ}/e) · 2m_e, with c^{5γ}/e of eq. (4.35).
    public static func inBohrMagnetons(_ point: Dim7Point, _ i: Int, _ j: Int, inputs: Dim7Inputs = .paper) -> Complex<Double> {
        point.left.complex(.magneticMoment, i, j).multiplied(by: 2 * inputs.electronMass)
    }

    /// Channels per flavour pair i < j (each its own group; the limit applies to each |μ_ij|).
    ///
    /// `.consistent`: eq. (4.35) with |μ_ij| < 1e-11 μ_B, i.e. |C_LHB^{ij}| < 1e-11/(m_e v²)
    /// (Λ > 14.6 TeV). `.paper`: eq. (4.75), |C_LHB^{ij} − C_LHW^{ij}| < 1e-11/(4 m_e v²), which
    /// gives Λ > 23 TeV (the text says 11 TeV; ERRATA.md). The 4 of (4.75) does not follow
    /// from (4.35).
    /// - Note: The combined limits quoted from ref. [151] are on |μ₁₂|, |μ₁₃| and |μ₂₃| (the
    ///   text prints |μ₁₃| twice, ERRATA.md); they are in the mass basis and not used.
    public static func channels(inputs: Dim7Inputs, convention: Dim7Convention) -> [Dim7Channel] {
        var out: [Dim7Channel] = []
        let scale = 4 * inputs.electronMass * inputs.vev * inputs.vev * Dim7WCxf.gevPerTeVFactor
        for i in 0..<3 {
            for j in (i + 1)..<3 {
                let label = "\(flavourLabel(i))\(flavourLabel(j))"
                if convention == .paper {
                    out.append(Dim7Channel(.magneticMoment, group: "mu_\(label)", label: "4 m_e v² |C_LHB − C_LHW|^{\(label)}", row: "μ_ν (4.75)", limit: inputs.magneticMomentLimit, future: nil) {
                        ($0.smeft.complexValue(.lHB, i, j) - $0.smeft.complexValue(.lHW, i, j)).multiplied(by: scale)
                    })
                } else {
                    out.append(Dim7Channel(.magneticMoment, group: "mu_\(label)", label: "μ_\(label)/μ_B", row: "μ_ν (4.35)", limit: inputs.magneticMomentLimit, future: nil) {
                        inBohrMagnetons($0, i, j, inputs: inputs)
                    })
                }
            }
        }
        return out
    }
}
