// The quadrature of F12+Quadrature.swift (the method outside the closed form's domain) on the
// reference tables, and against the closed form inside the domain: two independent methods.

import Foundation
@testable import NuEFT
import Testing

@Suite("f1, f2 by tanh-sinh quadrature")
struct QuadratureReferenceTests {
    @Test("every row of f1.csv and f2.csv within 1e-13·l1", arguments: [1, 2])
    func referenceTables(integral: Int) throws {
        let table = try ReferenceTable("f\(integral).csv")
        var worst = 0.0
        for row in table.allRows {
            let xh = row.double("xh"), xj = row.double("xj"), l1 = row.double("l1")
            let value = loopIntegralByQuadrature(xh: xh, xj: xj, integral: integral)
            let error = abs(value.re - row.double("re")) / l1
            worst = max(worst, error)
            #expect(error <= 1e-13, "f\(integral)(\(xh), \(xj)) [\(row.string("kind"))]: \(value.re) vs \(row.double("re"))")
            #expect(abs(value.im - row.double("im")) <= 1e-13 * max(l1, abs(row.double("im"))))
        }
        print("quadrature f\(integral).csv: worst re error / l1 \(worst)")
    }
}

@Suite("closed form, tables and quadrature agree")
struct IndependentMethodsTests {
    /// x_h ≤ 1e3: above, the plain tanh-sinh starts to miss structure at scale 1/x_h next to an
    /// end point (1.7e-13 at x_h ~ 1e5, 7e-5 at 1e17, F12+Quadrature.swift) — there mpmath
    /// confirms the closed form (Tests/python). Tolerance: the accuracy target, 1e-13 (the
    /// closed form's worst here, 5e-14 relative, is at x_h ~ 1e-18).
    @Test("at 400 random points with x_h ≤ 1e3, x_j ∈ 1e-20…1e20, and at the physical x_h")
    func randomPoints() throws {
        var state: UInt64 = 0x5EED
        func uniform() -> Double {   // SplitMix64
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) * 0x1p-53
        }
        var worst = 0.0
        for k in 0..<400 {
            let xh = k % 4 == 0 ? 2.4282415385705916 : pow(10, -20 + 40 * uniform())
            let xj = pow(10, (k % 4 == 0 ? -6 + 12 * uniform() : -20 + 40 * uniform()))
            for integral in [1, 2] {
                let library = integral == 1 ? try NuEFT.f1(xh: xh, xj: xj) : try NuEFT.f2(xh: xh, xj: xj)
                let quadrature = loopIntegralByQuadrature(xh: xh, xj: xj, integral: integral)
                let scale = max(abs(quadrature.re), abs(quadrature.im), 1e-300)
                let error = max(abs(library.re - quadrature.re), abs(library.im - quadrature.im)) / scale
                worst = max(worst, error)
                #expect(error <= 1e-13, "f\(integral)(\(xh), \(xj)): \(library) vs quadrature \(quadrature)")
            }
        }
        print("closed form/tables vs quadrature: worst relative difference \(worst)")
    }
}
