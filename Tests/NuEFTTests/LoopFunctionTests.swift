// Properties of w, f1, f2 and the brackets beyond the reference tables: limits, continuity
// across the internal branches, symmetries, SIMD lanes against the scalar API, bad input.

import Foundation
@testable import NuEFT
import Testing

let physicalXh = 2.4282415385705916

@Suite("w(x)")
struct WTests {
    @Test("exact value at 1 and the expansions at 0 and ∞")
    func limits() throws {
        #expect(try NuEFT.w(1) == 1.5)
        for x in [1e-9, 1e-7, 1e-6] {   // w = 2 − 3x/2 − 3x² ln x − 9x²/2 + O(x³ ln x)
            let series = 2 - 1.5 * x - 3 * x * x * Foundation.log(x) - 4.5 * x * x
            #expect(abs(try NuEFT.w(x) - series) <= 1e-15)
        }
        for x in [1e9, 1e12, 1e15] {     // w = 1/2 + (3 ln x − 9/2)/x + O(ln x/x²)
            let series = 0.5 + (3 * Foundation.log(x) - 4.5) / x
            #expect(abs(try NuEFT.w(x) - series) <= 1e-15 + 40 * Foundation.log(x) / (x * x))
        }
        #expect(try NuEFT.w(.leastNonzeroMagnitude) == 2)
        #expect(try NuEFT.w(.greatestFiniteMagnitude) == 0.5)
    }

    @Test("continuous where the central and the outer form meet (x = √½, √2)")
    func branchContinuity() throws {
        for edge in [0.7071067811865476, 1.4142135623730951] {
            var below = edge, above = edge
            for _ in 0..<4 { below = below.nextDown; above = above.nextUp }
            let a = try NuEFT.w(below), b = try NuEFT.w(above)
            #expect(abs(a - b) <= 4e-15 * a, "jump \(a - b) at \(edge)")
        }
    }

    @Test("decreases monotonically from 2 to 1/2")
    func monotonic() throws {
        var previous = 2.0
        for k in 0...400 {
            let x = pow(10, -8 + Double(k) * 0.04)
            let value = try NuEFT.w(x)
            #expect(value <= previous && value > 0.5)
            previous = value
        }
    }
}

@Suite("f1, f2 and the brackets")
struct LoopIntegralTests {
    @Test("f1(x_h, 1) and f2(x_h, 1) have the same integrand: equal bit for bit in the closed form, to 2e-14 from the tables")
    func xjEqualsOne() throws {
        for xh in [1e-6, 0.5, 2.4, 4, 10, 1e6] {
            let a = try NuEFT.f1(xh: xh, xj: 1), b = try NuEFT.f2(xh: xh, xj: 1)
            #expect(a.re == b.re && a.im == b.im)
        }
        let a = try NuEFT.f1(xh: physicalXh, xj: 1), b = try NuEFT.f2(xh: physicalXh, xj: 1)
        #expect(abs(a.re - b.re) <= 2e-14 * abs(a.re) && a.im == 0 && b.im == 0)
    }

    @Test("continuous across the internal regimes: real roots | near complex roots | far roots")
    func regimeContinuity() throws {
        for xh in [0.3, physicalXh, 7.0] {
            // Gauss–Legendre takes over from the dilogarithms at x_j = 9 x_h, where f1 is analytic:
            // the two methods must agree to rounding.
            let edge = 9 * xh
            let a = try NuEFT.f1(xh: xh, xj: edge * (1 - 1e-14)), b = try NuEFT.f1(xh: xh, xj: edge * (1 + 1e-14))
            #expect(abs(a.re - b.re) <= 1e-13 * abs(a.re), "f1 jump at x_j = \(edge): \(a.re) vs \(b.re)")
            // At the threshold x_j = x_h/4 the roots turn real and Re f1 has a √(x_j − x_h/4) term:
            // no jump means the difference across ±δ shrinks like √δ.
            try checkSquareRootContinuity { try NuEFT.f1(xh: xh, xj: xh / 4 * (1 + $0)).re }
        }
        // f2's roots depend on x_h only: real above x_h = 4 (threshold), far below x_h = 1/9.
        try checkSquareRootContinuity { try NuEFT.f2(xh: 4 * (1 + $0), xj: 0.3).re }
        let a = try NuEFT.f2(xh: (1.0 / 9) * (1 - 1e-14), xj: 0.3), b = try NuEFT.f2(xh: (1.0 / 9) * (1 + 1e-14), xj: 0.3)
        #expect(abs(a.re - b.re) <= 1e-13 * abs(a.re))
    }

    /// |f(δ) − f(−δ)| ≤ C √δ |f(0)| for δ = 1e-6 … 1e-14, with one C for all δ.
    func checkSquareRootContinuity(_ f: (Double) throws -> Double) throws {
        let center = try f(0)
        for delta in [1e-6, 1e-8, 1e-10, 1e-12, 1e-14] {
            let jump = abs(try f(delta) - f(-delta))
            #expect(jump <= 20 * delta.squareRoot() * abs(center) + 1e-14 * abs(center), "jump \(jump) at δ = \(delta)")
        }
    }

    @Test("imaginary parts exactly where the log argument turns negative")
    func imaginaryRegions() throws {
        #expect(try NuEFT.f1(xh: physicalXh, xj: physicalXh / 4 * 0.999).im > 0)
        #expect(try NuEFT.f1(xh: physicalXh, xj: physicalXh / 4).im == 0)
        #expect(try NuEFT.f1(xh: physicalXh, xj: physicalXh / 4 * 1.001).im == 0)
        #expect(try NuEFT.f2(xh: 4.001, xj: 2).im > 0)
        #expect(try NuEFT.f2(xh: 3.999, xj: 2).im == 0)
    }

    @Test("T(1) = 3 and B(x_h, 1) finite: the 0/0 of ln x_j/(x_j − 1) is removed")
    func bracketsAtOne() throws {
        #expect(try NuEFT.thresholdBracket(xj: 1) == 3)
        let near = try NuEFT.thresholdBracket(xj: 1 + 1e-12)
        #expect(abs(near - 3) < 1e-11)
        let b = try NuEFT.yukawaBracket(xh: physicalXh, xj: 1)
        let bNear = try NuEFT.yukawaBracket(xh: physicalXh, xj: 1 + 1e-10)
        #expect(b.re.isFinite && abs(b.re - bNear.re) < 1e-8)
    }
}

@Suite("SIMD lanes, batches and bad input")
struct LaneAndBatchTests {
    /// Lanes that mix every regime and bad values.
    static let xhLanes: [Double] = [physicalXh, 0.5, 10, physicalXh, 1e-4, 3e5, physicalXh, -1,
                                    physicalXh, .nan, 2, physicalXh, .infinity, 4, 6, physicalXh]
    static let xjLanes: [Double] = [1e-4, 3, 0.7, 1, 80, 1e3, 1e4, 1, 0, 1, 0.5, 0.6070603846426479,
                                    2, 1, 1 + 1e-9, .leastNonzeroMagnitude]

    func lanes<V: DoubleLanes>(_ values: [Double], _ start: Int, as _: V.Type) -> V {
        var v = V(repeating: 1)
        for i in 0..<V.scalarCount { v[i] = values[start + i] }
        return v
    }

    func checkWidth<V: DoubleLanes>(_: V.Type) {
        for start in stride(from: 0, to: Self.xhLanes.count, by: V.scalarCount) {
            let xh: V = lanes(Self.xhLanes, start, as: V.self)
            let xj: V = lanes(Self.xjLanes, start, as: V.self)
            let f1 = NuEFT.f1(xh: xh, xj: xj), f2 = NuEFT.f2(xh: xh, xj: xj)
            let b = NuEFT.yukawaBracket(xh: xh, xj: xj)
            let w = NuEFT.w(xj), t = NuEFT.thresholdBracket(xj: xj)
            for lane in 0..<V.scalarCount {
                let h = xh[lane], j = xj[lane]
                if let s = try? NuEFT.f1(xh: h, xj: j) {
                    #expect(f1.re[lane].bitPattern == s.re.bitPattern && f1.im[lane].bitPattern == s.im.bitPattern)
                    #expect(f2.re[lane].bitPattern == (try! NuEFT.f2(xh: h, xj: j)).re.bitPattern)
                } else {
                    #expect(f1.re[lane].isNaN && f1.im[lane].isNaN && f2.re[lane].isNaN)
                }
                if let s = try? NuEFT.yukawaBracket(xh: h, xj: j) {
                    #expect(b.re[lane].bitPattern == s.re.bitPattern && b.im[lane].bitPattern == s.im.bitPattern)
                } else {
                    #expect(b.re[lane].isNaN && b.im[lane].isNaN)
                }
                if let s = try? NuEFT.w(j) {
                    #expect(w[lane].bitPattern == s.bitPattern)
                    #expect(t[lane].bitPattern == (try! NuEFT.thresholdBracket(xj: j)).bitPattern)
                } else {
                    #expect(w[lane].isNaN && t[lane].isNaN)
                }
            }
        }
    }

    @Test("every lane of SIMD2/4/8 equals the scalar API bit for bit, bad lanes are NaN")
    func lanesMatchScalar() {
        checkWidth(SIMD2<Double>.self)
        checkWidth(SIMD4<Double>.self)
        checkWidth(SIMD8<Double>.self)
    }

    @Test("scalar API throws the right status for bad input")
    func scalarErrors() throws {
        for (xh, xj) in [(1e21, 1.0), (1.0, 1e-21), (1e-300, 1e300)] {
            do {
                _ = try NuEFT.yukawaBracket(xh: xh, xj: xj)
                Issue.record("B(\(xh), \(xj)) did not throw")
            } catch {
                #expect(error.status == .outOfDomain)
            }
        }
        #expect(try NuEFT.f1(xh: 1e20, xj: 1e-20).re.isFinite)
        #expect(try NuEFT.w(1e-300) == 2)
        let cases: [(Double, NuEFTStatus)] = [(.nan, .nanInput), (.infinity, .infiniteInput), (-.infinity, .infiniteInput),
                                             (0, .nonPositiveInput), (-0.0, .nonPositiveInput), (-2, .nonPositiveInput)]
        for (x, status) in cases {
            do {
                _ = try NuEFT.w(x)
                Issue.record("w(\(x)) did not throw")
            } catch {
                #expect(error.status == status)
            }
            do {
                _ = try NuEFT.f1(xh: physicalXh, xj: x)
                Issue.record("f1 did not throw")
            } catch {
                #expect(error.status == status)
            }
        }
    }

    @Test("batch: NaN and a per-point status for bad points, .somePointsFailed, length checks")
    func batchStatuses() throws {
        let xh = Self.xhLanes, xj = Self.xjLanes
        var re = [Double](repeating: 0, count: xh.count), im = re
        var status = [NuEFTStatus](repeating: .ok, count: xh.count)
        let result = try xh.withUnsafeBufferPointer { h in
            try xj.withUnsafeBufferPointer { j in
                try re.withUnsafeMutableBufferPointer { r in
                    try im.withUnsafeMutableBufferPointer { i in
                        try status.withUnsafeMutableBufferPointer { s in
                            try NuEFT.f1(xh: h, xj: j, re: r, im: i, status: s)
                        }
                    }
                }
            }
        }
        #expect(result == .somePointsFailed)
        for k in xh.indices {
            // f1 takes every finite x_h, x_j > 0 (quadrature outside the closed form's domain).
            let expected: NuEFTStatus = xh[k].isNaN || xj[k].isNaN ? .nanInput
                : !xh[k].isFinite || !xj[k].isFinite ? .infiniteInput
                : xh[k] <= 0 || xj[k] <= 0 ? .nonPositiveInput : .ok
            #expect(status[k] == expected, "point \(k)")
            #expect(re[k].isNaN == (expected != .ok))
        }
        #expect(throws: NuEFTError.self) { _ = try NuEFT.f1(xh: [1, 2], xj: [1]) }
        var short = [Double](repeating: 0, count: 1)
        #expect(throws: NuEFTError.self) {
            try [1.0, 2.0].withUnsafeBufferPointer { x in
                try short.withUnsafeMutableBufferPointer { o in _ = try NuEFT.w(x, into: o) }
            }
        }
        #expect(NuEFT.w([]).isEmpty)
    }

    @Test("results are bitwise identical for 1, 2, 3 and 7 threads")
    func threadIndependence() throws {
        var g = SplitMix64(seed: 99)
        let count = 9_001
        let xh = (0..<count).map { _ in Double.random(in: 0.1...12, using: &g) }
        let xj = (0..<count).map { _ in pow(10, Double.random(in: -5...5, using: &g)) }
        let wide = (0..<40_003).map { _ in pow(10, Double.random(in: -10...10, using: &g)) }
        var reference: ([Double], [Double], [Double])?
        for threads in [1, 2, 3, 7] {
            try NuEFT.setThreadCount(threads)
            #expect(NuEFT.threadCount == threads)
            let results = (try NuEFT.yukawaBracket(xh: xh, xj: xj).re, try NuEFT.f2(xh: xh, xj: xj).re, NuEFT.w(wide))
            if let reference {
                #expect(results.0.map(\.bitPattern) == reference.0.map(\.bitPattern))
                #expect(results.1.map(\.bitPattern) == reference.1.map(\.bitPattern))
                #expect(results.2.map(\.bitPattern) == reference.2.map(\.bitPattern))
            } else {
                reference = results
            }
        }
        try NuEFT.setThreadCount(0)
        #expect(throws: NuEFTError.self) { try NuEFT.setThreadCount(-1) }
    }
}

@Suite("Library")
struct LibraryTests {
    @Test("status codes: unique names, C-compatible layout")
    func statuses() {
        let names = NuEFTStatus.allDefined.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0.hasPrefix("NUEFT_") })
        #expect(MemoryLayout<NuEFTStatus>.size == 4 && MemoryLayout<NuEFTStatus>.stride == 4)
        #expect(NuEFTStatus(rawValue: 999).name == "NUEFT_UNKNOWN_STATUS")
    }

    @Test("input sets: names, cited sources, x_h of the reference tables")
    func inputSets() throws {
        let set = try ElectroweakInputs.named("reference-tables")
        #expect(abs(set.xh - physicalXh) <= physicalXh.ulp)
        #expect(ElectroweakInputs.all.allSatisfy { !$0.source.isEmpty })
        #expect(throws: NuEFTError.self) { _ = try ElectroweakInputs.named("nope") }
    }
}
