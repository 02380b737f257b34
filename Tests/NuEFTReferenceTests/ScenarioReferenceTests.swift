// The neutrino mass matrices of ../shared/reference/scenario_*.csv (3 + n_s, n_s = 1, 2): masses
// and mixings from the Takagi engine within the README's tolerances (§4), and the builder of
// eq. (2.4) and its inverse.

import ComplexModule
import Foundation
@testable import NuEFT
import Testing

@Suite("Neutrino mass matrices of ../shared/reference/scenario_*.csv")
struct ScenarioReferenceTests {
    func scenarios() throws -> [(matrix: NeutrinoMassMatrix, result: ReferenceTable.Row)] {
        let matrices = try ReferenceTable("scenario_matrices.csv").allRows
        let results = try ReferenceTable("scenario_results.csv").allRows
        return try matrices.indices.map { r in
            let n = matrices[r].int("n")
            let entries = (0..<(n * n)).map { Complex(matrices[r].double("a\($0)_re"), matrices[r].double("a\($0)_im")) }
            return (try NeutrinoMassMatrix(entries: entries), results[r])
        }
    }

    @Test("heavy masses to 1e-13, light masses to 10 sens_m u relative (high-relative-accuracy tolerance), |U_α4|, |U_α5| and Σ_heavy|U_αj|² to the README's tolerances")
    func massesAndMixings() throws {
        let u = 1.1e-16
        for (matrix, ref) in try scenarios() {
            let mixing = try matrix.factorize()
            let d = matrix.dimension
            let mMax = mixing.masses.max()!
            for k in 0..<d {
                let expected = ref.double("m\(k + 1)")
                if k >= 3 {
                    #expect(abs(mixing.masses[k] - expected) <= 1e-13 * expected, "scenario \(ref.int("id")) m\(k + 1)")
                } else {
                    #expect(abs(mixing.masses[k] - expected) <= 10 * Double(d) * .ulpOfOne * mMax)
                    // README §4: a high-relative-accuracy method gets the light masses to
                    // 10 sens_m u relative (the error of rounding the matrix once more).
                    let sensitivity = ref.double("sens_m\(k + 1)")
                    #expect(abs(mixing.masses[k] - expected) <= max(10 * sensitivity, 10) * u * expected,
                            "scenario \(ref.int("id")) light m\(k + 1) = \(mixing.masses[k]), reference \(expected)")
                }
            }
            for (k, label) in [(3, "4"), (4, "5")] where k < d {
                let sensitivity = ref.double("sens_U\(label)")
                for (alpha, name) in ["e", "mu", "tau"].enumerated() {
                    let expected = ref.double("U\(name)\(label)")
                    let tolerance = max(1e-12, 1000 * sensitivity * u) * expected
                    #expect(abs(mixing.active(alpha, k).length - expected) <= tolerance,
                            "scenario \(ref.int("id")): |U_\(name)\(label)| = \(mixing.active(alpha, k).length), reference \(expected)")
                }
            }
            for (alpha, name) in ["e", "mu", "tau"].enumerated() {
                let expected = ref.double("U\(name)_heavy2")
                #expect(abs(mixing.heavyMixing[alpha] - expected) <= 1e-12 * expected)
                #expect(abs(mixing.nonUnitarity[alpha * 3 + alpha].real - expected) <= 1e-12 * expected)
            }
        }
    }

    @Test("eq. (2.4): the blocks M_L, M_D, M_R rebuild M_ν exactly; U* diag(m) U† gives it back to ~ε‖M‖")
    func builderAndInverse() throws {
        for (matrix, _) in try scenarios() {
            let d = matrix.dimension, n = matrix.sterileCount
            let m = matrix.entries
            let ML = (0..<9).map { m[($0 / 3) * d + $0 % 3] }
            let MD = (0..<(3 * n)).map { m[($0 / n) * d + 3 + $0 % n].conjugate }        // M_D = (M_D*)*
            let MR = (0..<(n * n)).map { m[(3 + $0 % n) * d + 3 + $0 / n].conjugate }    // M_R = (M_R†)†
            let rebuilt = try NeutrinoMassMatrix(ML: ML, MD: MD, MR: MR)
            #expect(rebuilt == matrix)
            let mixing = try matrix.factorize()
            let inverse = try NeutrinoMassMatrix(masses: mixing.masses, mixing: mixing.factorization.unitary)
            let norm = m.reduce(0.0) { max($0, $1.length) }
            let worst = zip(inverse.entries, m).reduce(0.0) { max($0, ($1.0 - $1.1).length) }
            #expect(worst <= 10 * Double(d * d) * .ulpOfOne * norm)
        }
        #expect(throws: NuEFTError.self) { _ = try NeutrinoMassMatrix(ML: [], MD: [], MR: [.one]) }
    }
}
