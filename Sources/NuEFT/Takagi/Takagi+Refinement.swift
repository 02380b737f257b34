// Relative accuracy for every mass: one refinement step in double-double after the Jacobi
// sweeps, and the per-mass error bounds of both accuracy modes.
//
// Why. A backward-stable factorization (any SVD, the Jacobi sweeps in double) gets each mass to
// ~ε‖M‖ absolutely. For a seesaw hierarchy (light masses 1e-11 GeV beside 1e3 GeV) that is a
// relative error up to O(1), although the entries often fix the light masses to full relative
// accuracy (componentwise condition κ_k of ../shared/reference/README.md §3.4 small).
//
// Method. With U₀ from the sweeps (unitary to ~nε):
//  1. E = U₀†U₀ − 1 in twice the working precision (FMA two-products, compensated sums),
//     rounded; W = U₀(1 − E/2) is unitary to O(ε²) and is kept as U₀ + C, C = −U₀E/2 (a
//     correction of size ε);
//  2. A₀ = Wᵀ M W = U₀ᵀ(M U₀) + Cᵀ(M U₀) + U₀ᵀ(M C) + O(ε²‖M‖), with M U₀ and U₀ᵀ(M U₀)
//     in double-double: the entries of A₀ are the exact ones to ~2⁻¹⁰⁰‖M‖ absolutely, so the
//     light block — formed by the cancellation that ruins it in double — comes out right;
//  3. A₀ is rounded to double (a componentwise relative perturbation of ε) and swept again
//     with the relative-threshold Jacobi of Takagi+Jacobi.swift: A₀ is nearly diagonal and its
//     light block is now small and well scaled, so its singular values — those of M — come
//     out with relative error ~κ_A,k ε, where κ_A,k = Σ_ij |V_ik||A₀_ij||V_jk| / m_k is the
//     componentwise condition number of A₀ (V: the new rotations). U = W V.
// On ../shared/reference/takagi_*.csv this meets tier B (relative accuracy 50 κ_k u m_k) on
// every matrix; the fast sweeps alone meet it on 262 of 300 (see Conventions.md).
//
// Error bounds (the `massErrors` output, an absolute error estimate per mass):
//  - relative accuracy: 4 n ε Σ_ij |V_ik||A₀_ij||V_jk| + n² 2⁻¹⁰⁰ max|M_ij| (the rounding of
//    A₀ to double amplified by A₀'s componentwise condition, plus the double-double error;
//    |z| is bounded by |Re z| + |Im z| there, so the bound is at most 2√2 times looser);
//  - absolute accuracy: 6 n ε max_k |A_kk| (the backward error of the sweeps).
// A mass is certified to relative accuracy r where massErrors[k] ≤ r·masses[k].

/// How accurately the small masses are computed.
public enum TakagiAccuracy: Int32, Sendable, CaseIterable {
    /// Every mass to high relative accuracy (bounded by `massErrors`): Jacobi sweeps, then one
    /// double-double refinement and a second sweep (Takagi+Refinement.swift). The default.
    case relative = 0
    /// Backward stable: every mass to ~n ε ‖M‖ absolutely (tier A), about twice as fast.
    case absolute = 1
}

extension TakagiJacobiKernel {
    typealias DoubleDouble = (hi: Lanes, lo: Lanes)

    /// p + e = a·b exactly (FMA).
    @inline(__always)
    static func twoProduct(_ a: Lanes, _ b: Lanes) -> DoubleDouble {
        let p = a * b
        return (p, (-p).addingProduct(a, b))
    }

    /// (hi, lo) + (p, e), accurate to ~2⁻¹⁰⁴ of the magnitudes involved.
    @inline(__always)
    static func add(_ x: DoubleDouble, _ y: DoubleDouble) -> DoubleDouble {
        let s = x.hi + y.hi
        let v = s - x.hi
        let t = ((x.hi - (s - v)) + (y.hi - v)) + (x.lo + y.lo)
        let hi = s + t
        return (hi, t - (hi - s))
    }

    /// acc += a·b in the compensated form of Ogita, Rump & Oishi (Dot2, SIAM J. Sci. Comput. 26
    /// (2005) 1955): the running sum in hi, the exact rounding errors of products and sums
    /// gathered in lo — as accurate as twice the working precision, with two independent
    /// dependency chains. (hi, lo) is an unnormalized double-double.
    @inline(__always)
    static func accumulate(_ acc: inout DoubleDouble, _ a: Lanes, _ b: Lanes) {
        let p = a * b
        let e = (-p).addingProduct(a, b)
        let t = acc.hi + p
        let z = t - acc.hi
        let q = (acc.hi - (t - z)) + (p - z)
        acc.hi = t
        acc.lo += q + e
    }

    /// The refinement described above; on return aRe/aIm hold the swept A₀, uRe/uIm hold W V
    /// and `errors` the bounds.
    func refine() {
        let n = self.n
        let zero = Lanes(repeating: 0)
        let nil2: DoubleDouble = (zero, zero)
        for i in 0..<(n * n) { wRe[i] = uRe[i]; wIm[i] = uIm[i] }
        // 1. E = U₀†U₀ − 1 (Hermitian; in a0 as scratch) and C = −U₀E/2: W = U₀ + C is unitary
        //    to O(ε²) (the 3E²/8 term of the series changes the masses by O(ε²) relatively,
        //    far below what is resolved, and is left out).
        for k in 0..<n {
            for l in k..<n {
                var re = nil2, im = nil2
                for i in 0..<n {
                    let xr = wRe[i * n + k], xi = wIm[i * n + k], yr = wRe[i * n + l], yi = wIm[i * n + l]
                    Self.accumulate(&re, xr, yr); Self.accumulate(&re, xi, yi)
                    Self.accumulate(&im, xr, yi); Self.accumulate(&im, -xi, yr)
                }
                if k == l { re = Self.add(re, (Lanes(repeating: -1), zero)) }
                a0Re[k * n + l] = re.hi + re.lo; a0Im[k * n + l] = im.hi + im.lo
                a0Re[l * n + k] = a0Re[k * n + l]; a0Im[l * n + k] = -a0Im[k * n + l]
            }
        }
        for i in 0..<n {
            for l in 0..<n {
                var re = zero, im = zero
                for k in 0..<n {
                    let xr = wRe[i * n + k], xi = wIm[i * n + k], yr = a0Re[k * n + l], yi = a0Im[k * n + l]
                    re += xr * yr - xi * yi; im += xr * yi + xi * yr
                }
                cRe[i * n + l] = -0.5 * re; cIm[i * n + l] = -0.5 * im
            }
        }
        // 2. T = M U₀ (double-double), T_c = M C (double).
        for j in 0..<n {
            for l in 0..<n {
                var re = nil2, im = nil2
                var cre = zero, cim = zero
                for i in 0..<n {
                    let mr = mRe[j * n + i], mi = mIm[j * n + i]
                    let ur = wRe[i * n + l], ui = wIm[i * n + l]
                    Self.accumulate(&re, mr, ur); Self.accumulate(&re, -mi, ui)
                    Self.accumulate(&im, mr, ui); Self.accumulate(&im, mi, ur)
                    let cr = cRe[i * n + l], ci = cIm[i * n + l]
                    cre += mr * cr - mi * ci; cim += mr * ci + mi * cr
                }
                tHiRe[j * n + l] = re.hi; tLoRe[j * n + l] = re.lo
                tHiIm[j * n + l] = im.hi; tLoIm[j * n + l] = im.lo
                tcRe[j * n + l] = cre; tcIm[j * n + l] = cim
            }
        }
        // A₀ = U₀ᵀ T (double-double) + Cᵀ T + U₀ᵀ T_c (double), upper triangle, rounded.
        for k in 0..<n {
            for l in k..<n {
                var re = nil2, im = nil2
                var correctionRe = zero, correctionIm = zero
                for j in 0..<n {
                    let ur = wRe[j * n + k], ui = wIm[j * n + k]
                    let hr = tHiRe[j * n + l], hi = tHiIm[j * n + l]
                    Self.accumulate(&re, ur, hr); Self.accumulate(&re, -ui, hi)
                    Self.accumulate(&im, ur, hi); Self.accumulate(&im, ui, hr)
                    let lr = tLoRe[j * n + l], li = tLoIm[j * n + l]
                    let cr = cRe[j * n + k], ci = cIm[j * n + k]
                    let sr = tcRe[j * n + l], si = tcIm[j * n + l]
                    correctionRe += (ur * lr - ui * li) + (cr * hr - ci * hi) + (ur * sr - ui * si)
                    correctionIm += (ur * li + ui * lr) + (cr * hi + ci * hr) + (ur * si + ui * sr)
                }
                re = Self.add(re, (correctionRe, zero)); im = Self.add(im, (correctionIm, zero))
                let ar = re.hi + re.lo, ai = im.hi + im.lo
                aRe[k * n + l] = ar; aIm[k * n + l] = ai
                a0Re[k * n + l] = ar; a0Im[k * n + l] = ai
                a0Re[l * n + k] = ar; a0Im[l * n + k] = ai
            }
        }
        // 3. Sweep A₀ from V = 1.
        for i in 0..<(n * n) { uRe[i] = zero; uIm[i] = zero }
        for d in 0..<n { uRe[d * n + d] = Lanes(repeating: 1) }
        sweep()
        // Error bounds from V and A₀ (before V is overwritten).
        var largest = zero
        for i in 0..<(n * n) {
            let re = mRe[i], im = mIm[i]
            largest = Self.maximum(largest, Self.maximum(re.replacing(with: -re, where: re .< zero),
                                                         im.replacing(with: -im, where: im .< zero)))
        }
        let n2 = Double(n * n)
        let floor = n2 * 0x1p-100 * largest
        let factor = Lanes(repeating: 4 * Double(n) * Double.ulpOfOne)
        for i in 0..<(n * n) {
            // |Re| + |Im| ≥ |z| (≤ √2 |z|) of A₀_ij and V_ij into tc (scratch): an upper bound
            // without roots, overflow or underflow.
            tcRe[i] = Self.magnitudeBound(a0Re[i], a0Im[i])
            tcIm[i] = Self.magnitudeBound(uRe[i], uIm[i])
        }
        for k in 0..<n {
            var sum = zero
            for i in 0..<n {
                var row = zero
                for j in 0..<n { row += tcRe[i * n + j] * tcIm[j * n + k] }
                sum += tcIm[i * n + k] * row
            }
            errors[k] = factor * sum + floor
        }
        // U = (U₀ + C) V.
        for i in 0..<n {
            for k in 0..<n {
                var re = zero, im = zero
                for j in 0..<n {
                    let xr = wRe[i * n + j] + cRe[i * n + j], xi = wIm[i * n + j] + cIm[i * n + j]
                    let yr = uRe[j * n + k], yi = uIm[j * n + k]
                    re += xr * yr - xi * yi; im += xr * yi + xi * yr
                }
                tHiRe[i * n + k] = re; tHiIm[i * n + k] = im
            }
        }
        for i in 0..<(n * n) { uRe[i] = tHiRe[i]; uIm[i] = tHiIm[i] }
    }

    /// The backward-error estimate of the sweeps alone: 6 n ε max_k (|Re A_kk| + |Im A_kk|).
    func absoluteErrors() {
        let n = self.n
        let zero = Lanes(repeating: 0)
        var largest = zero
        for k in 0..<n {
            let re = aRe[k * n + k], im = aIm[k * n + k]
            largest = Self.maximum(largest, re.replacing(with: -re, where: re .< zero) + im.replacing(with: -im, where: im .< zero))
        }
        for k in 0..<n { errors[k] = Lanes(repeating: 6 * Double(n) * Double.ulpOfOne) * largest }
    }

    /// |re| + |im|, an upper bound of |re + i im| within a factor √2.
    @inline(__always)
    static func magnitudeBound(_ re: Lanes, _ im: Lanes) -> Lanes {
        let zero = Lanes(repeating: 0)
        return re.replacing(with: -re, where: re .< zero) + im.replacing(with: -im, where: im .< zero)
    }
}
