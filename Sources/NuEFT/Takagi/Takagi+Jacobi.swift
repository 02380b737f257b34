// The SIMD path of the Takagi factorization: complex Takagi–Jacobi on the n×n matrix itself,
// eight matrices per SIMD8 vector (structure of arrays: lane ℓ of every vector belongs to
// matrix ℓ of the group).
//
// Method. Cyclic sweeps over the pairs (p, q); each applies the unitary V (identity outside
// rows/columns p, q)
//     V_pp = c, V_qp = s̄, V_pq = −s, V_qq = c,   c = 1/√(1 + |τ|²), s = τ c,
// as A ← Vᵀ A V and U ← U V, with τ chosen to annihilate A_pq. On the 2×2 block [[a, b], [b, d]]
// that is the equation
//     b (1 − |τ|²) = a τ − d τ̄.                                                        (J)
// The rotation used by Hahn (arXiv:physics/0607103, routine TakagiFactor) solves instead the
// Hermitian 2×2 problem of A†A, which determines τ only to ε/gap when the two singular values
// of the block are close (pseudo-Dirac pairs, inverse seesaw): its residual does not fall below
// ~ε·scale/gap and Jacobi stalls. NuEFT solves (J) directly and branch-free:
//  1. phases h_a² = ā/|a|, h_d² = d̄/|d| (half-angle formula, only √ and ÷) make the diagonal
//     real: a' = |a|, d' = |d|, b' = b h_a h_d = x + iy;
//  2. with τ' = ρ(C + iS) the equation becomes b'(1 − ρ²) = ρ w, w = (a' − d')C + i(a' + d')S;
//     w is a positive multiple of b' for (C, S) ∝ sgn(a' − d')·(x(a' + d'), y(a' − d')), and then
//     ρ = |b'| / (|w|/2 + √(|w|²/4 + |b'|²)) ≤ 1 (ρ = 1 where |w| = 0: the degenerate block);
//  3. τ = h_a h̄_d τ'.
// The direction and |w| come from the same rounded a' − d', so w stays parallel to b' however
// close a' and d' are: the residual of (J) is O(ε·scale) in every regime. The block is scaled
// by the power of two of its largest component first (no overflow of squares, any finite entry).
//
// The 2×2 block itself is transformed explicitly (not set to zero): a rotation that leaves a
// rounding-level residual is finished by the next sweep.
//
// Threshold (Demmel & Veselić, SIAM J. Matrix Anal. Appl. 13 (1992) 1204): a lane rotates the
// pair only while |A_pq| > ε √(|A_pp| |A_qq|); below it A_pq changes the singular values by a
// relative O(ε), so graded matrices (entries over hundreds of decades) keep the small ones.
// A lane below the threshold gets τ = 0, an exact identity, and a pair no lane needs is
// skipped: a matrix's result depends only on that matrix, never on its neighbours in the
// vector, the batch or the thread count. The sweeps stop when no pair of any lane rotates.
//
// Afterwards: m_k = |A_kk|; column k of U times h_k with h_k² = Ā_kk/|A_kk| (so Uᵀ M U has a
// non-negative diagonal), then the sign convention of Takagi.swift (in SIMD), then a per-lane
// ascending sort while writing out.

import CNuEFTIntrinsics

/// Complex Takagi–Jacobi sweeps for eight matrices of dimension n at once. Owns its buffers
/// (allocated once per block of matrices, never per matrix).
final class TakagiJacobiKernel {
    typealias Lanes = SIMD8<Double>
    typealias Bits = SIMD8<UInt64>
    /// Matrices per group.
    static let width = Lanes.scalarCount
    let n: Int
    /// A (upper triangle, row-major n×n indexing) and U (row-major n×n), real and imaginary parts.
    let aRe, aIm, uRe, uIm: UnsafeMutablePointer<Lanes>
    /// The refinement of Takagi+Refinement.swift: M (full), U₀ and its correction C, M·U₀ as a
    /// double-double (hi, lo), M·C, the refined A₀ (full) and the error sums.
    let mRe, mIm, wRe, wIm, cRe, cIm, tHiRe, tHiIm, tLoRe, tLoIm, tcRe, tcIm, a0Re, a0Im: UnsafeMutablePointer<Lanes>
    let errors: UnsafeMutablePointer<Lanes>
    /// The masses in ascending order with their original positions (exact small integers),
    /// lane-wise, and one lane's order.
    let sortValues, sortOrder: UnsafeMutablePointer<Lanes>
    let order: UnsafeMutablePointer<Int>
    /// The largest number of sweeps (a random 8×8 needs ~9; convergence is quadratic).
    static let maximumSweeps = 40

    init(dimension n: Int) {
        self.n = n
        let count = n * n
        aRe = .allocate(capacity: count); aIm = .allocate(capacity: count)
        uRe = .allocate(capacity: count); uIm = .allocate(capacity: count)
        mRe = .allocate(capacity: count); mIm = .allocate(capacity: count)
        wRe = .allocate(capacity: count); wIm = .allocate(capacity: count)
        cRe = .allocate(capacity: count); cIm = .allocate(capacity: count)
        tHiRe = .allocate(capacity: count); tHiIm = .allocate(capacity: count)
        tLoRe = .allocate(capacity: count); tLoIm = .allocate(capacity: count)
        tcRe = .allocate(capacity: count); tcIm = .allocate(capacity: count)
        a0Re = .allocate(capacity: count); a0Im = .allocate(capacity: count)
        errors = .allocate(capacity: n)
        order = .allocate(capacity: n)
        sortValues = .allocate(capacity: n)
        sortOrder = .allocate(capacity: n)
    }

    deinit {
        aRe.deallocate(); aIm.deallocate(); uRe.deallocate(); uIm.deallocate()
        order.deallocate(); sortValues.deallocate(); sortOrder.deallocate()
        for buffer in [mRe, mIm, wRe, wIm, cRe, cIm, tHiRe, tHiIm, tLoRe, tLoIm, tcRe, tcIm, a0Re, a0Im, errors] { buffer.deallocate() }
    }

    /// Factorizes up to `width` matrices (`lanes` of them) starting at `m` (consecutive, row-major,
    /// interleaved complex). Returns the number of matrices that failed validation.
    func factorize(_ m: UnsafePointer<Double>, lanes: Int, accuracy: TakagiAccuracy, masses: UnsafeMutablePointer<Double>,
                   unitaries: UnsafeMutablePointer<Double>?, massErrors: UnsafeMutablePointer<Double>?,
                   status: UnsafeMutablePointer<NuEFTStatus>?) -> Int {
        let n = self.n
        let entries = 2 * n * n
        var valid: UInt32 = 0   // bit `lane` set for a valid matrix
        var failures = 0
        let width = Self.width
        // (A's upper triangle is written below and its lower one never read.)
        for i in 0..<(n * n) { uRe[i] = Lanes(repeating: 0); uIm[i] = Lanes(repeating: 0) }
        for d in 0..<n { uRe[d * n + d] = Lanes(repeating: 1) }
        // Lane ℓ of vector v is the double at v·width + ℓ (SIMD8<Double> is eight contiguous
        // doubles): single-lane stores and loads without read-modify-write of whole vectors.
        // The matrices, transposed into lanes (both triangles, in mRe/mIm); absent lanes zero.
        let mReLanes = Self.lanes(mRe), mImLanes = Self.lanes(mIm)
        for lane in 0..<width {
            if lane < lanes {
                let matrix = m + lane * entries
                for k in 0..<(n * n) {
                    mReLanes[k * width + lane] = matrix[2 * k]
                    mImLanes[k * width + lane] = matrix[2 * k + 1]
                }
            } else {
                for k in 0..<(n * n) { mReLanes[k * width + lane] = 0; mImLanes[k * width + lane] = 0 }
            }
        }
        // Validation in SIMD, as TakagiValidation.check: NaN, then ±∞, then a symmetry defect
        // beyond 16 n ε max|M_ij| (same tolerance, same precedence).
        let zero = Lanes(repeating: 0), infinity = Lanes(repeating: .infinity)
        var hasNaN = SIMDMask<SIMD8<Int64>>(repeating: false), hasInfinity = hasNaN, asymmetric = hasNaN
        var largest = zero
        for k in 0..<(n * n) {
            let re = mRe[k], im = mIm[k]
            hasNaN = hasNaN .| (re .!= re) .| (im .!= im)
            let absRe = re.replacing(with: -re, where: re .< zero), absIm = im.replacing(with: -im, where: im .< zero)
            hasInfinity = hasInfinity .| (absRe .== infinity) .| (absIm .== infinity)
            largest = Self.maximum(Self.maximum(largest, absRe), absIm)
        }
        let tolerance = Lanes(repeating: Takagi.symmetryToleranceUlps * Double(n) * Double.ulpOfOne) * largest
        for i in 0..<n {
            for j in i..<n {
                let upper = i * n + j, lower = j * n + i
                let dRe = mRe[upper] - mRe[lower], dIm = mIm[upper] - mIm[lower]
                let absRe = dRe.replacing(with: -dRe, where: dRe .< zero), absIm = dIm.replacing(with: -dIm, where: dIm .< zero)
                asymmetric = asymmetric .| (absRe .> tolerance) .| (absIm .> tolerance)
                // The symmetric part (M + Mᵀ)/2, exact up to one rounding.
                aRe[upper] = 0.5 * (mRe[upper] + mRe[lower])
                aIm[upper] = 0.5 * (mIm[upper] + mIm[lower])
            }
        }
        let bad = hasNaN .| hasInfinity .| asymmetric
        for lane in 0..<lanes {
            let code: NuEFTStatus = hasNaN[lane] ? .nanInput : hasInfinity[lane] ? .infiniteInput
                : asymmetric[lane] ? .notSymmetric : .ok
            status?[lane] = code
            if code == .ok { valid |= 1 << lane } else { failures += 1 }
        }
        if Self.anyLane(bad) {
            // Refused lanes sweep a zero matrix (their outputs are NaN anyway).
            for i in 0..<n {
                for j in i..<n {
                    let k = i * n + j
                    aRe[k] = aRe[k].replacing(with: 0, where: bad); aIm[k] = aIm[k].replacing(with: 0, where: bad)
                }
            }
        }
        if accuracy == .relative {
            // Keep M (both triangles) for the refinement.
            for i in 0..<n {
                for j in i..<n {
                    mRe[i * n + j] = aRe[i * n + j]; mIm[i * n + j] = aIm[i * n + j]
                    mRe[j * n + i] = aRe[i * n + j]; mIm[j * n + i] = aIm[i * n + j]
                }
            }
        }
        sweep()
        switch accuracy {
        case .relative: refine()
        case .absolute: if massErrors != nil { absoluteErrors() }
        }
        finish()
        let uReLanes = Self.lanes(uRe), uImLanes = Self.lanes(uIm)
        sortMasses()
        let sortedLanes = Self.lanes(sortValues), orderLanes = Self.lanes(sortOrder)
        for lane in 0..<lanes {
            let mOut = masses + lane * n
            let uOut = unitaries.map { $0 + lane * entries }
            guard valid & (1 << lane) != 0 else {
                mOut.update(repeating: .nan, count: n)
                uOut?.update(repeating: .nan, count: entries)
                massErrors?.advanced(by: lane * n).update(repeating: .nan, count: n)
                continue
            }
            // Ascending masses (sorted in SIMD above), columns of U permuted alike.
            for k in 0..<n {
                order[k] = Int(orderLanes[k * width + lane])
                mOut[k] = sortedLanes[k * width + lane]
            }
            if let massErrors {
                let errorLanes = Self.lanes(errors)
                for k in 0..<n { massErrors[lane * n + k] = errorLanes[order[k] * width + lane] }
            }
            if let uOut {
                for i in 0..<n {
                    for k in 0..<n {
                        uOut[2 * (i * n + k)] = uReLanes[(i * n + order[k]) * width + lane]
                        uOut[2 * (i * n + k) + 1] = uImLanes[(i * n + order[k]) * width + lane]
                    }
                }
            }
        }
        return failures
    }

    /// Sorts the masses |A_kk| (in aRe's diagonal after `finish`) of every lane ascending with
    /// odd–even transposition (n passes of compare-exchange, swapping only on >: stable, ties
    /// by index — the order of an insertion sort), carrying the original positions.
    func sortMasses() {
        let n = self.n
        for k in 0..<n {
            sortValues[k] = aRe[k * n + k]
            sortOrder[k] = Lanes(repeating: Double(k))
        }
        guard n > 1 else { return }
        for pass in 0..<n {
            var i = pass % 2
            while i + 1 < n {
                let x = sortValues[i], y = sortValues[i + 1]
                let swap = x .> y
                sortValues[i] = x.replacing(with: y, where: swap)
                sortValues[i + 1] = y.replacing(with: x, where: swap)
                let ox = sortOrder[i], oy = sortOrder[i + 1]
                sortOrder[i] = ox.replacing(with: oy, where: swap)
                sortOrder[i + 1] = oy.replacing(with: ox, where: swap)
                i += 2
            }
        }
    }

    /// Cyclic sweeps until no pair of any lane is above the relative threshold.
    func sweep() {
        let n = self.n
        guard n > 1 else { return }
        for _ in 0..<Self.maximumSweeps {
            var rotated = false
            for p in 0..<(n - 1) {
                for q in (p + 1)..<n where rotate(p, q) { rotated = true }
            }
            if !rotated { return }
        }
    }

    /// √x lane-wise through clang's elementwise builtin (CSupport/CNuEFTIntrinsics): the generic
    /// SIMD squareRoot() is a lane loop that the optimizer often leaves scalar or half width.
    @inline(__always)
    static func root(_ x: Lanes) -> Lanes { nueft_sqrt8(x) }

    /// Whether any lane of the mask is set (CSupport/CNuEFTIntrinsics: one vector reduction;
    /// the generic any(_:) is an out-of-line call in the sweep's hottest branch).
    @inline(__always)
    static func anyLane(_ mask: SIMDMask<SIMD8<Int64>>) -> Bool {
        nueft_any8(unsafeBitCast(mask, to: SIMD8<Int64>.self)) != 0
    }

    /// The doubles of a buffer of vectors, lane by lane.
    @inline(__always)
    static func lanes(_ vectors: UnsafeMutablePointer<Lanes>) -> UnsafeMutablePointer<Double> {
        UnsafeMutableRawPointer(vectors).assumingMemoryBound(to: Double.self)
    }

    @inline(__always)
    static func maximum(_ a: Lanes, _ b: Lanes) -> Lanes { a.replacing(with: b, where: b .> a) }

    @inline(__always)
    static func minimum(_ a: Bits, _ b: Bits) -> Bits { a.replacing(with: b, where: b .< a) }

    @inline(__always)
    static func maximum(_ a: Bits, _ b: Bits) -> Bits { a.replacing(with: b, where: b .> a) }

    /// The power-of-two scaling of a block whose largest component is `largest`: 2^e (exact)
    /// and 2^-e, e clamped to −1022…1022 so both stay normal. Integer operations on the
    /// exponent bits, no division.
    @inline(__always)
    static func powerOfTwoScale(_ largest: Lanes) -> (scale: Lanes, inverse: Lanes) {
        let exponentMask = Bits(repeating: 0x7FF0_0000_0000_0000)
        let reciprocalBias = Bits(repeating: 0x7FE0_0000_0000_0000)
        let largestExponent = Bits(repeating: 0x7FD0_0000_0000_0000)
        let smallestExponent = Bits(repeating: 0x0010_0000_0000_0000)
        let bits = unsafeBitCast(largest, to: Bits.self) & exponentMask
        let exponent = maximum(minimum(bits, largestExponent), smallestExponent)
        return (unsafeBitCast(exponent, to: Lanes.self), unsafeBitCast(reciprocalBias &- exponent, to: Lanes.self))
    }

    /// The sqrt-phase h with h² = z/|z| for z = re + i·im of modulus `modulus` (h = 1 for z = 0):
    /// (|z| + z)/||z| + z| where Re z ≥ 0, else i(|z| − z)/||z| − z| (no cancellation either way).
    @inline(__always)
    static func halfPhase(re: Lanes, im: Lanes, modulus: Lanes) -> (re: Lanes, im: Lanes) {
        let zero = Lanes(repeating: 0)
        let right = re .>= zero
        let nr = (modulus + re).replacing(with: im, where: .!right)
        let ni = im.replacing(with: modulus - re, where: .!right)
        let length = Self.root(nr * nr + ni * ni)
        let null = length .== zero
        let inverse = 1 / length.replacing(with: 1, where: null)
        return ((nr * inverse).replacing(with: 1, where: null), (ni * inverse).replacing(with: 0, where: null))
    }

    /// Steps 1–3 of the header: τ solving (J) on the scaled block, stable however close the two
    /// singular values of the block are.
    @inline(never)
    static func stableTangent(sar: Lanes, sai: Lanes, sbr: Lanes, sbi: Lanes, sdr: Lanes, sdi: Lanes,
                              absA: Lanes, absD: Lanes, b2: Lanes) -> (re: Lanes, im: Lanes) {
        let zero = Lanes(repeating: 0), one = Lanes(repeating: 1)
        let absB = root(b2)
        // 1. Half phases of ā and d̄.
        let ha = halfPhase(re: sar, im: -sai, modulus: absA)
        let hd = halfPhase(re: sdr, im: -sdi, modulus: absD)
        let hr = ha.re * hd.re - ha.im * hd.im, hi = ha.re * hd.im + ha.im * hd.re   // h_a h_d
        let x = sbr * hr - sbi * hi, y = sbr * hi + sbi * hr                           // b'
        // 2. Direction (C, S) and ρ.
        let sum = absA + absD, difference = absA - absD
        let sign = one.replacing(with: -1, where: difference .< zero)
        let c0 = sign * x * sum, s0 = sign * y * difference
        let norm = root(c0 * c0 + s0 * s0)
        let flat = norm .== zero
        let inverseNorm = 1 / norm.replacing(with: 1, where: flat)
        let cosine = (c0 * inverseNorm).replacing(with: 1, where: flat)
        let sine = (s0 * inverseNorm).replacing(with: 0, where: flat)
        let wr = difference * cosine, wi = sum * sine
        let halfW = 0.5 * root(wr * wr + wi * wi)
        let denominator = halfW + root(halfW * halfW + absB * absB)
        let none = denominator .== zero
        let rho = (absB / denominator.replacing(with: 1, where: none)).replacing(with: 0, where: none)
        // 3. τ = h_a h̄_d ρ (C + iS).
        let gr = ha.re * hd.re + ha.im * hd.im, gi = ha.im * hd.re - ha.re * hd.im    // h_a h̄_d
        return (rho * (gr * cosine - gi * sine), rho * (gr * sine + gi * cosine))
    }

    /// One rotation of the pair (p, q) in every lane above the threshold. Returns whether any
    /// lane rotated.
    @inline(__always)
    func rotate(_ p: Int, _ q: Int) -> Bool {
        let n = self.n
        let zero = Lanes(repeating: 0), one = Lanes(repeating: 1)
        let pp = p * n + p, qq = q * n + q, pq = p * n + q
        let ar = aRe[pp], ai = aIm[pp], dr = aRe[qq], di = aIm[qq], br = aRe[pq], bi = aIm[pq]
        // Scale the block by the power of two 2^-e of its largest component (exact; integer
        // operations on the exponent bits, no division), so that squares neither overflow nor,
        // for the entries that matter, underflow.
        let m1 = Self.maximum(ar.replacing(with: -ar, where: ar .< zero), ai.replacing(with: -ai, where: ai .< zero))
        let m2 = Self.maximum(dr.replacing(with: -dr, where: dr .< zero), di.replacing(with: -di, where: di .< zero))
        let m3 = Self.maximum(br.replacing(with: -br, where: br .< zero), bi.replacing(with: -bi, where: bi .< zero))
        let scale = Self.maximum(Self.maximum(m1, m2), m3)
        let inverseScale = Self.powerOfTwoScale(scale).inverse
        let sar = ar * inverseScale, sai = ai * inverseScale
        let sdr = dr * inverseScale, sdi = di * inverseScale
        let sbr = br * inverseScale, sbi = bi * inverseScale
        let a2 = sar * sar + sai * sai, d2 = sdr * sdr + sdi * sdi, b2 = sbr * sbr + sbi * sbi
        // Threshold: rotate while |b| > ε √(|a| |d|).
        let absA = Self.root(a2), absD = Self.root(d2)
        let active = b2 .> Lanes(repeating: Double.ulpOfOne * Double.ulpOfOne) * (absA * absD)
        if !Self.anyLane(active) { return false }
        // The common case: the same τ from the Hermitian form (Hahn's),
        // τ = sgn(T) f / (|T| + √(T² + |f|²)), f = āb + b̄d, T = (|a|² − |d|²)/2 — algebraically
        // identical to steps 1–3, four times cheaper, accurate while the block's singular values
        // are well separated: √(T² + |f|²) ≥ 1e-3 (|a|² + |d|² + 2|b|²). Lanes below that use
        // steps 1–3 (computed only when some lane needs them).
        let fr = (sar * sbr + sai * sbi) + (sbr * sdr + sbi * sdi)
        let fi = (sar * sbi - sai * sbr) + (sbr * sdi - sbi * sdr)
        let t = 0.5 * (a2 - d2)
        let absT = t.replacing(with: -t, where: t .< zero)
        let root = Self.root(t * t + (fr * fr + fi * fi))
        let separated = root .>= Lanes(repeating: 1e-3) * (a2 + d2 + 2 * b2)
        // With D = |T| + √(T² + |f|²): c = 1/√(1 + |τ|²) = D/√(D² + |f|²), s = τc = sgn(T) f/√(D² + |f|²)
        // (one division for both).
        let sign = one.replacing(with: -1, where: t .< zero)
        let d = absT + root
        let common = active .& separated
        let inverseLength = 1 / Self.root(d * d + (fr * fr + fi * fi)).replacing(with: 1, where: .!common)
        var c = (d * inverseLength).replacing(with: 1, where: .!common)
        var sr = (sign * fr * inverseLength).replacing(with: 0, where: .!common)
        var si = (sign * fi * inverseLength).replacing(with: 0, where: .!common)
        let unseparated = active .& .!separated
        if Self.anyLane(unseparated) {
            let tau = Self.stableTangent(sar: sar, sai: sai, sbr: sbr, sbi: sbi, sdr: sdr, sdi: sdi,
                                         absA: absA, absD: absD, b2: b2)
            let stableC = 1 / Self.root(one + (tau.re * tau.re + tau.im * tau.im))
            c = c.replacing(with: stableC, where: unseparated)
            sr = sr.replacing(with: tau.re * stableC, where: unseparated)
            si = si.replacing(with: tau.im * stableC, where: unseparated)
        }

        // The 2×2 block: B_pp = c²a + 2cs̄b + s̄²d, B_qq = s²a − 2csb + c²d,
        // B_pq = −csa + (c² − |s|²)b + cs̄d (unscaled entries).
        let c2 = c * c
        let ssr = sr * sr - si * si, ssi = 2 * sr * si                                 // s²
        let csbr = c * (sr * br + si * bi), csbi = c * (sr * bi - si * br)            // c s̄ b
        let csdr = c * (sr * dr + si * di), csdi = c * (sr * di - si * dr)            // c s̄ d
        let csar = c * (sr * ar - si * ai), csai = c * (sr * ai + si * ar)            // c s a
        let cbr = c * (sr * br - si * bi), cbi = c * (sr * bi + si * br)              // c s b
        aRe[pp] = c2 * ar + 2 * csbr + (ssr * dr + ssi * di)
        aIm[pp] = c2 * ai + 2 * csbi + (ssr * di - ssi * dr)
        aRe[qq] = (ssr * ar - ssi * ai) - 2 * cbr + c2 * dr
        aIm[qq] = (ssr * ai + ssi * ar) - 2 * cbi + c2 * di
        let s2 = sr * sr + si * si
        aRe[pq] = csdr - csar + (c2 - s2) * br
        aIm[pq] = csdi - csai + (c2 - s2) * bi
        // Rows/columns k ≠ p, q: A_kp ← c A_kp + s̄ A_kq, A_kq ← −s A_kp + c A_kq.
        for k in 0..<n where k != p && k != q {
            let kp = k < p ? k * n + p : p * n + k
            let kq = k < q ? k * n + q : q * n + k
            let xr = aRe[kp], xi = aIm[kp], yr = aRe[kq], yi = aIm[kq]
            aRe[kp] = c * xr + (sr * yr + si * yi)
            aIm[kp] = c * xi + (sr * yi - si * yr)
            aRe[kq] = c * yr - (sr * xr - si * xi)
            aIm[kq] = c * yi - (sr * xi + si * xr)
        }
        for i in 0..<n {
            let ip = i * n + p, iq = i * n + q
            let xr = uRe[ip], xi = uIm[ip], yr = uRe[iq], yi = uIm[iq]
            uRe[ip] = c * xr + (sr * yr + si * yi)
            uIm[ip] = c * xi + (sr * yi - si * yr)
            uRe[iq] = c * yr - (sr * xr - si * xi)
            uIm[iq] = c * yi - (sr * xi + si * xr)
        }
        return true
    }

    /// Masses |A_kk| into aRe[kk], phases into U, then the sign convention (largest component
    /// of each column with a positive real part; if that is 0, a positive imaginary part).
    func finish() {
        let n = self.n
        let zero = Lanes(repeating: 0)
        for k in 0..<n {
            let kk = k * n + k
            // Scaled by a power of two like the rotations: |A_kk| down to the subnormals.
            let re = aRe[kk], im = aIm[kk]
            let largest = Self.maximum(re.replacing(with: -re, where: re .< zero), im.replacing(with: -im, where: im .< zero))
            let scaling = Self.powerOfTwoScale(largest)
            let inverseScale = scaling.inverse
            let sre = re * inverseScale, sim = im * inverseScale
            let scaledModulus = Self.root(sre * sre + sim * sim)
            let h = Self.halfPhase(re: sre, im: -sim, modulus: scaledModulus)
            let modulus = scaledModulus * scaling.scale
            var bestModulus = Lanes(repeating: -1), bestRe = zero, bestIm = zero
            for i in 0..<n {
                let ik = i * n + k
                let xr = uRe[ik], xi = uIm[ik]
                let nr = xr * h.re - xi * h.im, ni = xr * h.im + xi * h.re
                uRe[ik] = nr; uIm[ik] = ni
                let length = nr * nr + ni * ni
                let better = length .> bestModulus
                bestModulus = bestModulus.replacing(with: length, where: better)
                bestRe = bestRe.replacing(with: nr, where: better)
                bestIm = bestIm.replacing(with: ni, where: better)
            }
            let flip = (bestRe .< zero) .| ((bestRe .== zero) .& (bestIm .< zero))
            for i in 0..<n {
                let ik = i * n + k
                uRe[ik] = uRe[ik].replacing(with: -uRe[ik], where: flip)
                uIm[ik] = uIm[ik].replacing(with: -uIm[ik], where: flip)
            }
            aRe[kk] = modulus
        }
    }
}
