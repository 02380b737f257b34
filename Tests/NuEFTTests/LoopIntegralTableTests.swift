// The precomputed Chebyshev tables of f1, f2: they exist for the named x_h values, they agree
// with the closed form everywhere they are used, and their use depends on (x_h, x_j) alone.

import Foundation
@testable import NuEFT
import Testing

@Suite("Loop-integral tables at the physical x_h")
struct LoopIntegralTableTests {
    @Test("one valid table per x_h of ../shared/reference and of the named input sets")
    func tablesExist() {
        let values = loopIntegralTables.map(\.xh)
        #expect(values.contains(2.4282415385705916))
        for set in ElectroweakInputs.all { #expect(values.contains(set.xh), "no table for \(set.name)") }
        for table in loopIntegralTables {
            print("table x_h = \(table.xh): worst build-time check error \(table.worstCheckError)")
            #expect(table.worstCheckError <= 2e-14)
        }
    }

    @Test("tables agree with the closed form to 2e-14 of |Re f| at 20 000 random x_j")
    func agreeWithClosedForm() {
        var g = SplitMix64(seed: 2024)
        for table in loopIntegralTables {
            var worst = (f1: 0.0, f2: 0.0)
            for _ in 0..<10_000 {
                let xj = pow(10, Double.random(in: -6...6, using: &g))
                let h = SIMD2(repeating: table.xh), j = SIMD2(repeating: xj)
                let tabulated1 = f1Lanes(xh: h, xj: j), closed1 = loopIntegral(xh: h, .f1(xj: j))
                let tabulated2 = f2Lanes(xh: h, xj: j), closed2 = loopIntegral(xh: h, .f2(xj: j))
                // |Re f| bounds ∫|Re integrand| from below; near sign changes use the absolute scale 1e-3.
                worst.f1 = max(worst.f1, abs(tabulated1.re[0] - closed1.re[0]) / max(abs(closed1.re[0]), 1e-3))
                worst.f2 = max(worst.f2, abs(tabulated2.re[0] - closed2.re[0]) / max(abs(closed2.re[0]), 1e-3))
                #expect(tabulated1.im[0] == closed1.im[0], "Im f1 at x_j = \(xj)")
                #expect(tabulated2.im[0] == 0)
            }
            print("x_h = \(table.xh): worst table − closed form: f1 \(worst.f1), f2 \(worst.f2)")
            #expect(worst.f1 <= 2e-14 && worst.f2 <= 2e-14)
        }
    }

    @Test("the B table agrees with the sum of the closed-form terms to 2e-14·B_scale at 20 000 random x_j")
    func bracketTableAgreesWithTerms() {
        var g = SplitMix64(seed: 77)
        for table in loopIntegralTables {
            var worst = 0.0
            for k in 0..<20_000 {
                // Log-uniform over the table's range, and every tenth point within 1% of the threshold.
                let xj = k % 10 == 0 ? table.threshold * Double.random(in: 0.99...1.01, using: &g)
                                     : pow(10, Double.random(in: -6...6, using: &g))
                let h = SIMD2(repeating: table.xh), j = SIMD2(repeating: xj)
                let b = NuEFT.yukawaBracket(xh: h, xj: j)
                let closed = LoopIntegralTable.closedFormBracket(xj, xh: table.xh)
                let terms = YukawaBracketTerms(xh: h, xj: j)
                worst = max(worst, abs(b.re[0] - closed.value) / closed.scale)
                #expect(abs(b.im[0] - terms.bracketImaginary[0]) <= 2e-14 * closed.scale, "Im B at x_j = \(xj)")
                #expect((b.im[0] != 0) == (4 * xj < table.xh), "Im B ≠ 0 exactly below the threshold, x_j = \(xj)")
            }
            print("x_h = \(table.xh): worst |B table − closed form|/B_scale \(worst)")
            #expect(worst <= 2e-14)
        }
    }

    @Test("a table is used exactly for its x_h: the next double up takes the closed form")
    func useDependsOnXhOnly() throws {
        let xh = 2.4282415385705916
        for xj in [1e-5, 0.1, 0.7, 3.0, 1e3] {
            let tabulated = try NuEFT.f1(xh: xh, xj: xj)
            let neighbour = try NuEFT.f1(xh: xh.nextUp, xj: xj)
            #expect(abs(tabulated.re - neighbour.re) <= 1e-14 * abs(tabulated.re))
        }
        // Outside [1e-6, 1e6] and just above the threshold the closed form is used.
        for xj in [1e-7, 2e6, xh / 4 * 1.005] {
            let h = SIMD2(repeating: xh), j = SIMD2(repeating: xj)
            #expect(f1Lanes(xh: h, xj: j).re[0] == loopIntegral(xh: h, .f1(xj: j)).re[0])
        }
    }
}
