// Throughput of the Takagi engine on random complex symmetric matrices (entries with real and
// imaginary parts uniform in [-1, 1]), n = 4, 5, 6 and 12, with relative accuracy (the default:
// SIMD Jacobi + double-double refinement, any n) and with absolute accuracy (SIMD Jacobi for
// n ≤ 8, LAPACK dsyevd for n = 12), on one thread and on all threads. One measured iteration
// is one batch call of 1000 matrices
// (scalingFactor .kilo), so the throughput column reads in thousands of matrices per second.
// The same-run comparison with NumPy and a C loop of LAPACKE_zgesvd is Benchmarks/compare_takagi.py.

import Benchmark
import NuEFT

func randomSymmetric(_ count: Int, _ n: Int) -> [Double] {
    var g = SystemRandomNumberGenerator()
    var out = [Double](repeating: 0, count: count * 2 * n * n)
    for k in 0..<count {
        for i in 0..<n {
            for j in i..<n {
                let re = Double.random(in: -1...1, using: &g), im = Double.random(in: -1...1, using: &g)
                for (a, b) in [(i, j), (j, i)] {
                    out[k * 2 * n * n + 2 * (a * n + b)] = re
                    out[k * 2 * n * n + 2 * (a * n + b) + 1] = im
                }
            }
        }
    }
    return out
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.throughput, .wallClock, .mallocCountTotal],
                                           timeUnits: .nanoseconds, warmupIterations: 1,
                                           maxDuration: .seconds(2), maxIterations: 50)
    let count = 1000
    for n in [4, 5, 6, 12] {
        let matrices = randomSymmetric(count, n)
        for (threads, label) in [(1, "1 thread"), (0, "all threads")] {
          for accuracy in TakagiAccuracy.allCases {
            Benchmark("takagi n=\(n) \(accuracy) 1k matrices (\(label))", configuration: .init(scalingFactor: .kilo)) { b in
                try? NuEFT.setThreadCount(threads)
                var masses = [Double](repeating: 0, count: count * n)
                var unitaries = [Double](repeating: 0, count: count * 2 * n * n)
                matrices.withUnsafeBufferPointer { m in
                    masses.withUnsafeMutableBufferPointer { s in
                        unitaries.withUnsafeMutableBufferPointer { u in
                            b.startMeasurement()
                            _ = try? Takagi.factorize(count: count, dimension: n, matrices: m, masses: s, unitaries: u,
                                                      accuracy: accuracy)
                            b.stopMeasurement()
                        }
                    }
                }
                blackHole(masses)
            }
          }
        }
    }
}
