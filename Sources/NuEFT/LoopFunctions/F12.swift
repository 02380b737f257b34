// The loop integrals f1(x_h, x_j) and f2(x_h, x_j) of the effective Yukawa coupling.
//
// Implementation goals, in order of priority:
//  1. |Re f − ref| ≤ 1e-14 · ∫|Re integrand| and the same for Im, for every x_h > 0, x_j > 0
//     (measured against ../shared/reference and against mpmath on x_h, x_j ∈ [1e-14, 1e14]).
//  2. Exact treatment of the removable pole inside [0, 1], of log singularities at or next to
//     the end points (small x_j), and of the region where the log argument is negative.
//  3. Fast: a closed form with dilogarithms instead of quadrature (numpy's 64-node
//     Gauss–Legendre misses 1e-13 at small x_j by orders of magnitude).
//
// Derivation (the code follows these names). Both integrals have the form
//     f = ∫₀¹ dz ln[N(z)/Dn(z)] / D(z),   N = x_h z² − x_h z + c₀,  Dn = d₀ + d₁ z,  D = x_h (z − z₀),
// with c₀ = x_j, d₀ = 1, d₁ = x_j − 1 for f1 and c₀ = 1, d₀ = x_j, d₁ = 1 − x_j for f2; then
// z₀ = d₁/x_h. Since N − Dn = −(1 − z)D identically, N(z₀) = Dn(z₀) > 0: the pole is removable
// and G(z) = ln|N/Dn| vanishes at z₀, so
//     Re f = (1/x_h) ∫₀¹ [G(z) − G(z₀)]/(z − z₀) dz = (1/x_h) [Σ_{roots r of N} Φ(r) − Φ(z_d)],
//     Φ(r) = ∫₀¹ [ln|z − r| − ln|z₀ − r|]/(z − z₀) dz = Re[Li₂(z₀/(z₀ − r)) − Li₂((z₀ − 1)/(z₀ − r))],
// z_d the root of Dn: every constant cancels. The arguments and their complements are built
// from x_h, x_j directly (no difference of nearly equal numbers):
//  - Dn part: with P = d₁z₀ ≥ 0, p = P/(d₀+P), 1 − p = d₀/(d₀+P), q = (P − d₁)/(d₀+P),
//    1 − q = Dn(1)/(d₀+P), Dn(1) = x_j (f1), 1 (f2);
//  - real roots (ρ² = 1 − 4c₀/x_h ≥ 0): z₁ = 2c₀/(x_h(1+ρ)), z₂ = (1+ρ)/2; with
//    τ = (1−ρ)/(1+ρ) = (4c₀/x_h)/(1+ρ)², E₁ = x_h(z₀ − z₁) = −(d₀ + c₀τ), E₂ = E₁ − x_hρ (both
//    negative), a = d₁/E, 1 − a = −x_h r/E, b = (d₁ − x_h)/E, 1 − b = x_h(1 − r)/E;
//  - complex roots r, r̄ = ½ ± iσ/2 (σ² = −ρ²): Φ(r) + Φ(r̄) = 2 Re Φ(r) with the same a, b
//    and E = d₁ − x_h/2 − i x_hσ/2 (complex dilogarithms). When the roots are far from
//    [0, 1] (|r|² = c₀/x_h > 9) the dilogarithms cancel by a factor ~|r|; there the smooth
//    integrand ln(A(z)/A(z₀))/(z − z₀), A = |z − r|², is integrated by 10-point Gauss–Legendre
//    instead (its singularities are ≥ 2.96 away, so the error is below 1e-20).
// Imaginary part: where N < 0 on (z₁, z₂) the principal branch adds iπ there and
//     Im f = (π/x_h) ln[D(z₂)/D(z₁)] = (π/x_h) log1p(x_hρ/(d₀ + c₀τ)).
// At x_j = x_h/4 (f1) or x_h = 4 (f2) the roots merge at z = ½; the value is real there.

/// Per-lane description of one of the two integrals (see the derivation above).
@usableFromInline
struct LoopIntegralCoefficients<V: DoubleLanes> {
    @usableFromInline var c0: V
    @usableFromInline var d0: V
    @usableFromInline var d1: V
    @usableFromInline var dnAtOne: V

    @inlinable @inline(__always)
    init(c0: V, d0: V, d1: V, dnAtOne: V) { self.c0 = c0; self.d0 = d0; self.d1 = d1; self.dnAtOne = dnAtOne }

    /// f1: N = x_j − x_h(1 − z)z, Dn = 1 + (x_j − 1)z, D = 1 − x_j + x_h z.
    @inlinable @inline(__always)
    static func f1(xj: V) -> Self { Self(c0: xj, d0: V(repeating: 1), d1: xj - 1, dnAtOne: xj) }

    /// f2: N = 1 − x_h(1 − z)z, Dn = x_j + z(1 − x_j), D = −1 + x_j + x_h z.
    @inlinable @inline(__always)
    static func f2(xj: V) -> Self { Self(c0: V(repeating: 1), d0: xj, d1: 1 - xj, dnAtOne: V(repeating: 1)) }
}

/// The closed form of f = ∫₀¹ ln[N/Dn]/D dz (see the top of the file), valid for x_h > 0, x_j > 0.
@inlinable @inline(__always)
func loopIntegral<V: DoubleLanes>(xh: V, _ c: LoopIntegralCoefficients<V>) -> (re: V, im: V) {
    let zero = V(repeating: 0)
    let z0 = c.d1 / xh

    // Φ(z_d), the root of Dn.
    let bigP = c.d1 * z0
    let inverseDnAtZ0 = 1 / (c.d0 + bigP)
    let p = bigP * inverseDnAtZ0
    let q = (bigP - c.d1) * inverseDnAtZ0
    let phiDn = realDilog(p, complement: c.d0 * inverseDnAtZ0)
        .minus(realDilog(q, complement: c.dnAtOne * inverseDnAtZ0))

    // Σ Φ(r) over the roots of N.
    // ρ² = (x_h − 4c₀)/x_h: the numerator is exact near the threshold ρ = 0, 1 − 4c₀/x_h is not.
    let fourC0OverXh = (4 * c.c0) / xh
    let rhoSquared = (xh - 4 * c.c0) / xh
    let realRoots = le(zero, rhoSquared)
    let farRoots = .!realRoots .& lt(9 * xh, c.c0)
    let nearRoots = .!realRoots .& .!farRoots
    let dMinusXh = c.d1 - xh
    var phiN = zero
    var im = zero

    if anyLane(realRoots) {
        let rho = select(realRoots, rhoSquared, zero).lanesSquareRoot()
        let onePlusRho = 1 + rho
        let tau = fourC0OverXh / (onePlusRho * onePlusRho)
        let k1 = c.d0.addingProduct(c.c0, tau)        // −E₁ > 0
        let e1 = -k1
        let e2 = e1 - xh * rho
        let xhZ1 = (2 * c.c0) / onePlusRho              // x_h z₁
        let xhZ2 = xh * onePlusRho * 0.5                // x_h z₂ = x_h (1 − z₁)
        let inverseE1 = 1 / e1
        let inverseE2 = 1 / e2
        let phi1 = realDilog(c.d1 * inverseE1, complement: -xhZ1 * inverseE1)
            .minus(realDilog(dMinusXh * inverseE1, complement: xhZ2 * inverseE1))
        let phi2 = realDilog(c.d1 * inverseE2, complement: -xhZ2 * inverseE2)
            .minus(realDilog(dMinusXh * inverseE2, complement: xhZ1 * inverseE2))
        phiN = select(realRoots, phi1 + phi2, phiN)
        im = select(realRoots, realRootImaginaryPart(xh: xh, c), zero)
    }

    if anyLane(nearRoots) {
        let sigma = select(nearRoots, -rhoSquared, zero).lanesSquareRoot()
        let halfXh = xh * 0.5
        let halfXhSigma = halfXh * sigma
        let e = ComplexLanes(c.d1 - halfXh, -halfXhSigma)   // x_h (z₀ − r), r = ½ + iσ/2
        let inverseE = e.reciprocal
        let xhR = ComplexLanes(halfXh, halfXhSigma)
        let a = inverseE * c.d1
        let aComplement = -(xhR * inverseE)
        let b = inverseE * dMinusXh
        let bComplement = ComplexLanes(halfXh, -halfXhSigma) * inverseE   // x_h r̄ / E
        let phi = complexDilog(a, complement: aComplement)
            .realPartMinus(complexDilog(b, complement: bComplement))
        phiN = select(nearRoots, phi + phi, phiN)
    }

    if anyLane(farRoots) {
        let sigmaSquared = select(farRoots, -rhoSquared, V(repeating: 1))
        let halfXh = xh * 0.5
        let e = ComplexLanes(c.d1 - halfXh, -halfXh * sigmaSquared.lanesSquareRoot())
        let phi = farPairIntegral(z0: z0, sigmaSquared: sigmaSquared, e: e, xh: xh)
        phiN = select(farRoots, phi, phiN)
    }

    // Where every singular point is far from [0, 1] — N's roots (|r| > 3) and Dn's root
    // z_d = −d₀/d₁ (|z_d − ½| > 3, i.e. x_j ∈ (5/7, 7/5)) — the integrand itself is smooth, and
    // integrating it directly avoids the cancellation of Φ_N against Φ_Dn, which otherwise
    // costs a factor ~2 ln|z₀|/|d₁| (measured 6e-5 at x_h = 1e-20, x_j = 1 + 1e-5).
    let direct = farRoots .& lt(6 * absLanes(c.d1), absLanes(2 * c.d0 + c.d1))
    // Where N's roots are far and z₀ is very far (|z₀| > 1e4: x_h ≪ |x_j − 1|) but z_d is not,
    // Φ_N and Φ_Dn each carry ~ln|z₀|/z₀ that cancels (factor ~2 ln|z₀|/|d₁|, 1e-13 at x_h = 1e-20,
    // x_j = 0.7). There f = ∫ln N/D − ∫ln Dn/D without subtracting at z₀: the first smooth
    // (Gauss–Legendre), the second as the series in 1/z₀ of exact moments (logDnIntegral).
    let split = farRoots .& .!direct .& lt(V(repeating: 1e4), absLanes(z0))
    var re = (phiN - phiDn) / xh
    if anyLane(split) {
        re = select(split, logNumeratorIntegral(xh: xh, c) - logDnIntegral(z0: z0, c), re)
    }
    if anyLane(direct) {
        re = select(direct, smoothIntegrand(xh: xh, c), re)
    }
    return (re, im)
}

/// ∫₀¹ ln Dn/D dz for |z₀| > 1e4, from 1/D = −(1/d₁) Σ_k (z/z₀)^k: −(1/d₁) Σ_{k≤3} m_k/z₀^k with
/// the moments m_k = ∫₀¹ z^k ln(d₀ + d₁z) dz = ln Dn(1)/(k+1) − d₁K_{k+1}/(k+1), K_n = ∫₀¹ zⁿ/Dn dz,
/// K₀ = ln(Dn(1)/d₀)/d₁, K_n = (1/n − d₀K_{n−1})/d₁ (truncation < 1e-16; in this regime
/// |d₀| ≤ 3.5|d₁|, so the recurrence amplifies rounding by at most 3.5 per step, and the higher
/// moments are damped by 1e-4 each).
@inlinable @inline(__always)
func logDnIntegral<V: DoubleLanes>(z0: V, _ c: LoopIntegralCoefficients<V>) -> V {
    // K₀ = ln(Dn(1)/d₀)/d₁ from the two logarithms: Dn(1) may be 1e15 times smaller than d₀
    // (x_j → 0 in f1, x_j → ∞ in f2), which d₁/d₀ = −1 + Dn(1)/d₀ would round away.
    let logDnAtOne = logLanes(c.dnAtOne)
    let k0 = (logDnAtOne - logLanes(c.d0)) / c.d1
    let k1 = (1 - c.d0 * k0) / c.d1
    let k2 = (V(repeating: 1.0 / 2) - c.d0 * k1) / c.d1
    let k3 = (V(repeating: 1.0 / 3) - c.d0 * k2) / c.d1
    let k4 = (V(repeating: 1.0 / 4) - c.d0 * k3) / c.d1
    let m0 = logDnAtOne - c.d1 * k1
    let m1 = (logDnAtOne - c.d1 * k2) / 2
    let m2 = (logDnAtOne - c.d1 * k3) / 3
    let m3 = (logDnAtOne - c.d1 * k4) / 4
    let inverse = 1 / z0
    let series = m0 + inverse * (m1 + inverse * (m2 + inverse * m3))
    return -series / c.d1
}

/// ∫₀¹ ln N/D dz by 10-point Gauss–Legendre, for lanes where N's roots and z₀ are ≥ 2.5 away
/// from [0, 1] (N > 0 and D ≠ 0 on it).
@inlinable @inline(__always)
func logNumeratorIntegral<V: DoubleLanes>(xh: V, _ c: LoopIntegralCoefficients<V>) -> V {
    var sum = V(repeating: 0)
    for node in 0..<10 {
        let z = gaussLegendre10Nodes[node]
        let n = c.c0 - xh * (z * (1 - z))
        let d = xh * z - c.d1
        sum = sum.addingProduct(V(repeating: gaussLegendre10Weights[node]), logLanes(n) / d)
    }
    return sum
}

/// ∫₀¹ ln[N/Dn]/D dz by 10-point Gauss–Legendre, for lanes whose integrand has no singular point
/// within 2.5 of [0, 1] (Bernstein parameter ≥ 11.9, error < 1e-20). N > 0 there (complex
/// roots), so the value is real. With u = N/Dn − 1 = −(1 − z)D/Dn, the integrand is
/// −(1 − z)/Dn · log1p(u)/u for |u| < ½, which removes the pole at D = 0 exactly, and
/// log1p(u)/D otherwise.
@inlinable @inline(__always)
func smoothIntegrand<V: DoubleLanes>(xh: V, _ c: LoopIntegralCoefficients<V>) -> V {
    var sum = V(repeating: 0)
    for node in 0..<10 {
        let z = gaussLegendre10Nodes[node]
        let oneMinusZ = V(repeating: 1 - z)                    // exact: the nodes are in (0, 1)
        let dn = (c.d0 * oneMinusZ).addingProduct(c.dnAtOne, V(repeating: z))
        let d = xh * z - c.d1                                   // D = x_h(z − z₀)
        let u = -oneMinusZ * (d / dn)
        let logRatio = log1pLanes(u)
        let small = lt(absLanes(u), V(repeating: 0.5))
        let nearPole = -oneMinusZ / dn * select(eq(u, V(repeating: 0)), V(repeating: 1), logRatio / u)
        sum = sum.addingProduct(V(repeating: gaussLegendre10Weights[node]), select(small, nearPole, logRatio / d))
    }
    return sum
}

/// Im f = (π/x_h) log1p(x_hρ/(d₀ + c₀τ)) where N has real roots (ρ² ≥ 0); garbage elsewhere.
/// One function for the closed form and the tables, so both give the same bits.
@inlinable @inline(__always)
func realRootImaginaryPart<V: DoubleLanes>(xh: V, _ c: LoopIntegralCoefficients<V>) -> V {
    let zero = V(repeating: 0)
    let rhoSquared = (xh - 4 * c.c0) / xh
    let rho = select(le(zero, rhoSquared), rhoSquared, zero).lanesSquareRoot()
    let onePlusRho = 1 + rho
    let tau = ((4 * c.c0) / xh) / (onePlusRho * onePlusRho)
    let k1 = c.d0.addingProduct(c.c0, tau)
    return log1pLanes(xh * rho / k1) * (Double.pi / xh)
}

/// Φ(r) + Φ(r̄) = ∫₀¹ ln(A(z)/A(z₀))/(z − z₀) dz, A(z) = (z − ½)² + σ²/4 = |z − r|², by 10-point
/// Gauss–Legendre; used only where |r| > 3, so the integrand is analytic in an ellipse with
/// Bernstein parameter ≥ 11.9 around [0, 1]. ln(A/A₀) is log1p(t), t = (z − z₀)(z + z₀ − 1)/A₀
/// (exact algebra), where A/A₀ ∈ [½, 2], and ln A − ln A₀ otherwise.
@inlinable @inline(__always)
func farPairIntegral<V: DoubleLanes>(z0: V, sigmaSquared: V, e: ComplexLanes<V>, xh: V) -> V {
    // A₀ = |E|²/x_h², with E scaled to |Re| + |Im| = 1 first so that nothing overflows:
    // 1/A₀ = (x_h s)²/n and ln A₀ = ln n − 2(ln x_h + ln s), s = 1/(|Re E| + |Im E|), n ∈ [½, 1].
    let scale = 1 / (absLanes(e.re) + absLanes(e.im))
    let eRe = e.re * scale
    let eIm = e.im * scale
    let n = (eRe * eRe).addingProduct(eIm, eIm)
    let xhScaled = xh * scale
    let inverseA0 = (xhScaled * xhScaled) / n
    let logA0 = logLanes(n) - 2 * (logLanes(xh) + logLanes(scale))
    let quarterSigmaSquared = sigmaSquared * 0.25
    let zPlusZ0Minus1Base = z0 - 1
    var sum = V(repeating: 0)
    for node in 0..<10 {
        let z = gaussLegendre10Nodes[node]
        let dz = V(repeating: z) - z0
        let centred = z - 0.5
        let a = quarterSigmaSquared + V(repeating: centred * centred)
        let ratio = a * inverseA0
        let t = dz * (zPlusZ0Minus1Base + z) * inverseA0
        let nearOne = le(V(repeating: 0.5), ratio) .& le(ratio, V(repeating: 2))
        // Near 1, ln(A/A₀) = log1p(t) from the exact t (a log of the rounded ratio would leave
        // its rounding error squared, 1e-32, next to t as small as 1e-21); far from 1,
        // ln A − ln A₀, where A ≥ σ²/4 > 8.75 makes A − 1 exact enough for log1p.
        let logRatio = log1pLanes(select(nearOne, t, a - 1)) + select(nearOne, V(repeating: 0), -logA0)
        let limit = (2 * z0 - 1) * inverseA0        // the integrand at z = z₀
        let integrand = select(eq(dz, V(repeating: 0)), limit, logRatio / dz)
        sum = sum.addingProduct(V(repeating: gaussLegendre10Weights[node]), integrand)
    }
    return sum
}

extension NuEFT {
    /// f1(x_h, x_j) = ∫₀¹ dz ln[(x_j − x_h(1 − z)z)/(1 + (x_j − 1)z)] / (1 − x_j + x_h z),
    /// eq. (4.9) of 000_b99ff7acfa28d225.txt, with x_h = m_h²/m_W², x_j = m_j²/m_W².
    ///
    /// Principal branch: for x_j < x_h/4 the log argument is negative on part of [0, 1] and
    /// the value has an imaginary part (returned; the h → ℓℓ bracket uses the real part, see
    /// Conventions.md). The removable singularity at z = (x_j − 1)/x_h is treated exactly.
    /// Error ≤ 1e-14 relative to ∫₀¹|Re integrand| dz (see the top of this file for the method).
    /// - Throws: `NuEFTError` for NaN, ±∞ or non-positive inputs.
    @inlinable
    public static func f1(xh: Double, xj: Double) throws(NuEFTError) -> (re: Double, im: Double) {
        let status = pairInputStatus(xh, xj, domain: positiveDomain)
        guard status == .ok else { throw NuEFTError(status, "f1 needs finite x_h > 0, x_j > 0, got (\(xh), \(xj))") }
        let r = f1(xh: SIMD2(repeating: xh), xj: SIMD2(repeating: xj))
        return (r.re[0], r.im[0])
    }

    /// f2(x_h, x_j) = ∫₀¹ dz ln[(1 − x_h(1 − z)z)/(x_j + z(1 − x_j))] / (−1 + x_j + x_h z),
    /// eq. (4.9) of 000_b99ff7acfa28d225.txt. An imaginary part appears for x_h > 4.
    /// Same conventions and accuracy as `f1(xh:xj:)`.
    /// - Throws: `NuEFTError` for NaN, ±∞ or non-positive inputs.
    @inlinable
    public static func f2(xh: Double, xj: Double) throws(NuEFTError) -> (re: Double, im: Double) {
        let status = pairInputStatus(xh, xj, domain: positiveDomain)
        guard status == .ok else { throw NuEFTError(status, "f2 needs finite x_h > 0, x_j > 0, got (\(xh), \(xj))") }
        let r = f2(xh: SIMD2(repeating: xh), xj: SIMD2(repeating: xj))
        return (r.re[0], r.im[0])
    }

    /// f1 on every lane; invalid lanes (≤ 0, NaN, ±∞ in either input) give NaN.
    @inlinable @inline(__always)
    public static func f1<V: DoubleLanes>(xh: V, xj: V) -> (re: V, im: V) {
        let bad = lanesOutside(xh, xj, domain: positiveDomain)
        let r = f1Lanes(xh: select(bad, V(repeating: 1), xh), xj: select(bad, V(repeating: 1), xj))
        return (select(bad, V(repeating: .nan), r.re), select(bad, V(repeating: .nan), r.im))
    }

    /// f2 on every lane; invalid lanes (≤ 0, NaN, ±∞ in either input) give NaN.
    @inlinable @inline(__always)
    public static func f2<V: DoubleLanes>(xh: V, xj: V) -> (re: V, im: V) {
        let bad = lanesOutside(xh, xj, domain: positiveDomain)
        let r = f2Lanes(xh: select(bad, V(repeating: 1), xh), xj: select(bad, V(repeating: 1), xj))
        return (select(bad, V(repeating: .nan), r.re), select(bad, V(repeating: .nan), r.im))
    }
}
