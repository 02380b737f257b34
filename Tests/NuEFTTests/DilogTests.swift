// The dilogarithm kernels against closed-form values and functional identities.

import Foundation
@testable import NuEFT
import Testing

let catalan = 0.91596559417721901505
let clausenPiOver3 = 1.01494160640965362502   // Cl₂(π/3)
let ln2 = 0.69314718055994530942

func realLi2(_ x: Double) -> Double {
    realDilog(SIMD2(repeating: x), complement: SIMD2(repeating: 1 - x)).minus(
        DilogParts(value: .zero, zeta2Multiple: .zero))[0]
}

func complexLi2(_ re: Double, _ im: Double) -> (re: Double, im: Double) {
    let w = ComplexLanes(SIMD2(repeating: re), SIMD2(repeating: im))
    let wc = ComplexLanes(SIMD2(repeating: 1 - re), SIMD2(repeating: -im))
    let parts = complexDilog(w, complement: wc)
    return (parts.value.re[0] + parts.zeta2Multiple[0] * zeta2, parts.value.im[0])
}

@Suite("Dilogarithm")
struct DilogTests {
    @Test("real Li₂ at closed-form points, every branch of the reduction")
    func realSpecialValues() {
        let pi2 = Double.pi * Double.pi
        let cases: [(Double, Double)] = [
            (0, 0), (1, pi2 / 6), (-1, -pi2 / 12), (0.5, pi2 / 12 - ln2 * ln2 / 2),
            (2, pi2 / 4),                                           // Re Li₂(2)
            // Re mpmath.polylog(2, x) at 25 digits (mpmath 1.3.0):
            (-0.5, -0.4484142069236462024), (0.25, 0.2676526390827326069), (1.5, 2.3743952702724802007),
            (3, 2.3201804233130983964), (-3, -1.9393754207667089531), (10, 0.5363012873578627366),
        ]
        for (x, expected) in cases {
            let value = realLi2(x)
            #expect(abs(value - expected) <= 1e-15 * max(1, abs(expected)), "Li₂(\(x)) = \(value), expected \(expected)")
        }
    }

    @Test("complex Li₂ at closed-form points")
    func complexSpecialValues() {
        let pi2 = Double.pi * Double.pi
        let cases: [((Double, Double), (Double, Double))] = [
            ((0, 1), (-pi2 / 48, catalan)),
            ((0.5, 0.8660254037844386), (pi2 / 36, clausenPiOver3)),       // e^{iπ/3}
            ((0.5, 0.5), (5 * pi2 / 96 - ln2 * ln2 / 8, catalan - Double.pi * ln2 / 8)),
            ((2, 1e-300), (pi2 / 4, Double.pi * ln2)),                       // just above the cut: +iπ ln 2
        ]
        for ((re, im), (eRe, eIm)) in cases {
            let v = complexLi2(re, im)
            #expect(abs(v.re - eRe) <= 1e-15 && abs(v.im - eIm) <= 1e-15, "Li₂(\(re) + \(im)i) = \(v)")
        }
    }

    @Test("reflection and inversion identities at random complex points")
    func identities() {
        var g = SplitMix64(seed: 11)
        for _ in 0..<2_000 {
            let re = Double.random(in: -4...4, using: &g), im = Double.random(in: -4...4, using: &g)
            let a = complexLi2(re, im)
            let b = complexLi2(1 - re, -im)
            // Li₂(z) + Li₂(1 − z) = π²/6 − ln z ln(1 − z)
            let lz = (re: 0.5 * Foundation.log(re * re + im * im), im: Foundation.atan2(im, re))
            let l1 = (re: 0.5 * Foundation.log((1 - re) * (1 - re) + im * im), im: Foundation.atan2(-im, 1 - re))
            let productRe = lz.re * l1.re - lz.im * l1.im
            let productIm = lz.re * l1.im + lz.im * l1.re
            #expect(abs(a.re + b.re - (zeta2 - productRe)) <= 2e-14 * (1 + abs(productRe)))
            #expect(abs(a.im + b.im + productIm) <= 2e-14 * (1 + abs(productIm)))
        }
    }

    @Test("real and complex kernels agree on the real axis")
    func realAxis() {
        for x in stride(from: -5.0, through: 5.0, by: 0.0625) {
            let r = realLi2(x)
            let c = complexLi2(x, 0)
            #expect(abs(r - c.re) <= 1e-15 * max(1, abs(r)), "x = \(x): \(r) vs \(c.re)")
        }
    }
}
