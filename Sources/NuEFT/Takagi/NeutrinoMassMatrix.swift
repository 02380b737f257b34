// The (3+n)×(3+n) neutrino mass matrix of eq. (2.4) of 000_b99ff7acfa28d225.txt and the
// mixing that its Takagi factorization (eq. (2.5)) defines.
//
// Conventions (sec. 2 of 000_…): N = (ν_L, ν_Rᶜ)ᵀ, L_m = −½ N̄ᶜ M_ν N + h.c.,
//     M_ν = [[M_L, M_D*], [M_D†, M_R†]],   Uᵀ M_ν U = diag(m),   N = U N_m,
// so ν_L = P_L (P U) ν and ν_R = P_R (P_s U*) ν with P = (1₃ 0), P_s = (0 1ₙ): the active–mass
// mixing is U_αj = U[α][j] (α = e, μ, τ the rows 0, 1, 2) and the sterile–mass mixing is
// U_Sj = U[3 + S][j]. Masses ascending, so j = 0, 1, 2 are the light states and j ≥ 3 the
// heavy ones (the paper's j ≥ 4 in 1-based labels).

import ComplexModule
import RealModule

/// M_ν of eq. (2.4) for n sterile states, row-major (3+n)×(3+n).
public struct NeutrinoMassMatrix: Sendable, Equatable {
    /// n, the number of sterile states.
    public let sterileCount: Int
    /// The entries, row-major.
    public var entries: [Complex<Double>]

    /// 3 + n.
    public var dimension: Int { 3 + sterileCount }

    /// M_ν = [[M_L, M_D*], [M_D†, M_R†]] from the blocks of eq. (2.4): `ML` 3×3 symmetric, `MD`
    /// 3×n (rows e, μ, τ), `MR` n×n symmetric, all row-major, in GeV.
    /// - Throws: `.lengthMismatch` for wrong block sizes, `.unsupportedDimension` if 3 + n > 16,
    ///   `.notSymmetric` if M_L or M_R is not symmetric within 16 n ε of its largest entry.
    public init(ML: [Complex<Double>], MD: [Complex<Double>], MR: [Complex<Double>]) throws(NuEFTError) {
        let n = MR.count.squareRootOfPerfectSquare
        guard let n, ML.count == 9, MD.count == 3 * n else {
            throw NuEFTError(.lengthMismatch, "M_L needs 9 entries, M_D 3n and M_R n² (got \(ML.count), \(MD.count), \(MR.count))")
        }
        guard 3 + n <= Takagi.dimensions.upperBound else {
            throw NuEFTError(.unsupportedDimension, "3 + n = \(3 + n) exceeds \(Takagi.dimensions.upperBound)")
        }
        for (block, size) in [(ML, 3), (MR, n)] where !Self.isSymmetric(block, size) {
            throw NuEFTError(.notSymmetric, "M_L and M_R must be symmetric")
        }
        let d = 3 + n
        var m = [Complex<Double>](repeating: .zero, count: d * d)
        for a in 0..<3 { for b in 0..<3 { m[a * d + b] = ML[a * 3 + b] } }
        for a in 0..<3 {
            for s in 0..<n {
                m[a * d + 3 + s] = MD[a * n + s].conjugate        // M_D*
                m[(3 + s) * d + a] = MD[a * n + s].conjugate      // (M_D†)_{s a} = conj(M_D)_{a s}
            }
        }
        for s in 0..<n { for t in 0..<n { m[(3 + s) * d + 3 + t] = MR[t * n + s].conjugate } }   // M_R†
        sterileCount = n
        entries = m
    }

    /// A full (3+n)×(3+n) matrix given entry by entry (row-major), e.g. read from a file.
    /// - Throws: `.lengthMismatch` unless it holds d² entries with 4 ≤ d ≤ 16.
    public init(entries: [Complex<Double>]) throws(NuEFTError) {
        guard let d = entries.count.squareRootOfPerfectSquare, d >= 4, d <= Takagi.dimensions.upperBound else {
            throw NuEFTError(.lengthMismatch, "expected (3+n)² entries with 1 ≤ n ≤ 13, got \(entries.count)")
        }
        sterileCount = d - 3
        self.entries = entries
    }

    /// M = U* diag(m) U† (the inverse of eq. (2.5)) from masses and a unitary U (row-major).
    /// - Throws: `.lengthMismatch` for inconsistent sizes, `.unsupportedDimension` outside 4…16.
    public init(masses: [Double], mixing U: [Complex<Double>]) throws(NuEFTError) {
        let d = masses.count
        guard U.count == d * d else { throw NuEFTError(.lengthMismatch, "U needs \(d * d) entries") }
        guard d >= 4, d <= Takagi.dimensions.upperBound else {
            throw NuEFTError(.unsupportedDimension, "3 + n = \(d) is outside 4…16")
        }
        var m = [Complex<Double>](repeating: .zero, count: d * d)
        for i in 0..<d {
            for j in 0..<d {
                var sum = Complex<Double>.zero
                for k in 0..<d { sum += U[i * d + k].conjugate * Complex(masses[k]) * U[j * d + k].conjugate }
                m[i * d + j] = sum
            }
        }
        sterileCount = d - 3
        entries = m
    }

    /// The Takagi factorization (eq. (2.5)) and the mixing it defines.
    public func factorize() throws(NuEFTError) -> NeutrinoMixing {
        NeutrinoMixing(sterileCount: sterileCount, factorization: try Takagi.factorize(entries, dimension: dimension))
    }

    static func isSymmetric(_ block: [Complex<Double>], _ size: Int) -> Bool {
        let largest = block.reduce(0.0) { max($0, abs($1.real), abs($1.imaginary)) }
        let tolerance = Takagi.symmetryToleranceUlps * Double(size) * .ulpOfOne * largest
        for i in 0..<size {
            for j in (i + 1)..<max(i + 1, size) {
                let a = block[i * size + j], b = block[j * size + i]
                if abs(a.real - b.real) > tolerance || abs(a.imaginary - b.imaginary) > tolerance { return false }
            }
        }
        return true
    }
}

/// The masses and mixings of M_ν (sec. 2 of 000_b99ff7acfa28d225.txt).
public struct NeutrinoMixing: Sendable, Equatable {
    /// n, the number of sterile states.
    public let sterileCount: Int
    /// M_ν = U* diag(m) U†, masses ascending.
    public let factorization: TakagiFactorization

    /// The masses m_1 … m_{3+n} in GeV, ascending (three light, then n heavy).
    public var masses: [Double] { factorization.masses }

    /// U_αj, α = 0, 1, 2 for e, μ, τ; j = 0 … 2+n (0-based: j ≥ 3 are the heavy states).
    public func active(_ alpha: Int, _ j: Int) -> Complex<Double> { factorization[row: alpha, column: j] }

    /// U_Sj, S = 0 … n−1 the sterile flavours.
    public func sterile(_ s: Int, _ j: Int) -> Complex<Double> { factorization[row: 3 + s, column: j] }

    /// Σ_{j heavy} |U_αj|² for α = e, μ, τ: the total active–sterile mixing, well conditioned
    /// even for a near-degenerate heavy pair.
    public var heavyMixing: [Double] {
        (0..<3).map { alpha in (3..<(3 + sterileCount)).reduce(0.0) { $0 + active(alpha, $1).lengthSquared } }
    }

    /// 1 − N N†, N = (U_αj) for the light j = 0, 1, 2: the non-unitarity of the 3×3 PMNS block
    /// (row-major 3×3, Hermitian). By unitarity of U it equals Σ_{j heavy} U_αj U*_βj.
    public var nonUnitarity: [Complex<Double>] {
        var eta = [Complex<Double>](repeating: .zero, count: 9)
        for a in 0..<3 {
            for b in 0..<3 {
                // The heavy-sum form avoids the cancellation of 1 − (N N†).
                var sum = Complex<Double>.zero
                for j in 3..<(3 + sterileCount) { sum += active(a, j) * active(b, j).conjugate }
                eta[a * 3 + b] = sum
            }
        }
        return eta
    }
}

extension Int {
    /// √self if self is a perfect square ≥ 0.
    var squareRootOfPerfectSquare: Int? {
        guard self >= 0 else { return nil }
        let r = Int(Double(self).squareRoot().rounded())
        return r * r == self ? r : nil
    }
}
