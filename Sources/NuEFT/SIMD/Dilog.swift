// The dilogarithm Li₂ on lanes, real and complex, for arguments given together with their
// complement 1 − w.
//
// Implementation goals, in order of priority:
//  1. Full relative accuracy of *differences* Li₂(a) − Li₂(b) as they occur in the closed
//     forms of f1, f2 (eq. (4.9) of 000_b99ff7acfa28d225.txt). Two devices serve this:
//     - the caller passes 1 − w computed without cancellation, so arguments next to 1 keep
//       their distance to the branch point;
//     - the result is returned as `value + n·π²/6` with the integer n separate, so that the
//       π²/6 of two reflected terms cancel exactly instead of leaving a rounding error of
//       4e-16 next to a difference that may be 1e-4.
//  2. Branch-free lanes: every lane computes one series; the transformation is chosen per
//     lane with selects.
//
// Method (as in A. Voigt's `polylogarithm` library, and 't Hooft–Veltman): map w to a point
// ζ with |ζ| ≤ 1, Re ζ ≤ ½ by the reflection Li₂(w) = −Li₂(1 − w) + π²/6 − ln w ln(1 − w) or
// the inversion Li₂(w) = −Li₂(1/w) − π²/6 − ½ ln²(−w), then sum the Bernoulli series
// Li₂(ζ) = Σ_{n≥0} B_n uⁿ⁺¹/(n+1)!, u = −ln(1 − ζ), |u| ≤ 1.26, through B₂₀ (relative
// truncation error below 1e-17).

/// B₂ₙ/(2n+1)! for n = 1…10, exact rationals (B₂ₙ: Bernoulli numbers).
@usableFromInline let dilogBernoulli: (Double, Double, Double, Double, Double,
                                       Double, Double, Double, Double, Double) = (
    1.0 / 36.0,
    -1.0 / 3600.0,
    1.0 / 211_680.0,
    -1.0 / 10_886_400.0,
    1.0 / 526_901_760.0,
    -691.0 / 16_999_766_784_000.0,
    1.0 / 1_120_863_744_000.0,
    -3617.0 / 181_400_588_328_960_000.0,
    43867.0 / 97_072_790_126_247_936_000.0,
    -174_611.0 / 16_860_010_916_664_115_200_000.0
)

/// π²/6 = Li₂(1) = ζ(2).
@usableFromInline let zeta2 = 1.6449340668482264365

/// Li₂ = `value` + `zeta2Multiple`·π²/6.
@usableFromInline
struct DilogParts<V: DoubleLanes> {
    @usableFromInline var value: V
    @usableFromInline var zeta2Multiple: V
    @inlinable @inline(__always)
    init(value: V, zeta2Multiple: V) { self.value = value; self.zeta2Multiple = zeta2Multiple }

    /// (self − other) as one number: the ζ(2) multiples cancel exactly first.
    @inlinable @inline(__always)
    func minus(_ other: Self) -> V {
        (value - other.value).addingProduct(zeta2Multiple - other.zeta2Multiple, V(repeating: zeta2))
    }
}

@usableFromInline
struct ComplexDilogParts<V: DoubleLanes> {
    @usableFromInline var value: ComplexLanes<V>
    @usableFromInline var zeta2Multiple: V
    @inlinable @inline(__always)
    init(value: ComplexLanes<V>, zeta2Multiple: V) { self.value = value; self.zeta2Multiple = zeta2Multiple }

    /// Re(self − other), the ζ(2) multiples cancelled exactly first.
    @inlinable @inline(__always)
    func realPartMinus(_ other: Self) -> V {
        (value.re - other.value.re).addingProduct(zeta2Multiple - other.zeta2Multiple, V(repeating: zeta2))
    }
}

/// The Bernoulli series Li₂(1 − e^{−u}) = u − u²/4 + Σ_{n≥1} B₂ₙ u²ⁿ⁺¹/(2n+1)!.
@inlinable @inline(__always)
func dilogSeries<V: DoubleLanes>(_ u: V) -> V {
    let b = dilogBernoulli
    let u2 = u * u
    var p: V = V(repeating: b.8).addingProduct(u2, V(repeating: b.9))
    p = V(repeating: b.7).addingProduct(u2, p)
    p = V(repeating: b.6).addingProduct(u2, p)
    p = V(repeating: b.5).addingProduct(u2, p)
    p = V(repeating: b.4).addingProduct(u2, p)
    p = V(repeating: b.3).addingProduct(u2, p)
    p = V(repeating: b.2).addingProduct(u2, p)
    p = V(repeating: b.1).addingProduct(u2, p)
    p = V(repeating: b.0).addingProduct(u2, p)
    return u.addingProduct(u2, V(repeating: -0.25).addingProduct(u, p))
}

@inlinable @inline(__always)
func dilogSeries<V: DoubleLanes>(_ u: ComplexLanes<V>) -> ComplexLanes<V> {
    let b = dilogBernoulli
    let u2 = u * u
    var p = ComplexLanes<V>(V(repeating: b.9), V(repeating: 0))
    p = p.hornerStep(times: u2, plus: V(repeating: b.8))
    p = p.hornerStep(times: u2, plus: V(repeating: b.7))
    p = p.hornerStep(times: u2, plus: V(repeating: b.6))
    p = p.hornerStep(times: u2, plus: V(repeating: b.5))
    p = p.hornerStep(times: u2, plus: V(repeating: b.4))
    p = p.hornerStep(times: u2, plus: V(repeating: b.3))
    p = p.hornerStep(times: u2, plus: V(repeating: b.2))
    p = p.hornerStep(times: u2, plus: V(repeating: b.1))
    p = p.hornerStep(times: u2, plus: V(repeating: b.0))
    let up = u * p
    let inner = ComplexLanes(up.re - 0.25, up.im)  // −1/4 + u P(u²)
    return u + u2 * inner
}

/// Re Li₂(x) for real x, given xc = 1 − x computed by the caller without cancellation.
/// For x > 1 the real part (the principal value's, continuous across the cut).
@inlinable @inline(__always)
func realDilog<V: DoubleLanes>(_ x: V, complement xc: V) -> DilogParts<V> {
    let one = V(repeating: 1)
    let direct = le(V(repeating: -1), x) .& le(x, V(repeating: 0.5))          // Li₂(x), u = −ln(1 − x)
    let reflected = lt(V(repeating: 0.5), x) .& le(x, V(repeating: 2))         // −Li₂(1 − x) + π²/6 − ln x ln(1 − x)
    // otherwise inverted: −Li₂(1/x) − π²/6 − ½ ln²(−x)  (x < −1), Re: … + π²/3 … (x > 2)
    let inverse = one / x
    let zeta = select(direct, -x, select(reflected, -xc, -inverse))
    let u = -log1pLanes(zeta)
    let series = dilogSeries(u)
    let logArgument = absLanes(select(reflected, xc, select(direct, one, x)))
    let ell = logLanes(logArgument)
    let reflectedValue = select(eq(xc, V(repeating: 0)), -series, (-series).addingProduct(u, ell))
    let invertedValue = (-series).addingProduct(V(repeating: -0.5) * ell, ell)
    let value = select(direct, series, select(reflected, reflectedValue, invertedValue))
    let invertedMultiple = select(lt(x, V(repeating: 0)), V(repeating: -1), V(repeating: 2))
    let multiple = select(direct, V(repeating: 0), select(reflected, one, invertedMultiple))
    return DilogParts(value: value, zeta2Multiple: multiple)
}

/// Li₂(w) on the principal branch for complex w, given wc = 1 − w computed by the caller
/// without cancellation.
@inlinable @inline(__always)
func complexDilog<V: DoubleLanes>(_ w: ComplexLanes<V>, complement wc: ComplexLanes<V>) -> ComplexDilogParts<V> {
    let one = V(repeating: 1)
    let zero = V(repeating: 0)
    let half: V = V(repeating: 0.5)
    let reflected = lt(half, w.re) .& le(wc.normSquared, one)
    let direct = .!reflected .& le(w.re, half) .& le(w.normSquared, one)
    let inverted = .!reflected .& .!direct
    let inverse = w.reciprocal
    let oneMinusInverse = ComplexLanes(one - inverse.re, -inverse.im)
    let zeta = select(direct, -w, select(reflected, -wc, -inverse))
    let onePlusZeta = select(direct, wc, select(reflected, w, oneMinusInverse))
    let u = -complexLog1p(zeta, onePlusZ: onePlusZeta)
    let series = dilogSeries(u)
    let logArgument = select(inverted, -w, select(reflected, wc, ComplexLanes(real: one)))
    let ell = complexLog(logArgument)
    let wcIsZero = eq(wc.re, zero) .& eq(wc.im, zero)
    let uEll = u * ell
    let reflectedValue = ComplexLanes(select(wcIsZero, -series.re, uEll.re - series.re),
                                      select(wcIsZero, -series.im, uEll.im - series.im))
    let halfEllSquared = ell * ell * half
    let invertedValue = -series - halfEllSquared
    let value = select(direct, series, select(reflected, reflectedValue, invertedValue))
    let multiple = select(direct, zero, select(reflected, one, V(repeating: -1)))
    return ComplexDilogParts(value: value, zeta2Multiple: multiple)
}
