// The SIMD path of the Takagi factorization for small n: cyclic Jacobi on the real symmetric
// 2n×2n embedding S of Takagi+LAPACK.swift, one matrix per vector lane (structure of arrays).
//
// Implementation goals, in order of priority:
//  1. At least the accuracy of the LAPACK path (tier A: masses to ~n ε max(m), Uᵀ M U and U†U
//     to ~n ε), and more where Jacobi with a relative threshold gives it: the small masses of
//     graded and seesaw matrices (tier B count 157 → 208 of 300 on ../shared/reference).
//  2. Lanes never interact: a pair is rotated in a lane only while that lane's own threshold
//     test fails, otherwise by exactly the identity (t = 0), so a lane's result depends only on
//     its matrix — not on batch composition or thread count.
//  3. Throughput: no allocation, no per-element branches in the sweeps.
//
// Rotation (Rutishauser; Golub & Van Loan, Matrix Computations, Alg. 8.4.1): for the pair
// (p, q), θ = (S_qq − S_pp)/(2 S_pq), t = sgn θ/(|θ| + √(1 + θ²)) (t = 1/(2θ) for |θ| > 1e150,
// t = 0 where S_pq = 0), c = 1/√(1 + t²), s = t c; S_pp −= t S_pq, S_qq += t S_pq, S_pq = 0.
// Afterwards the n largest eigenpairs of each lane go through the scalar post-processing of the
// LAPACK path (complex vectors, Gram–Schmidt, sign convention), shared with it.

/// Jacobi sweeps for four matrices of dimension n at once.
struct TakagiJacobiWorkspace {
    typealias Lanes = SIMD4<Double>
    let n: Int
    let size: Int
    /// S, row-major size×size, one matrix per lane.
    var s: [Lanes]
    /// The accumulated rotations (eigenvectors in columns).
    var q: [Lanes]
    /// Scalar post-processing, shared with the LAPACK path.
    var scalar: TakagiWorkspace
    /// Eigenvalue order of one lane (reused, no allocation per matrix).
    var order: [Int]

    init(dimension n: Int) {
        self.n = n
        size = 2 * n
        s = [Lanes](repeating: Lanes(repeating: 0), count: size * size)
        q = [Lanes](repeating: Lanes(repeating: 0), count: size * size)
        scalar = TakagiWorkspace(dimension: n)
        order = Array(0..<(2 * n))
    }

    /// Factorizes up to four matrices (`lanes` of them) starting at `m` (consecutive, row-major,
    /// interleaved complex).
    mutating func factorize(_ m: UnsafePointer<Double>, lanes: Int, masses: UnsafeMutablePointer<Double>,
                            unitaries: UnsafeMutablePointer<Double>?, status: UnsafeMutablePointer<NuEFTStatus>?) -> Int {
        let entries = 2 * n * n
        var valid: UInt8 = 0   // bit `lane` set for a lane with a valid matrix
        var failures = 0
        // Validate and embed each lane (scalar: O(n²) per matrix), identity for unused lanes.
        for i in 0..<(size * size) { s[i] = Lanes(repeating: 0); q[i] = Lanes(repeating: 0) }
        for d in 0..<size { q[d * size + d] = Lanes(repeating: 1) }
        for lane in 0..<4 {
            if lane >= lanes {
                for d in 0..<size { s[d * size + d][lane] = Double(d + 1) }
                continue
            }
            let code = scalar.validateAndEmbed(m + lane * entries)
            status?[lane] = code
            if code == .ok {
                valid |= 1 << lane
                for i in 0..<(size * size) {
                    // validateAndEmbed writes S column-major; S is symmetric, so the layout is moot.
                    s[i][lane] = scalar.embedding[i]
                }
            } else {
                failures += 1
                for d in 0..<size { s[d * size + d][lane] = Double(d + 1) }
            }
        }
        sweep()
        for lane in 0..<lanes where valid & (1 << lane) != 0 {
            // Eigenvalues ascending with their vectors (columns of q), as dsyevd returns them:
            // insertion sort of the diagonal (2n ≤ 16 entries), ties by index.
            for i in 0..<size { order[i] = i }
            for i in 1..<max(1, size) {
                let key = order[i]
                var j = i - 1
                while j >= 0 && s[order[j] * size + order[j]][lane] > s[key * size + key][lane] {
                    order[j + 1] = order[j]
                    j -= 1
                }
                order[j + 1] = key
            }
            for rank in 0..<size {
                let column = order[rank]
                scalar.eigenvalues[rank] = s[column * size + column][lane]
                for r in 0..<size { scalar.work[r + rank * size] = q[r * size + column][lane] }
            }
            for i in 0..<(size * size) { scalar.embedding[i] = scalar.work[i] }
            scalar.extract(masses: masses + lane * n, unitary: unitaries.map { $0 + lane * entries })
        }
        for lane in 0..<lanes where valid & (1 << lane) == 0 {
            (masses + lane * n).update(repeating: .nan, count: n)
            unitaries.map { ($0 + lane * entries).update(repeating: .nan, count: entries) }
        }
        return failures
    }

    /// Cyclic sweeps with the relative threshold of Demmel & Veselić (SIAM J. Matrix Anal.
    /// Appl. 13 (1992) 1204): the pair (p, q) of a lane is rotated only while
    /// |S_pq| > ε √|S_pp| √|S_qq|, so small eigenvalues of graded matrices keep their relative
    /// accuracy and a global ‖S‖ (which would overflow for entries near 1e154) is never formed.
    /// A pair below the threshold gets t = 0, an exact identity; the sweeps stop when no pair of
    /// any lane is above it (at most 60 sweeps).
    mutating func sweep() {
        let size = self.size
        for _ in 0..<60 {
            var pending = SIMDMask<SIMD4<Int64>>(repeating: false)
            for p in 0..<(size - 1) {
                for r in (p + 1)..<size { pending = pending .| needsRotation(p, r) }
            }
            if !any(pending) { return }
            for p in 0..<(size - 1) {
                for r in (p + 1)..<size { rotate(p, r, active: needsRotation(p, r)) }
            }
        }
    }

    @inline(__always)
    func needsRotation(_ p: Int, _ r: Int) -> SIMDMask<SIMD4<Int64>> {
        let apq = s[p * size + r]
        let magnitude = apq.replacing(with: -apq, where: apq .< 0)
        let app = s[p * size + p], aqq = s[r * size + r]
        let rootP = app.replacing(with: -app, where: app .< 0).squareRoot()
        let rootQ = aqq.replacing(with: -aqq, where: aqq .< 0).squareRoot()
        return magnitude .> (Lanes(repeating: Double.ulpOfOne) * rootP) * rootQ
    }

    @inline(__always)
    mutating func rotate(_ p: Int, _ r: Int, active: SIMDMask<SIMD4<Int64>>) {
        let size = self.size
        let apq = s[p * size + r]
        let app = s[p * size + p], aqq = s[r * size + r]
        let zero = Lanes(repeating: 0)
        let skip = (apq .== zero) .| .!active
        let denominator = (apq + apq).replacing(with: 1, where: skip)
        let theta = (aqq - app) / denominator
        let absTheta = theta.replacing(with: -theta, where: theta .< zero)
        let huge = absTheta .> Lanes(repeating: 1e150)
        let root = (1 + theta * theta).squareRoot()
        var t = Lanes(repeating: 1) / (absTheta + root)
        t = t.replacing(with: -t, where: theta .< zero)
        t = t.replacing(with: 0.5 / theta, where: huge)
        t = t.replacing(with: 0, where: skip)
        let c = 1 / (1 + t * t).squareRoot()
        let sn = t * c
        s[p * size + p] = app - t * apq
        s[r * size + r] = aqq + t * apq
        s[p * size + r] = apq.replacing(with: 0, where: .!skip)
        s[r * size + p] = s[p * size + r]
        for k in 0..<size where k != p && k != r {
            let skp = s[k * size + p], skq = s[k * size + r]
            let newP = c * skp - sn * skq
            let newQ = sn * skp + c * skq
            s[k * size + p] = newP; s[p * size + k] = newP
            s[k * size + r] = newQ; s[r * size + k] = newQ
        }
        for k in 0..<size {
            let qkp = q[k * size + p], qkq = q[k * size + r]
            q[k * size + p] = c * qkp - sn * qkq
            q[k * size + r] = sn * qkp + c * qkq
        }
    }
}
