// Tree-level matching of the dimension-7 SMEFT coefficients onto the ΔL = 2 LEFT of
// 002_3ba235c4befdeead.txt: Table 2 (dimension 6), eqs. (4.4)–(4.5) (dimension 7),
// (4.6)–(4.7) (dimension 9), (4.35) (the neutrino magnetic moment, dimension 5) and the
// dimension-5 mass δm_ν = −(v/2)(v³ C_LH) of Sec. 5.
//
// Normalisation: dimension-6 coefficients c are dimensionless with the Lagrangian prefactor
// 4G_F/√2 (Table 2); dimension 7 with 4G_F/(√2 v) (eq. (4.2)); dimension 9 with
// 8G_F²/v (eq. (4.3)) so that eqs. (4.6)–(4.7) read (8G_F/(√2 v)) c⁽⁹⁾ = …
// (ERRATA.md: "8G_F/√(2v)" means 8G_F/(√2 v)). SMEFT C enter in GeV⁻³ (C[TeV⁻³] × 1e-9).

import ComplexModule
import RealModule

/// A ΔL = 2 LEFT operator (or dimension-5 quantity) induced by the dimension-7 SMEFT.
@frozen
public enum Dim7LEFTOperator: Int32, CaseIterable, Sendable, CustomStringConvertible {
    // Table 2, dimension 6, indices prst (81 components each)
    case eNuLLScalar = 0, eNuRLScalar, eNuLLTensor
    case dNuLLScalar, dNuLLTensor, uNuRLScalar
    case duNuELLScalar, duNuERLScalar, duNuELLTensor, duNuELRVector, duNuERRVector
    // eqs. (4.4)–(4.5), dimension 7, indices d u s t (81 each)
    case duNuELLVector7, duNuERLVector7
    // eqs. (4.6)–(4.7), dimension 9, charged-lepton indices ij (9 each), first-generation quarks
    case vectorLL9, vectorLR9
    // eq. (4.35): μ_ij = c^{5γ}_{ννF}/e in GeV⁻¹ (9); Sec. 5: δm_ν^{ij} in GeV (9)
    case magneticMoment, neutrinoMass

    public var indexCount: Int { rawValue < 13 ? 4 : 2 }
    public var componentCount: Int { indexCount == 4 ? 81 : 9 }
    public var storageOffset: Int { rawValue < 13 ? 81 * Int(rawValue) : 13 * 81 + 9 * (Int(rawValue) - 13) }

    /// The paper's symbol.
    public var description: String {
        switch self {
        case .eNuLLScalar: "c^S_{eν;LL}"
        case .eNuRLScalar: "c^S_{eν;RL}"
        case .eNuLLTensor: "c^T_{eν;LL}"
        case .dNuLLScalar: "c^S_{dν;LL}"
        case .dNuLLTensor: "c^T_{dν;LL}"
        case .uNuRLScalar: "c^S_{uν;RL}"
        case .duNuELLScalar: "c^S_{duνe;LL}"
        case .duNuERLScalar: "c^S_{duνe;RL}"
        case .duNuELLTensor: "c^T_{duνe;LL}"
        case .duNuELRVector: "c^V_{duνe;LR}"
        case .duNuERRVector: "c^V_{duνe;RR}"
        case .duNuELLVector7: "c^(7)V_{duνe;LL}"
        case .duNuERLVector7: "c^(7)V_{duνe;RL}"
        case .vectorLL9: "c^(9)_{V;LL}"
        case .vectorLR9: "c^(9)_{V;LR}"
        case .magneticMoment: "μ_ν [GeV⁻¹·e]"
        case .neutrinoMass: "δm_ν [GeV]"
        }
    }
}

/// All LEFT coefficients of one SMEFT point, complex (Table 2 conjugates the CKM matrix,
/// eqs. (4.6)–(4.7) the SMEFT coefficients).
public struct Dim7LEFTCoefficients: Sendable, Equatable {
    public static let componentCount = 13 * 81 + 4 * 9

    /// Real parts, operator by operator (`Dim7LEFTOperator.storageOffset`), indices row-major.
    public internal(set) var values: [Double]
    /// Imaginary parts, same layout (all zero for real C and a real CKM matrix).
    public internal(set) var imaginaryValues: [Double]

    public init() {
        values = [Double](repeating: 0, count: Self.componentCount)
        imaginaryValues = values
    }

    /// The real part of c^{prst}; `complex(_:_:_:_:_:)` gives the full value.
    public subscript(_ op: Dim7LEFTOperator, _ p: Int, _ r: Int, _ s: Int, _ t: Int) -> Double {
        values[op.storageOffset + 27 * p + 9 * r + 3 * s + t]
    }

    /// The real part of c^{ij}; `complex(_:_:_:)` gives the full value.
    public subscript(_ op: Dim7LEFTOperator, _ i: Int, _ j: Int) -> Double {
        values[op.storageOffset + 3 * i + j]
    }

    /// c^{prst} (dimensionless).
    public func complex(_ op: Dim7LEFTOperator, _ p: Int, _ r: Int, _ s: Int, _ t: Int) -> Complex<Double> {
        let k = op.storageOffset + 27 * p + 9 * r + 3 * s + t
        return Complex(values[k], imaginaryValues[k])
    }

    /// c^{ij} (μ_ij/e in GeV⁻¹, δm_ν^{ij} in GeV, c⁽⁹⁾ dimensionless).
    public func complex(_ op: Dim7LEFTOperator, _ i: Int, _ j: Int) -> Complex<Double> {
        let k = op.storageOffset + 3 * i + j
        return Complex(values[k], imaginaryValues[k])
    }

    mutating func set(_ op: Dim7LEFTOperator, _ p: Int, _ r: Int, _ s: Int, _ t: Int, _ z: Complex<Double>) {
        let k = op.storageOffset + 27 * p + 9 * r + 3 * s + t
        values[k] = z.real
        imaginaryValues[k] = z.imaginary
    }

    mutating func set(_ op: Dim7LEFTOperator, _ i: Int, _ j: Int, _ z: Complex<Double>) {
        let k = op.storageOffset + 3 * i + j
        values[k] = z.real
        imaginaryValues[k] = z.imaginary
    }
}

/// The tree-level matching SMEFT → LEFT.
public enum Dim7Matching {
    /// Matches C (TeV⁻³, complex) onto every LEFT coefficient with the CKM matrix and G_F, v of `inputs`.
    ///
    /// Table 2 of 002_3ba235c4befdeead.txt, (4G_F/√2) c = …, with the CKM matrix multiplying
    /// the left-handed down-type quarks (V_xr: x up-type, r down-type):
    /// - c^{S,prst}_{eν;LL} = −(√2v/8)(2C_ēLLLH^{prst} + C_ēLLLH^{psrt} + s ↔ t)
    /// - c^{S,prst}_{eν;RL} = −(√2v/2)(C_LeHD^{sr} δ^{tp} + C_LeHD^{tr} δ^{sp})
    /// - c^{T,prst}_{eν;LL} = +(√2v/32)(C_ēLLLH^{psrt} − C_ēLLLH^{ptrs})
    ///   (both O_ēLLLH rows vanish on the flavour relation O^{prst} − O^{psrt} = O^{ptrs} − O^{ptsr},
    ///   `Dim7ELLLHFlavourRelation`: C and `C.canonicalized()` match to the same LEFT point, tested)
    /// - c^{S,prst}_{dν;LL} = −(√2v/8) V_xr (C_dLQLH1^{ptxs} + C_dLQLH1^{psxt})
    /// - c^{T,prst}_{dν;LL} = −(√2v/32) V_xr (C_dLQLH1^{ptxs} − C_dLQLH1^{psxt})
    /// - c^{S,prst}_{uν;RL} = +(√2v/4)(C_QuLLH^{prst} + C_QuLLH^{prts})
    /// - c^{S,prst}_{duνe;LL} = +(√2v/8)(2C_dLQLH1^{ptrs} + C_dLQLH2^{ptrs} − C_dLQLH2^{psrt})
    /// - c^{S,prst}_{duνe;RL} = +(√2v/2) V*_xp C_QuLLH^{xrts}
    /// - c^{T,prst}_{duνe;LL} = +(√2v/32)(2C_dLQLH1^{ptrs} + C_dLQLH2^{ptrs} + C_dLQLH2^{psrt})
    /// - c^{V,prst}_{duνe;LR} = +(√2v/2) V*_rp C_LeHD^{st}
    /// - c^{V,prst}_{duνe;RR} = +(√2v/4) C_dLueH^{psrt}
    ///
    /// Eq. (4.4): (4G_F/(√2v)) c^{(7)V;dust}_{LL} = (V*_ud/2)(8C_LHW^{ts} + C_LHD1^{ts} + C_LHD1^{st} + C_LHD2^{ts});
    /// eq. (4.5): (4G_F/(√2v)) c^{(7)V;dust}_{RL} = −(1/2)(C_duLLD^{duts} + C_duLLD^{dust})
    /// (the printed superscripts prts, prst with p = d, r = u). Both stored as [d][u][s][t].
    ///
    /// Eqs. (4.6)–(4.7): (8G_F/(√2v)) c^{(9);ij}_{V;LL} = −2V_ud²(C_LHD1^{ij} + 4C_LHW^{ij})*,
    /// (8G_F/(√2v)) c^{(9);ij}_{V;LR} = −2V_ud C_duLLD^{11ij}*, c^{(9)}_{V′;LR} = 0 (the
    /// conjugations as printed).
    /// - Note: Table 5 of the paper converts the dim-9 limits as if the left sides carried
    ///   4G_F/(√2v) (a factor 2, ERRATA.md); `Dim7DoubleBeta` offers that reading as `.paper`.
    ///
    /// Eq. (4.35): μ_ij = c^{5γ}_{ννF}/e = (1/(2v))(v³C_LHB^{ij} − v³(C_LHW^{ij} − C_LHW^{ji})/2).
    /// Sec. 5: δm_ν^{ij} = −(v/2)(v³ C_LH^{ij}).
    ///
    /// Every probe bounds |c|² (or a sum of them), so the printed conjugations of C change no
    /// limit; those of the CKM matrix do when several quark flavours interfere.
    public static func match(_ c: Dim7WilsonCoefficients, inputs: Dim7Inputs = .paper) -> Dim7LEFTCoefficients {
        match(c, fermiConstant: inputs.fermiConstant, vev: inputs.vev, ckm: inputs.ckm)
    }

    /// The matching with explicit G_F (GeV⁻²), v (GeV) and real CKM V[up][down].
    public static func match(_ c: Dim7WilsonCoefficients, fermiConstant gF: Double, vev v: Double, ckm V: [[Double]]) -> Dim7LEFTCoefficients {
        match(c, fermiConstant: gF, vev: v, ckm: Dim7CKM(magnitudes: V))
    }

    /// The matching with explicit G_F (GeV⁻²), v (GeV) and a complex CKM matrix.
    public static func match(_ c: Dim7WilsonCoefficients, fermiConstant gF: Double, vev v: Double, ckm: Dim7CKM) -> Dim7LEFTCoefficients {
        var out = Dim7LEFTCoefficients()
        let gev = Dim7WCxf.gevPerTeVFactor
        let n = 1 / (2 * 2.0.squareRoot() * gF)    // c = RHS / (4G_F/√2)
        let r2v = 2.0.squareRoot() * v * gev        // √2 v, with C converted to GeV⁻³
        func C(_ op: Dim7Operator, _ p: Int, _ r: Int, _ s: Int, _ t: Int) -> Complex<Double> { c.complexValue(op, p, r, s, t) }
        func C(_ op: Dim7Operator, _ p: Int, _ r: Int) -> Complex<Double> { c.complexValue(op, p, r) }
        func V(_ up: Int, _ down: Int) -> Complex<Double> { ckm[up, down] }
        func k(_ x: Double) -> Complex<Double> { Complex(x, 0) }
        func delta(_ a: Int, _ b: Int) -> Complex<Double> { a == b ? 1 : 0 }
        let n7 = 2.0.squareRoot() * v / (4 * gF) * gev
        for p in 0..<3 { for r in 0..<3 { for s in 0..<3 { for t in 0..<3 {
            out.set(.eNuLLScalar, p, r, s, t, k(-n * r2v / 8) * (2 * C(.eLLLH, p, r, s, t) + C(.eLLLH, p, s, r, t) + 2 * C(.eLLLH, p, r, t, s) + C(.eLLLH, p, t, r, s)))
            out.set(.eNuRLScalar, p, r, s, t, k(-n * r2v / 2) * (C(.leHD, s, r) * delta(t, p) + C(.leHD, t, r) * delta(s, p)))
            out.set(.eNuLLTensor, p, r, s, t, k(n * r2v / 32) * (C(.eLLLH, p, s, r, t) - C(.eLLLH, p, t, r, s)))
            var sS = Complex<Double>.zero, sT = Complex<Double>.zero, sRL = Complex<Double>.zero
            for x in 0..<3 {
                sS = sS + V(x, r) * (C(.dLQLH1, p, t, x, s) + C(.dLQLH1, p, s, x, t))
                sT = sT + V(x, r) * (C(.dLQLH1, p, t, x, s) - C(.dLQLH1, p, s, x, t))
                sRL = sRL + V(x, p).conjugate * C(.quLLH, x, r, t, s)
            }
            out.set(.dNuLLScalar, p, r, s, t, k(-n * r2v / 8) * sS)
            out.set(.dNuLLTensor, p, r, s, t, k(-n * r2v / 32) * sT)
            out.set(.uNuRLScalar, p, r, s, t, k(n * r2v / 4) * (C(.quLLH, p, r, s, t) + C(.quLLH, p, r, t, s)))
            out.set(.duNuELLScalar, p, r, s, t, k(n * r2v / 8) * (2 * C(.dLQLH1, p, t, r, s) + C(.dLQLH2, p, t, r, s) - C(.dLQLH2, p, s, r, t)))
            out.set(.duNuERLScalar, p, r, s, t, k(n * r2v / 2) * sRL)
            out.set(.duNuELLTensor, p, r, s, t, k(n * r2v / 32) * (2 * C(.dLQLH1, p, t, r, s) + C(.dLQLH2, p, t, r, s) + C(.dLQLH2, p, s, r, t)))
            out.set(.duNuELRVector, p, r, s, t, k(n * r2v / 2) * V(r, p).conjugate * C(.leHD, s, t))
            out.set(.duNuERRVector, p, r, s, t, k(n * r2v / 4) * C(.dLueH, p, s, r, t))
            // eqs. (4.4), (4.5): [d = p][u = r][s][t]; c⁽⁷⁾ = (√2 v/(4G_F)) × RHS.
            out.set(.duNuELLVector7, p, r, s, t, k(n7 / 2) * V(r, p).conjugate * (8 * C(.lHW, t, s) + C(.lHD1, t, s) + C(.lHD1, s, t) + C(.lHD2, t, s)))
            out.set(.duNuERLVector7, p, r, s, t, k(-n7 / 2) * (C(.duLLD, p, r, t, s) + C(.duLLD, p, r, s, t)))
        } } } }
        let n9 = 2.0.squareRoot() * v / (8 * gF) * gev
        let v3 = v * v * v * gev
        let vud = V(0, 0)
        for i in 0..<3 {
            for j in 0..<3 {
                out.set(.vectorLL9, i, j, k(-n9 * 2) * vud * vud * (C(.lHD1, i, j) + 4 * C(.lHW, i, j)).conjugate)
                out.set(.vectorLR9, i, j, k(-n9 * 2) * vud * C(.duLLD, 0, 0, i, j).conjugate)
                out.set(.magneticMoment, i, j, k(1 / (2 * v)) * (k(v3) * C(.lHB, i, j) - k(v3 / 2) * (C(.lHW, i, j) - C(.lHW, j, i))))
                out.set(.neutrinoMass, i, j, k(-(v / 2) * v3) * C(.lh, i, j))
            }
        }
        return out
    }

    /// The identity CKM matrix (no quark mixing; the paper's Tables 6–8 and 12).
    public static let identityCKM: Dim7CKM = .identity
}
