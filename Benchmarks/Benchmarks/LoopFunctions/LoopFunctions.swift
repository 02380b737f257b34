// Throughput of the loop-function kernels: batch calls on one thread and on all threads, over
// sterile masses log-uniform in [1 GeV, 10 TeV] (x_j ∈ [1.5e-4, 1.5e4]) at the physical
// x_h = (m_h/m_W)², in random order (every SIMD vector mixes the regimes of f1) and sorted
// (a scan). Inputs are built outside the timed region; results go to blackHole.
// The same-run comparison with NumPy is Benchmarks/compare_numpy.py.

import Benchmark
import Foundation
import NuEFT

let physicalXh = 2.4282415385705916

func sterileXj(_ count: Int, sorted: Bool) -> [Double] {
    var g = SystemRandomNumberGenerator()
    let low = log(1.5e-4), high = log(1.5e4)
    let xj = (0..<count).map { _ in exp(Double.random(in: low...high, using: &g)) }
    return sorted ? xj.sorted() : xj
}

struct Inputs {
    let xh: [Double]
    let xj: [Double]
    init(_ count: Int, sorted: Bool) {
        xh = [Double](repeating: physicalXh, count: count)
        xj = sterileXj(count, sorted: sorted)
    }
}

func unary(_ b: Benchmark, _ x: [Double], _ kernel: (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void) {
    var out = [Double](repeating: 0, count: x.count)
    x.withUnsafeBufferPointer { xp in
        out.withUnsafeMutableBufferPointer { op in
            b.startMeasurement()
            kernel(xp, op)  // one call = scalingFactor points
            b.stopMeasurement()
        }
    }
    blackHole(out)
}

func binary(_ b: Benchmark, _ inputs: Inputs,
            _ kernel: (UnsafeBufferPointer<Double>, UnsafeBufferPointer<Double>,
                       UnsafeMutableBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void) {
    var re = [Double](repeating: 0, count: inputs.xj.count)
    var im = re
    inputs.xh.withUnsafeBufferPointer { h in
        inputs.xj.withUnsafeBufferPointer { j in
            re.withUnsafeMutableBufferPointer { r in
                im.withUnsafeMutableBufferPointer { i in
                    b.startMeasurement()
                    kernel(h, j, r, i)  // one call = scalingFactor points
                    b.stopMeasurement()
                }
            }
        }
    }
    blackHole(re)
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.throughput, .wallClock, .mallocCountTotal],
        timeUnits: .nanoseconds,
        warmupIterations: 2,
        maxDuration: .seconds(2),
        maxIterations: 200
    )

    let million = sterileXj(1_000_000, sorted: false)
    let random = Inputs(1_000_000, sorted: false)
    let sorted = Inputs(1_000_000, sorted: true)

    for (threads, label) in [(1, "1 thread"), (0, "all threads")] {
        Benchmark("w batch 1M (\(label))", configuration: .init(scalingFactor: .mega)) { b in
            try? NuEFT.setThreadCount(threads)
            unary(b, million) { x, o in _ = try? NuEFT.w(x, into: o) }
        }
        Benchmark("threshold bracket T batch 1M (\(label))", configuration: .init(scalingFactor: .mega)) { b in
            try? NuEFT.setThreadCount(threads)
            unary(b, million) { x, o in _ = try? NuEFT.thresholdBracket(xj: x, into: o) }
        }
        for (inputs, order) in [(random, "random"), (sorted, "sorted")] {
            Benchmark("f1 batch 1M \(order) (\(label))", configuration: .init(scalingFactor: .mega)) { b in
                try? NuEFT.setThreadCount(threads)
                binary(b, inputs) { h, j, r, i in _ = try? NuEFT.f1(xh: h, xj: j, re: r, im: i) }
            }
            Benchmark("f2 batch 1M \(order) (\(label))", configuration: .init(scalingFactor: .mega)) { b in
                try? NuEFT.setThreadCount(threads)
                binary(b, inputs) { h, j, r, i in _ = try? NuEFT.f2(xh: h, xj: j, re: r, im: i) }
            }
            Benchmark("Yukawa bracket B batch 1M \(order) (\(label))", configuration: .init(scalingFactor: .mega)) { b in
                try? NuEFT.setThreadCount(threads)
                binary(b, inputs) { h, j, r, i in _ = try? NuEFT.yukawaBracket(xh: h, xj: j, re: r, im: i) }
            }
        }
    }
}
