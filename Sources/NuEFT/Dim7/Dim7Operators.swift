// The twelve dimension-7 ΔL = 2 SMEFT operators of Table 1 of 002_3ba235c4befdeead.txt
// (G. Fridell et al., "Probing lepton number violation: a comprehensive survey of dimension-7
// SMEFT"; the basis of its refs. [13, 14], Lehman 2014 and Liao–Ma 2016), their flavour
// indices and symmetries, and the scale Λ = |C|^(−1/3).
//
// Flavour indices are 0-based in Swift, C and Python (0 = e/u/d, 1 = μ/c/s, 2 = τ/t/b) and
// 1-based in WCxf keys and in the paper ("1μ2μ" = indices 0, 1, 1, 1).

import RealModule

/// A dimension-7 ΔL = 2 SMEFT operator, Table 1 of 002_3ba235c4befdeead.txt.
///
/// - Note: Table 1 prints O_LHB with the coupling g and O_LHW with g′, swapped relative to
///   the usual basis (ERRATA.md). NuEFT's coefficients multiply the operators as printed;
///   nothing numerical in the paper depends on the coupling label.
@frozen
public enum Dim7Operator: Int32, CaseIterable, Sendable, CustomStringConvertible {
    case lh = 0, leHD, lHD1, lHD2, lHB, lHW, duLLD, eLLLH, dLueH, dLQLH1, dLQLH2, quLLH

    /// The name in the paper without the bar, also the WCxf prefix: "LH", "dLQLH1", "QuLLH".
    public var name: String {
        switch self {
        case .lh: "LH"
        case .leHD: "LeHD"
        case .lHD1: "LHD1"
        case .lHD2: "LHD2"
        case .lHB: "LHB"
        case .lHW: "LHW"
        case .duLLD: "duLLD"
        case .eLLLH: "eLLLH"
        case .dLueH: "dLueH"
        case .dLQLH1: "dLQLH1"
        case .dLQLH2: "dLQLH2"
        case .quLLH: "QuLLH"
        }
    }

    public var description: String { "O_" + name }

    /// The operator class of Table 1: Ψ²H⁴, Ψ²H³D, Ψ²H²D², Ψ²H²X, Ψ⁴D, Ψ⁴H.
    public var operatorClass: String {
        switch self {
        case .lh: "Psi^2 H^4"
        case .leHD: "Psi^2 H^3 D"
        case .lHD1, .lHD2: "Psi^2 H^2 D^2"
        case .lHB, .lHW: "Psi^2 H^2 X"
        case .duLLD: "Psi^4 D"
        case .eLLLH, .dLueH, .dLQLH1, .dLQLH2, .quLLH: "Psi^4 H"
        }
    }

    /// 2 for the Ψ²… operators (indices pr), 4 for the four-fermion ones (prst).
    public var indexCount: Int { rawValue < 6 ? 2 : 4 }

    /// Which fermion each flavour index runs over, in the order of Table 1's superscripts:
    /// "L" lepton doublet, "e" lepton singlet, "Q" quark doublet, "u", "d" quark singlets.
    public var indexFields: [String] {
        switch self {
        case .lh, .lHD1, .lHD2, .lHB, .lHW: ["L", "L"]
        case .leHD: ["L", "e"]
        case .duLLD: ["d", "u", "L", "L"]
        case .eLLLH: ["e", "L", "L", "L"]
        case .dLueH: ["d", "L", "u", "e"]
        case .dLQLH1, .dLQLH2: ["d", "L", "Q", "L"]
        case .quLLH: ["Q", "u", "L", "L"]
        }
    }

    /// The flavour symmetry that NuEFT enforces on the coefficient (Liao–Ma, ref. [14]):
    /// O_LH^{pr} is symmetric in p ↔ r, O_LHB^{pr} antisymmetric (its diagonal vanishes).
    /// The other operators carry general flavour indices here. O_ēLLLH^{prst} obeys in addition
    /// the flavour relation O^{prst} − O^{psrt} = O^{ptrs} − O^{ptsr} among the permutations of
    /// its three doublets (`Dim7ELLLHFlavourRelation`): a general prst tensor is accepted, and
    /// `Dim7WilsonCoefficients.canonicalized()` maps it onto the 57 independent components.
    ///
    /// Inconsistency of the paper: Sec. 3.1 calls O_LHB *and* O_LHW flavour antisymmetric, but
    /// its own Table 5 and eqs. (4.4)–(4.7) bound C_LHW^{ee} through 0νββ, which an
    /// antisymmetric coefficient would not have. NuEFT follows the Liao–Ma basis and the tables:
    /// O_LHW has no flavour symmetry (tested: C_LHW^{ee} reproduces Table 5's 14.3 TeV).
    public var symmetry: Dim7FlavourSymmetry {
        switch self {
        case .lh: .symmetric
        case .lHB: .antisymmetric
        default: .none
        }
    }

    /// Offset of the operator's first component in `Dim7WilsonCoefficients.values`.
    public var storageOffset: Int { rawValue < 6 ? 9 * Int(rawValue) : 54 + 81 * (Int(rawValue) - 6) }

    /// The number of stored components (9 or 81).
    public var componentCount: Int { indexCount == 2 ? 9 : 81 }

    /// The operator named `name` ("LH", "dLQLH1", …; also accepts "O_LH" and lower case).
    public static func named(_ name: String) -> Dim7Operator? {
        let bare = name.hasPrefix("O_") ? String(name.dropFirst(2)) : name
        return allCases.first { $0.name.lowercased() == bare.lowercased() }
    }
}

/// The flavour symmetry of a two-index coefficient.
public enum Dim7FlavourSymmetry: Sendable {
    case none, symmetric, antisymmetric
}

/// Λ = |C|^(−1/3) with C in TeV⁻³ and Λ in TeV (Sec. 3.1 of 002_3ba235c4befdeead.txt:
/// "C^{1/3} = Λ^{-1}"). Λ(0) = +∞, Λ(±∞) = 0; NaN gives NaN.
@inlinable
public func dim7Scale(coefficient c: Double) -> Double {
    1 / Double.root(abs(c), 3)
}

/// C = Λ^(−3) in TeV⁻³ for Λ in TeV (the inverse of `dim7Scale`).
@inlinable
public func dim7Coefficient(scale lambda: Double) -> Double {
    1 / (lambda * lambda * lambda)
}

extension NuEFT {
    /// Λ = |C|^(−1/3) (TeV, C in TeV⁻³) over a buffer. C = 0 gives +∞ (no scale); a NaN or ±∞
    /// C gives NaN with `.nanInput`/`.infiniteInput` in `status`, and the call returns
    /// `.somePointsFailed`.
    /// - Throws: `.lengthMismatch` for buffers of different lengths.
    @discardableResult
    public static func dim7Scales(_ c: UnsafeBufferPointer<Double>, into lambda: UnsafeMutableBufferPointer<Double>,
                                  status: UnsafeMutableBufferPointer<NuEFTStatus>? = nil) throws(NuEFTError) -> NuEFTStatus {
        guard c.count == lambda.count, status.map({ $0.count == c.count }) ?? true else { throw NuEFTError(.lengthMismatch) }
        var failures = 0
        for i in 0..<c.count {
            let x = c[i]
            let s: NuEFTStatus = x.isNaN ? .nanInput : x.isInfinite ? .infiniteInput : .ok
            lambda[i] = s == .ok ? dim7Scale(coefficient: x) : .nan
            if s != .ok { failures += 1 }
            status?[i] = s
        }
        return failures == 0 ? .ok : .somePointsFailed
    }
}
