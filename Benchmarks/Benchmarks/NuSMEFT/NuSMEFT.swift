// Throughput of the νSMEFT batch kernels (000_b99ff7acfa28d225.txt): every observable of
// `NuSMEFTObservable` per point, (a) from physical inputs on random points (a new m_j per
// point: the Yukawa bracket B is evaluated for every vector), (b) on a scan-like grid (m_4
// constant along Λ, as in Figs. 5–6: B is reused), (c) from Lagrangian inputs (Takagi of the
// (3+n)×(3+n) matrix first). One thread and all threads. Inputs are built once, outside the
// timed region, with a seeded generator; results go to blackHole.

import Benchmark
import NuEFT


/// One million points: "1M" in the names is exact. (A power-of-two count puts every field and
/// output row at a multiple of 8 MB, so the ~45 streams of a vector fall into one cache set:
/// measured ~15% slower; the "2^20" row shows it.)
let count = 1_000_000

func physicalRecords(_ n: Int, grid: Bool, count: Int = count) -> [Double] {
    NuSMEFTBenchmark.physicalRecords(sterileCount: n, count: count, grid: grid, seed: UInt64(17 + n))
}

/// One benchmark: `evaluate(records, outputs)` timed on `threads` threads (0 = all), the
/// outputs (`rows` rows of `count` points) allocated outside the timed region.
func batchBenchmark(_ name: String, threads: Int, records: [Double], rows: Int, count: Int = count,
                    _ evaluate: @escaping (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void) {
    Benchmark(name, configuration: .init(scalingFactor: .mega)) { b in
        try? NuEFT.setThreadCount(threads)
        var out = [Double](repeating: 0, count: rows * count)
        records.withUnsafeBufferPointer { p in
            out.withUnsafeMutableBufferPointer { o in
                b.startMeasurement()
                evaluate(p, o)
                b.stopMeasurement()
            }
        }
        blackHole(out)
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.throughput, .wallClock, .mallocCountTotal],
        timeUnits: .nanoseconds,
        warmupIterations: 1,
        maxDuration: .seconds(1),
        maxIterations: 20
    )
    let all = NuSMEFTObservable.count
    for (n, grid) in [(1, false), (1, true), (2, false), (3, false)] {
        let records = physicalRecords(n, grid: grid)
        for (threads, label) in [(1, "1 thread"), (0, "all threads")] {
            batchBenchmark("nusmeft physical n=\(n) \(grid ? "scan grid" : "random") 1M (\(label))", threads: threads,
                           records: records, rows: all) { p, o in
                _ = try? NuSMEFTBatch.evaluate(count: count, sterileCount: n, points: p, outputs: o)
            }
        }
    }
    // A fit's use: only the χ² row written (the same kernel; 1 of 27 output streams).
    for grid in [false, true] {
        let records = physicalRecords(1, grid: grid)
        for (threads, label) in [(1, "1 thread"), (0, "all threads")] {
            batchBenchmark("nusmeft physical n=1 \(grid ? "scan grid" : "random") chi2 only 1M (\(label))", threads: threads,
                           records: records, rows: 1) { p, o in
                _ = try? NuSMEFTBatch.evaluate(count: count, sterileCount: 1, points: p, outputs: o, observables: [.chiSquared])
            }
        }
    }
    // The same random points at a power-of-two count (cache-set aliasing of the field-major layout).
    // Reported per "M": one M here is 2^20 = 1.049 million points.
    let aliased = 1 << 20
    batchBenchmark("nusmeft physical n=1 random 2^20 (all threads)", threads: 0,
                   records: physicalRecords(1, grid: false, count: aliased), rows: all, count: aliased) { p, o in
        _ = try? NuSMEFTBatch.evaluate(count: aliased, sterileCount: 1, points: p, outputs: o)
    }
    for n in [1, 2] {
        let records = NuSMEFTBenchmark.lagrangianRecords(sterileCount: n, count: count, seed: UInt64(99 + n))
        for (threads, label) in [(1, "1 thread"), (0, "all threads")] {
            batchBenchmark("nusmeft lagrangian n=\(n) takagi \(3 + n)x\(3 + n) 1M (\(label))", threads: threads,
                           records: records, rows: all) { p, o in
                _ = try? NuSMEFTBatch.evaluateLagrangian(count: count, sterileCount: n, records: p, outputs: o)
            }
        }
    }
}
