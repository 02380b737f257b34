// C ABI of the sec. 3.1 estimates (Table 2, μ_ν of O_νB/O_νW, eqs. (3.6)–(3.7)) and the
// same-sign WW ratio (eq. (4.46)) of 000_b99ff7acfa28d225.txt: argument checks, buffers and
// status mapping only; the physics lives in NuEFT/NuSMEFT (DimensionSixEstimates.swift, SameSignWW.swift).

import CNuEFT
import ComplexModule
import NuEFT

@c @implementation
public func nueft_nusmeft_table2_ratio_batch(_ count: Int, _ op: Int32, _ lepton: Int32, _ normalization: Int32, _ inputSet: Int32,
                                             _ inputsJSON: UnsafePointer<CChar>?, _ neutrinoYukawa: UnsafePointer<Double>?,
                                             _ ratio: UnsafeMutablePointer<Double>?, _ info: UnsafeMutablePointer<Int32>?) -> nueft_status {
    if count < 0 { return NuEFTStatus.invalidCount.rawValue }
    guard let o = NuSMEFTTable2Operator(rawValue: op), lepton == 0 || lepton == 1,
          let norm = NuSMEFTTable2Normalization(rawValue: normalization), let inputs = nusmeftInputs(inputSet, inputsJSON) else {
        return NuEFTStatus.invalidArgument.rawValue
    }
    if let early = precheck(count, neutrinoYukawa, ratio) { return early }
    return runBatch(count, info: info) { status throws(NuEFTError) in
        try NuSMEFTDimensionSix.table2Ratio(o, lepton: Int(lepton), neutrinoYukawa: input(neutrinoYukawa, count), into: output(ratio, count),
                                           status: status, inputs: inputs, normalization: norm)
    }
}

/// `count` interleaved complex numbers as `Complex<Double>` values.
func complexArray(_ p: UnsafePointer<Double>, _ count: Int) -> [Complex<Double>] {
    (0..<count).map { Complex(p[2 * $0], p[2 * $0 + 1]) }
}

@c @implementation
public func nueft_nusmeft_neutrino_magnetic_moment(_ n: Int32, _ inputSet: Int32, _ inputsJSON: UnsafePointer<CChar>?,
                                                   _ dipoleB: UnsafePointer<Double>?, _ dipoleW: UnsafePointer<Double>?,
                                                   _ lightMixing: UnsafePointer<Double>?, _ sterileMixing: UnsafePointer<Double>?,
                                                   _ moment: UnsafeMutablePointer<Double>?) -> nueft_status {
    guard let dipoleB, let dipoleW, let lightMixing, let sterileMixing, let moment else { return NuEFTStatus.nullPointer.rawValue }
    guard (1...Int32(NuSMEFTPoint.maxSterileCount)).contains(n) else { return NuEFTStatus.unsupportedDimension.rawValue }
    guard let inputs = nusmeftInputs(inputSet, inputsJSON) else { return NuEFTStatus.invalidArgument.rawValue }
    let k = Int(n)
    do {
        let mu = try NuSMEFTDimensionSix.neutrinoMagneticMoment(dipoleB: complexArray(dipoleB, 3 * k), dipoleW: complexArray(dipoleW, 3 * k),
                                                                lightMixing: complexArray(lightMixing, 9),
                                                                sterileMixing: complexArray(sterileMixing, 3 * k), inputs: inputs)
        for (i, z) in mu.enumerated() {
            moment[2 * i] = z.real
            moment[2 * i + 1] = z.imaginary
        }
        return NuEFTStatus.ok.rawValue
    } catch {
        return error.status.rawValue
    }
}

@c @implementation
public func nueft_nusmeft_dipole_bound(_ inputSet: Int32, _ inputsJSON: UnsafePointer<CChar>?, _ weak: Int32,
                                       _ bound: UnsafeMutablePointer<Double>?) -> nueft_status {
    guard let bound else { return NuEFTStatus.nullPointer.rawValue }
    guard let inputs = nusmeftInputs(inputSet, inputsJSON), weak == 0 || weak == 1 else { return NuEFTStatus.invalidArgument.rawValue }
    bound.pointee = NuSMEFTDimensionSix.dipoleBound(weak: weak == 1, inputs: inputs)
    return NuEFTStatus.ok.rawValue
}

@c @implementation
public func nueft_nusmeft_lnule_dipole_beta(_ inputSet: Int32, _ inputsJSON: UnsafePointer<CChar>?, _ x: UnsafePointer<Double>?,
                                            _ betaEB: UnsafeMutablePointer<Double>?, _ betaEW: UnsafeMutablePointer<Double>?) -> nueft_status {
    guard let x, let betaEB, let betaEW else { return NuEFTStatus.nullPointer.rawValue }
    guard let inputs = nusmeftInputs(inputSet, inputsJSON) else { return NuEFTStatus.invalidArgument.rawValue }
    let b = NuSMEFTDimensionSix.lnuLeDipoleBeta(Complex(x[0], x[1]), inputs: inputs)
    betaEB[0] = b.eB.real
    betaEB[1] = b.eB.imaginary
    betaEW[0] = b.eW.real
    betaEW[1] = b.eW.imaginary
    return NuEFTStatus.ok.rawValue
}

@c @implementation
public func nueft_nusmeft_lnule_leading_log(_ inputSet: Int32, _ inputsJSON: UnsafePointer<CChar>?, _ lepton: Int32,
                                            _ coefficient: UnsafeMutablePointer<Double>?) -> nueft_status {
    guard let coefficient else { return NuEFTStatus.nullPointer.rawValue }
    guard let inputs = nusmeftInputs(inputSet, inputsJSON),
          let k = try? NuSMEFTDimensionSix.lnuLeLeadingLogCoefficient(lepton: Int(lepton), inputs: inputs) else {
        return NuEFTStatus.invalidArgument.rawValue
    }
    coefficient.pointee = k
    return NuEFTStatus.ok.rawValue
}

@c @implementation
public func nueft_nusmeft_same_sign_ww_ratio_batch(_ count: Int, _ coefficient: UnsafePointer<Double>?, _ mixing: UnsafePointer<Double>?,
                                                   _ ratio: UnsafeMutablePointer<Double>?, _ info: UnsafeMutablePointer<Int32>?) -> nueft_status {
    if let early = precheck(count, coefficient, mixing, ratio) { return early }
    return runBatch(count, info: info) { status throws(NuEFTError) in
        try NuSMEFTLHC.sameSignWWRatio(coefficient: input(coefficient, count), mixing: input(mixing, count), into: output(ratio, count), status: status)
    }
}
