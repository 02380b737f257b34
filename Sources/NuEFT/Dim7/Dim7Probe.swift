// The probes of 002_3ba235c4befdeead.txt as linear channels with limits.
//
// Every probe of the paper bounds quantities that are linear in the Wilson coefficients (a
// LEFT coefficient, a combination of them, or √σ ∝ C at colliders), and its observable is a
// sum of their squares (no interference between different channels is used by the paper). So
// a probe is a list of channels x_k = value_k(C) with limits L_k, collected in groups (one
// experiment or one measured quantity):
//
//     R_group = √(Σ_k (x_k/L_k)²),   R_probe = max over its groups.
//
// R is homogeneous of degree 1 in C: a point is seen (excluded) by the probe when R ≥ 1, and
// the single-operator limit along a direction Ĉ is |C| < 1/R(Ĉ), Λ > R(Ĉ)^{1/3} TeV.
// For one channel R = |x|/L, which is how the paper's tables are made.

import ComplexModule
import RealModule

/// A probe (a row colour of Fig. 7 of 002_3ba235c4befdeead.txt).
@frozen
public enum Dim7Probe: Int32, CaseIterable, Sendable, CustomStringConvertible {
    /// pp → μ^±μ^±jj: LHC 139 fb⁻¹ (current), FCC-hh 30 ab⁻¹ (future), Sec. 3.1.
    case collider = 0
    /// Long-range 0νββ, Sec. 4.1, Table 5.
    case doubleBeta
    /// Long-baseline oscillations (KamLAND, MINOS), Sec. 4.3, Tables 7–8.
    case oscillations
    /// CEνNS (COHERENT CsI; Ge projection), Sec. 4.2, Table 6.
    case cevns
    /// K → πνν, K_L → νν, Sec. 4.4.1, Table 9.
    case kaonDecays
    /// B → K(*)νν, Sec. 4.4.3, Table 11.
    case bMesonDecays
    /// μ⁺ → e⁺ν̄_e ν̄_μ, Sec. 4.5.2, Table 12.
    case muonDecay
    /// Neutrino magnetic moment, Sec. 4.6.
    case magneticMoment
    /// Naturalness |δm_ν| < 1 eV, Sec. 5 (indicative, the "#" of Fig. 7).
    case naturalness

    public var description: String {
        switch self {
        case .collider: "collider"
        case .doubleBeta: "0vbb"
        case .oscillations: "LBL oscillations"
        case .cevns: "CEvNS"
        case .kaonDecays: "K decays"
        case .bMesonDecays: "B -> K(*)vv"
        case .muonDecay: "mu+ decay"
        case .magneticMoment: "nu magnetic moment"
        case .naturalness: "naturalness (#)"
        }
    }

    /// The experiments behind the current and the future limit.
    public var experiments: (current: String, future: String) {
        switch self {
        case .collider: ("LHC 139/fb", "FCC-hh 30/ab")
        case .doubleBeta: ("KamLAND-Zen", "-")
        case .oscillations: ("KamLAND, MINOS", "-")
        case .cevns: ("COHERENT CsI", "Ge reactor")
        case .kaonDecays: ("NA62, KOTO, K_L inv.", "NA62, KOTO")
        case .bMesonDecays: ("BaBar, Belle", "Belle II 50/ab")
        case .muonDecay: ("LAMPF", "-")
        case .magneticMoment: ("nu-e scattering", "-")
        case .naturalness: ("|dm| < 1 eV", "-")
        }
    }
}

/// Current limits or future sensitivities.
@frozen
public enum Dim7Scenario: Int32, Sendable, CaseIterable {
    case current = 0, future = 1
}

/// A SMEFT point with its LEFT coefficients: what a channel reads.
public struct Dim7Point: Sendable {
    public let smeft: Dim7WilsonCoefficients
    /// Matched with the CKM matrix of the convention (inputs' CKM, or the identity for `.paper`).
    public let left: Dim7LEFTCoefficients

    public init(_ smeft: Dim7WilsonCoefficients, inputs: Dim7Inputs = .paper, convention: Dim7Convention = .consistent) {
        self.smeft = smeft
        left = Dim7Matching.match(smeft, fermiConstant: inputs.fermiConstant, vev: inputs.vev,
                                  ckm: convention == .paper ? .identity : inputs.ckm)
    }
}

/// One linear quantity a probe bounds.
public struct Dim7Channel: Sendable {
    public let probe: Dim7Probe
    /// The experiment or measured quantity; channels of a group add in quadrature.
    public let group: String
    /// What is bounded, e.g. "c^S_{duνe;LL}^{11ee}".
    public let label: String
    /// The row of the paper's tables this channel belongs to, without flavour: the LEFT operator
    /// (or measured quantity) of the group, e.g. "KamLAND-Zen: c^S_{duνe;LL}" (per-row view).
    public let row: String
    /// The current limit on |value|; nil: none.
    public let limit: Double?
    /// The future sensitivity on |value|; nil: none.
    public let futureLimit: Double?
    /// The bounded quantity, complex and linear in the SMEFT coefficients (over the reals:
    /// eqs. (4.6)–(4.7) conjugate C); the probe bounds |value|.
    public let value: @Sendable (Dim7Point) -> Complex<Double>

    public init(_ probe: Dim7Probe, group: String, label: String, row: String? = nil, limit: Double?, future: Double?,
                value: @escaping @Sendable (Dim7Point) -> Complex<Double>) {
        self.probe = probe
        self.group = group
        self.label = label
        self.row = row ?? (group + ": " + Self.withoutFlavour(label))
        self.limit = limit
        self.futureLimit = future
        self.value = value
    }

    public func limit(_ scenario: Dim7Scenario) -> Double? { scenario == .current ? limit : futureLimit }

    /// The label without its last flavour superscript "^{…}" ("c^S_{dν;LL}^{ds eμ}" → "c^S_{dν;LL}").
    static func withoutFlavour(_ label: String) -> String {
        let chars = Array(label)
        guard chars.count >= 2, let start = (0..<(chars.count - 1)).last(where: { chars[$0] == "^" && chars[$0 + 1] == "{" }),
              let end = ((start + 2)..<chars.count).first(where: { chars[$0] == "}" }) else { return label }
        return String(chars[..<start] + chars[(end + 1)...])
    }
}

/// The probes of the paper: channels, signal strengths and single-operator limits.
public enum Dim7Probes {
    /// Every channel of every probe for `inputs` and `convention`.
    public static func channels(inputs: Dim7Inputs = .paper, convention: Dim7Convention = .consistent) -> [Dim7Channel] {
        Dim7Collider.channels(inputs: inputs)
            + Dim7DoubleBeta.channels(inputs: inputs, convention: convention)
            + Dim7Oscillations.channels(inputs: inputs, convention: convention)
            + Dim7CEvNS.channels(inputs: inputs)
            + Dim7KaonDecays.channels(inputs: inputs, convention: convention)
            + Dim7BMesonDecays.channels(inputs: inputs)
            + Dim7MuonDecay.channels(inputs: inputs)
            + Dim7MagneticMoment.channels(inputs: inputs, convention: convention)
            + Dim7Naturalness.channels(inputs: inputs)
    }

    /// R of every probe (indexed by `Dim7Probe.rawValue`) at a point: R ≥ 1 means the probe
    /// sees (excludes) the point; 0 when the probe has no channel with a limit.
    public static func signalStrengths(_ point: Dim7Point, channels: [Dim7Channel], scenario: Dim7Scenario) -> [Double] {
        var groups: [String: (probe: Dim7Probe, sum: Double)] = [:]
        for ch in channels {
            guard let limit = ch.limit(scenario) else { continue }
            let x = ch.value(point).lengthSquared / (limit * limit)
            let key = "\(ch.probe.rawValue)|\(ch.group)"
            groups[key, default: (ch.probe, 0)].sum += x
        }
        var r = [Double](repeating: 0, count: Dim7Probe.allCases.count)
        for (_, g) in groups {
            let value = g.sum.squareRoot()
            let k = Int(g.probe.rawValue)
            if value > r[k] || value.isNaN { r[k] = value }
        }
        return r
    }

    /// Which probes see the point (R ≥ 1), current and future.
    public static func seenBy(_ c: Dim7WilsonCoefficients, inputs: Dim7Inputs = .paper, convention: Dim7Convention = .consistent)
        -> (current: [Dim7Probe], future: [Dim7Probe], strengths: (current: [Double], future: [Double])) {
        let point = Dim7Point(c, inputs: inputs, convention: convention)
        let all = channels(inputs: inputs, convention: convention)
        let now = signalStrengths(point, channels: all, scenario: .current)
        let later = signalStrengths(point, channels: all, scenario: .future)
        let pick: ([Double]) -> [Dim7Probe] = { r in Dim7Probe.allCases.filter { r[Int($0.rawValue)] >= 1 } }
        return (pick(now), pick(later), (now, later))
    }

    /// The single-operator limits along a direction (any non-zero C; only its direction
    /// matters): for every probe, the largest excluded Λ = R(C/|C|)^{1/3} in TeV, where |C| is
    /// the largest |component| (complex modulus); nil where the probe does not see the direction.
    public static func scaleLimits(direction c: Dim7WilsonCoefficients, inputs: Dim7Inputs = .paper,
                                   convention: Dim7Convention = .consistent, scenario: Dim7Scenario,
                                   channels: [Dim7Channel]? = nil) -> [Double?] {
        let norm = c.maximumMagnitude
        guard norm > 0 else { return [Double?](repeating: nil, count: Dim7Probe.allCases.count) }
        let unit = c.divided(by: norm)
        let r = signalStrengths(Dim7Point(unit, inputs: inputs, convention: convention),
                                channels: channels ?? Self.channels(inputs: inputs, convention: convention), scenario: scenario)
        return r.map { $0 > 0 ? Double.root($0, 3) : nil }
    }
}
