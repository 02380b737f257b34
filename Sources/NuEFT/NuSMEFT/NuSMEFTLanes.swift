// The SIMD kernel of the batch: every observable of `NuSMEFTObservable` with the *points* on
// the lanes (SIMD8), looping over the heavy states. The same formulas as the scalar reference
// (NuSMEFTState and the physics files, one point with its heavy states on SIMD4 lanes), in
// another summation order and with products of inputs formed once per batch
// (`NuSMEFTLaneConstants`): the two agree to rounding (≤ 1e-11 relative, tested), and the kernel
// is bitwise independent of the thread count and of a point's position in the batch.
//
// Per vector of 8 points: the record's fields are read once into a stack buffer (and checked:
// NaN/±∞, Λ or m_j ≤ 0, x_j outside the loop-function domain); [C̄]_jα = Σ_S U_Sj C_Sα
// (eq. (3.10)); then the sums over j of
//   D_αβ = Σ_j m_j w(x_j) U_αj [C̄]_jβ        (Δa, d, L_αβ: eqs. (3.11), (4.14)–(4.15)),
//   Σ_j K_j [T_j + (x_j − 3)L], Σ_j K_j [(x_h + 3x_j − 9)L + B_j]   (y_eff: eqs. (4.7)–(4.8)),
//   Σ_j |U_αj|², Σ_j U_ej²/m_j, Σ_j ([v²C̄]*_je)²/m_j, the LHC and perturbativity ratios,
// and the outputs follow. Lanes whose inputs are bad get NaN and their status.
//
// Why this shape: a point streams 18 input fields and up to 27 output rows (n = 1), so each
// field is loaded once (its lines prefetched during the loop-function stage, NuSMEFTBatch.swift)
// and each output stored once; the accumulators live in one stack buffer per block; the hot
// path has no per-lane branch (bad lanes are rare: one vector test) and no call, retain or
// release (measured: with the data in L2 the kernel runs as fast as from memory, so what is
// left is arithmetic).

import CNuEFTIntrinsics
import RealModule

/// The products of inputs that the lane kernel needs, formed once per batch (every factor is
/// the same scalar expression the scalar reference evaluates, so the rounding is the same).
@usableFromInline
struct NuSMEFTLaneConstants: Sendable {
    @usableFromInline let wMass: Double, vev: Double, v2: Double, v4: Double, xh: Double
    @usableFromInline let leptonMass: SIMD4<Double>, inverseLeptonMass: SIMD4<Double>
    @usableFromInline let deltaAFactor: SIMD4<Double>        // −2 m_ℓ/(4π)², eq. (3.11)
    @usableFromInline let edmFactor: Double                  // ħc/(4π)², d_ℓ in e cm
    @usableFromInline let brFactorMu: Double, brFactorTau: Double   // τ m³/(4π) (e/(2(4π)²))², eq. (4.15)
    @usableFromInline let thresholdFactor: Double, yukawaFactor: Double   // m_W²/(4π)², g²v²/(4(4π)²)
    @usableFromInline let magneticMomentFactor: Double       // 8 m_e/((4π)² v), eq. (4.13)
    @usableFromInline let leptonMassVev: SIMD4<Double>       // m_α v
    @usableFromInline let c1LFactor: Double, c1RFactor: Double     // −2 v V_ud², −½ v V_ud², eq. (4.25)
    @usableFromInline let lightAmplitude: Double, heavyAmplitude: Double, interference: Double   // eq. (4.29)
    @usableFromInline let perturbativityScale: Double        // g²/(16π m_W²), eq. (4.30)
    // χ² (Likelihood.swift).
    @usableFromInline let includeMuon: Bool, electronReference: NuSMEFTLikelihood.ElectronReference, includeLimits: Bool
    // Divisions by constants are multiplications by their reciprocals (a vector division costs
    // ~10 multiplications): each term differs from Likelihood.swift's by an ulp at most.
    @usableFromInline let deltaAMu: Double, inverseDeltaAMuError: Double, deltaAe: Double, inverseDeltaAeError: Double
    @usableFromInline let higgsMuMuSignal: Double, inverseHiggsMuMuErrorUp: Double, inverseHiggsMuMuErrorDown: Double
    @usableFromInline let electronYukawaWeight: Double, electronEDMWeight: Double   // z²/limit²
    @usableFromInline let muEGammaWeight: Double, tauMuGammaWeight: Double, tauEGammaWeight: Double   // z²/limit
    @usableFromInline let halfLifeWeight: Double, lhcWeight: Double
    /// The CKM-unitarity term (sec. 4.4), if the likelihood includes it.
    @usableFromInline let ckmFit: NuSMEFTCKM.Fit?
    /// The output row of each observable, −1 where it is not written (`NuSMEFTBatch.outputRows`).
    @usableFromInline let rows: SIMD32<Int32>

    @inlinable
    init(_ c: NuSMEFTInputs, _ likelihood: NuSMEFTLikelihood, rows: SIMD32<Int32>) {
        self.rows = rows
        let pi2 = 16 * Double.pi * Double.pi
        wMass = c.wMass
        vev = c.vev
        v2 = c.vev * c.vev
        v4 = v2 * v2
        xh = c.xh
        leptonMass = SIMD4(c.electronMass, c.muonMass, c.tauMass, 1)
        inverseLeptonMass = 1 / leptonMass
        deltaAFactor = SIMD4(-2 * c.electronMass / pi2, -2 * c.muonMass / pi2, -2 * c.tauMass / pi2, 0)
        edmFactor = c.hbarC / pi2
        let k = c.electricCharge / (2 * pi2)
        func br(_ lifetime: Double, _ mb: Double) -> Double { (lifetime / c.hbar) * mb * mb * mb / (4 * Double.pi) * k * k }
        brFactorMu = br(c.muonLifetime, c.muonMass)
        brFactorTau = br(c.tauLifetime, c.tauMass)
        thresholdFactor = c.wMass * c.wMass / pi2
        let g = c.weakCoupling
        yukawaFactor = 0.25 * g * g * v2 / pi2
        magneticMomentFactor = 8 / pi2 * c.electronMass / c.vev
        leptonMassVev = SIMD4(c.electronMass * c.vev, c.muonMass * c.vev, c.tauMass * c.vev, 0)
        let vud2 = c.vud * c.vud
        c1LFactor = -2 * c.vev * vud2
        c1RFactor = -0.5 * c.vev * vud2
        lightAmplitude = c.doubleBetaLightCoefficient.squareRoot()
        heavyAmplitude = c.doubleBetaHeavyCoefficient.squareRoot()
        interference = 2 * (1 - c.phaseSpaceRatio)
        perturbativityScale = g * g / (16 * Double.pi * c.wMass * c.wMass)
        includeMuon = likelihood.includeMuon
        electronReference = likelihood.electronReference
        includeLimits = likelihood.includeLimits
        deltaAMu = c.deltaAMu
        inverseDeltaAMuError = 1 / c.deltaAMuError
        let (ae, aeError) = likelihood.electronReference == .cesium ? (c.deltaAeCs, c.deltaAeCsError) : (c.deltaAeRb, c.deltaAeRbError)
        deltaAe = ae
        inverseDeltaAeError = 1 / aeError
        higgsMuMuSignal = c.higgsMuMuSignal
        inverseHiggsMuMuErrorUp = 1 / c.higgsMuMuErrorUp
        inverseHiggsMuMuErrorDown = 1 / c.higgsMuMuErrorDown
        let z90 = NuSMEFTLikelihood.z90 * NuSMEFTLikelihood.z90, z95 = NuSMEFTLikelihood.z95 * NuSMEFTLikelihood.z95
        let ee = NuSMEFTHiggs.electronYukawaLimits(inputs: c).current
        electronYukawaWeight = z95 / (ee * ee)
        electronEDMWeight = z90 / (c.electronEDMLimit * c.electronEDMLimit)
        muEGammaWeight = z90 / c.muEGammaLimit
        tauMuGammaWeight = z90 / c.tauMuGammaLimit
        tauEGammaWeight = z90 / c.tauEGammaLimit
        halfLifeWeight = z90 * c.doubleBetaHalfLifeLimit
        lhcWeight = z95
        ckmFit = likelihood.ckm.vudSource.map { NuSMEFTCKM.Fit(vud: $0, inputs: c) }
    }
}

/// The stack buffer of the lane kernel: one vector per record field, then the accumulators.
@inlinable
func nuSMEFTLaneBufferCount(sterileCount n: Int) -> Int { NuSMEFTPoint.fieldCount(sterileCount: n) + 48 }

/// One vector of points [i, min(i + 8, end)) of the block that starts at i − local; returns the
/// number of failed points. `buffer` holds `nuSMEFTLaneBufferCount(n)` vectors.
@inlinable @inline(__always)
func nuSMEFTLaneKernel(count: Int, n: Int, i: Int, end: Int, local: Int, block: Int,
                       p: UnsafePointer<Double>, scratch s: UnsafePointer<Double>, out: UnsafeMutablePointer<Double>,
                       status: UnsafeMutablePointer<NuEFTStatus>?, inputs: NuSMEFTInputs, constants k: NuSMEFTLaneConstants,
                       buffer: UnsafeMutablePointer<SIMD8<Double>>) -> Int {
    typealias V = SIMD8<Double>   // nueft_sqrt8 (CNuEFTIntrinsics) is the lane square root
    let lanes = min(V.scalarCount, end &- i)
    let fields = NuSMEFTPoint.fieldCount(sterileCount: n)
    let uBase = 1 + n, sBase = uBase + 6 * n, cBase = sBase + 2 * n * n, mBase = cBase + 6 * n
    let zero = V(repeating: 0)
    // ~50 arrays stream at once (one per field and per output), more than the hardware
    // prefetchers track: prefetch each 8 vectors (~1 µs, several memory latencies) ahead.
    // (Copying tiles of 128 points into contiguous buffers instead measured 20% slower.)
    let prefetchDistance = 64
    // Padding of a partial vector and of bad lanes: Λ = 1000, m_j = 100, the rest 0 (valid).
    @inline(__always) func padding(_ f: Int) -> Double { f == 0 ? 1000 : f <= n ? 100 : 0 }

    // 1. Load every field once; validity: NaN/±∞ anywhere (poison), Λ or m_j ≤ 0, x_j outside
    //    the loop-function domain.
    let inp = buffer
    var poison = zero
    for f in 0..<fields {
        nueft_prefetch_read(p + (f &* count &+ i &+ prefetchDistance))
        let v: V = loadLanes(p + f &* count, i, end, padding: padding(f))
        poison += v   // NaN or ±∞ in any field makes the sum NaN or ±∞ (so may an overflow: checked below)
        inp[f] = v
    }
    var bad = isNaNLanes(poison - poison) .| .!lt(zero, inp[0])
    let mW = V(repeating: k.wMass)
    for j in 0..<n {
        let m = inp[1 + j]
        let r = m / mW   // as recordStatus and the loop-function stage: the same x_j bits
        let x = r * r
        bad = bad .| .!(lt(zero, m) .& le(V(repeating: loopIntegralDomain.lowerBound), x) .& le(x, V(repeating: loopIntegralDomain.upperBound)))
    }
    var failures = 0
    let anyBad = anyLane(bad)
    if anyBad {
        // The exact status of each lane (the sum above also flags a finite overflow).
        for lane in 0..<V.scalarCount {
            let code = lane < lanes ? NuSMEFTBatch.recordStatus(n, inputs: inputs) { p[$0 * count + i + lane] } : .ok
            if lane < lanes { status?[i + lane] = code }
            if code != .ok { failures += 1 }
            bad[lane] = code != .ok
        }
        for f in 0..<fields { inp[f] = select(bad, V(repeating: padding(f)), inp[f]) }
    } else if let status {
        for lane in 0..<lanes { status[i + lane] = .ok }
    }

    // 2. Sums over the heavy states.
    let L = 2 * logLanes(inp[0] / mW)
    let xh = V(repeating: k.xh)
    let acc = buffer + fields
    let dRe = acc, dIm = acc + 9, mAccRe = acc + 18, mAccIm = acc + 21, yAccRe = acc + 24, yAccIm = acc + 27
    let heavy = acc + 30, cbRe = acc + 33, cbIm = acc + 36, yr = acc + 39
    var ue2Re = zero, ue2Im = zero, cc2Re = zero, cc2Im = zero
    var lhcE = zero, lhcMu = zero, pert = zero
    let v2 = V(repeating: k.v2), v4Quarter = V(repeating: 0.25 * k.v4)
    let remaining = end &- i
    for j in 0..<n {
        // The first heavy state stores into the accumulators, the others add (no zeroing pass:
        // as a loop it became a 2 kB memset per vector).
        let first = j == 0
        @inline(__always) func accumulate(_ target: UnsafeMutablePointer<V>, _ term: V) {
            target.pointee = first ? term : target.pointee + term
        }
        let m = inp[1 + j]
        let r = m / mW
        let x = r * r
        let invM = 1 / m
        let w: V = loadLanes(s + (4 * j) * block + local, 0, remaining, padding: 0)
        let t: V = loadLanes(s + (4 * j + 1) * block + local, 0, remaining, padding: 0)
        let bRe: V = loadLanes(s + (4 * j + 2) * block + local, 0, remaining, padding: 0)
        let bIm: V = loadLanes(s + (4 * j + 3) * block + local, 0, remaining, padding: 0)
        // [C̄]_jβ, eq. (3.10).
        for b in 0..<3 {
            var re = zero, im = zero
            for sIdx in 0..<n {
                let ur = inp[sBase + 2 * (sIdx * n + j)], ui = inp[sBase + 2 * (sIdx * n + j) + 1]
                let cr = inp[cBase + 2 * (sIdx * 3 + b)], ci = inp[cBase + 2 * (sIdx * 3 + b) + 1]
                re += ur * cr - ui * ci
                im += ur * ci + ui * cr
            }
            cbRe[b] = re
            cbIm[b] = im
        }
        let mw = m * w
        let massBracket = t + (x - 3) * L
        let yBracket = (xh + 3 * x - 9) * L + bRe
        var total = zero
        for a in 0..<3 {
            let ur = inp[uBase + 2 * (a * n + j)], ui = inp[uBase + 2 * (a * n + j) + 1]
            let u2 = ur * ur + ui * ui
            total += u2
            for b in 0..<3 {
                accumulate(dRe + (3 * a + b), mw * (ur * cbRe[b] - ui * cbIm[b]))
                accumulate(dIm + (3 * a + b), mw * (ur * cbIm[b] + ui * cbRe[b]))
            }
            // K_j = U_aj [C̄]_ja m_j.
            let kRe = m * (ur * cbRe[a] - ui * cbIm[a]), kIm = m * (ur * cbIm[a] + ui * cbRe[a])
            accumulate(mAccRe + a, kRe * massBracket)
            accumulate(mAccIm + a, kIm * massBracket)
            accumulate(yAccRe + a, kRe * yBracket - kIm * bIm)
            accumulate(yAccIm + a, kRe * bIm + kIm * yBracket)
            accumulate(heavy + a, u2)
            if a == 0 {
                ue2Re += (ur * ur - ui * ui) * invM
                ue2Im += 2 * ur * ui * invM
                let cr = cbRe[0] * v2, ci = -cbIm[0] * v2
                cc2Re += (cr * cr - ci * ci) * invM
                cc2Im += 2 * cr * ci * invM
            }
            if a < 2 {
                let x4 = u2 + (cbRe[a] * cbRe[a] + cbIm[a] * cbIm[a]) * v4Quarter
                let inverse: V = loadLanes(s + (4 * n + 2 * j + a) * block + local, 0, remaining, padding: 0)
                let ratio = x4 * inverse
                if a == 0 { lhcE = select(lt(lhcE, ratio), ratio, lhcE) } else { lhcMu = select(lt(lhcMu, ratio), ratio, lhcMu) }
            }
        }
        let pr = total * m * m * k.perturbativityScale
        pert = select(lt(pert, pr), pr, pert)
    }
    // μ_ν weight: Σ_S √(1 − Σ_j|U_Sj|²) Σ_α m_α v |C_Sα|.
    var weight = zero
    for sIdx in 0..<n {
        var hs = zero
        for j in 0..<n {
            let ur = inp[sBase + 2 * (sIdx * n + j)], ui = inp[sBase + 2 * (sIdx * n + j) + 1]
            hs += ur * ur + ui * ui
        }
        var sum = zero
        for a in 0..<3 {
            let cr = inp[cBase + 2 * (sIdx * 3 + a)], ci = inp[cBase + 2 * (sIdx * 3 + a) + 1]
            sum += k.leptonMassVev[a] * nueft_sqrt8(cr * cr + ci * ci)
        }
        let rest = 1 - hs
        weight += nueft_sqrt8(select(lt(rest, zero), zero, rest)) * sum
    }

    // 3. Outputs.
    let nan = V(repeating: .nan)
    @inline(__always) func put(_ o: NuSMEFTObservable, _ value: V) {
        let row = Int(k.rows[Int(o.rawValue)])
        guard row >= 0 else { return }   // not selected: the same branch for every vector
        nueft_prefetch_write(out + (row &* count &+ i &+ prefetchDistance))
        storeLanes(anyBad ? select(bad, nan, value) : value, out + row &* count, i, end)
    }
    let ae = k.deltaAFactor[0] * dRe[0], amu = k.deltaAFactor[1] * dRe[4]
    put(.deltaAe, ae)
    put(.deltaAMu, amu)
    put(.deltaATau, k.deltaAFactor[2] * dRe[8])
    let de = dIm[0] * k.edmFactor
    put(.edmE, de)
    put(.edmMu, dIm[4] * k.edmFactor)
    put(.edmTau, dIm[8] * k.edmFactor)
    @inline(__always) func br(_ beta: Int, _ alpha: Int, _ factor: Double) -> V {
        let ab = 3 * alpha + beta, ba = 3 * beta + alpha
        return factor * (dRe[ab] * dRe[ab] + dIm[ab] * dIm[ab] + dRe[ba] * dRe[ba] + dIm[ba] * dIm[ba])
    }
    let meg = br(1, 0, k.brFactorMu), tmg = br(2, 1, k.brFactorTau), teg = br(2, 0, k.brFactorTau)
    put(.brMuEGamma, meg)
    put(.brTauMuGamma, tmg)
    put(.brTauEGamma, teg)
    for a in 0..<3 {
        let ml = k.leptonMass[a]
        let re = ml + (k.thresholdFactor * mAccRe[a] - k.yukawaFactor * yAccRe[a])
        let im = k.thresholdFactor * mAccIm[a] - k.yukawaFactor * yAccIm[a]
        yr[a] = nueft_sqrt8(re * re + im * im) * k.inverseLeptonMass[a]
    }
    put(.yukawaRatioE, yr[0])
    put(.yukawaRatioMu, yr[1])
    put(.yukawaRatioTau, yr[2])
    put(.neutrinoMagneticMomentBound, k.magneticMomentFactor * weight)
    put(.fermiConstantRatio, 1 - 0.5 * heavy[1] - 0.5 * heavy[0])
    put(.vudRatio, 1 + 0.5 * heavy[1])
    put(.vusKe3Ratio, 1 + 0.5 * heavy[1])
    put(.vusKmu3Ratio, 1 + 0.5 * heavy[0])
    put(.c1LRe, k.c1LFactor * ue2Re)
    put(.c1LIm, k.c1LFactor * ue2Im)
    // C_1R: −(v⁵/2)V_ud² Σ (C̄*)²/m = −(v/2)V_ud² Σ ([v²C̄]*)²/m.
    put(.c1RRe, k.c1RFactor * cc2Re)
    put(.c1RIm, k.c1RFactor * cc2Im)
    let mbbRe = inp[mBase] * 1e9, mbbIm = inp[mBase + 1] * 1e9
    let alRe = k.lightAmplitude * mbbRe + k.heavyAmplitude * ue2Re, alIm = k.lightAmplitude * mbbIm + k.heavyAmplitude * ue2Im
    let arRe = (0.25 * k.heavyAmplitude) * cc2Re, arIm = (0.25 * k.heavyAmplitude) * cc2Im
    let tr = arRe * arRe + arIm * arIm
    let tinv = alRe * alRe + alIm * alIm + tr - k.interference * (alRe * arRe + alIm * arIm)
    put(.inverseHalfLife, tinv)
    put(.inverseHalfLifeRightHanded, tr)
    put(.lhcRatioE, lhcE)
    put(.lhcRatioMu, lhcMu)
    put(.perturbativityRatio, pert)
    // χ² (Likelihood.swift).
    var chi2 = zero
    if k.includeMuon {
        let r = (amu - k.deltaAMu) * k.inverseDeltaAMuError
        chi2 += r * r
    }
    if k.electronReference != .none {
        let r = (ae - k.deltaAe) * k.inverseDeltaAeError
        chi2 += r * r
    }
    let mu = yr[1] * yr[1]
    let inverseSigma = select(lt(V(repeating: k.higgsMuMuSignal), mu), V(repeating: k.inverseHiggsMuMuErrorUp),
                              V(repeating: k.inverseHiggsMuMuErrorDown))
    let rh = (mu - k.higgsMuMuSignal) * inverseSigma
    chi2 += rh * rh
    if k.includeLimits {
        chi2 += k.electronYukawaWeight * (yr[0] * yr[0])
        chi2 += k.electronEDMWeight * (de * de)
        chi2 += k.muEGammaWeight * meg + k.tauMuGammaWeight * tmg + k.tauEGammaWeight * teg
        chi2 += k.halfLifeWeight * tr
        chi2 += k.lhcWeight * (lhcE + lhcMu)
    }
    // CKM unitarity (sec. 4.4): Σ_j |U_ej|², Σ_j |U_μj|².
    if let fit = k.ckmFit { chi2 += fit.deltaChiSquared(electron: heavy[0], muon: heavy[1]) }
    put(.chiSquared, chi2)
    return failures
}
