// Electroweak inputs of the loop functions, as cited data in named sets.
//
// 000_b99ff7acfa28d225.txt does not print m_W or m_h; its loop functions take the ratios
// x = m²/m_W². The set `referenceTables` holds the constants of ../shared/reference (PDG 2022),
// with which every tabulated loop function is reproduced; `pdg2024` holds the current world
// averages. The νSMEFT issue extends these sets with the observables' inputs.

/// The masses that fix x_h = m_h²/m_W² and x_j = m_j²/m_W².
public struct ElectroweakInputs: Sendable, Equatable, CustomStringConvertible {
    /// The set's name, e.g. "reference-tables".
    public var name: String
    /// m_W in GeV.
    public var wMass: Double
    /// m_h in GeV.
    public var higgsMass: Double
    /// Where the numbers come from.
    public var source: String

    public init(name: String, wMass: Double, higgsMass: Double, source: String) {
        self.name = name
        self.wMass = wMass
        self.higgsMass = higgsMass
        self.source = source
    }

    /// x_h = (m_h/m_W)². From these doubles it can differ by an ulp from the double nearest to
    /// the exact decimal ratio, which ../shared/reference tabulates (2.4282415385705916).
    public var xh: Double { (higgsMass / wMass) * (higgsMass / wMass) }

    /// x_j = (m_j/m_W)² for a sterile mass m_j in GeV.
    public func xj(sterileMass: Double) -> Double { (sterileMass / wMass) * (sterileMass / wMass) }

    /// m_W = 80.377 GeV, m_h = 125.25 GeV: PDG 2022 (R. L. Workman et al., PTEP 2022, 083C01),
    /// the constants of ../shared/reference/README.md §2.
    public static let referenceTables = ElectroweakInputs(
        name: "reference-tables", wMass: 80.377, higgsMass: 125.25,
        source: "PDG 2022, R. L. Workman et al. (Particle Data Group), PTEP 2022, 083C01; the constants of ../shared/reference")

    /// m_W = 80.3692 GeV, m_h = 125.20 GeV: PDG 2024 (S. Navas et al., Phys. Rev. D 110, 030001).
    public static let pdg2024 = ElectroweakInputs(
        name: "pdg2024", wMass: 80.3692, higgsMass: 125.20,
        source: "PDG 2024, S. Navas et al. (Particle Data Group), Phys. Rev. D 110, 030001 (2024)")

    /// Every named set.
    public static let all: [ElectroweakInputs] = [.referenceTables, .pdg2024]

    /// The set with this name.
    /// - Throws: `.invalidArgument` for an unknown name.
    public static func named(_ name: String) throws(NuEFTError) -> ElectroweakInputs {
        guard let set = all.first(where: { $0.name == name }) else {
            throw NuEFTError(.invalidArgument, "no input set named '\(name)'; known: \(all.map(\.name).joined(separator: ", "))")
        }
        return set
    }

    public var description: String {
        "\(name): m_W = \(wMass) GeV, m_h = \(higgsMass) GeV (\(source))"
    }
}
