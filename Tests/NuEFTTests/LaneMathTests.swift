// The lane elementary functions against glibc, on random and special arguments, for every
// lane width.

import Foundation
@testable import NuEFT
import Testing

/// Distance in units in the last place.
func ulps(_ a: Double, _ b: Double) -> Double {
    if a == b { return 0 }
    return abs(a - b) / b.ulp
}


/// Log-uniform doubles over [10^a, 10^b].
func logUniform(_ count: Int, _ a: Double, _ b: Double, seed: UInt64) -> [Double] {
    var g = SplitMix64(seed: seed)
    return (0..<count).map { _ in pow(10, Double.random(in: a...b, using: &g)) }
}

@Suite("Lane math: log, log1p, atan2")
struct LaneMathTests {
    @Test("log ≤ 2 ulp over the whole positive range, subnormals included")
    func logAccuracy() {
        let xs = logUniform(20_000, -307, 308, seed: 1) + [5e-324, 2.2e-308, 0.7071067811865476, 1.4142135623730951,
                                                          1 - 1e-16, 1 + 2.2e-16, 1, 2, .greatestFiniteMagnitude]
        var worst = 0.0
        for x in xs {
            let value = logLanes(SIMD4(repeating: x))[2]
            worst = max(worst, ulps(value, Foundation.log(x)))
        }
        #expect(worst <= 2, "worst log error \(worst) ulp")
    }

    @Test("exp ≤ 1 ulp from the subnormal range to overflow; special values")
    func expAccuracy() {
        var g = SplitMix64(seed: 4)
        var worst = 0.0
        for _ in 0..<20_000 {
            let x = Double.random(in: -744...709.7, using: &g)
            let value = expLanes(SIMD8(repeating: x))[5]
            let reference = Foundation.exp(x)
            // Subnormal results carry an absolute rounding of half the smallest subnormal.
            worst = max(worst, reference < 0x1p-1022 ? abs(value - reference) / 5e-324 : ulps(value, reference))
        }
        #expect(worst <= 1, "worst exp error \(worst) ulp")
        let v = expLanes(SIMD8<Double>(0, 710, -746, .nan, .infinity, -.infinity, 1, -1))
        #expect(v[0] == 1 && v[1] == .infinity && v[2] == 0 && v[3].isNaN && v[4] == .infinity && v[5] == 0)
        #expect(ulps(v[6], Foundation.exp(1.0)) <= 1 && ulps(v[7], Foundation.exp(-1.0)) <= 1)
    }

    @Test("log special values")
    func logSpecial() {
        let v = logLanes(SIMD8<Double>(0, -0.0, .infinity, -1, .nan, 1, -.infinity, 4))
        #expect(v[0] == -.infinity && v[1] == -.infinity && v[2] == .infinity)
        #expect(v[3].isNaN && v[4].isNaN && v[5] == 0 && v[6].isNaN)
        #expect(abs(v[7] - Foundation.log(4.0)) <= 4.0.ulp)
    }

    @Test("log1p ≤ 2 ulp, including tiny arguments where log(1 + x) loses everything")
    func log1pAccuracy() {
        let positive = logUniform(10_000, -300, 300, seed: 2)
        let negative = logUniform(10_000, -300, -1e-9, seed: 3).map { -$0 * 0.999 }
        var worst = 0.0
        for x in positive + negative + [0.29, -0.29, 0.41, -0.2928932188134524, 0.4142135623730951] {
            let value = log1pLanes(SIMD2(repeating: x))[1]
            worst = max(worst, ulps(value, Foundation.log1p(x)))
        }
        #expect(worst <= 2, "worst log1p error \(worst) ulp")
        let special = log1pLanes(SIMD4<Double>(-1, -2, .infinity, -0.0))
        #expect(special[0] == -.infinity && special[1].isNaN && special[2] == .infinity && special[3] == 0)
    }

    @Test("atan2 ≤ 2 ulp in every quadrant, with C's signed zeros")
    func atan2Accuracy() {
        var g = SplitMix64(seed: 4)
        var worst = 0.0
        for _ in 0..<20_000 {
            let y = Double.random(in: -1...1, using: &g) * pow(10, Double.random(in: -20...20, using: &g))
            let x = Double.random(in: -1...1, using: &g) * pow(10, Double.random(in: -20...20, using: &g))
            let value = atan2Lanes(SIMD4(repeating: y), SIMD4(repeating: x))[0]
            worst = max(worst, ulps(value, Foundation.atan2(y, x)))
        }
        #expect(worst <= 2, "worst atan2 error \(worst) ulp")
        let ys = SIMD8<Double>(0, -0.0, 0, -0.0, 1, -1, 1, 0)
        let xs = SIMD8<Double>(0, 0, -0.0, -0.0, 0, 0, 1, 1)
        let v = atan2Lanes(ys, xs)
        for lane in 0..<8 {
            let expected = Foundation.atan2(ys[lane], xs[lane])
            #expect(v[lane] == expected && v[lane].sign == expected.sign, "atan2(\(ys[lane]), \(xs[lane]))")
        }
    }
}
