// The SIMD kernel of the batch: every observable of `NuSMEFTObservable` with the *points* on
// the lanes (SIMD8), looping over the heavy states. The same formulas as the scalar reference
// (NuSMEFTState and the physics files, one point with its heavy states on SIMD4 lanes), in
// another summation order: the two agree to rounding (≤ 1e-12 relative to the size of the
// terms, tested), and the kernel is bitwise independent of the thread count and block size.
//
// Per vector of 8 points: Λ, m_j, U_αj, U_Sj, C_Sα are loaded from the field-major inputs;
// [C̄]_jα = Σ_S U_Sj C_Sα (eq. (3.10)); then the sums over j of
//   D_αβ = Σ_j m_j w(x_j) U_αj [C̄]_jβ        (Δa, d, L_αβ: eqs. (3.11), (4.14)–(4.15)),
//   Σ_j K_j [T_j + (x_j − 3)L], Σ_j K_j [(x_h + 3x_j − 9)L + B_j]   (y_eff: eqs. (4.7)–(4.8)),
//   Σ_j |U_αj|², Σ_j U_ej²/m_j, Σ_j ([v²C̄]*_je)²/m_j, the LHC and perturbativity ratios,
// and the outputs follow. Lanes whose inputs are bad get NaN and their status.

import CNuEFTIntrinsics
import RealModule

@inlinable @inline(__always)
func nuSMEFTLaneKernel(count: Int, n: Int, i: Int, end: Int, local: Int, block: Int,
                       p: UnsafePointer<Double>, scratch s: UnsafePointer<Double>, out: UnsafeMutablePointer<Double>,
                       status: UnsafeMutablePointer<NuEFTStatus>?, inputs c: NuSMEFTInputs, likelihood: NuSMEFTLikelihood) -> Int {
    typealias V = SIMD8<Double>   // nueft_sqrt8 (CNuEFTIntrinsics) is the lane square root
    let lanes = min(V.scalarCount, end &- i)
    let fields = NuSMEFTPoint.fieldCount(sterileCount: n)
    let uBase = 1 + n, sBase = uBase + 6 * n, cBase = sBase + 2 * n * n, mBase = cBase + 6 * n
    @inline(__always) func raw(_ f: Int) -> V { loadLanes(p + f * count, i, end, padding: f == 0 ? 1000 : f <= n ? 100 : 0) }
    // Validity: NaN/±∞ anywhere (poison), Λ or m_j ≤ 0, x_j outside the loop-function domain.
    var poison = V(repeating: 0)
    for f in 0..<fields { poison += raw(f) * V(repeating: 0) }
    let zero = V(repeating: 0)
    var bad = isNaNLanes(poison) .| .!lt(zero, raw(0))
    let mW = V(repeating: c.wMass)
    for j in 0..<n {
        let m = raw(1 + j)
        let r = m / mW
        let x = r * r
        bad = bad .| .!(lt(zero, m) .& le(V(repeating: loopIntegralDomain.lowerBound), x) .& le(x, V(repeating: loopIntegralDomain.upperBound)))
    }
    var failures = 0
    if anyLane(bad) {
        for lane in 0..<lanes {
            let code = NuSMEFTBatch.recordStatus(n, inputs: c) { p[$0 * count + i + lane] }
            status?[i + lane] = code
            if code != .ok { failures += 1 }
        }
    } else if let status {
        for lane in 0..<lanes { status[i + lane] = .ok }
    }
    let badLanes = bad
    @inline(__always) func ld(_ f: Int) -> V { select(badLanes, V(repeating: f == 0 ? 1000 : f <= n ? 100 : 0), raw(f)) }

    let pi2 = 16 * Double.pi * Double.pi
    let lam = ld(0)
    let L = 2 * logLanes(lam / mW)
    let v = c.vev, v2 = v * v
    let xh = V(repeating: c.xh)
    // Accumulators.
    let g = c.weakCoupling
    let pertScale = g * g / (16 * Double.pi * c.wMass * c.wMass)
    // Accumulators on the stack (no allocation per vector): D_αβ (9 complex), the two Yukawa
    // sums and Σ|U_αj|² per flavour, [C̄]_jβ of the current j, |y_eff/y_SM|.
    return withUnsafeTemporaryAllocation(of: V.self, capacity: 42) { acc in
        let dRe = acc.baseAddress!, dIm = dRe + 9, mAccRe = dRe + 18, mAccIm = dRe + 21, yAccRe = dRe + 24, yAccIm = dRe + 27
        let heavy = dRe + 30, cbRe = dRe + 33, cbIm = dRe + 36, yr = dRe + 39
        acc.initialize(repeating: zero)
        var ue2Re = zero, ue2Im = zero, cc2Re = zero, cc2Im = zero
        var lhcE = zero, lhcMu = zero, pert = zero
        for j in 0..<n {
            let m = ld(1 + j)
            let r = m / mW
            let x = r * r
            let invM = 1 / m
            let w: V = loadLanes(s + (4 * j) * block + local, 0, end &- i, padding: 0)
            let t: V = loadLanes(s + (4 * j + 1) * block + local, 0, end &- i, padding: 0)
            let bRe: V = loadLanes(s + (4 * j + 2) * block + local, 0, end &- i, padding: 0)
            let bIm: V = loadLanes(s + (4 * j + 3) * block + local, 0, end &- i, padding: 0)
            // [C̄]_jβ, eq. (3.10).
            for b in 0..<3 {
                var re = zero, im = zero
                for sIdx in 0..<n {
                    let ur = ld(sBase + 2 * (sIdx * n + j)), ui = ld(sBase + 2 * (sIdx * n + j) + 1)
                    let cr = ld(cBase + 2 * (sIdx * 3 + b)), ci = ld(cBase + 2 * (sIdx * 3 + b) + 1)
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
                let ur = ld(uBase + 2 * (a * n + j)), ui = ld(uBase + 2 * (a * n + j) + 1)
                total += ur * ur + ui * ui
                for b in 0..<3 {
                    dRe[3 * a + b] += mw * (ur * cbRe[b] - ui * cbIm[b])
                    dIm[3 * a + b] += mw * (ur * cbIm[b] + ui * cbRe[b])
                }
                // K_j = U_aj [C̄]_ja m_j.
                let kRe = m * (ur * cbRe[a] - ui * cbIm[a]), kIm = m * (ur * cbIm[a] + ui * cbRe[a])
                mAccRe[a] += kRe * massBracket
                mAccIm[a] += kIm * massBracket
                yAccRe[a] += kRe * yBracket - kIm * bIm
                yAccIm[a] += kRe * bIm + kIm * yBracket
                heavy[a] += ur * ur + ui * ui
                if a == 0 {
                    ue2Re += (ur * ur - ui * ui) * invM
                    ue2Im += 2 * ur * ui * invM
                    let cr = cbRe[0] * v2, ci = -cbIm[0] * v2
                    cc2Re += (cr * cr - ci * ci) * invM
                    cc2Im += 2 * cr * ci * invM
                }
                if a < 2 {
                    let x4 = ur * ur + ui * ui + 0.25 * (cbRe[a] * cbRe[a] + cbIm[a] * cbIm[a]) * (v2 * v2)
                    let inverse: V = loadLanes(s + (4 * n + 2 * j + a) * block + local, 0, end &- i, padding: 0)
                    let ratio = x4 * inverse
                    if a == 0 { lhcE = select(lt(lhcE, ratio), ratio, lhcE) } else { lhcMu = select(lt(lhcMu, ratio), ratio, lhcMu) }
                }
            }
            let pr = total * m * m * pertScale
            pert = select(lt(pert, pr), pr, pert)
        }
        // μ_ν weight: Σ_S √(1 − Σ_j|U_Sj|²) Σ_α m_α v |C_Sα|.
        var weight = zero
        for sIdx in 0..<n {
            var hs = zero
            for j in 0..<n {
                let ur = ld(sBase + 2 * (sIdx * n + j)), ui = ld(sBase + 2 * (sIdx * n + j) + 1)
                hs += ur * ur + ui * ui
            }
            var sum = zero
            for a in 0..<3 {
                let cr = ld(cBase + 2 * (sIdx * 3 + a)), ci = ld(cBase + 2 * (sIdx * 3 + a) + 1)
                sum += (c.leptonMass(a) * v) * nueft_sqrt8(cr * cr + ci * ci)
            }
            let rest = 1 - hs
            weight += nueft_sqrt8(select(lt(rest, zero), zero, rest)) * sum
        }

        // Outputs.
        @inline(__always) func put(_ o: NuSMEFTObservable, _ value: V) {
            storeLanes(select(badLanes, V(repeating: .nan), value), out + Int(o.rawValue) * count, i, end)
        }
        let ae = -2 * c.electronMass / pi2 * dRe[0], amu = -2 * c.muonMass / pi2 * dRe[4]
        put(.deltaAe, ae)
        put(.deltaAMu, amu)
        put(.deltaATau, -2 * c.tauMass / pi2 * dRe[8])
        let de = dIm[0] * (c.hbarC / pi2)
        put(.edmE, de)
        put(.edmMu, dIm[4] * (c.hbarC / pi2))
        put(.edmTau, dIm[8] * (c.hbarC / pi2))
        let k = c.electricCharge / (2 * pi2)
        @inline(__always) func br(_ beta: Int, _ alpha: Int) -> V {
            let lifetime = (beta == 1 ? c.muonLifetime : c.tauLifetime) / c.hbar
            let mb = c.leptonMass(beta)
            let ab = 3 * alpha + beta, ba = 3 * beta + alpha
            let sq = dRe[ab] * dRe[ab] + dIm[ab] * dIm[ab] + dRe[ba] * dRe[ba] + dIm[ba] * dIm[ba]
            return (lifetime * mb * mb * mb / (4 * Double.pi) * k * k) * sq
        }
        let meg = br(1, 0), tmg = br(2, 1), teg = br(2, 0)
        put(.brMuEGamma, meg)
        put(.brTauMuGamma, tmg)
        put(.brTauEGamma, teg)
        let cm = c.wMass * c.wMass / pi2
        let cy = 0.25 * g * g * v2 / pi2
        for a in 0..<3 {
            let ml = c.leptonMass(a)
            let re = ml + (cm * mAccRe[a] - cy * yAccRe[a])
            let im = cm * mAccIm[a] - cy * yAccIm[a]
            yr[a] = nueft_sqrt8(re * re + im * im) / ml
        }
        put(.yukawaRatioE, yr[0])
        put(.yukawaRatioMu, yr[1])
        put(.yukawaRatioTau, yr[2])
        put(.neutrinoMagneticMomentBound, (8 / pi2 * c.electronMass / v) * weight)
        put(.fermiConstantRatio, 1 - 0.5 * heavy[1] - 0.5 * heavy[0])
        put(.vudRatio, 1 + 0.5 * heavy[1])
        put(.vusKe3Ratio, 1 + 0.5 * heavy[1])
        put(.vusKmu3Ratio, 1 + 0.5 * heavy[0])
        let vud2 = c.vud * c.vud
        put(.c1LRe, (-2 * v * vud2) * ue2Re)
        put(.c1LIm, (-2 * v * vud2) * ue2Im)
        // C_1R: −(v⁵/2)V_ud² Σ (C̄*)²/m = −(v/2)V_ud² Σ ([v²C̄]*)²/m.
        put(.c1RRe, (-0.5 * v * vud2) * cc2Re)
        put(.c1RIm, (-0.5 * v * vud2) * cc2Im)
        let aL = c.doubleBetaLightCoefficient.squareRoot(), bL = c.doubleBetaHeavyCoefficient.squareRoot()
        let mbbRe = ld(mBase) * 1e9, mbbIm = ld(mBase + 1) * 1e9
        let alRe = aL * mbbRe + bL * ue2Re, alIm = aL * mbbIm + bL * ue2Im
        let arRe = (0.25 * bL) * cc2Re, arIm = (0.25 * bL) * cc2Im
        let tr = arRe * arRe + arIm * arIm
        let tinv = alRe * alRe + alIm * alIm + tr - (2 * (1 - c.phaseSpaceRatio)) * (alRe * arRe + alIm * arIm)
        put(.inverseHalfLife, tinv)
        put(.inverseHalfLifeRightHanded, tr)
        put(.lhcRatioE, lhcE)
        put(.lhcRatioMu, lhcMu)
        put(.perturbativityRatio, pert)
        // χ² (Likelihood.swift).
        var chi2 = zero
        if likelihood.includeMuon {
            let r = (amu - c.deltaAMu) / c.deltaAMuError
            chi2 += r * r
        }
        switch likelihood.electronReference {
        case .rubidium:
            let r = (ae - c.deltaAeRb) / c.deltaAeRbError
            chi2 += r * r
        case .cesium:
            let r = (ae - c.deltaAeCs) / c.deltaAeCsError
            chi2 += r * r
        case .none: break
        }
        let mu = yr[1] * yr[1]
        let sigma = select(lt(V(repeating: c.higgsMuMuSignal), mu), V(repeating: c.higgsMuMuErrorUp), V(repeating: c.higgsMuMuErrorDown))
        let rh = (mu - c.higgsMuMuSignal) / sigma
        chi2 += rh * rh
        if likelihood.includeLimits {
            let z90 = NuSMEFTLikelihood.z90 * NuSMEFTLikelihood.z90, z95 = NuSMEFTLikelihood.z95 * NuSMEFTLikelihood.z95
            let ee = NuSMEFTHiggs.electronYukawaLimits(inputs: c).current
            chi2 += z95 * (yr[0] * yr[0]) / (ee * ee)
            chi2 += z90 * (de * de) / (c.electronEDMLimit * c.electronEDMLimit)
            chi2 += z90 * (meg / c.muEGammaLimit + tmg / c.tauMuGammaLimit + teg / c.tauEGammaLimit)
            chi2 += z90 * tr * c.doubleBetaHalfLifeLimit
            chi2 += z95 * (lhcE + lhcMu)
        }
        chi2 += likelihood.ckmChiSquared(electronMixing: heavy[0], muonMixing: heavy[1], inputs: c)   // CKM unitarity, sec. 4.4
        put(.chiSquared, chi2)
        return failures
    }
}
