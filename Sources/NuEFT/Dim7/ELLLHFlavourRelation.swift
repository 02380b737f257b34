// The flavour relation of O_ēLLLH (Table 1 of 002_3ba235c4befdeead.txt) and NuEFT's canonical
// basis of its coefficients.
//
// O^{prst}_ēLLLH = ε_ij ε_mn (ē_p L^i_r)(L̄^c_s^j L^m_t) H^n holds three anticommuting lepton
// doublets. In two-component notation (ξ = e^c left-handed) (ē_p L_r) = ε^{αβ} ξ_{pα} L_{rβ} and
// (L̄^c_s L_t) = ε^{γδ} L_{sγ} L_{tδ}. Write a, b, c for the flavour and SU(2) index of one doublet
// and S(a; b, c) = (ξ L_a)(L_b L_c). Then
//   - S(a; b, c) = S(a; c, b)            (the Weyl product of two anticommuting spinors is symmetric);
//   - S(a; b, c) + S(b; c, a) + S(c; a, b) = 0
//                                         (Fierz: the spinor Schouten identity
//                                          ε^{αβ}ε^{γδ} + ε^{αγ}ε^{δβ} + ε^{αδ}ε^{βγ} = 0; a cyclic
//                                          reordering of three Grassmann fields has sign +1);
//   - ε_ij ε_mn + ε_im ε_nj + ε_in ε_jm = 0 (the SU(2) Schouten identity) turns every SU(2)
//     contraction of the two Fierz partners back into an O:
//       O^{prst} = O^{psrt} − O^{ptsr} + O^{ptrs}.
// That is, for every p, r, s, t,
//
//     O^{prst} − O^{psrt} = O^{ptrs} − O^{ptsr}                                           (R)
//
// (the part antisymmetric in the flavours of the first two doublets equals the part
// antisymmetric in the last two, with the third flavour moved to the front). The paper's
// Table 1 does not state it. Its refs. [14] and [78] (Liao–Ma, arXiv:1607.07309,
// arXiv:1901.10302) build the basis and point out that its operators are "connected by
// nontrivial relations when fermion flavors are counted" (abstract of 1901.10302); their full
// text was not available here, so (R) is derived above and verified independently. For fixed p the relations (R) span 8
// dimensions (the mixed-symmetry representation of the flavour permutations of r, s, t), so 19
// of the 27 components C^{p·rst} are independent: 10 totally symmetric + 8 mixed + 1 totally
// antisymmetric = n_f(2n_f² + 1)/3 per p, 57 complex (114 real) parameters for n_f = 3. That is
// the split of the public code of Liao, Ma, Wang and Zhao (D7RGESolver: eLLLHS 30, eLLLHM 24,
// eLLLHA 3 keys). `Tests/NuEFTTests/Dim7ELLLHRelationTests.swift` checks (R), the kernel
// dimension and the count against the operator written out as a multilinear form in the field
// components, independently of this file.
//
// NuEFT's canonical basis keeps prst components (so WCxf keys stay components of the paper's
// operator) and drops, for every p, the 8 components that (R) expresses through the others:
//   (i)  C^{paba}, a ≠ b (6): (R) at (r, s, t) = (a, b, a) gives O^{paba} = (O^{paab} + O^{pbaa})/2;
//   (ii) C^{pyzx}, C^{pzyx} for the three distinct flavours x < y < z (2; t the smallest):
//        (R) at (x, y, z) and (y, z, x) give O^{pzyx} = O^{pyxz} + O^{pzxy} − O^{pxyz} and
//        O^{pyzx} = O^{pyxz} + O^{pzxy} − O^{pxzy}.
// Liao–Ma's own flavour-specified basis uses the symmetric/mixed/antisymmetric combinations
// instead of components; the counts agree.

import ComplexModule

/// The flavour relation (R) of O_ēLLLH^{prst} (Table 1 of 002_3ba235c4befdeead.txt):
/// O^{prst} − O^{psrt} = O^{ptrs} − O^{ptsr} for all p, r, s, t, from the Fierz and SU(2)
/// Schouten identities of its three anticommuting lepton doublets (derivation at the top of
/// this file; the flavour relations of the Liao–Ma basis, arXiv:1607.07309 and
/// arXiv:1901.10302, refs. [14] and [78] of the paper). 19 of the 27 components per p are
/// independent, 57 in all.
///
/// Flavour indices are 0-based; (r, s, t) are the flavours of the three doublets.
public enum Dim7ELLLHFlavourRelation {
    /// Whether C^{prst} is a component of NuEFT's canonical basis (the same for every p): all
    /// except C^{paba} (a ≠ b) and, for three distinct flavours, the two with t the smallest.
    public static func isCanonical(_ r: Int, _ s: Int, _ t: Int) -> Bool {
        if r == t && r != s { return false }                                  // (i)
        if r != s && s != t && r != t && t < r && t < s { return false }      // (ii)
        return true
    }

    /// The (r, s, t) of the canonical components of one p, in storage order (19 for n_f = 3).
    public static let canonicalTriples: [[Int]] = allTriples.filter { isCanonical($0[0], $0[1], $0[2]) }

    /// The (r, s, t) that the canonical basis expresses through the others (8 per p).
    public static let redundantTriples: [[Int]] = allTriples.filter { !isCanonical($0[0], $0[1], $0[2]) }

    /// Independent complex parameters of C_ēLLLH: 3 × `canonicalTriples.count` (57).
    public static var independentComponentCount: Int { 3 * canonicalTriples.count }

    static let allTriples: [[Int]] = (0..<27).map { [$0 / 9, ($0 / 3) % 3, $0 % 3] }

    /// The coefficient direction of relation (R) at (p, r, s, t):
    /// K^{prst} += 1, K^{psrt} −= 1, K^{ptrs} −= 1, K^{ptsr} += 1 (coinciding components add).
    /// Σ K·O = 0 as an operator, so C and C + λK (any complex λ) describe the same interaction.
    /// - Throws: `.invalidArgument` for an index outside 0…2.
    public static func relationDirection(_ p: Int, _ r: Int, _ s: Int, _ t: Int) throws(NuEFTError) -> Dim7WilsonCoefficients {
        guard [p, r, s, t].allSatisfy({ (0...2).contains($0) }) else {
            throw NuEFTError(.invalidArgument, "flavour indices of O_eLLLH are 0...2, got \([p, r, s, t])")
        }
        var values = [Double](repeating: 0, count: Dim7WilsonCoefficients.componentCount)
        let base = Dim7Operator.eLLLH.storageOffset + 27 * p
        for (x, y, z, sign) in [(r, s, t, 1.0), (s, r, t, -1.0), (t, r, s, -1.0), (t, s, r, 1.0)] {
            values[base + 9 * x + 3 * y + z] += sign
        }
        return Dim7WilsonCoefficients(unchecked: values)
    }

    /// Maps the 81 components of C_ēLLLH stored at `x[base + stride·(27p + 9r + 3s + t)]` to the
    /// canonical representative of the same operator, in place: rules (i), (ii) at the top of
    /// this file, applied to the real or the imaginary parts (the map has real coefficients).
    /// Canonical components change only by the redundant ones moved onto them (exact for a
    /// point that is already canonical: it is returned bit for bit).
    static func canonicalize(_ x: inout [Double], base: Int, stride: Int) {
        func at(_ p: Int, _ r: Int, _ s: Int, _ t: Int) -> Int { base + stride * (27 * p + 9 * r + 3 * s + t) }
        for p in 0..<3 {
            // (i) O^{paba} = (O^{paab} + O^{pbaa})/2
            for a in 0..<3 {
                for b in 0..<3 where b != a {
                    let moved = x[at(p, a, b, a)]
                    guard moved != 0 else { continue }
                    x[at(p, a, a, b)] += moved / 2
                    x[at(p, b, a, a)] += moved / 2
                    x[at(p, a, b, a)] = 0
                }
            }
            // (ii) x < y < z: O^{pzyx} = O^{pyxz} + O^{pzxy} − O^{pxyz},
            //                 O^{pyzx} = O^{pyxz} + O^{pzxy} − O^{pxzy}
            let (fx, fy, fz) = (0, 1, 2)
            let u = x[at(p, fz, fy, fx)], w = x[at(p, fy, fz, fx)]
            if u != 0 || w != 0 {
                x[at(p, fy, fx, fz)] += u + w
                x[at(p, fz, fx, fy)] += u + w
                x[at(p, fx, fy, fz)] -= u
                x[at(p, fx, fz, fy)] -= w
                x[at(p, fz, fy, fx)] = 0
                x[at(p, fy, fz, fx)] = 0
            }
        }
    }
}

extension Dim7WilsonCoefficients {
    /// The canonical representative of the same interaction: C_ēLLLH mapped onto NuEFT's
    /// independent components by the flavour relation (R) of `Dim7ELLLHFlavourRelation`
    /// (O^{prst} − O^{psrt} = O^{ptrs} − O^{ptsr}, Table 1 of 002_3ba235c4befdeead.txt;
    /// Liao–Ma, arXiv:1901.10302); every other operator is unchanged. Every LEFT coefficient
    /// (Table 2) and every probe is the same for both points (tested). Idempotent.
    public func canonicalized() -> Dim7WilsonCoefficients {
        var re = values, im = imaginaryValues
        let base = Dim7Operator.eLLLH.storageOffset
        Dim7ELLLHFlavourRelation.canonicalize(&re, base: base, stride: 1)
        Dim7ELLLHFlavourRelation.canonicalize(&im, base: base, stride: 1)
        return Dim7WilsonCoefficients(unchecked: re, imaginary: im)
    }

    /// True when every redundant C_ēLLLH component (`Dim7ELLLHFlavourRelation.redundantTriples`) is zero.
    public var isCanonical: Bool {
        for p in 0..<3 {
            for rst in Dim7ELLLHFlavourRelation.redundantTriples {
                if complexValue(.eLLLH, p, rst[0], rst[1], rst[2]) != .zero { return false }
            }
        }
        return true
    }
}

extension NuEFT {
    /// `Dim7WilsonCoefficients.canonicalized()` over raw points: n real points of 540 doubles
    /// (`complex: false`) or n complex points of 540 interleaved (re, im) pairs = 1080 doubles
    /// (`complex: true`), point-major. Only the C_ēLLLH block changes; the other components are
    /// copied (their LH/LHB symmetries are not checked here). A point with a NaN or ±∞ entry
    /// gets NaN outputs and `.nanInput`/`.infiniteInput` in `status`, and the call returns
    /// `.somePointsFailed`. `out` may be the memory of `points` (in place).
    /// - Throws: `.lengthMismatch` if the counts differ, are not a multiple of the point size,
    ///   or `status` does not hold one entry per point.
    @discardableResult
    public static func dim7Canonicalize(_ points: UnsafeBufferPointer<Double>, into out: UnsafeMutableBufferPointer<Double>,
                                        complex: Bool = false,
                                        status: UnsafeMutableBufferPointer<NuEFTStatus>? = nil) throws(NuEFTError) -> NuEFTStatus {
        let width = (complex ? 2 : 1) * Dim7WilsonCoefficients.componentCount
        guard points.count == out.count, points.count % width == 0 else { throw NuEFTError(.lengthMismatch) }
        let n = points.count / width
        guard status.map({ $0.count == n }) ?? true else { throw NuEFTError(.lengthMismatch) }
        var point = [Double](repeating: 0, count: width)
        var failures = 0
        for i in 0..<n {
            var s = NuEFTStatus.ok
            for k in 0..<width {
                let v = points[i * width + k]
                point[k] = v
                if v.isNaN { s = .nanInput } else if v.isInfinite && s == .ok { s = .infiniteInput }
            }
            if s == .ok {
                let base = Dim7Operator.eLLLH.storageOffset * (complex ? 2 : 1)
                Dim7ELLLHFlavourRelation.canonicalize(&point, base: base, stride: complex ? 2 : 1)
                if complex { Dim7ELLLHFlavourRelation.canonicalize(&point, base: base + 1, stride: 2) }
            } else {
                for k in 0..<width { point[k] = .nan }
                failures += 1
            }
            for k in 0..<width { out[i * width + k] = point[k] }
            status?[i] = s
        }
        return failures == 0 ? .ok : .somePointsFailed
    }
}
