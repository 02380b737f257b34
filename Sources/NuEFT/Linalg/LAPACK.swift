// The LAPACK (LAPACKE + OpenBLAS) layer: configuration and the singular values of a complex
// matrix, the building block of the Takagi factorization.
//
// Threads: NuEFT parallelizes over matrices itself, so OpenBLAS is set to one thread before
// the first LAPACK call (measured: LAPACK called from 2 workers while OpenBLAS also threads is
// 1.7–1.9× slower than serial, ../shared/notes/toolchain.md §1). The setting is process-wide
// in OpenBLAS 0.3.21; NumPy's bundled OpenBLAS is a separate library and is not affected.

import CLapacke
import ComplexModule
import RealModule

/// Runs once, before the first LAPACK call.
let openBLASSingleThreaded: Void = { openblas_set_num_threads(1) }()

extension NuEFT {
    /// OpenBLAS's build configuration and the CPU core it selected, e.g.
    /// "OpenBLAS 0.3.21 DYNAMIC_ARCH NO_AFFINITY Zen MAX_THREADS=64 (core: Zen)".
    public static var blasConfiguration: String {
        let config = openblas_get_config().map { String(cString: $0) } ?? "unknown"
        let core = openblas_get_corename().map { String(cString: $0) } ?? "unknown"
        return "\(config) (core: \(core))"
    }

    /// The singular values of a complex n×n matrix, ascending, by LAPACK `zgesvd`.
    ///
    /// For a complex symmetric matrix these are the Takagi masses of eq. (2.5) of
    /// 000_b99ff7acfa28d225.txt, to absolute accuracy ~ε‖M‖ (a backward-stable SVD: light
    /// masses of a seesaw hierarchy lose relative accuracy; the Takagi engine addresses that).
    /// - Parameter matrix: n² entries, row-major.
    /// - Throws: `.invalidArgument` for a wrong element count or a non-finite entry;
    ///   `.invalidArgument` with LAPACK's `info` if zgesvd fails to converge.
    public static func singularValues(of matrix: [Complex<Double>], dimension n: Int) throws(NuEFTError) -> [Double] {
        guard n > 0, matrix.count == n * n else {
            throw NuEFTError(.invalidArgument, "expected \(n)×\(n) = \(n * n) entries, got \(matrix.count)")
        }
        guard matrix.allSatisfy({ $0.real.isFinite && $0.imaginary.isFinite }) else {
            throw NuEFTError(.invalidArgument, "the matrix has a NaN or infinite entry")
        }
        _ = openBLASSingleThreaded
        var a = matrix
        var s = [Double](repeating: 0, count: n)
        var superb = [Double](repeating: 0, count: max(1, n - 1))
        let none = CChar(UInt8(ascii: "N"))
        let info = a.withUnsafeMutableBufferPointer { ab in
            ab.withMemoryRebound(to: _lapack_complex_double.self) { lb in
                LAPACKE_zgesvd(LAPACK_ROW_MAJOR, none, none, Int32(n), Int32(n), lb.baseAddress, Int32(n),
                               &s, nil, 1, nil, 1, &superb)
            }
        }
        guard info == 0 else {
            throw NuEFTError(.invalidArgument, "LAPACKE_zgesvd returned info = \(info)")
        }
        return s.reversed()
    }
}
