// Takagi factorization of complex symmetric matrices: Uᵀ M U = diag(m), the diagonalization of
// the neutrino mass matrix in eq. (2.5) of 000_b99ff7acfa28d225.txt (M = U* diag(m) U†).
//
// Conventions (also in Conventions.md):
//  - masses m ≥ 0 ascending; column k of U (U[i][k], row-major) is the Takagi vector u_k, with
//    M u_k = m_k ū_k, so that Uᵀ M U = diag(m) and U is unitary;
//  - phases: for a simple non-zero mass u_k is unique up to its sign (e^{iφ}u_k is a Takagi
//    vector only for e^{2iφ} = 1); NuEFT fixes it so that the component of largest modulus has
//    a positive real part (if that is 0, a positive imaginary part). For a degenerate mass any
//    real orthogonal mix of its vectors is a Takagi basis, and for zero masses any unitary basis
//    of the null space; NuEFT returns one such basis (unitary, Uᵀ M U diagonal), not a canonical one;
//  - a matrix must be symmetric to 16 n ε of its largest entry; within that, its symmetric part
//    (M + Mᵀ)/2 is factorized, beyond it the matrix is refused (`.notSymmetric`), never silently
//    symmetrized.

import ComplexModule
import RealModule

/// The Takagi factorization M = U* diag(m) U† of one complex symmetric n×n matrix.
public struct TakagiFactorization: Sendable, Equatable {
    /// n.
    public var dimension: Int
    /// The Takagi values (the singular values of M), ascending.
    public var masses: [Double]
    /// U, row-major: `unitary[i * dimension + k]` is component i of the Takagi vector of `masses[k]`.
    public var unitary: [Complex<Double>]
    /// An absolute error bound per mass (Takagi+Refinement.swift): with `.relative` accuracy
    /// `massErrors[k] / masses[k]` is the certified relative accuracy of mass k.
    public var massErrors: [Double]

    public init(dimension: Int, masses: [Double], unitary: [Complex<Double>], massErrors: [Double]) {
        self.dimension = dimension
        self.masses = masses
        self.unitary = unitary
        self.massErrors = massErrors
    }

    /// U[i][k].
    public subscript(row i: Int, column k: Int) -> Complex<Double> { unitary[i * dimension + k] }
}

/// The Takagi engine.
public enum Takagi {
    /// Dimensions the engine accepts.
    public static let dimensions: ClosedRange<Int> = 1...16

    /// The relative tolerance of the symmetry check, in units of ε·n·max|M_ij|.
    public static let symmetryToleranceUlps = 16.0

    /// Factorizes one complex symmetric n×n matrix (row-major).
    /// - Throws: `.unsupportedDimension` for n outside 1…16, `.lengthMismatch` for a wrong
    ///   element count, and the per-matrix statuses `.nanInput`, `.infiniteInput`,
    ///   `.notSymmetric` or `.lapackFailure`.
    public static func factorize(_ matrix: [Complex<Double>], dimension n: Int,
                                 accuracy: TakagiAccuracy = .relative,
                                 method: TakagiMethod = .automatic) throws(NuEFTError) -> TakagiFactorization {
        guard dimensions.contains(n) else {
            throw NuEFTError(.unsupportedDimension, "n = \(n) is outside \(dimensions)")
        }
        guard matrix.count == n * n else {
            throw NuEFTError(.lengthMismatch, "expected \(n * n) entries, got \(matrix.count)")
        }
        var masses = [Double](repeating: 0, count: n)
        var unitary = [Complex<Double>](repeating: .zero, count: n * n)
        var errors = [Double](repeating: 0, count: n)
        var status = NuEFTStatus.ok
        matrix.withUnsafeBufferPointer { m in
            m.withMemoryRebound(to: Double.self) { entries in
                masses.withUnsafeMutableBufferPointer { s in
                    unitary.withUnsafeMutableBufferPointer { u in
                        u.withMemoryRebound(to: Double.self) { uu in
                            var engine = TakagiEngine(dimension: n, accuracy: accuracy, method: method)
                            errors.withUnsafeMutableBufferPointer { e in
                                withUnsafeMutablePointer(to: &status) { code in
                                    _ = engine.factorize(entries.baseAddress!, count: 1, masses: s.baseAddress!,
                                                         unitaries: uu.baseAddress, massErrors: e.baseAddress, status: code)
                                }
                            }
                        }
                    }
                }
            }
        }
        guard status == .ok else { throw NuEFTError(status, "Takagi factorization of a \(n)×\(n) matrix") }
        return TakagiFactorization(dimension: n, masses: masses, unitary: unitary, massErrors: errors)
    }

    /// Factorizes `count` matrices of dimension n: `matrices` holds count·n·n complex entries
    /// (row-major, interleaved re, im), `masses` receives count·n values, `unitaries` (may be
    /// nil) count·n·n complex entries, `massErrors` (may be nil) count·n absolute error bounds
    /// (Takagi+Refinement.swift). `accuracy` chooses relative accuracy for every mass (the
    /// default) or the faster backward-stable sweeps alone. Matrices are spread over `NuEFT.threadCount` threads;
    /// each one's result does not depend on the others or on the thread count. A bad matrix
    /// (NaN, ±∞, not symmetric, LAPACK failure) gets NaN outputs and its code in `status`.
    /// - Returns: `.ok` or `.somePointsFailed`.
    /// - Throws: `.unsupportedDimension` or `.lengthMismatch` (nothing is written then).
    @discardableResult
    public static func factorize(count: Int, dimension n: Int, matrices: UnsafeBufferPointer<Double>,
                                 masses: UnsafeMutableBufferPointer<Double>,
                                 unitaries: UnsafeMutableBufferPointer<Double>?,
                                 massErrors: UnsafeMutableBufferPointer<Double>? = nil,
                                 status: UnsafeMutableBufferPointer<NuEFTStatus>? = nil,
                                 accuracy: TakagiAccuracy = .relative,
                                 method: TakagiMethod = .automatic) throws(NuEFTError) -> NuEFTStatus {
        guard dimensions.contains(n) else {
            throw NuEFTError(.unsupportedDimension, "n = \(n) is outside \(dimensions)")
        }
        guard count >= 0 else { throw NuEFTError(.invalidCount, "count = \(count)") }
        let entries = 2 * n * n
        guard matrices.count == count * entries, masses.count == count * n,
              unitaries.map({ $0.count == count * entries }) ?? true,
              massErrors.map({ $0.count == count * n }) ?? true,
              status.map({ $0.count == count }) ?? true else {
            throw NuEFTError(.lengthMismatch, "buffers do not hold \(count) matrices of dimension \(n)")
        }
        guard count > 0, let m = matrices.baseAddress, let s = masses.baseAddress else { return .ok }
        nonisolated(unsafe) let u = unitaries?.baseAddress
        nonisolated(unsafe) let codes = status?.baseAddress
        nonisolated(unsafe) let e = massErrors?.baseAddress
        // A multiple of the Jacobi width, ~2000 complex entries: blocks of ~50 µs, so a batch of
        // a few hundred matrices already spreads over the threads.
        let blockSize = TakagiJacobiKernel.width * max(1, 256 / (n * n))
        let failures = forEachBlock(count: count, blockSize: blockSize) { range in
            var engine = TakagiEngine(dimension: n, accuracy: accuracy, method: method)
            let k = range.lowerBound
            return engine.factorize(m + k * entries, count: range.count, masses: s + k * n,
                                    unitaries: u.map { $0 + k * entries }, massErrors: e.map { $0 + k * n },
                                    status: codes.map { $0 + k })
        }
        return failures == 0 ? .ok : .somePointsFailed
    }
}

/// How the factorization is computed.
public enum TakagiMethod: Int32, Sendable, CaseIterable {
    /// The path that is both faster and at least as accurate: the SIMD Jacobi path, for every
    /// n. Measured on 1e5 (n ≤ 8) / 2e4 random matrices, one core, absolute accuracy: Jacobi
    /// 2.09 M/s (n = 4), 600 k/s (6), 293 k/s (8), 205 k/s (9), 62 k/s (12), 29 k/s (16);
    /// LAPACK dsyevd on the embedding 45, 36, 22, 11 and 6.8 k/s for n = 6, 8, 9, 12, 16 — and
    /// Jacobi meets tier B on 261 of 300 reference matrices where LAPACK meets 157.
    case automatic = 0
    /// Complex Takagi–Jacobi in SIMD (Takagi+Jacobi.swift), any n.
    case jacobi = 1
    /// LAPACK dsyevd on the real 2n×2n embedding (Takagi+LAPACK.swift), any n; backward stable
    /// (absolute accuracy) whatever `TakagiAccuracy` asks, with the absolute error bounds. The
    /// independent cross-check of the Jacobi path (tests compare the two on every reference
    /// matrix).
    case lapack = 2
}

/// Runs the path the method selects for dimension n.
struct TakagiEngine {
    let n: Int
    let accuracy: TakagiAccuracy
    let jacobi: TakagiJacobiKernel?
    var lapack: TakagiWorkspace?

    init(dimension n: Int, accuracy: TakagiAccuracy = .relative, method: TakagiMethod = .automatic) {
        self.n = n
        self.accuracy = accuracy
        let useJacobi = method != .lapack
        jacobi = useJacobi ? TakagiJacobiKernel(dimension: n) : nil
        lapack = useJacobi ? nil : TakagiWorkspace(dimension: n)
    }

    /// Factorizes `count` consecutive matrices; returns the number that failed.
    mutating func factorize(_ m: UnsafePointer<Double>, count: Int, masses: UnsafeMutablePointer<Double>,
                            unitaries: UnsafeMutablePointer<Double>?, massErrors: UnsafeMutablePointer<Double>?,
                            status: UnsafeMutablePointer<NuEFTStatus>?) -> Int {
        let entries = 2 * n * n
        var failures = 0
        var k = 0
        while k < count {
            if let jacobi {
                let lanes = min(TakagiJacobiKernel.width, count - k)
                failures += jacobi.factorize(m + k * entries, lanes: lanes, accuracy: accuracy, masses: masses + k * n,
                                             unitaries: unitaries.map { $0 + k * entries },
                                             massErrors: massErrors.map { $0 + k * n }, status: status.map { $0 + k })
                k += lanes
            } else {
                let code = lapack!.factorize(m + k * entries, masses: masses + k * n, unitary: unitaries.map { $0 + k * entries })
                status?[k] = code
                if let massErrors {
                    // The backward error of dsyevd: 6 n ε ‖M‖₂ (NaN for a failed matrix).
                    let bound = 6 * Double(n) * Double.ulpOfOne * masses[k * n + n - 1]
                    (massErrors + k * n).update(repeating: bound, count: n)
                }
                if code != .ok { failures += 1 }
                k += 1
            }
        }
        return failures
    }
}
