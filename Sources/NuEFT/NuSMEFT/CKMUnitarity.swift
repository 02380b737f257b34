// CKM unitarity and the active–sterile mixing: eqs. (4.17)–(4.23) of 000_b99ff7acfa28d225.txt.
//
// Implementation goals, in order: (1) the profile over |V_us| exact to rounding (a fixed number of
// Newton steps, no search loop), so that the χ² term costs a few hundred flops per point and runs on
// SIMD lanes inside the batch kernel; (2) bitwise the same value from the scalar API and from any
// lane width; (3) NaN in, NaN out, never a trap.
//
// The shifts: G_F^(μ) = G_F^(0)(1 − ½|U_μ4|² − ½|U_e4|²) (4.17), V_ud^{0⁺→0⁺} = V_ud(1 + ½|U_μ4|²)
// (4.18), |V_us|^{K→πeν} = |V_us|(1 + ½|U_μ4|²) (4.19), |V_us|^{K→πμν} = |V_us|(1 + ½|U_e4|²)
// (4.20); K_μ2/π_μ2 is unaffected. For n > 1, |U_α4|² → Σ_j |U_αj|² (text below (4.23)).
//
// The fit (sec. 4.4): parameters u_e = Σ_j|U_ej|², u_μ = Σ_j|U_μj|² and λ = |V_us|, with
// V_ud = √(1 − λ²) (first-row unitarity, V_ub neglected, as the paper's "λ ≃ √(1 − V_ud²)").
// Data: V_ud^{0⁺→0⁺} (4.21); |V_us f₊(0)| of K_e3 and K_μ3 (ref. [93]) with f₊(0) (FLAG'19);
// |V_us/V_ud| f_K/f_π from K_μ2/π_μ2 with f_K/f_π (FLAG'19). The K_ℓ3 residuals are taken in
// |V_us f₊| with covariance diag(σ_e², σ_μ²) + (σ_f/f)² [[k_e², ρ k_e k_μ], [ρ k_e k_μ, k_μ²]],
// ρ = `NuSMEFTInputs.formFactorChannelCorrelation`: ρ = 1 is one common f₊(0) (statistically
// consistent); ρ = 0 treats V_us^{Ke3} = |V_us f₊|_e/f₊ and V_us^{Kμ3} = |V_us f₊|_μ/f₊ as two
// independent determinations, each with the full f₊ error. The paper does not say which; ρ = 0
// (the `paper` set) is the reconstruction that reproduces all four printed bounds (NuSMEFT.md).
//
// χ²(u_e, u_μ) = min_λ χ²(u_e, u_μ, λ): the predictions are linear in λ except through
// V_ud = √(1 − λ²), so χ²(λ) is a quadratic form plus a gentle curvature; Newton's method from
// max(λ of K_μ2/π_μ2, λ of V_ud^{0⁺→0⁺} alone) converges quadratically (error ~ 3e-3 → 6e-5 →
// 3e-8 → 1e-14 in λ for |U|² ≲ 0.05: the ratio of third to second derivative is ≈ 7), and six
// steps are taken for every lane (no data-dependent loop). Far from the data (u_μ ≳ 0.1, where the
// optimum λ moves to 0.3–0.5) the step is capped at 0.1 and, where the full second derivative is
// not safely positive, the Gauss–Newton curvature (always positive) is used, so every step
// descends; the profile is exact to rounding up to u_e, u_μ = 1 (tested against a brute-force
// search). Eqs. (4.17)–(4.20) are first order in |U|², so only u ≪ 1 is physics.
//
// The per-point term (`deltaChiSquared`) is χ²(u_e, u_μ) − χ²(0, 0): zero in the Standard Model,
// ≥ 0 for physical mixing when the data prefer u < 0 (as they do, |V_ud|² + |V_us|² < 1).
// The bound of eqs. (4.22)–(4.23) is the u ≥ 0 where this term reaches Δχ² = 2.71 (one-sided 95%
// CL, `ckmDeltaChiSquared`), so the term evaluated at the bound returns exactly that Δχ².

import RealModule

extension NuSMEFTState {
    /// Σ_j |U_αj|² over the heavy states.
    @inlinable @inline(__always)
    public func heavyMixing(_ a: Int) -> Double {
        (mixingRe[a] * mixingRe[a] + mixingIm[a] * mixingIm[a]).sum()
    }

    /// (G_F^(μ)/G_F^(0), V_ud^{0⁺→0⁺}/V_ud, |V_us|^{Ke3}/|V_us|, |V_us|^{Kμ3}/|V_us|):
    /// eqs. (4.17)–(4.20) of 000_b99ff7acfa28d225.txt with |U_α4|² → Σ_j |U_αj|².
    @inlinable @inline(__always)
    public func ckmShifts() -> (fermi: Double, vud: Double, vusKe3: Double, vusKmu3: Double) {
        let e = heavyMixing(0), m = heavyMixing(1)
        return (1 - 0.5 * m - 0.5 * e, 1 + 0.5 * m, 1 + 0.5 * m, 1 + 0.5 * e)
    }
}

/// The CKM-unitarity fit of sec. 4.4 of 000_b99ff7acfa28d225.txt.
public enum NuSMEFTCKM {
    /// Which V_ud^{0⁺→0⁺} of eq. (4.21). Raw values are the C ABI's `vud_source`.
    public enum VudSource: Int32, Sendable, CaseIterable {
        case pdg = 0, townerHardy = 1
    }

    /// The constants of the fit for one input set and V_ud source (a few flops to build).
    public struct Fit: Sendable, Equatable {
        /// V_ud^{0⁺→0⁺} and its error, eq. (4.21).
        public let vud: Double, vudError: Double
        /// f₊(0) and the measured |V_us f₊(0)| of K_e3, K_μ3.
        public let formFactor: Double, electronChannel: Double, muonChannel: Double
        /// The inverse covariance of the two K_ℓ3 residuals (see the top of the file).
        public let w11: Double, w12: Double, w22: Double
        /// |V_us/V_ud| from K_μ2/π_μ2 and f_K/f_π, and its error.
        public let ratio: Double, ratioError: Double
        /// The λ of K_μ2/π_μ2 alone, r/√(1 + r²) (a start of the Newton iteration).
        public let start: Double

        @inlinable
        public init(vud source: VudSource, inputs c: NuSMEFTInputs) {
            (vud, vudError) = source == .pdg ? (c.vudPDG, c.vudPDGError) : (c.vudTH, c.vudTHError)
            formFactor = c.formFactor
            electronChannel = c.vusFPlusElectron
            muonChannel = c.vusFPlusMuon
            let rel = c.formFactorError / c.formFactor
            let a = c.vusFPlusElectronError * c.vusFPlusElectronError + rel * rel * c.vusFPlusElectron * c.vusFPlusElectron
            let d = c.vusFPlusMuonError * c.vusFPlusMuonError + rel * rel * c.vusFPlusMuon * c.vusFPlusMuon
            let b = c.formFactorChannelCorrelation * rel * rel * c.vusFPlusElectron * c.vusFPlusMuon
            let det = a * d - b * b
            (w11, w12, w22) = (d / det, -b / det, a / det)
            ratio = c.kMu2PiMu2 / c.decayConstantRatio
            let r1 = c.kMu2PiMu2Error / c.kMu2PiMu2, r2 = c.decayConstantRatioError / c.decayConstantRatio
            ratioError = ratio * (r1 * r1 + r2 * r2).squareRoot()
            start = ratio / (1 + ratio * ratio).squareRoot()
        }

        /// χ²(u_e, u_μ, λ) on lanes: u_e = Σ_j|U_ej|², u_μ = Σ_j|U_μj|², λ = |V_us|.
        @inlinable
        public func chiSquared<V: DoubleLanes>(electron ue: V, muon um: V, vus lambda: V) -> V {
            let sMu = 1 + 0.5 * um, sE = 1 + 0.5 * ue
            let c = (1 - lambda * lambda).lanesSquareRoot()
            // V_ud^{0⁺→0⁺} = V_ud (1 + u_μ/2), eq. (4.18).
            let r0 = (c * sMu - V(repeating: vud)) / vudError
            // K_e3 ∝ 1 + u_μ/2 (4.19), K_μ3 ∝ 1 + u_e/2 (4.20), in |V_us f₊|.
            let de = lambda * formFactor * sMu - electronChannel, dm = lambda * formFactor * sE - muonChannel
            let k = w11 * de * de + 2 * w12 * de * dm + w22 * dm * dm
            // K_μ2/π_μ2: λ/V_ud, unaffected.
            let r3 = (lambda / c - ratio) / ratioError
            return r0 * r0 + k + r3 * r3
        }

        /// The profile min_λ χ²(u_e, u_μ, λ): six Newton steps on every lane (top of the file).
        @inlinable
        public func profile<V: DoubleLanes>(electron ue: V, muon um: V) -> V {
            let sMu = 1 + 0.5 * um, sE = 1 + 0.5 * ue
            let pe = formFactor * sMu, pm = formFactor * sE
            // d²/dλ² of the K_ℓ3 quadratic form: constant in λ.
            let hk = 2 * (w11 * pe * pe + 2 * w12 * pe * pm + w22 * pm * pm)
            let i0 = 1 / (vudError * vudError), i3 = 1 / (ratioError * ratioError)
            // Start: the larger of the K_μ2 value and the λ that the V_ud term alone prefers,
            // √(1 − (V_ud^{0⁺→0⁺}/s_μ)²) (the data's sharpest term; it moves λ far only for u_μ ≳ 0.1).
            let v0 = vud / sMu
            let fromVud = (1 - v0 * v0).lanesSquareRoot()
            var lambda = select(lt(V(repeating: start), fromVud), fromVud, V(repeating: start))
            for _ in 0..<6 {
                let q = 1 - lambda * lambda
                let c = q.lanesSquareRoot()
                let qc = q * c
                // V_ud term: a = c s_μ, a' = −λ s_μ/c, a'' = −s_μ/(q c).
                let ra = c * sMu - V(repeating: vud)
                let a1 = -lambda * sMu / c, a2 = -sMu / qc
                // K_μ2 term: b = λ/c, b' = 1/(q c), b'' = 3λ/(q² c).
                let rb = lambda / c - ratio
                let b1 = 1 / qc, b2 = 3 * lambda / (q * qc)
                let de = lambda * pe - electronChannel, dm = lambda * pm - muonChannel
                let g = 2 * i0 * ra * a1 + 2 * (pe * (w11 * de + w12 * dm) + pm * (w12 * de + w22 * dm)) + 2 * i3 * rb * b1
                let gaussNewton = 2 * i0 * a1 * a1 + hk + 2 * i3 * b1 * b1
                let full = gaussNewton + 2 * i0 * ra * a2 + 2 * i3 * rb * b2
                let h = select(lt(0.5 * gaussNewton, full), full, gaussNewton)
                // A step of at most 0.1 (only far from the data, where the start can be > 0.1 off).
                var step = g / h
                step = select(lt(step, V(repeating: -0.1)), V(repeating: -0.1), step)
                step = select(lt(V(repeating: 0.1), step), V(repeating: 0.1), step)
                lambda = lambda - step
                // Keep λ inside (0, 1) where V_ud = √(1 − λ²) is defined (only far from the data).
                lambda = select(lt(lambda, V(repeating: 0.01)), V(repeating: 0.01), lambda)
                lambda = select(lt(V(repeating: 0.99), lambda), V(repeating: 0.99), lambda)
            }
            return chiSquared(electron: ue, muon: um, vus: lambda)
        }

        /// χ²(u_e, u_μ) − χ²(0, 0) on lanes (the per-point term of `NuSMEFTLikelihood`).
        @inlinable
        public func deltaChiSquared<V: DoubleLanes>(electron ue: V, muon um: V) -> V {
            profile(electron: ue, muon: um) - profile(electron: V(repeating: 0), muon: V(repeating: 0))
        }
    }

    /// χ²(u, λ) for mixing with flavour ℓ (0 = e, 1 = μ) only: u = |U_ℓ4|², λ = |V_us|.
    public static func chiSquared(mixing u: Double, vus lambda: Double, flavour l: Int, vud source: VudSource, inputs: NuSMEFTInputs) -> Double {
        Fit(vud: source, inputs: inputs).chiSquared(electron: SIMD2(repeating: l == 0 ? u : 0), muon: SIMD2(repeating: l == 1 ? u : 0),
                                                   vus: SIMD2(repeating: lambda))[0]
    }

    /// min over λ of χ²(u_e, u_μ, λ), u_α = Σ_j |U_αj|².
    public static func profile(electronMixing ue: Double, muonMixing um: Double, vud source: VudSource, inputs: NuSMEFTInputs) -> Double {
        Fit(vud: source, inputs: inputs).profile(electron: SIMD2(repeating: ue), muon: SIMD2(repeating: um))[0]
    }

    /// min over λ of χ²(u, λ) for mixing with flavour ℓ only.
    public static func profile(mixing u: Double, flavour l: Int, vud source: VudSource, inputs: NuSMEFTInputs) -> Double {
        profile(electronMixing: l == 0 ? u : 0, muonMixing: l == 1 ? u : 0, vud: source, inputs: inputs)
    }

    /// The CKM term of the per-point χ²: χ²(u_e, u_μ) − χ²(0, 0), u_α = Σ_j |U_αj|² (sec. 4.4 of
    /// 000_b99ff7acfa28d225.txt, general n by the replacement below eq. (4.23)). Equals
    /// `inputs.ckmDeltaChiSquared` at (u_ℓ, 0) = (bound², 0) of `mixingBound`. NaN in → NaN out.
    public static func deltaChiSquared(electronMixing ue: Double, muonMixing um: Double, vud source: VudSource, inputs: NuSMEFTInputs) -> Double {
        Fit(vud: source, inputs: inputs).deltaChiSquared(electron: SIMD2(repeating: ue), muon: SIMD2(repeating: um))[0]
    }

    /// The per-point status of a mixing pair: NaN, ±∞, or outside the physical range 0 ≤ u ≤ 1
    /// (u_α = Σ_j|U_αj|² ≤ 1 by unitarity of U).
    @inlinable
    public static func mixingStatus(_ ue: Double, _ um: Double) -> NuEFTStatus {
        if ue.isNaN || um.isNaN { return .nanInput }
        if ue.isInfinite || um.isInfinite { return .infiniteInput }
        if !((0...1).contains(ue) && (0...1).contains(um)) { return .outOfDomain }
        return .ok
    }

    /// `deltaChiSquared` for every pair (u_e[i], u_μ[i]) on SIMD8 lanes. A pair with NaN, ±∞ or
    /// a mixing outside [0, 1] gets NaN and its status (`mixingStatus`).
    /// - Returns: `.ok`, or `.somePointsFailed`.
    /// - Throws: `.lengthMismatch` if the buffers differ in length; `.invalidArgument` for an
    ///   input set that fails `validate()`. `out` may alias an input element for element.
    @discardableResult
    public static func deltaChiSquared(electronMixing ue: UnsafeBufferPointer<Double>, muonMixing um: UnsafeBufferPointer<Double>,
                                       into out: UnsafeMutableBufferPointer<Double>, status: UnsafeMutableBufferPointer<NuEFTStatus>? = nil,
                                       vud source: VudSource, inputs: NuSMEFTInputs) throws(NuEFTError) -> NuEFTStatus {
        let count = ue.count
        guard um.count == count, out.count == count, status.map({ $0.count == count }) ?? true else {
            throw NuEFTError(.lengthMismatch, "u_e, u_μ, the output and the status need the same length")
        }
        try inputs.validate()
        let fit = Fit(vud: source, inputs: inputs)
        var failures = 0
        var i = 0
        while i < count {
            let lanes = min(8, count - i)
            var a = SIMD8<Double>(repeating: 0), b = SIMD8<Double>(repeating: 0)
            var bad: UInt8 = 0
            for k in 0..<lanes {
                let code = mixingStatus(ue[i + k], um[i + k])
                status?[i + k] = code
                if code == .ok { a[k] = ue[i + k]; b[k] = um[i + k] } else { bad |= 1 << k; failures += 1 }
            }
            let r = fit.deltaChiSquared(electron: a, muon: b)
            for k in 0..<lanes { out[i + k] = bad & (1 << k) != 0 ? .nan : r[k] }
            i += 8
        }
        return failures == 0 ? .ok : .somePointsFailed
    }

    /// The 95% CL bound on |U_ℓ4| of eqs. (4.22)–(4.23) of 000_b99ff7acfa28d225.txt (printed:
    /// |U_μ4| < 0.01 (PDG V_ud), 0.02 (TH); |U_e4| < 0.06, 0.07): the u ≥ 0 where
    /// χ²(u) − χ²(0) = `ckmDeltaChiSquared` (top of the file), and the best-fit u (may be < 0).
    public static func mixingBound(flavour l: Int, vud source: VudSource, inputs: NuSMEFTInputs) -> (bound: Double, bestFit: Double) {
        let fit = Fit(vud: source, inputs: inputs)
        func delta(_ u: Double) -> Double {
            fit.deltaChiSquared(electron: SIMD2(repeating: l == 0 ? u : 0), muon: SIMD2(repeating: l == 1 ? u : 0))[0]
        }
        // The best fit: golden section on the (nearly parabolic) profile in u.
        var a = -0.05, b = 0.05
        let phi = (5.0.squareRoot() - 1) / 2
        for _ in 0..<100 {
            let c = b - phi * (b - a), d = a + phi * (b - a)
            if delta(c) < delta(d) { b = d } else { a = c }
        }
        let best = (a + b) / 2
        // Δχ² is increasing for u above the best fit: bracket, then bisect.
        var lo = max(0, best), hi = lo + 0.01
        while delta(hi) < inputs.ckmDeltaChiSquared && hi < 1 { lo = hi; hi += 0.01 }
        for _ in 0..<100 {
            let mid = (lo + hi) / 2
            if delta(mid) < inputs.ckmDeltaChiSquared { lo = mid } else { hi = mid }
        }
        let u = (lo + hi) / 2
        return (u > 0 ? u.squareRoot() : 0, best)
    }
}
