// O_ēLLLH written out as a multilinear form in the components of its fields, from Table 1 of
// 002_3ba235c4befdeead.txt alone, and the small linear algebra to find which coefficient
// tensors give the zero operator. Independent of Sources/NuEFT/Dim7/ELLLHFlavourRelation.swift:
// nothing here knows the relation, only ε tensors and Grassmann signs.
//
// Σ_{rst} C^{rst} O^{prst} = Σ ξ_{pα} H^n L_A L_B L_C · K^{αn}_{ABC} with
//   K^{αn}_{(r,β,i)(s,γ,j)(t,δ,m)} = C^{rst} ε^{αβ} ε^{γδ} ε_ij ε_mn,
// (ē_p L_r) = ε^{αβ} ξ_{pα} L_{rβ}, (L̄^c_s L_t) = ε^{γδ} L_{sγ} L_{tδ} (two-component spinors,
// ξ = e^c), ε_ij ε_mn the SU(2) contractions of Table 1 and H^n a commuting spectator. A slot
// A = (flavour, spinor index, SU(2) index) runs over 4 n_f values. The doublets anticommute, so
// the operator is the totally antisymmetric part of K in A, B, C: C describes the zero operator
// exactly when that part vanishes. Different p multiply different fields ξ_p, so each p is a
// block of its own (n_f³ coefficients).

import NuEFT

enum ELLLHFieldForm {
    /// ε with ε^{01} = ε_{01} = +1 (the sign convention drops out of the kernel).
    static let epsilon: [[Double]] = [[0, 1], [-1, 0]]

    /// The antisymmetrized form of one p block C^{rst} (n_f³ values, r slowest): 2·2·D³
    /// numbers, D = 4 n_f, index ((α·2 + n)·D + A)·D² + B·D + C.
    static func antisymmetrizedForm(_ c: [Double], flavours nf: Int) -> [Double] {
        let d = 4 * nf
        func slot(_ f: Int, _ spinor: Int, _ su2: Int) -> Int { 4 * f + 2 * spinor + su2 }
        var k = [Double](repeating: 0, count: 4 * d * d * d)
        for r in 0..<nf { for s in 0..<nf { for t in 0..<nf {
            let crst = c[(r * nf + s) * nf + t]
            if crst == 0 { continue }
            for alpha in 0..<2 { for beta in 0..<2 { for gamma in 0..<2 { for delta in 0..<2 {
                let spinor = epsilon[alpha][beta] * epsilon[gamma][delta]
                if spinor == 0 { continue }
                for i in 0..<2 { for j in 0..<2 { for m in 0..<2 { for n in 0..<2 {
                    let su2 = epsilon[i][j] * epsilon[m][n]
                    if su2 == 0 { continue }
                    let a = slot(r, beta, i), b = slot(s, gamma, j), cc = slot(t, delta, m)
                    k[((alpha * 2 + n) * d + a) * d * d + b * d + cc] += crst * spinor * su2
                } } } }
            } } } }
        } } }
        // Σ_σ sign(σ) K_{σ(ABC)}: the Grassmann doublets only see this part.
        var out = [Double](repeating: 0, count: k.count)
        for block in 0..<4 {
            for a in 0..<d { for b in 0..<d { for cc in 0..<d {
                func at(_ x: Int, _ y: Int, _ z: Int) -> Double { k[(block * d + x) * d * d + y * d + z] }
                out[(block * d + a) * d * d + b * d + cc] =
                    at(a, b, cc) + at(b, cc, a) + at(cc, a, b) - at(b, a, cc) - at(a, cc, b) - at(cc, b, a)
            } } }
        }
        return out
    }

    /// The columns of the linear map C^{p·rst} → antisymmetrized form, one per (r, s, t).
    static func columns(flavours nf: Int) -> [[Double]] {
        (0..<(nf * nf * nf)).map { k in
            var unit = [Double](repeating: 0, count: nf * nf * nf)
            unit[k] = 1
            return antisymmetrizedForm(unit, flavours: nf)
        }
    }

    /// The Gram matrix G_kl = ⟨column k, column l⟩ (integers, exact in Double): same kernel as
    /// the map.
    static func gram(_ cols: [[Double]]) -> [[Double]] {
        cols.map { u in cols.map { v in zip(u, v).reduce(0) { $0 + $1.0 * $1.1 } } }
    }

    /// Reduced row echelon form by Gaussian elimination with partial pivoting; pivots below
    /// `tolerance` count as zero. Returns the rank and a basis of the null space (one vector
    /// per free column, that column's entry 1).
    static func nullSpace(_ matrix: [[Double]], tolerance: Double) -> (rank: Int, basis: [[Double]]) {
        var m = matrix
        let rows = m.count, cols = m.first?.count ?? 0
        var pivotColumns: [Int] = []
        var row = 0
        for col in 0..<cols where row < rows {
            guard let best = (row..<rows).max(by: { abs(m[$0][col]) < abs(m[$1][col]) }),
                  abs(m[best][col]) > tolerance else { continue }
            m.swapAt(row, best)
            let pivot = m[row][col]
            m[row] = m[row].map { $0 / pivot }
            for other in 0..<rows where other != row && m[other][col] != 0 {
                let f = m[other][col]
                for j in 0..<cols { m[other][j] -= f * m[row][j] }
            }
            pivotColumns.append(col)
            row += 1
        }
        let free = (0..<cols).filter { !pivotColumns.contains($0) }
        let basis = free.map { f -> [Double] in
            var v = [Double](repeating: 0, count: cols)
            v[f] = 1
            for (i, pc) in pivotColumns.enumerated() { v[pc] = -m[i][f] }
            return v
        }
        return (pivotColumns.count, basis)
    }

    /// Max-norm of the antisymmetrized form of a p block (0 for the zero operator).
    static func formNorm(_ c: [Double], flavours nf: Int) -> Double {
        antisymmetrizedForm(c, flavours: nf).reduce(0) { max($0, abs($1)) }
    }

    /// Independent components per p from Schur–Weyl duality: the three doublets' slots carry
    /// flavour ⊗ (spinor ⊗ SU(2)); Λ³(F ⊗ V) = ⊕_λ S_λ(F) ⊗ S_λ'(V) over λ ⊢ 3, and each
    /// S_λ'(C² ⊗ C²) holds (spin ½, doublet), the structure of O_ēLLLH, exactly once, so the
    /// count (if the operator reaches all of it, which the rank test confirms) is
    /// dim Sym³ + dim S_(2,1) + dim Λ³ of C^{n_f} (hook-content formula):
    /// n(n+1)(n+2)/6 + n(n²−1)/3 + n(n−1)(n−2)/6.
    static func schurWeylCount(flavours n: Int) -> Int {
        n * (n + 1) * (n + 2) / 6 + n * (n * n - 1) / 3 + n * (n - 1) * (n - 2) / 6
    }
}
