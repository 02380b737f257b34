// Every row of w.csv, w_limits.csv, f1.csv, f2.csv and yukawa.csv within the tolerances of
// ../shared/reference/README.md §4 (1e-13, scaled as it says), through the scalar API and
// through the multithreaded batch API, which must agree bit for bit.

import NuEFT
import Testing

/// The README's tolerance factor. Measured errors are printed so regressions show early.
let referenceTolerance = 1e-13

@Suite("Reference tables of ../shared/reference")
struct LoopFunctionReferenceTests {

    @Test("w.csv: |w − ref| ≤ 1e-13·ref on every row")
    func wTable() throws {
        let table = try ReferenceTable("w.csv")
        #expect(table.rows.count == 291)
        let xs = table.allRows.map { $0.double("x") }
        let batch = NuEFT.w(xs)
        var worst = 0.0
        for (i, row) in table.allRows.enumerated() {
            let ref = row.double("w")
            let value = try NuEFT.w(xs[i])
            let error = abs(value - ref) / ref
            worst = max(worst, error)
            #expect(error <= referenceTolerance, "w(\(xs[i])) = \(value), reference \(ref) (\(row.string("kind")))")
            #expect(batch[i].bitPattern == value.bitPattern, "batch and scalar differ at x = \(xs[i])")
        }
        print("w.csv: worst relative error \(worst)")
    }

    @Test("w_limits.csv: the limits at 0⁺ and ∞ are approached without overflow")
    func wLimits() throws {
        let table = try ReferenceTable("w_limits.csv")
        for row in table.allRows {
            let limit = row.double("w")
            let x = row.string("limit") == "x->0" ? Double.leastNonzeroMagnitude : Double.greatestFiniteMagnitude
            let value = try NuEFT.w(x)
            #expect(abs(value - limit) <= 1e-15 * limit, "w(\(x)) = \(value), limit \(limit)")
            // x = 0 and x = ∞ themselves are outside the domain.
            let edge = row.double("x")
            #expect(throws: NuEFTError.self) { try NuEFT.w(edge) }
        }
    }

    @Test("f1.csv and f2.csv: real part within 1e-13·l1, imaginary part within 1e-13·max(l1, |im|)",
          arguments: ["f1", "f2"])
    func loopIntegralTable(name: String) throws {
        let table = try ReferenceTable("\(name).csv")
        #expect(table.rows.count == 279)
        let xh = table.allRows.map { $0.double("xh") }
        let xj = table.allRows.map { $0.double("xj") }
        let batch = name == "f1" ? try NuEFT.f1(xh: xh, xj: xj) : try NuEFT.f2(xh: xh, xj: xj)
        var worstRe = 0.0, worstIm = 0.0
        for (i, row) in table.allRows.enumerated() {
            let l1 = row.double("l1")
            let refRe = row.double("re"), refIm = row.double("im")
            let value = name == "f1" ? try NuEFT.f1(xh: xh[i], xj: xj[i]) : try NuEFT.f2(xh: xh[i], xj: xj[i])
            let errorRe = abs(value.re - refRe) / l1
            let errorIm = abs(value.im - refIm) / max(l1, abs(refIm))
            worstRe = max(worstRe, errorRe)
            worstIm = max(worstIm, errorIm)
            let point = "\(name)(\(xh[i]), \(xj[i])) [\(row.string("kind"))] = \(value)"
            #expect(errorRe <= referenceTolerance, "\(point): re reference \(refRe)")
            #expect(errorIm <= referenceTolerance, "\(point): im reference \(refIm)")
            #expect((value.im != 0) == (row.int("has_imag") == 1), "\(point): has_imag = \(row.int("has_imag"))")
            #expect(batch.re[i].bitPattern == value.re.bitPattern && batch.im[i].bitPattern == value.im.bitPattern,
                    "\(point): batch and scalar differ")
        }
        print("\(name).csv: worst re error / l1 \(worstRe), worst im error \(worstIm)")
    }

    @Test("yukawa.csv: B within 1e-13·B_scale, T within 1e-13·T_scale, every term of B")
    func yukawaTable() throws {
        let table = try ReferenceTable("yukawa.csv")
        #expect(table.rows.count == 126)
        let xh = table.allRows.map { $0.double("xh") }
        let xj = table.allRows.map { $0.double("xj") }
        let batchB = try NuEFT.yukawaBracket(xh: xh, xj: xj)
        let batchT = NuEFT.thresholdBracket(xj: xj)
        var worstB = 0.0, worstT = 0.0
        for (i, row) in table.allRows.enumerated() {
            let point = "(x_h, x_j) = (\(xh[i]), \(xj[i])) [\(row.string("kind"))]"
            let scale = row.double("B_scale")
            let terms = try NuEFT.yukawaBracketTerms(xh: xh[i], xj: xj[i])
            let pieces: [(String, Double, Double)] = [
                ("t_log", terms.log[0], row.double("t_log")),
                ("t_betaj_re", terms.betaJ.re[0], row.double("t_betaj_re")),
                ("t_betaj_im", terms.betaJ.im[0], row.double("t_betaj_im")),
                ("t_betaW_re", terms.betaW.re[0], row.double("t_betaW_re")),
                ("t_betaW_im", terms.betaW.im[0], row.double("t_betaW_im")),
                ("t_f1", terms.f1Coefficient[0] * terms.f1.re[0], row.double("t_f1")),
                ("t_f2", terms.f2Coefficient[0] * terms.f2.re[0], row.double("t_f2")),
                ("t_const", terms.constant[0], row.double("t_const")),
                ("B_im", terms.bracketImaginary[0], row.double("B_im")),
            ]
            for (name, value, ref) in pieces {
                #expect(abs(value - ref) <= referenceTolerance * scale, "\(point): \(name) = \(value), reference \(ref)")
            }
            let b = try NuEFT.yukawaBracket(xh: xh[i], xj: xj[i])
            let refB = row.double("B")
            worstB = max(worstB, abs(b.re - refB) / scale)
            #expect(abs(b.re - refB) <= referenceTolerance * scale, "\(point): B = \(b.re), reference \(refB)")
            // At the tabulated x_h, B is its own Chebyshev table (F12+Table.swift), built from
            // the closed-form terms and checked against them to 2e-14·B_scale.
            #expect(abs(b.re - terms.bracket[0]) <= 2e-14 * scale, "\(point): B table \(b.re) vs terms \(terms.bracket[0])")
            #expect(abs(b.im - terms.bracketImaginary[0]) <= 2e-14 * scale, "\(point): Im B \(b.im) vs terms \(terms.bracketImaginary[0])")
            #expect(batchB.re[i].bitPattern == b.re.bitPattern && batchB.im[i].bitPattern == b.im.bitPattern)

            let t = try NuEFT.thresholdBracket(xj: xj[i])
            let refT = row.double("T")
            let tScale = row.double("T_scale")
            worstT = max(worstT, abs(t - refT) / tScale)
            #expect(abs(t - refT) <= referenceTolerance * tScale, "\(point): T = \(t), reference \(refT)")
            #expect(batchT[i].bitPattern == t.bitPattern)

            #expect((terms.betaJ.im[0] != 0) == (row.int("betaj_term_has_imag") == 1), "\(point): β_j branch")
            #expect((terms.betaW.im[0] != 0) == (row.int("betaW_term_has_imag") == 1), "\(point): β_W branch")
        }
        print("yukawa.csv: worst |B − ref|/B_scale \(worstB), worst |T − ref|/T_scale \(worstT)")
    }
}
