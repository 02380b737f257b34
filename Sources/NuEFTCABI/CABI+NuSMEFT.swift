// C ABI of the νSMEFT observables of 000_b99ff7acfa28d225.txt: argument checks, input-set
// selection and status mapping only; the physics lives in NuEFT/NuSMEFT.

import CNuEFT
import NuEFT

/// The input set of a C call: JSON text if given, else the named set; nil if invalid.
func nusmeftInputs(_ set: Int32, _ json: UnsafePointer<CChar>?) -> NuSMEFTInputs? {
    if let json {
        return try? NuSMEFTInputs.parse(json: String(cString: json))
    }
    guard set >= 0, Int(set) < NuSMEFTInputs.all.count else { return nil }
    return NuSMEFTInputs.all[Int(set)]
}

@c @implementation
public func nueft_nusmeft_field_count(_ n: Int32) -> Int {
    (1...Int32(NuSMEFTPoint.maxSterileCount)).contains(n) ? NuSMEFTPoint.fieldCount(sterileCount: Int(n)) : -1
}

@c @implementation
public func nueft_nusmeft_lagrangian_field_count(_ n: Int32) -> Int {
    (1...Int32(NuSMEFTPoint.maxSterileCount)).contains(n) ? NuSMEFTBatch.lagrangianFieldCount(sterileCount: Int(n)) : -1
}

/// The shared checks of the two batch calls; on success the sizes and options.
func nusmeftPrecheck(_ count: Int, _ n: Int32, _ set: Int32, _ json: UnsafePointer<CChar>?, _ reference: Int32, ckm: Int32 = 0,
                     rows: Int = NuSMEFTObservable.count,
                     fieldsPerPoint: (Int) -> Int, _ input: UnsafePointer<Double>?, _ output: UnsafeMutablePointer<Double>?)
    -> Result<(inputs: NuSMEFTInputs, likelihood: NuSMEFTLikelihood, fields: Int, outputs: Int), NuEFTError>? {
    if count < 0 { return .failure(NuEFTError(.invalidCount)) }
    guard (1...Int32(NuSMEFTPoint.maxSterileCount)).contains(n) else { return .failure(NuEFTError(.unsupportedDimension)) }
    guard let inputs = nusmeftInputs(set, json), let ref = NuSMEFTLikelihood.ElectronReference(rawValue: reference),
          let ckmTerm = NuSMEFTLikelihood.CKMTerm(rawValue: ckm) else {
        return .failure(NuEFTError(.invalidArgument))
    }
    if count == 0 { return nil }
    guard input != nil, output != nil else { return .failure(NuEFTError(.nullPointer)) }
    guard let fields = product(fieldsPerPoint(Int(n)), count), let outs = product(rows, count) else {
        return .failure(NuEFTError(.invalidCount))
    }
    return .success((inputs, NuSMEFTLikelihood(electronReference: ref, ckm: ckmTerm), fields, outs))
}

/// The observables of a C selection (num_selected entries of `enum nueft_nusmeft_observable`),
/// or the status that rejects it: NULL → null pointer; empty, too long, unknown or repeated →
/// invalid argument (repeats are caught again by `NuSMEFTBatch.evaluate`).
func nusmeftSelection(_ k: Int32, _ selected: UnsafePointer<Int32>?) -> Result<[NuSMEFTObservable], NuEFTError> {
    guard let selected else { return .failure(NuEFTError(.nullPointer)) }
    guard k >= 1, k <= Int32(NuSMEFTObservable.count) else { return .failure(NuEFTError(.invalidArgument)) }
    var list: [NuSMEFTObservable] = []
    for r in 0..<Int(k) {
        guard let o = NuSMEFTObservable(rawValue: selected[r]), !list.contains(o) else { return .failure(NuEFTError(.invalidArgument)) }
        list.append(o)
    }
    return .success(list)
}

/// The batch calls: physical (`lagrangian` false) or Lagrangian records, a CKM term
/// (`ckm_term`, 0 = off) and an optional selection.
func nusmeftBatch(lagrangian: Bool, _ count: Int, _ n: Int32, _ inputSet: Int32, _ inputsJSON: UnsafePointer<CChar>?,
                  _ electronReference: Int32, _ ckm: Int32, _ records: UnsafePointer<Double>?,
                  _ observables: UnsafeMutablePointer<Double>?, _ info: UnsafeMutablePointer<Int32>?,
                  selection: [NuSMEFTObservable]? = nil) -> nueft_status {
    let fieldsPerPoint: (Int) -> Int = lagrangian ? { NuSMEFTBatch.lagrangianFieldCount(sterileCount: $0) }
                                                  : { NuSMEFTPoint.fieldCount(sterileCount: $0) }
    guard let checked = nusmeftPrecheck(count, n, inputSet, inputsJSON, electronReference, ckm: ckm,
                                        rows: selection?.count ?? NuSMEFTObservable.count,
                                        fieldsPerPoint: fieldsPerPoint, records, observables) else {
        return NuEFTStatus.ok.rawValue
    }
    switch checked {
    case .failure(let e): return e.status.rawValue
    case .success(let c):
        return runBatch(count, info: info) { status throws(NuEFTError) in
            let input = UnsafeBufferPointer(start: records, count: c.fields)
            let output = UnsafeMutableBufferPointer(start: observables, count: c.outputs)
            return lagrangian
                ? try NuSMEFTBatch.evaluateLagrangian(count: count, sterileCount: Int(n), records: input, outputs: output, status: status,
                                                      inputs: c.inputs, likelihood: c.likelihood, observables: selection)
                : try NuSMEFTBatch.evaluate(count: count, sterileCount: Int(n), points: input, outputs: output, status: status,
                                            inputs: c.inputs, likelihood: c.likelihood, observables: selection)
        }
    }
}

@c @implementation
public func nueft_nusmeft_observables_batch(_ count: Int, _ n: Int32, _ inputSet: Int32, _ inputsJSON: UnsafePointer<CChar>?,
                                            _ electronReference: Int32, _ points: UnsafePointer<Double>?,
                                            _ observables: UnsafeMutablePointer<Double>?, _ info: UnsafeMutablePointer<Int32>?) -> nueft_status {
    nusmeftBatch(lagrangian: false, count, n, inputSet, inputsJSON, electronReference, 0, points, observables, info)
}

@c @implementation
public func nueft_nusmeft_observables_batch_v2(_ count: Int, _ n: Int32, _ inputSet: Int32, _ inputsJSON: UnsafePointer<CChar>?,
                                               _ electronReference: Int32, _ ckmTerm: Int32, _ points: UnsafePointer<Double>?,
                                               _ observables: UnsafeMutablePointer<Double>?, _ info: UnsafeMutablePointer<Int32>?) -> nueft_status {
    nusmeftBatch(lagrangian: false, count, n, inputSet, inputsJSON, electronReference, ckmTerm, points, observables, info)
}

@c @implementation
public func nueft_nusmeft_lagrangian_batch(_ count: Int, _ n: Int32, _ inputSet: Int32, _ inputsJSON: UnsafePointer<CChar>?,
                                           _ electronReference: Int32, _ records: UnsafePointer<Double>?,
                                           _ observables: UnsafeMutablePointer<Double>?, _ info: UnsafeMutablePointer<Int32>?) -> nueft_status {
    nusmeftBatch(lagrangian: true, count, n, inputSet, inputsJSON, electronReference, 0, records, observables, info)
}

@c @implementation
public func nueft_nusmeft_lagrangian_batch_v2(_ count: Int, _ n: Int32, _ inputSet: Int32, _ inputsJSON: UnsafePointer<CChar>?,
                                              _ electronReference: Int32, _ ckmTerm: Int32, _ records: UnsafePointer<Double>?,
                                              _ observables: UnsafeMutablePointer<Double>?, _ info: UnsafeMutablePointer<Int32>?) -> nueft_status {
    nusmeftBatch(lagrangian: true, count, n, inputSet, inputsJSON, electronReference, ckmTerm, records, observables, info)
}

@c @implementation
public func nueft_nusmeft_ckm_chi2_batch(_ count: Int, _ inputSet: Int32, _ inputsJSON: UnsafePointer<CChar>?, _ vudSource: Int32,
                                         _ electronMixing: UnsafePointer<Double>?, _ muonMixing: UnsafePointer<Double>?,
                                         _ deltaChi2: UnsafeMutablePointer<Double>?, _ info: UnsafeMutablePointer<Int32>?) -> nueft_status {
    if count < 0 { return NuEFTStatus.invalidCount.rawValue }
    guard let inputs = nusmeftInputs(inputSet, inputsJSON), let source = NuSMEFTCKM.VudSource(rawValue: vudSource) else {
        return NuEFTStatus.invalidArgument.rawValue
    }
    if let early = precheck(count, electronMixing, muonMixing, deltaChi2) { return early }
    return runBatch(count, info: info) { status throws(NuEFTError) in
        try NuSMEFTCKM.deltaChiSquared(electronMixing: input(electronMixing, count), muonMixing: input(muonMixing, count),
                                       into: output(deltaChi2, count), status: status, vud: source, inputs: inputs)
    }
}

@c @implementation
public func nueft_nusmeft_ckm_bound(_ inputSet: Int32, _ flavour: Int32, _ vudSource: Int32,
                                   _ bound: UnsafeMutablePointer<Double>?) -> nueft_status {
    guard let bound else { return NuEFTStatus.nullPointer.rawValue }
    guard let inputs = nusmeftInputs(inputSet, nil), flavour == 0 || flavour == 1, vudSource == 0 || vudSource == 1 else {
        return NuEFTStatus.invalidArgument.rawValue
    }
    bound.pointee = NuSMEFTCKM.mixingBound(flavour: Int(flavour), vud: vudSource == 0 ? .pdg : .townerHardy, inputs: inputs).bound
    return NuEFTStatus.ok.rawValue
}

@c @implementation
public func nueft_nusmeft_observables_select_batch(_ count: Int, _ n: Int32, _ inputSet: Int32, _ inputsJSON: UnsafePointer<CChar>?,
                                                   _ electronReference: Int32, _ ckmTerm: Int32, _ numSelected: Int32,
                                                   _ selected: UnsafePointer<Int32>?, _ points: UnsafePointer<Double>?,
                                                   _ observables: UnsafeMutablePointer<Double>?, _ info: UnsafeMutablePointer<Int32>?) -> nueft_status {
    switch nusmeftSelection(numSelected, selected) {
    case .failure(let e): return e.status.rawValue
    case .success(let list):
        return nusmeftBatch(lagrangian: false, count, n, inputSet, inputsJSON, electronReference, ckmTerm, points, observables, info, selection: list)
    }
}

@c @implementation
public func nueft_nusmeft_lagrangian_select_batch(_ count: Int, _ n: Int32, _ inputSet: Int32, _ inputsJSON: UnsafePointer<CChar>?,
                                                  _ electronReference: Int32, _ ckmTerm: Int32, _ numSelected: Int32,
                                                  _ selected: UnsafePointer<Int32>?, _ records: UnsafePointer<Double>?,
                                                  _ observables: UnsafeMutablePointer<Double>?, _ info: UnsafeMutablePointer<Int32>?) -> nueft_status {
    switch nusmeftSelection(numSelected, selected) {
    case .failure(let e): return e.status.rawValue
    case .success(let list):
        return nusmeftBatch(lagrangian: true, count, n, inputSet, inputsJSON, electronReference, ckmTerm, records, observables, info, selection: list)
    }
}
