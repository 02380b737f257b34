// The preferred-parameter-space scan of Figs. 5 and 6 of 000_b99ff7acfa28d225.txt: the m_4–Λ
// plane (n = 1) for Δa_μ with |U_μ4| = 0.01, 0.02 and [C̄]_4μ = −1/Λ² (sec. 5.1), and for Δa_e
// with |U_e4| = 0.01, 0.02 (sec. 5.2), every point classified.
//
// Sign (ERRATA.md): eq. (3.11) gives Δa_ℓ > 0 for U_ℓ4 [C̄]_4ℓ < 0. The Δa_e^Rb band (positive)
// therefore uses [C̄]_4e = −1/Λ² and the Δa_e^Cs band (negative) +1/Λ²; the paper's text assigns
// the opposite signs, which would put each band at the other's Δa_e sign. The exclusions are
// taken from the Rb-sign grid (sec. 5.2, footnote 4: they probe |C̄| and hardly depend on the sign).
//
// Grids are stored m_4-major (Λ varies fastest, so the kernel reuses the Yukawa bracket along a
// column): value (iΛ, i_m) at i_m·N_Λ + iΛ, i.e. Fortran order for a (N_Λ, N_m) array.

/// One panel of Fig. 5 or 6.
public struct NuSMEFTPanel: Sendable, Equatable {
    /// e.g. "fig5-left".
    public var name: String
    /// 0 = e (Fig. 6), 1 = μ (Fig. 5).
    public var flavour: Int
    /// |U_ℓ4|.
    public var mixing: Double
    /// m_4 range (GeV) and Λ range (GeV), linear axes.
    public var massRange: ClosedRange<Double>
    public var scaleRange: ClosedRange<Double>
    /// Points along m_4 and along Λ.
    public var massPoints: Int
    public var scalePoints: Int

    public init(name: String, flavour: Int, mixing: Double, massRange: ClosedRange<Double>, scaleRange: ClosedRange<Double>,
                massPoints: Int = 1000, scalePoints: Int = 1000) {
        self.name = name
        self.flavour = flavour
        self.mixing = mixing
        self.massRange = massRange
        self.scaleRange = scaleRange
        self.massPoints = massPoints
        self.scalePoints = scalePoints
    }

    /// The four panels of Figs. 5 and 6 at `resolution` × `resolution` points.
    public static func figures(resolution: Int = 1000) -> [NuSMEFTPanel] {
        [
            NuSMEFTPanel(name: "fig5-left-Umu4-0.01", flavour: 1, mixing: 0.01, massRange: 10...1000, scaleRange: 100...4000,
                         massPoints: resolution, scalePoints: resolution),
            NuSMEFTPanel(name: "fig5-right-Umu4-0.02", flavour: 1, mixing: 0.02, massRange: 10...1000, scaleRange: 100...4000,
                         massPoints: resolution, scalePoints: resolution),
            NuSMEFTPanel(name: "fig6-left-Ue4-0.01", flavour: 0, mixing: 0.01, massRange: 10...1000, scaleRange: 500...20000,
                         massPoints: resolution, scalePoints: resolution),
            NuSMEFTPanel(name: "fig6-right-Ue4-0.02", flavour: 0, mixing: 0.02, massRange: 10...1000, scaleRange: 500...20000,
                         massPoints: resolution, scalePoints: resolution),
        ]
    }

    public var masses: [Double] { axis(massRange, massPoints) }
    public var scales: [Double] { axis(scaleRange, scalePoints) }

    func axis(_ r: ClosedRange<Double>, _ n: Int) -> [Double] {
        n == 1 ? [r.lowerBound] : (0..<n).map { r.lowerBound + (r.upperBound - r.lowerBound) * Double($0) / Double(n - 1) }
    }
}

/// The classification bits of a scan point.
public struct NuSMEFTRegion: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }
    /// Δa_μ (Fig. 5) or Δa_e^Rb (Fig. 6) within 1σ / 2σ.
    public static let preferred1Sigma = Self(rawValue: 1 << 0)
    public static let preferred2Sigma = Self(rawValue: 1 << 1)
    /// Δa_e^Cs within 1σ / 2σ (Fig. 6, with [C̄]_4e = +1/Λ²).
    public static let preferredCs1Sigma = Self(rawValue: 1 << 2)
    public static let preferredCs2Sigma = Self(rawValue: 1 << 3)
    /// Excluded by CMS (Tables 3–4, eq. (4.45)).
    public static let excludedLHC = Self(rawValue: 1 << 4)
    /// Excluded by h → μμ at the chosen CL (eq. (4.10)) or h → ee (eq. (4.11), 268).
    public static let excludedHiggs = Self(rawValue: 1 << 5)
    /// Excluded by 0νββ (C_1R term of eq. (4.29) against the input set's KamLAND-Zen limit).
    public static let excludedDoubleBeta = Self(rawValue: 1 << 6)
    /// Within HL-LHC reach (limit / 10).
    public static let reachLHC = Self(rawValue: 1 << 7)
    /// Within HL-LHC h → ℓℓ reach (μ_hμμ = 1.0 ± 0.1 at the CL; |y_e/y_SM| > 58).
    public static let reachHiggs = Self(rawValue: 1 << 8)
    /// Within nEXO reach (10²⁸ yr).
    public static let reachDoubleBeta = Self(rawValue: 1 << 9)
    /// m_4 > Λ: the EFT does not apply.
    public static let invalid = Self(rawValue: 1 << 10)
    /// The perturbativity bound (4.30) violated.
    public static let nonPerturbative = Self(rawValue: 1 << 11)

    /// Names of the bits, in order (for the files' metadata).
    public static let names = ["preferred_1sigma", "preferred_2sigma", "preferred_cs_1sigma", "preferred_cs_2sigma", "excluded_lhc",
                               "excluded_higgs", "excluded_0vbb", "reach_hl_lhc", "reach_hl_higgs", "reach_nexo", "invalid_m4_above_lambda",
                               "non_perturbative"]
}

/// A scanned panel.
public struct NuSMEFTScanResult: Sendable {
    public var panel: NuSMEFTPanel
    /// Δa_ℓ (the Rb-sign grid for Fig. 6), |y_ℓ^eff/y_ℓ^SM|, T⁻¹ (C_1R) and the LHC ratio, m_4-major.
    public var deltaA: [Double]
    public var yukawaRatio: [Double]
    public var inverseHalfLife: [Double]
    public var lhcRatio: [Double]
    /// `NuSMEFTRegion` bits, m_4-major.
    public var regions: [UInt16]
    /// Seconds spent in the batch kernel and points evaluated (for the throughput).
    public var kernelSeconds: Double
    public var evaluatedPoints: Int

    /// The allowed window: extent of the points preferred at `sigma` (1 or 2) that no current
    /// constraint excludes and where m_4 < Λ. nil if empty.
    public func allowedWindow(sigma: Int = 1, cesium: Bool = false) -> (mass: ClosedRange<Double>, scale: ClosedRange<Double>, ratio: ClosedRange<Double>)? {
        regions.withUnsafeBufferPointer { Self.allowedWindow(regions: $0, panel: panel, sigma: sigma, cesium: cesium) }
    }

    /// `allowedWindow(sigma:cesium:)` of region bits scanned over `panel`'s axes
    /// (`regions.count` = massPoints · scalePoints, m_4-major).
    public static func allowedWindow(regions: UnsafeBufferPointer<UInt16>, panel: NuSMEFTPanel, sigma: Int = 1,
                                     cesium: Bool = false) -> (mass: ClosedRange<Double>, scale: ClosedRange<Double>, ratio: ClosedRange<Double>)? {
        let want: NuSMEFTRegion = cesium ? (sigma == 1 ? .preferredCs1Sigma : .preferredCs2Sigma) : (sigma == 1 ? .preferred1Sigma : .preferred2Sigma)
        let veto: NuSMEFTRegion = [.excludedLHC, .excludedHiggs, .excludedDoubleBeta, .invalid]
        let ms = panel.masses, ls = panel.scales, nl = panel.scalePoints
        var m = (Double.infinity, -Double.infinity), l = m, r = m
        for (k, bits) in regions.enumerated() {
            let s = NuSMEFTRegion(rawValue: bits)
            guard s.contains(want), s.isDisjoint(with: veto) else { continue }
            let mass = ms[k / nl], scale = ls[k % nl]
            m = (min(m.0, mass), max(m.1, mass)); l = (min(l.0, scale), max(l.1, scale)); r = (min(r.0, mass / scale), max(r.1, mass / scale))
        }
        guard m.0 <= m.1 else { return nil }
        return (m.0...m.1, l.0...l.1, r.0...r.1)
    }
}

/// The options of the classification.
public struct NuSMEFTScanOptions: Sendable {
    /// The CL of the h → μμ exclusion in standard deviations (ERRATA.md: the paper's 700 GeV
    /// edge is 1σ).
    public var higgsSigmas: Double = 1
    /// Points per kernel call (progress granularity).
    public var chunk: Int = 1 << 16
    public init(higgsSigmas: Double = 1, chunk: Int = 1 << 16) {
        self.higgsSigmas = higgsSigmas
        self.chunk = chunk
    }
}

extension NuSMEFT {
    /// Scans one panel; `progress(done, total)` is called after every chunk.
    /// - Throws: `.invalidArgument` for empty axes or a bad flavour; the kernel's errors.
    public static func scan(_ panel: NuSMEFTPanel, inputs: NuSMEFTInputs = .paper, options: NuSMEFTScanOptions = .init(),
                            progress: (Int, Int) -> Void = { _, _ in }) throws(NuEFTError) -> NuSMEFTScanResult {
        guard panel.massPoints >= 1, panel.scalePoints >= 1, panel.flavour == 0 || panel.flavour == 1,
              panel.massRange.lowerBound > 0, panel.scaleRange.lowerBound > 0, panel.mixing.isFinite else {
            throw NuEFTError(.invalidArgument, "bad panel \(panel.name)")
        }
        let ms = panel.masses, ls = panel.scales, nl = panel.scalePoints
        let total = panel.massPoints * nl
        let l = panel.flavour
        let fields = NuSMEFTPoint.fieldCount(sterileCount: 1)
        // Only the rows the classification reads (the Cs pass needs Δa_e alone).
        let selected: [NuSMEFTObservable] = [l == 1 ? .deltaAMu : .deltaAe, l == 1 ? .yukawaRatioMu : .yukawaRatioE,
                                             .inverseHalfLifeRightHanded, l == 1 ? .lhcRatioMu : .lhcRatioE, .perturbativityRatio]
        let selections: [[NuSMEFTObservable]] = l == 1 ? [selected] : [selected, [.deltaAe]]
        let obs = selected.count
        var result = NuSMEFTScanResult(panel: panel, deltaA: .init(repeating: 0, count: total), yukawaRatio: .init(repeating: 0, count: total),
                                       inverseHalfLife: .init(repeating: 0, count: total), lhcRatio: .init(repeating: 0, count: total),
                                       regions: .init(repeating: 0, count: total), kernelSeconds: 0, evaluatedPoints: 0)
        let chunk = max(1, options.chunk)
        var record = [Double](repeating: 0, count: fields * chunk)
        var outs = [[Double]](repeating: [Double](repeating: 0, count: obs * chunk), count: 2)
        let eeLimits = NuSMEFTHiggs.electronYukawaLimits(inputs: inputs)
        let signs: [Double] = l == 1 ? [-1] : [-1, 1]
        var start = 0
        while start < total {
            let count = min(chunk, total - start)
            for (pass, sign) in signs.enumerated() {
                // Field layout (n = 1): Λ, m, U_e, U_μ, U_τ (re, im), U_S4 (re, im), C_Se, C_Sμ, C_Sτ (re, im), m_ββ (re, im).
                for k in 0..<fields { for i in 0..<count { record[k * count + i] = 0 } }
                for i in 0..<count {
                    let g = start + i
                    let mass = ms[g / nl], scale = ls[g % nl]
                    record[0 * count + i] = scale
                    record[1 * count + i] = mass
                    record[(2 + 2 * l) * count + i] = panel.mixing
                    record[8 * count + i] = 1
                    record[(10 + 2 * l) * count + i] = sign / (scale * scale)
                }
                let clock = ContinuousClock.now
                try record.withUnsafeBufferPointer { p throws(NuEFTError) in
                    try outs[pass].withUnsafeMutableBufferPointer { o throws(NuEFTError) in
                        let rows = selections[pass].count
                        _ = try NuSMEFTBatch.evaluate(count: count, sterileCount: 1, points: UnsafeBufferPointer(rebasing: p[0..<(fields * count)]),
                                                      outputs: UnsafeMutableBufferPointer(rebasing: o[0..<(rows * count)]), inputs: inputs,
                                                      observables: selections[pass])
                    }
                }
                result.kernelSeconds += seconds(clock.duration(to: .now))
                result.evaluatedPoints += count
            }
            let out = outs[0], outCs = outs[1]
            for i in 0..<count {
                let g = start + i
                func value(_ o: NuSMEFTObservable, _ buffer: [Double]? = nil) -> Double {
                    let row = buffer == nil ? selected.firstIndex(of: o)! : 0
                    return (buffer ?? out)[row * count + i]
                }
                let da = value(l == 1 ? .deltaAMu : .deltaAe)
                let y = value(l == 1 ? .yukawaRatioMu : .yukawaRatioE)
                let tinv = value(.inverseHalfLifeRightHanded)
                let lhc = value(l == 1 ? .lhcRatioMu : .lhcRatioE)
                result.deltaA[g] = da
                result.yukawaRatio[g] = y
                result.inverseHalfLife[g] = tinv
                result.lhcRatio[g] = lhc
                var r: NuSMEFTRegion = []
                let (central, sigma) = l == 1 ? (inputs.deltaAMu, inputs.deltaAMuError) : (inputs.deltaAeRb, inputs.deltaAeRbError)
                if abs(da - central) <= sigma { r.insert(.preferred1Sigma) }
                if abs(da - central) <= 2 * sigma { r.insert(.preferred2Sigma) }
                if l == 0 {
                    let cs = value(.deltaAe, outCs)
                    if abs(cs - inputs.deltaAeCs) <= inputs.deltaAeCsError { r.insert(.preferredCs1Sigma) }
                    if abs(cs - inputs.deltaAeCs) <= 2 * inputs.deltaAeCsError { r.insert(.preferredCs2Sigma) }
                }
                if lhc >= 1 { r.insert(.excludedLHC) }
                if lhc * inputs.lhcHLFactor >= 1 { r.insert(.reachLHC) }
                if l == 1 {
                    if NuSMEFTHiggs.muonExcluded(signalStrength: y * y, sigmas: options.higgsSigmas, highLuminosity: false, inputs: inputs) { r.insert(.excludedHiggs) }
                    if NuSMEFTHiggs.muonExcluded(signalStrength: y * y, sigmas: options.higgsSigmas, highLuminosity: true, inputs: inputs) { r.insert(.reachHiggs) }
                } else {
                    if y > eeLimits.current { r.insert(.excludedHiggs) }
                    if y > eeLimits.highLuminosity { r.insert(.reachHiggs) }
                    if tinv * inputs.doubleBetaHalfLifeLimit >= 1 { r.insert(.excludedDoubleBeta) }
                    if tinv * inputs.doubleBetaFutureHalfLife >= 1 { r.insert(.reachDoubleBeta) }
                }
                if ms[g / nl] > ls[g % nl] { r.insert(.invalid) }
                if value(.perturbativityRatio) >= 1 { r.insert(.nonPerturbative) }
                result.regions[g] = r.rawValue
            }
            start += count
            progress(start, total)
        }
        return result
    }
}

/// A duration in seconds.
@inlinable
public func seconds(_ d: Duration) -> Double {
    let c = d.components
    return Double(c.seconds) + Double(c.attoseconds) * 1e-18
}
