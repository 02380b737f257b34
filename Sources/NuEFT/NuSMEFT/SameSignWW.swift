// Same-sign WW scattering W^±W^± → ℓ^±ℓ^± of sec. 4.6 of 000_b99ff7acfa28d225.txt (eq. (4.46)).
//
// The pure d = 6 contribution needs two insertions of O_Hνe, so the partonic cross section into
// right-handed leptons is the d = 4 one (two insertions of U_ℓ4) rescaled by the fourth power of
// the coupling ratio: σ̂^{d=6}(dd′ → ℓ_R⁻ℓ_R⁻uu′) = (|𝒞_Hνe|/(2|U_ℓ4|))⁴ σ̂^{d=4}(dd′ → ℓ_L⁻ℓ_L⁻uu′),
// 𝒞_Hνe = v²[C̄_Hνe]_4ℓ (eq. (4.35)); the 1/2 is the same as in the Drell–Yan ratio (4.34), whose
// square this is. Interference: unlike Drell–Yan and Wγ, the WW channel has a non-vanishing
// interference term linear in both U_ℓ4 and C̄_Hνe (text below (4.46)); the paper gives no formula
// for it, so it is not included here: the ratio is the pure d = 6 part only. The paper estimates
// that for m_4 ≤ 1 TeV the WW channel does not reach the |𝒞_Hνe| needed for Δa_ℓ.

extension NuSMEFTLHC {
    /// σ̂^{d=6}/σ̂^{d=4} of same-sign WW scattering, (|𝒞_Hνe|/(2|U_ℓ4|))⁴: eq. (4.46) of
    /// 000_b99ff7acfa28d225.txt, with 𝒞_Hνe = v²[C̄_Hνe]_4ℓ (dimensionless). The interference term
    /// (linear in U_ℓ4 and C̄_Hνe, text below (4.46)) is not included (no formula in the paper).
    /// - Throws: `.invalidArgument` for a NaN or infinite input or U_ℓ4 = 0.
    public static func sameSignWWRatio(coefficient c: Double, mixing u: Double) throws(NuEFTError) -> Double {
        guard c.isFinite, u.isFinite, u != 0 else {
            throw NuEFTError(.invalidArgument, "same-sign WW ratio needs finite 𝒞_Hνe and U_ℓ4 ≠ 0 (got \(c), \(u))")
        }
        let r = abs(c) / (2 * abs(u))
        let r2 = r * r
        return r2 * r2
    }

    /// The ratio for every pair (𝒞_Hνe[i], U_ℓ4[i]); a NaN, ±∞ or U_ℓ4 = 0 gives NaN and
    /// `.nanInput`, `.infiniteInput` or `.nonPositiveInput` (|U_ℓ4| must be > 0).
    /// - Returns: `.ok` or `.somePointsFailed`.
    /// - Throws: `.lengthMismatch` if the buffers differ in length. `out` may alias an input.
    @discardableResult
    public static func sameSignWWRatio(coefficient c: UnsafeBufferPointer<Double>, mixing u: UnsafeBufferPointer<Double>,
                                       into out: UnsafeMutableBufferPointer<Double>,
                                       status: UnsafeMutableBufferPointer<NuEFTStatus>? = nil) throws(NuEFTError) -> NuEFTStatus {
        guard u.count == c.count, out.count == c.count, status.map({ $0.count == c.count }) ?? true else {
            throw NuEFTError(.lengthMismatch, "𝒞_Hνe, U_ℓ4, the output and the status need the same length")
        }
        var failures = 0
        for i in 0..<c.count {
            let a = c[i], b = u[i]
            let code: NuEFTStatus = a.isNaN || b.isNaN ? .nanInput : a.isInfinite || b.isInfinite ? .infiniteInput : b == 0 ? .nonPositiveInput : .ok
            status?[i] = code
            if code == .ok {
                out[i] = (try? sameSignWWRatio(coefficient: a, mixing: b)) ?? .nan
            } else {
                out[i] = .nan
                failures += 1
            }
        }
        return failures == 0 ? .ok : .somePointsFailed
    }
}
