// Accelerator constraints of sec. 4.6 of 000_b99ff7acfa28d225.txt: the partonic Drell–Yan
// cross section (eqs. (4.33)–(4.34)), its peak Q_max, the CMS limits of Tables 3 and 4 as data
// interpolated in m_4, the d = 4 + 6 combination (eqs. (4.39), (4.45)), the Run-II / HL-LHC /
// ATLAS+CMS projections and the perturbativity bound (eq. (4.30)).
//
// ERRATA.md: the combination is |U_ℓ4|² + |C_Hνe|²/4 with C_Hνe = v²[C̄]_4ℓ (eq. (4.35)), no
// interference; the factors are 2 (Run II), 10 (HL-LHC) and √2 (ATLAS+CMS). For n > 1 each heavy
// state is compared with the limit at its own mass (the paper treats n = 1). Tables 3–4 are
// interpolated linearly in (ln m_4, ln limit); above 1200 GeV no limit applies. Below the
// tables (m_4 < 90/95 GeV ≈ m_W) sec. 4.6 quotes |U_μ4| ≤ 3·10⁻³ from ATLAS [115], CMS [116, 117]
// and LHCb [118]; NuEFT applies |U_ℓ4|² + |C_Hνe|²/4 < (3·10⁻³)² there for ℓ = e, μ (a choice:
// the paper states it for the muon and below m_W).
// Sec. 4.6, Q_max: the quoted Q_max = m_4 √(1+√3) (and 1.54, 1.64 at 150, 450 GeV) maximise
// σ̂(Q²) itself, not Q·σ̂ as the text says; `peakInvariantMass` maximises σ̂.

import RealModule

public enum NuSMEFTLHC {
    /// Table 3 of 000_b99ff7acfa28d225.txt: CMS 36 fb⁻¹ [116], 95% CL limits on
    /// |U_μ4|² + |C_Hνe|²/4 at m_4 (GeV).
    public static let muonTable: (masses: [Double], limits: [Double]) = (
        [95, 100, 130, 150, 200, 400, 600, 800, 1000, 1200],
        [3.46e-3, 4.32e-3, 7.17e-3, 7.97e-3, 8.88e-3, 3.01e-2, 8.35e-2, 2.06e-1, 4.41e-1, 8.48e-1])
    /// Table 4: the same for the electron channel [116].
    public static let electronTable: (masses: [Double], limits: [Double]) = (
        [90, 100, 130, 150, 200, 400, 600, 800, 1000, 1200],
        [6.22e-3, 6.52e-3, 1.10e-2, 1.43e-2, 1.36e-2, 5.24e-2, 1.67e-1, 4.28e-1, 9.49e-1, 1.84])

    /// |U_ℓ4| ≤ 3·10⁻³ below the tables (sec. 4.6), as a limit on |U_ℓ4|² + |C_Hνe|²/4.
    public static let lightMassLimit = 9e-6

    /// The CMS 95% CL limit on |U_ℓ4|² + |C_Hνe|²/4 at m_4 (ℓ = 0 e, 1 μ), interpolated in
    /// Tables 3–4; `lightMassLimit` below them; nil above 1200 GeV, for m_4 ≤ 0 or ℓ = τ.
    public static func cmsLimit(flavour l: Int, mass m: Double) -> Double? {
        guard l == 0 || l == 1, m > 0 else { return nil }
        let t = l == 0 ? electronTable : muonTable
        if m < t.masses[0] { return lightMassLimit }
        guard m <= t.masses[t.masses.count - 1] else { return nil }
        var k = 0
        while k + 2 < t.masses.count, m > t.masses[k + 1] { k += 1 }
        let m0: Double = t.masses[k], m1: Double = t.masses[k + 1]
        let l0: Double = t.limits[k], l1: Double = t.limits[k + 1]
        let f: Double = Double.log(m / m0) / Double.log(m1 / m0)
        return l0 * Double.exp(f * Double.log(l1 / l0))
    }

    /// σ̂_DY^{d=4}(ū_R d_L → μ_L⁻ ν_4) / |U_μ4|² in GeV⁻² at invariant mass Q:
    /// g⁴/(2⁷ π N_c²) (Q² − m_4²)²(2Q² + m_4²)/(Q⁴[(Q² − m_W²)² + (m_W Γ_W)²]).
    /// Eq. (4.33) of 000_b99ff7acfa28d225.txt; 0 below threshold.
    public static func partonicCrossSection(invariantMass q: Double, mass m: Double, inputs: NuSMEFTInputs) -> Double {
        guard q > m else { return 0 }
        let g2 = inputs.weakCoupling * inputs.weakCoupling
        let q2 = q * q, m2 = m * m, w2 = inputs.wMass * inputs.wMass
        let prop = (q2 - w2) * (q2 - w2) + w2 * inputs.wWidth * inputs.wWidth
        return g2 * g2 / (128 * Double.pi * inputs.colours * inputs.colours)
            * (q2 - m2) * (q2 - m2) * (2 * q2 + m2) / (q2 * q2 * prop)
    }

    /// σ̂^{d=6} = |C_Hνe|²/(4|U_μ4|²) σ̂^{d=4}: eq. (4.34) with C_Hνe = v²[C̄]_4μ (4.35); per unit |U|²,
    /// the d = 6 cross section for a given |C_Hνe|.
    public static func dimensionSixCrossSection(invariantMass q: Double, mass m: Double, coefficient c: Double, inputs: NuSMEFTInputs) -> Double {
        c * c / 4 * partonicCrossSection(invariantMass: q, mass: m, inputs: inputs)
    }

    /// The Q that maximises σ̂_DY(Q²) of eq. (4.33) (golden-section search); with m_W → 0 it is
    /// m_4 √(1 + √3) ≈ 1.65 m_4 (sec. 4.6; ERRATA.md).
    public static func peakInvariantMass(mass m: Double, inputs: NuSMEFTInputs) -> Double {
        var a = m * 1.000001, b = m * 10
        let phi = (5.0.squareRoot() - 1) / 2
        for _ in 0..<200 {
            let c = b - phi * (b - a), d = a + phi * (b - a)
            if partonicCrossSection(invariantMass: c, mass: m, inputs: inputs) > partonicCrossSection(invariantMass: d, mass: m, inputs: inputs) {
                b = d
            } else {
                a = c
            }
        }
        return (a + b) / 2
    }

    /// The perturbativity bound |U_μ4|² < 16π/g² · m_W²/m_4² (Γ_4 < m_4): eq. (4.30) of
    /// 000_b99ff7acfa28d225.txt (≈ 76 (100 GeV/m_4)²).
    @inlinable
    public static func perturbativityBound(mass m: Double, inputs: NuSMEFTInputs) -> Double {
        let g = inputs.weakCoupling
        return 16 * Double.pi / (g * g) * inputs.wMass * inputs.wMass / (m * m)
    }

    /// Which LHC scenario a ratio refers to.
    public enum Scenario: Int32, Sendable, CaseIterable {
        /// CMS 36 fb⁻¹ (Tables 3–4).
        case current = 0
        /// Full Run II: limit / 2.
        case run2 = 1
        /// HL-LHC 3 ab⁻¹: limit / 10.
        case highLuminosity = 2
        /// HL-LHC with ATLAS+CMS: limit / (10 √2).
        case highLuminosityCombined = 3

        /// The factor that divides the limit of eq. (4.45).
        public func factor(_ inputs: NuSMEFTInputs) -> Double {
            switch self {
            case .current: 1
            case .run2: inputs.lhcRun2Factor
            case .highLuminosity: inputs.lhcHLFactor
            case .highLuminosityCombined: inputs.lhcHLFactor * inputs.lhcCombinationFactor
            }
        }
    }
}

/// Tables 3–4 as power-law segments for the kernel: limit = exp(a_k + b_k ln m) on segment k.
/// Nodes and coefficients sit in never-freed buffers, not arrays: the lane kernel broadcasts
/// them straight from memory (an Array subscript there was an out-of-line call that spilled
/// every vector register; a SIMD16 with a variable index was copied to the stack each time).
@usableFromInline
struct CMSSegments: @unchecked Sendable {
    @usableFromInline let nodeCount: Int
    /// ln m_k (k < nodeCount), a_k and b_k (k < nodeCount − 1): stored pointers, so that reading
    /// them is a load (computed properties here stayed out-of-line calls).
    @usableFromInline let logMasses: UnsafePointer<Double>
    @usableFromInline let intercept: UnsafePointer<Double>
    @usableFromInline let slope: UnsafePointer<Double>
    init(_ t: (masses: [Double], limits: [Double])) {
        precondition(t.masses.count >= 2 && t.limits.count == t.masses.count)
        let n = t.masses.count
        nodeCount = n
        let s = UnsafeMutablePointer<Double>.allocate(capacity: 3 * n)
        s.initialize(repeating: 0, count: 3 * n)
        for k in 0..<n { s[k] = Double.log(t.masses[k]) }
        for k in 0..<(n - 1) {
            let b = Double.log(t.limits[k + 1] / t.limits[k]) / Double.log(t.masses[k + 1] / t.masses[k])
            s[2 * n + k] = b
            s[n + k] = Double.log(t.limits[k]) - b * Double.log(t.masses[k])
        }
        logMasses = UnsafePointer(s)
        intercept = UnsafePointer(s + n)
        slope = UnsafePointer(s + 2 * n)
    }
    @usableFromInline static let electron = CMSSegments(NuSMEFTLHC.electronTable)
    @usableFromInline static let muon = CMSSegments(NuSMEFTLHC.muonTable)

    /// 1/limit at ln m: 1/`lightMassLimit` below the table, 0 above it (one lane; the same
    /// bits as `inverseLimitLanes`).
    @inlinable @inline(__always)
    func inverseLimit(logMass x: Double) -> Double { inverseLimitLanes(logMass: SIMD2(repeating: x))[0] }

    /// 1/limit on every lane: the segment k is the number of inner nodes below ln m (the nodes
    /// ascend, so this is the linear search without a branch per lane), then
    /// exp(−(a_k + b_k ln m)) of the log-log interpolation. NaN lanes give NaN.
    @usableFromInline @_transparent
    func inverseLimitLanes<V: DoubleLanes>(logMass x: V) -> V {
        let n = nodeCount
        var a = V(repeating: intercept[0]), b = V(repeating: slope[0])
        for q in 1..<(n - 1) {
            let above = lt(V(repeating: logMasses[q]), x)
            a = select(above, V(repeating: intercept[q]), a)
            b = select(above, V(repeating: slope[q]), b)
        }
        var r = expLanes(-(a.addingProduct(b, x)))
        r = select(lt(x, V(repeating: logMasses[0])), V(repeating: 1 / NuSMEFTLHC.lightMassLimit), r)
        return select(lt(V(repeating: logMasses[n - 1]), x), V(repeating: 0), r)
    }
}

extension NuSMEFTState {
    /// max_j (|U_ℓj|² + |v²[C̄]_jℓ|²/4) / limit_ℓ(m_j): the left side of eq. (4.45) of
    /// 000_b99ff7acfa28d225.txt (combination (4.39)) over the CMS limit (Tables 3–4) at the
    /// current luminosity; ≥ 1 is excluded; 0 if no heavy state lies in the tables' range.
    /// Divide the limit by `Scenario.factor` for the projections (multiply this ratio).
    @inlinable @inline(__always)
    public func lhcRatio(_ l: Int, inputs: NuSMEFTInputs) -> Double {
        guard l == 0 || l == 1 else { return 0 }
        let v2 = inputs.vev * inputs.vev
        let table = l == 0 ? CMSSegments.electron : CMSSegments.muon
        var worst = 0.0
        for j in 0..<sterileCount {
            let inverse = table.inverseLimit(logMass: logLanes(SIMD2(repeating: mass[j]))[0])
            if inverse == 0 { continue }
            let u = mixingRe[l][j] * mixingRe[l][j] + mixingIm[l][j] * mixingIm[l][j]
            let c = (coefficientRe[l][j] * coefficientRe[l][j] + coefficientIm[l][j] * coefficientIm[l][j]) * v2 * v2
            worst = max(worst, (u + 0.25 * c) * inverse)
        }
        return worst
    }

    /// max_j Σ_α |U_αj|² / (16π/g² m_W²/m_j²): eq. (4.30) of 000_b99ff7acfa28d225.txt (written for
    /// |U_μ4|; the width grows with the total mixing Σ_α|U_α4|², which reduces to it); ≥ 1 violates it.
    @inlinable @inline(__always)
    public func perturbativityRatio(inputs: NuSMEFTInputs) -> Double {
        let total = mixingRe[0] * mixingRe[0] + mixingIm[0] * mixingIm[0] + mixingRe[1] * mixingRe[1]
            + mixingIm[1] * mixingIm[1] + mixingRe[2] * mixingRe[2] + mixingIm[2] * mixingIm[2]
        let g = inputs.weakCoupling
        let r = total * mass * mass * (g * g / (16 * Double.pi * inputs.wMass * inputs.wMass))
        return r.max()
    }
}
