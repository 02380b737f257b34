// Coherent elastic neutrino–nucleus scattering, Sec. 4.2 and Table 6 of
// 002_3ba235c4befdeead.txt.

import ComplexModule
import RealModule

/// CEνNS bounds on c^{S,11st}_{dν;LL} and c^{T,11st}_{dν;LL}, eqs. (4.17)–(4.26).
public enum Dim7CEvNS {
    /// Eq. (4.23): ζ_S²/(N²F²) = 4|c^S|² Σ_i N_i⁻² [N_i (m_n/m_d) f_Td^n + Z_i (m_p/m_d) f_Td^p]²,
    /// summed over the nuclei (Cs and I for CsI, as printed, not averaged; ERRATA.md); the
    /// returned factor is √(Σ_i …), so ζ_S/(NF) = 2|c^S| × factor.
    ///
    /// `upQuark`: the same with u for d (m_u, f_Tu^{n,p}), the NuEFT extension for c^S_{uν;RL}.
    public static func scalarFactor(nuclei: [(n: Double, z: Double)], inputs: Dim7Inputs = .paper, upQuark: Bool = false) -> Double {
        var sum = 0.0
        let mq = upQuark ? inputs.upQuarkMass : inputs.downQuarkMass
        let fn = upQuark ? inputs.fTuNeutron : inputs.fTdNeutron, fp = upQuark ? inputs.fTuProton : inputs.fTdProton
        for (n, z) in nuclei {
            let bracket = n * inputs.neutronMass / mq * fn + z * inputs.protonMass / mq * fp
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

    /// The LEFT limits on the up-quark scalar |c^{S,11st}_{uν;RL}| (NuEFT extension): eq. (4.23)
    /// with u for d; current (CL of `inputs.cevnsConfidenceLevel`) and the Ge projection.
    public static func upQuarkScalarLimits(inputs: Dim7Inputs = .paper) -> (current: Double, future: Double) {
        let s = scalarFactor(nuclei: inputs.csiNuclei, inputs: inputs, upQuark: true)
        let sg = scalarFactor(nuclei: inputs.germaniumNuclei, inputs: inputs, upQuark: true)
        let bound = inputs.cevnsConfidenceLevel == 90 ? inputs.cevnsScalarLimit90 : inputs.cevnsScalarLimit99
        return (bound / (2 * s), inputs.cevnsScalarLimitGe / (2 * sg))
    }

    /// Channels: c^{S,11st}_{dν;LL} (s ≤ t) and c^{T,11st}_{dν;LL} (s < t), COHERENT at the CL of
    /// `inputs.cevnsConfidenceLevel` now, the Ge projection in the future. Scalar and tensor add
    /// in quadrature (the interference Ξ of eq. (4.17) is dropped, as in the paper).
    ///
    /// NuEFT extensions for the operators the paper names but does not evaluate (Sec. 4.2: "the
    /// dipole portal and neutral current operators involving up quarks … give constraints on
    /// O_LHW, O_LHB and O_QuLLH"): the up-quark scalar c^{S,11st}_{uν;RL} of O_QuLLH (Table 2)
    /// against `upQuarkScalarLimits` (same group; u and d add in quadrature, their coherent
    /// interference is dropped like Ξ), and, only if `inputs.cevnsMagneticMomentLimit` is set,
    /// |μ_ij| of eq. (4.35) (O_LHB, O_LHW).
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
                let u = upQuarkScalarLimits(inputs: inputs)
                out.append(Dim7Channel(.cevns, group: "CsI / Ge", label: "c^S_{uν;RL}^{11\(label)}", limit: u.current, future: u.future) { $0.left.complex(.uNuRLScalar, 0, 0, a, b) })
                if a < b, inputs.cevnsMagneticMomentLimit != nil || inputs.cevnsMagneticMomentFutureLimit != nil {
                    let me2 = 2 * inputs.electronMass
                    out.append(Dim7Channel(.cevns, group: "CsI / Ge dipole", label: "μ_\(label)/μ_B", row: "CsI / Ge dipole: μ_ν (4.35)",
                                           limit: inputs.cevnsMagneticMomentLimit, future: inputs.cevnsMagneticMomentFutureLimit) {
                        $0.left.complex(.magneticMoment, a, b).multiplied(by: me2)
                    })
                }
            }
        }
        return out
    }
}
