// The per-point working state of the νSMEFT observables: the heavy states of one point on the
// lanes of SIMD4 vectors (lane j = heavy state j, unused lanes hold zeros), with the loop
// functions w(x_j) (eq. (3.12)), T(x_j) (eq. (4.7)) and B(x_h, x_j) (eq. (4.8)) already
// evaluated. The scalar API builds it from a `NuSMEFTPoint`, the batch kernel from its flat
// arrays and its SIMD loop-function scratch; both evaluate the loop functions with the same
// lane arithmetic, so the two paths agree bit for bit.

import ComplexModule
import RealModule

/// The heavy states of one point (n ≤ 4) and their loop functions.
public struct NuSMEFTState: Sendable {
    public typealias Lanes = SIMD4<Double>
    /// n.
    public var sterileCount: Int
    /// Λ (GeV).
    public var scale: Double
    /// m_j (GeV), 1/m_j (0 on unused lanes), x_j = m_j²/m_W².
    public var mass = Lanes(), inverseMass = Lanes(), x = Lanes()
    /// w(x_j), T(x_j), Re B(x_h, x_j), Im B(x_h, x_j) (0 on unused lanes).
    public var w = Lanes(), threshold = Lanes(), bracketRe = Lanes(), bracketIm = Lanes()
    /// U_αj: `mixingRe[α]` lane j.
    public var mixingRe = LaneTriple(), mixingIm = LaneTriple()
    /// [C̄_Hνe]_jα (eq. (3.10)), GeV⁻²: `coefficientRe[α]` lane j.
    public var coefficientRe = LaneTriple(), coefficientIm = LaneTriple()
    /// L = ln(Λ²/m_W²), the logarithm of eqs. (4.7)–(4.8) at μ_r = m_W.
    public var logScale = 0.0
    /// Σ_S √(1 − Σ_j |U_Sj|²) Σ_α (m_α/v)|v² (C_Hνe)_Sα|, the weight of the μ_ν bound (MagneticMoments.swift).
    public var magneticMomentWeight = 0.0
    /// m_ββ (GeV), eq. (4.26).
    public var effectiveMajoranaMass = Complex<Double>.zero

    @inlinable
    public init(sterileCount: Int, scale: Double) {
        self.sterileCount = sterileCount
        self.scale = scale
    }

    /// The state of a point, the loop functions evaluated with the input set's m_W, m_h.
    public init(_ p: NuSMEFTPoint, inputs: NuSMEFTInputs) {
        let f = p.flat
        self.init(record: { f[$0] }, sterileCount: p.sterileCount, inputs: inputs)
        setLoopFunctions(used: Self.usedLanes(p.sterileCount), inputs: inputs)
    }

    /// Everything but the loop functions, from one flat record (`NuSMEFTPoint.flat`), read
    /// through `field`. The scalar and batch paths share it.
    @inlinable
    init(record field: (Int) -> Double, sterileCount n: Int, inputs: NuSMEFTInputs) {
        self.init(sterileCount: n, scale: field(0))
        logScale = 2 * Double.log(field(0) / inputs.wMass)
        let uBase = 1 + n, sBase = uBase + 6 * n, cBase = sBase + 2 * n * n, mBase = cBase + 6 * n
        for j in 0..<n {
            let m = field(1 + j)
            mass[j] = m
            inverseMass[j] = 1 / m
            let r = m / inputs.wMass
            x[j] = r * r
            for a in 0..<3 {
                mixingRe[a][j] = field(uBase + 2 * (a * n + j))
                mixingIm[a][j] = field(uBase + 2 * (a * n + j) + 1)
                // [C̄]_jα = Σ_S U_Sj C_Sα, eq. (3.10).
                var re = 0.0, im = 0.0
                for s in 0..<n {
                    let ur = field(sBase + 2 * (s * n + j)), ui = field(sBase + 2 * (s * n + j) + 1)
                    let cr = field(cBase + 2 * (s * 3 + a)), ci = field(cBase + 2 * (s * 3 + a) + 1)
                    re += ur * cr - ui * ci
                    im += ur * ci + ui * cr
                }
                coefficientRe[a][j] = re
                coefficientIm[a][j] = im
            }
        }
        var weight = 0.0
        for s in 0..<n {
            var heavy = 0.0
            for j in 0..<n {
                let ur = field(sBase + 2 * (s * n + j)), ui = field(sBase + 2 * (s * n + j) + 1)
                heavy += ur * ur + ui * ui
            }
            var sum = 0.0
            for a in 0..<3 {
                let cr = field(cBase + 2 * (s * 3 + a)), ci = field(cBase + 2 * (s * 3 + a) + 1)
                sum += inputs.leptonMass(a) * inputs.vev * (cr * cr + ci * ci).squareRoot()
            }
            weight += max(0, 1 - heavy).squareRoot() * sum
        }
        magneticMomentWeight = weight
        effectiveMajoranaMass = Complex(field(mBase), field(mBase + 1))
    }

    /// Lanes 0 … n−1.
    @inlinable
    static func usedLanes(_ n: Int) -> SIMDMask<SIMD4<Int64>> {
        SIMD4<Int64>(0, 1, 2, 3) .< SIMD4<Int64>(repeating: Int64(n))
    }

    /// w, T and B from `x` (scalar path; the batch kernel evaluates them on its own lanes,
    /// with the same lane arithmetic).
    @inlinable
    mutating func setLoopFunctions(used: SIMDMask<SIMD4<Int64>>, inputs: NuSMEFTInputs) {
        let xs = x.replacing(with: 1, where: .!used)
        w = NuEFT.w(xs).replacing(with: 0, where: .!used)
        threshold = NuEFT.thresholdBracket(xj: xs).replacing(with: 0, where: .!used)
        let b = NuEFT.yukawaBracket(xh: Lanes(repeating: inputs.xh), xj: xs)
        bracketRe = b.re.replacing(with: 0, where: .!used)
        bracketIm = b.im.replacing(with: 0, where: .!used)
    }

    /// x_j = (m_j/m_W)², the same expression in every path.
    @inlinable @inline(__always)
    static func xj<V: SIMD>(_ m: V, wMass: Double) -> V where V.Scalar == Double {
        let r = m / V(repeating: wMass)
        return r * r
    }

    /// U_ℓj [C̄_Hνe]_jℓ' (real and imaginary lanes).
    @inlinable @inline(__always)
    func product(_ a: Int, _ b: Int) -> (re: Lanes, im: Lanes) {
        (mixingRe[a] * coefficientRe[b] - mixingIm[a] * coefficientIm[b],
         mixingRe[a] * coefficientIm[b] + mixingIm[a] * coefficientRe[b])
    }
}

/// Three SIMD4 vectors indexed 0…2 (flavours e, μ, τ), stored inline: a fixed-size array that
/// specializes fully (InlineArray went through generic metadata in the hot loop).
@frozen
public struct LaneTriple: Sendable {
    public var e = SIMD4<Double>(), mu = SIMD4<Double>(), tau = SIMD4<Double>()
    @inlinable public init() {}
    @inlinable
    public subscript(_ a: Int) -> SIMD4<Double> {
        @inline(__always) get { a == 0 ? e : a == 1 ? mu : tau }
        @inline(__always) set { if a == 0 { e = newValue } else if a == 1 { mu = newValue } else { tau = newValue } }
    }
}
