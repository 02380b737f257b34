/// NuEFT: batched numerics for neutrino-EFT phenomenology.
///
/// The namespace of the Swift API. The physics follows two papers, cited at every formula:
/// - `000_b99ff7acfa28d225.txt`: V. Cirigliano et al., *Leptonic anomalous magnetic moments
///   in νSMEFT*, JHEP (2021) — the loop functions w(x), f1, f2 and the brackets of h → ℓℓ;
/// - `002_3ba235c4befdeead.txt`: G. Fridell et al., *Probing lepton number violation: a
///   comprehensive survey of dimension-7 SMEFT*.
///
/// Conventions (units, orderings, NaN and status policy) are in `Conventions.md` of the
/// documentation catalogue and in the README.
public enum NuEFT {
    /// The library version, as a static C string for the C ABI.
    public static let versionString: StaticString = "0.1.0"

    /// The library version.
    public static var version: String { versionString.description }

    /// The version of the C ABI in `nueft.h`. A changed exported signature gets a new `_v2`
    /// symbol and a new ABI version; old symbols stay.
    public static let abiVersion: Int32 = 2
}
