// pp → μ^±μ^±jj at the LHC and FCC-hh, Sec. 3.1 of 002_3ba235c4befdeead.txt.

import ComplexModule

import RealModule

/// Same-sign dimuons plus dijets: Table 4's cross sections, σ ∝ Λ⁻⁶ = C², and the asymptotic
/// significance Z0 of eq. (3.3).
public enum Dim7Collider {
    /// Eq. (3.3): Z0 = √(2(s − b ln((s + b)/b))) for s signal and b background events.
    public static func significance(signal s: Double, background b: Double) -> Double {
        (2 * (s - b * Double.log(onePlus: s / b))).squareRoot()
    }

    /// The signal s with Z0(s, b) = z (eq. (3.3) solved for s; Z0 = 1.96 gives the 95% CL
    /// limit). f(s) = s − b ln(1 + s/b) − z²/2 is increasing and convex for s > 0, so Newton's
    /// method from a start right of the root converges monotonically.
    /// Returns NaN for b ≤ 0 or z ≤ 0 or non-finite input.
    public static func signalEvents(background b: Double, significance z: Double) -> Double {
        guard b > 0, z > 0, b.isFinite, z.isFinite else { return .nan }
        let target = z * z / 2
        var s = target + z * b.squareRoot() * 2 + z * z   // f(s) > 0 here
        for _ in 0..<200 {
            let f = s - b * Double.log(onePlus: s / b) - target
            let next = s - f * (s + b) / s
            if !(next < s) { break }
            s = next
        }
        return s
    }

    /// The background at luminosity L (fb⁻¹): b = 10 L/139 fb⁻¹ (Sec. 3.1).
    public static func background(luminosity: Double, inputs: Dim7Inputs = .paper) -> Double {
        inputs.backgroundAt139 * luminosity / 139
    }

    /// The excluded cross section σ_lim (pb) at luminosity L (fb⁻¹): s_lim/L.
    public static func crossSectionLimit(luminosity: Double, inputs: Dim7Inputs = .paper) -> Double {
        signalEvents(background: background(luminosity: luminosity, inputs: inputs), significance: inputs.significance) / (luminosity * 1000)
    }

    /// Λ limit (TeV) of an operator: σ(Λ) = σ(1 TeV) Λ⁻⁶ (eq. (3.2) with the exponent 6,
    /// ERRATA.md) equals σ_lim: Λ = (σ(1 TeV)/σ_lim)^{1/6}.
    public static func scaleLimit(crossSectionAt1TeV sigma: Double, luminosity: Double, inputs: Dim7Inputs = .paper) -> Double {
        let r = sigma / crossSectionLimit(luminosity: luminosity, inputs: inputs)
        return Double.root(r.squareRoot(), 3)
    }

    /// Table 4's printed Λ limits (TeV), LHC and FCC-hh, beside which the re-derived ones are
    /// reported (ERRATA.md: they differ by −27% … +17%).
    public static let printedScaleLimits: [Dim7Operator: (lhc: Double, fcc: Double)] = [
        .quLLH: (1.4, 5.4), .dLQLH2: (0.90, 3.1), .dLQLH1: (1.1, 4.3), .dLueH: (1.1, 4.5), .duLLD: (5.0, 19),
        .lHD2: (0.075, 0.18), .lHD1: (1.1, 4.9), .leHD: (0.21, 0.44), .lh: (0.35, 0.87),
    ]

    /// The component the collider cross sections refer to: muon flavour (μμ) and first-
    /// generation quarks (the process of Table 3 with light jets).
    public static func muonComponent(_ op: Dim7Operator) -> [Int] {
        switch op.indexCount {
        case 2: [1, 1]
        default:
            switch op {
            case .duLLD, .quLLH: [0, 0, 1, 1]
            case .dLueH: [0, 1, 0, 1]
            default: [0, 1, 0, 1]   // dLQLH1/2: d L Q L
            }
        }
    }

    /// One channel per operator of Table 4: x = C √σ(1 TeV), limit √σ_lim, so that
    /// R² = Σ_op σ_op(C)/σ_lim (cross sections of different operators add; no interference).
    public static func channels(inputs: Dim7Inputs) -> [Dim7Channel] {
        let now = crossSectionLimit(luminosity: inputs.lhcLuminosity, inputs: inputs).squareRoot()
        let later = crossSectionLimit(luminosity: inputs.fccLuminosity, inputs: inputs).squareRoot()
        var out: [Dim7Channel] = []
        for op in Dim7Operator.allCases {
            guard let sigma = inputs.lhcCrossSections[op] else { continue }
            let idx = muonComponent(op)
            let k = op.storageOffset + idx.reduce(0) { 3 * $0 + $1 }
            // Two groups: the LHC cross section is used for the current limit, FCC-hh's for the future.
            let lhc = sigma.lhc.squareRoot(), fcc = sigma.fcc.squareRoot()
            out.append(Dim7Channel(.collider, group: "LHC 13 TeV", label: "sqrt(sigma) \(op.name) mu mu", limit: now, future: nil) { $0.smeft.complexValue(at: k).multiplied(by: lhc) })
            out.append(Dim7Channel(.collider, group: "FCC-hh 100 TeV", label: "sqrt(sigma) \(op.name) mu mu", limit: nil, future: later) { $0.smeft.complexValue(at: k).multiplied(by: fcc) })
        }
        return out
    }
}
