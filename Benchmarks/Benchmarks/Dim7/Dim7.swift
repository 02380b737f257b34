// Throughput of the dimension-7 batch kernel (global-fit use): every probe's signal strength
// for random Wilson-coefficient points of the 24 fit-like components of
// `Dim7Benchmark.fitComponents`, on one thread and on all threads; plus the plan build and
// the scalar API (full matching + channels) for comparison. Inputs are built outside the
// timed region; results go to blackHole. The NumPy comparison is Benchmarks/compare_dim7.py.

import Benchmark
import NuEFT

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.throughput, .wallClock, .mallocCountTotal],
        timeUnits: .nanoseconds,
        warmupIterations: 2,
        maxDuration: .seconds(2),
        maxIterations: 100
    )
    let components = Dim7Benchmark.fitComponents
    let n = 1_000_000
    var g = SystemRandomNumberGenerator()
    let coefficients = (0..<(components.count * n)).map { _ in Double.random(in: -1e-3...1e-3, using: &g) }
    let plan = try! Dim7BatchPlan(components: components)

    for (threads, label) in [(1, "1 thread"), (0, "all threads")] {
        Benchmark("dim7 probes 24 components batch 1M (\(label))", configuration: .init(scalingFactor: .mega)) { b in
            try? NuEFT.setThreadCount(threads)
            var r = [Double](repeating: 0, count: Dim7BatchPlan.probeCount * n)
            var seen = [Int32](repeating: 0, count: n)
            coefficients.withUnsafeBufferPointer { c in
                r.withUnsafeMutableBufferPointer { rp in
                    seen.withUnsafeMutableBufferPointer { sp in
                        b.startMeasurement()
                        _ = try? plan.evaluate(count: n, coefficients: c, strengths: rp, seen: sp)
                        b.stopMeasurement()
                    }
                }
            }
            blackHole(r)
        }
    }
    // Complex coefficients under the complex PDG 2024 CKM (`current`): 48 real columns.
    let imaginary = (0..<(components.count * n)).map { _ in Double.random(in: -1e-3...1e-3, using: &g) }
    let complexPlan = try! Dim7BatchPlan(components: components, inputs: .current, complexCoefficients: true)
    Benchmark("dim7 probes 24 complex components batch 1M (all threads)", configuration: .init(scalingFactor: .mega)) { b in
        try? NuEFT.setThreadCount(0)
        var r = [Double](repeating: 0, count: Dim7BatchPlan.probeCount * n)
        coefficients.withUnsafeBufferPointer { c in
            imaginary.withUnsafeBufferPointer { ci in
                r.withUnsafeMutableBufferPointer { rp in
                    b.startMeasurement()
                    _ = try? complexPlan.evaluate(count: n, coefficients: c, imaginary: ci, strengths: rp)
                    b.stopMeasurement()
                }
            }
        }
        blackHole(r)
    }
    Benchmark("dim7 plan build 24 components") { b in
        for _ in b.scaledIterations { blackHole(try? Dim7BatchPlan(components: components)) }
    }
    Benchmark("dim7 scalar API (match + all channels) 1 point", configuration: .init(scalingFactor: .kilo)) { b in
        let channels = Dim7Probes.channels()
        var c = Dim7WilsonCoefficients()
        for (k, comp) in components.enumerated() { try? c.set(comp.op, comp.indices, coefficients[k]) }
        for _ in b.scaledIterations {
            blackHole(Dim7Probes.signalStrengths(Dim7Point(c), channels: channels, scenario: .current))
        }
    }
}
