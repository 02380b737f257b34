// Coherent elastic neutrino–nucleus scattering, Sec. 4.2 and Table 6 of
// 002_3ba235c4befdeead.txt.

import ComplexModule
import RealModule

/// CEνNS bounds on c^{S,11st}_{dν;LL} and c^{T,11st}_{dν;LL}, eqs. (4.17)–(4.26).
public enum Dim7CEvNS {
    /// Eq. (4.23): ζ_S²/(N²F²) = 4|c^S|² Σ_i N_i⁻² [N_i (m_n/m_d) f_Td^n + Z_i (m_p/m_d) f_Td^p]²,
    /// summed over the nuclei (Cs and I for CsI, as printed, not averaged; ERRATA.md); the
    /// returned factor is √(Σ_i …), so ζ_S/(NF) = 2|c^S| × factor.
    public static func scalarFactor(nuclei: [(n: Double, z: Double)], inputs: Dim7Inputs = .paper) -> Double {
        var sum = 0.0
        for (n, z) in nuclei {
            let bracket = n * inputs.neutronMass / inputs.downQuarkMass * inputs.fTdNeutron + z * inputs.protonMass / inputs.downQuarkMass * inputs.fTdProton
            sum += bracket * bracket / (n * n)
        }
        return sum.squareRoot()
    }

    /// Eq. (4.24): ζ_T²/(N²F²) = 128|c^T|² Σ_i (δ_d^n + (Z_i/N_i) δ_d^p)² (c^T_LL = c^T/4 gives
    /// the 128); returns √(128 Σ_i …), so ζ_T/(NF) = |c^T| × factor.
    public static func tensorFactor(nuclei: [(n: Double, z: Double)], inputs: Dim7Inputs = .paper) -> Double {
        var sum = 0.0
        for (n, z) in nuclei {
            let t = inputs.deltaDNeutron + z / n * inputs.deltaDProton
            sum += t * t
        }
        return (128 * sum).squareRoot()
    }

    /// Eq. (4.25) (CsI) and (4.26) (Ge): the LEFT limits |c^S| ≤ bound/(2 × scalar factor),
    /// |c^T| ≤ bound/tensor factor. Re-derived: CsI 0.017 (90%), 0.030 (99%), 0.098, 0.178;
    /// Ge 0.008 and 0.062 (eq. (4.26) prints 0.062 for both; Table 6 has 0.008, ERRATA.md).
    public static func leftLimits(inputs: Dim7Inputs = .paper)
        -> (scalar90: Double, scalar99: Double, tensor90: Double, tensor99: Double, scalarGe: Double, tensorGe: Double) {
        let s = scalarFactor(nuclei: inputs.csiNuclei, inputs: inputs), t = tensorFactor(nuclei: inputs.csiNuclei, inputs: inputs)
        let sg = scalarFactor(nuclei: inputs.germaniumNuclei, inputs: inputs), tg = tensorFactor(nuclei: inputs.germaniumNuclei, inputs: inputs)
        return (inputs.cevnsScalarLimit90 / (2 * s), inputs.cevnsScalarLimit99 / (2 * s),
                inputs.cevnsTensorLimit90 / t, inputs.cevnsTensorLimit99 / t,
                inputs.cevnsScalarLimitGe / (2 * sg), inputs.cevnsTensorLimitGe / tg)
    }

    /// Channels: c^{S,11st}_{dν;LL} (s ≤ t) and c^{T,11st}_{dν;LL} (s < t), COHERENT at the CL of
    /// `inputs.cevnsConfidenceLevel` now, the Ge projection in the future. Scalar and tensor add
    /// in quadrature (the interference Ξ of eq. (4.17) is dropped, as in the paper).
    public static func channels(inputs: Dim7Inputs) -> [Dim7Channel] {
        let l = leftLimits(inputs: inputs)
        let s = inputs.cevnsConfidenceLevel == 90 ? l.scalar90 : l.scalar99
        let t = inputs.cevnsConfidenceLevel == 90 ? l.tensor90 : l.tensor99
        var out: [Dim7Channel] = []
        for a in 0..<3 {
            for b in a..<3 {
                let label = "\(flavourLabel(a))\(flavourLabel(b))"
                out.append(Dim7Channel(.cevns, group: "CsI / Ge", label: "c^S_{dν;LL}^{11\(label)}", limit: s, future: l.scalarGe) { $0.left.complex(.dNuLLScalar, 0, 0, a, b) })
                if a < b {
                    out.append(Dim7Channel(.cevns, group: "CsI / Ge", label: "c^T_{dν;LL}^{11\(label)}", limit: t, future: l.tensorGe) { $0.left.complex(.dNuLLTensor, 0, 0, a, b) })
                }
            }
        }
        return out
    }
}
