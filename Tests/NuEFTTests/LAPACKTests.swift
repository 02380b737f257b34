// The LAPACK layer links and computes: singular values through LAPACKE_zgesvd.

import ComplexModule
import NuEFT
import Testing

@Suite("LAPACK (LAPACKE + OpenBLAS)")
struct LAPACKTests {
    @Test("OpenBLAS is the BLAS in use")
    func configuration() {
        #expect(NuEFT.blasConfiguration.contains("OpenBLAS"))
    }

    @Test("singular values of P·D·Q with known D: a phase-permutation sandwich of diag(1, 2, 3, 4)")
    func knownSingularValues() throws {
        // M_ij = e^{iφ_i} d_{π(i)} δ_{π(i), j'} …: build M = A diag(d) B with A, B unitary
        // monomial matrices, so the singular values are exactly |d| = 1…4.
        let n = 4
        let d = [3.0, 1.0, 4.0, 2.0]
        let rowPermutation = [2, 0, 3, 1]
        var m = [Complex<Double>](repeating: .zero, count: n * n)
        for i in 0..<n {
            let j = rowPermutation[i]
            m[i * n + j] = Complex(length: d[j], phase: Double(i) * 0.7 - 0.3)
        }
        let s = try NuEFT.singularValues(of: m, dimension: n)
        #expect(s == [1, 2, 3, 4].map { Double($0) } || zip(s, [1.0, 2, 3, 4]).allSatisfy { abs($0 - $1) <= 8e-16 * 4 })
    }

    @Test("singular values match ‖M‖_F² = Σσ² on a dense complex symmetric matrix")
    func frobenius() throws {
        let n = 5
        var m = [Complex<Double>](repeating: .zero, count: n * n)
        for i in 0..<n {
            for j in i..<n {
                let z = Complex(Double((i * 7 + j * 3) % 5) - 2.0, Double((i + 2 * j) % 3) - 1.0)
                m[i * n + j] = z
                m[j * n + i] = z
            }
        }
        let s = try NuEFT.singularValues(of: m, dimension: n)
        let frobenius = m.reduce(0) { $0 + $1.lengthSquared }
        #expect(abs(s.reduce(0) { $0 + $1 * $1 } - frobenius) <= 1e-13 * frobenius)
        #expect(s == s.sorted())
        #expect(throws: NuEFTError.self) { _ = try NuEFT.singularValues(of: m, dimension: 4) }
        var bad = m
        bad[3] = Complex(.nan, 0)
        #expect(throws: NuEFTError.self) { _ = try NuEFT.singularValues(of: bad, dimension: n) }
    }
}
