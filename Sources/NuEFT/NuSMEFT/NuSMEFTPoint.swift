// A parameter point of the νSMEFT of 000_b99ff7acfa28d225.txt with n sterile states and the
// right-handed current O_Hνe (eq. (3.8)), as physical inputs or from the Lagrangian.
//
// Physical inputs: the heavy masses m_j, the mixings U_αj and U_Sj of the heavy states, the
// n×3 Wilson matrix (C_Hνe)_Sα at Λ (GeV⁻²), Λ, and the effective Majorana mass m_ββ of the
// light states (eq. (4.26), optional). Lagrangian inputs: M_L, M_D, M_R of eq. (2.4) run
// through the Takagi factorization of eq. (2.5) (NeutrinoMassMatrix.swift).
// Indices are 0-based: α = 0, 1, 2 for e, μ, τ; j = 0 … n−1 the heavy states (the paper's
// j = 4 … 3+n); S = 0 … n−1 the sterile flavours.

import ComplexModule
import RealModule

/// One νSMEFT parameter point in physical inputs.
public struct NuSMEFTPoint: Sendable, Equatable {
    /// The largest n the batch kernels take.
    public static let maxSterileCount = 4

    /// n.
    public let sterileCount: Int
    /// Λ in GeV, the scale where C_Hνe is given (and C_eH(Λ) = 0, sec. 4.1).
    public var scale: Double
    /// m_j in GeV, j = 0 … n−1.
    public var masses: [Double]
    /// U_αj, row-major 3×n.
    public var activeMixing: [Complex<Double>]
    /// U_Sj, row-major n×n (row S, column j).
    public var sterileMixing: [Complex<Double>]
    /// (C_Hνe)_Sα in GeV⁻², row-major n×3.
    public var coefficients: [Complex<Double>]
    /// m_ββ = Σ_{light j} m_j U_ej² (eq. (4.26)) in GeV; 0 if unknown.
    public var effectiveMajoranaMass: Complex<Double>

    /// - Throws: `.lengthMismatch` for arrays of the wrong size, `.unsupportedDimension` for n
    ///   outside 1…4.
    public init(scale: Double, masses: [Double], activeMixing: [Complex<Double>], sterileMixing: [Complex<Double>],
                coefficients: [Complex<Double>], effectiveMajoranaMass: Complex<Double> = .zero) throws(NuEFTError) {
        let n = masses.count
        guard (1...Self.maxSterileCount).contains(n) else {
            throw NuEFTError(.unsupportedDimension, "n = \(n) sterile states; 1...\(Self.maxSterileCount) supported")
        }
        guard activeMixing.count == 3 * n, sterileMixing.count == n * n, coefficients.count == 3 * n else {
            throw NuEFTError(.lengthMismatch, "U_αj needs 3n, U_Sj n², C_Hνe 3n entries for n = \(n)")
        }
        sterileCount = n
        self.scale = scale
        self.masses = masses
        self.activeMixing = activeMixing
        self.sterileMixing = sterileMixing
        self.coefficients = coefficients
        self.effectiveMajoranaMass = effectiveMajoranaMass
    }

    /// The n = 1 point of the paper's figures (sec. 5): one sterile state of mass m_4 with real
    /// mixings U_α4, U_S4 = 1 and [C̄_Hνe]_4α = C_Sα = `coefficients[α]` (GeV⁻²).
    public static func singleSterile(mass: Double, scale: Double, mixing: [Double], coefficients: [Double]) throws(NuEFTError) -> NuSMEFTPoint {
        guard mixing.count == 3, coefficients.count == 3 else { throw NuEFTError(.lengthMismatch, "need 3 mixings and 3 coefficients") }
        return try NuSMEFTPoint(scale: scale, masses: [mass], activeMixing: mixing.map { Complex($0) },
                                sterileMixing: [.one], coefficients: coefficients.map { Complex($0) })
    }

    /// [C̄_Hνe]_jα = Σ_S U_Sj (C_Hνe)_Sα, eq. (3.10) of 000_b99ff7acfa28d225.txt (GeV⁻²).
    public func effectiveCoefficient(_ j: Int, _ alpha: Int) -> Complex<Double> {
        var sum = Complex<Double>.zero
        for s in 0..<sterileCount { sum += sterileMixing[s * sterileCount + j] * coefficients[s * 3 + alpha] }
        return sum
    }

    /// U_αj.
    public func mixing(_ alpha: Int, _ j: Int) -> Complex<Double> { activeMixing[alpha * sterileCount + j] }

    // MARK: Lagrangian inputs

    /// The point of the Lagrangian inputs M_L (3×3 symmetric), M_D (3×n), M_R (n×n symmetric)
    /// of eq. (2.4) (GeV, row-major) and C_Hνe (n×3, GeV⁻²) at Λ: Takagi factorization of
    /// M_ν (eq. (2.5)), heavy states = the n largest masses, m_ββ from eq. (4.26).
    /// - Throws: the errors of `NeutrinoMassMatrix` and `Takagi.factorize`, `.lengthMismatch`.
    public static func lagrangian(ML: [Complex<Double>], MD: [Complex<Double>], MR: [Complex<Double>],
                                  coefficients: [Complex<Double>], scale: Double) throws(NuEFTError) -> NuSMEFTPoint {
        let matrix = try NeutrinoMassMatrix(ML: ML, MD: MD, MR: MR)
        let mixing = try matrix.factorize()
        return try NuSMEFTPoint(mixing: mixing, coefficients: coefficients, scale: scale)
    }

    /// The point of a factorized mass matrix (`NeutrinoMixing`) and C_Hνe (n×3, GeV⁻²).
    public init(mixing: NeutrinoMixing, coefficients: [Complex<Double>], scale: Double) throws(NuEFTError) {
        let n = mixing.sterileCount
        var active = [Complex<Double>](), sterile = [Complex<Double>]()
        for a in 0..<3 { for j in 0..<n { active.append(mixing.active(a, 3 + j)) } }
        for s in 0..<n { for j in 0..<n { sterile.append(mixing.sterile(s, 3 + j)) } }
        var mbb = Complex<Double>.zero
        for j in 0..<3 { mbb += Complex(mixing.masses[j]) * mixing.active(0, j) * mixing.active(0, j) }
        try self.init(scale: scale, masses: Array(mixing.masses[3...]), activeMixing: active, sterileMixing: sterile,
                      coefficients: coefficients, effectiveMajoranaMass: mbb)
    }

    // MARK: Flat layout (batch, C, Python)

    /// The number of doubles of one point in the flat layout: 3 + 13n + 2n².
    public static func fieldCount(sterileCount n: Int) -> Int { 3 + 13 * n + 2 * n * n }

    /// The flat layout (the order of the fields of one point):
    /// Λ; m_j (n); U_αj re, im (α-major, 6n); U_Sj re, im (S-major, 2n²); C_Sα re, im
    /// (S-major, 6n); m_ββ re, im. Batches store it field-major: field f of point i at f·count + i.
    public var flat: [Double] {
        var f: [Double] = [scale]
        f += masses
        for u in activeMixing { f += [u.real, u.imaginary] }
        for u in sterileMixing { f += [u.real, u.imaginary] }
        for c in coefficients { f += [c.real, c.imaginary] }
        f += [effectiveMajoranaMass.real, effectiveMajoranaMass.imaginary]
        return f
    }

    /// The point of a flat record (see `flat`).
    /// - Throws: `.lengthMismatch` if the record does not have `fieldCount(n)` entries.
    public init(flat f: [Double], sterileCount n: Int) throws(NuEFTError) {
        guard (1...Self.maxSterileCount).contains(n) else { throw NuEFTError(.unsupportedDimension, "n = \(n)") }
        guard f.count == Self.fieldCount(sterileCount: n) else { throw NuEFTError(.lengthMismatch, "need \(Self.fieldCount(sterileCount: n)) fields") }
        var k = 1
        func complexes(_ m: Int) -> [Complex<Double>] {
            defer { k += 2 * m }
            return (0..<m).map { Complex(f[k + 2 * $0], f[k + 2 * $0 + 1]) }
        }
        let masses = Array(f[1...n]); k += n
        let a = complexes(3 * n), s = complexes(n * n), c = complexes(3 * n)
        try self.init(scale: f[0], masses: masses, activeMixing: a, sterileMixing: s, coefficients: c,
                      effectiveMajoranaMass: Complex(f[k], f[k + 1]))
    }
}
