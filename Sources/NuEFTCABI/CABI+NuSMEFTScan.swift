// C ABI of the Fig. 5–6 scan of 000_b99ff7acfa28d225.txt (sec. 5): argument checks and copies
// only; the scan and its classification live in NuEFT/NuSMEFT/NuSMEFTScan.swift.

import CNuEFT
import NuEFT

/// The panel of a C call, or the status that rejects it.
func nusmeftPanel(flavour: Int32, mixing: Double, _ mass: (Double, Double, Int), _ scale: (Double, Double, Int)) -> Result<NuSMEFTPanel, NuEFTError> {
    guard mass.2 >= 1, scale.2 >= 1, product(mass.2, scale.2) != nil else { return .failure(NuEFTError(.invalidCount)) }
    func valid(_ r: (Double, Double, Int)) -> Bool { r.0.isFinite && r.1.isFinite && r.0 > 0 && r.1 >= r.0 }
    guard flavour == 0 || flavour == 1, mixing.isFinite, valid(mass), valid(scale) else { return .failure(NuEFTError(.invalidArgument)) }
    return .success(NuSMEFTPanel(name: "c-scan", flavour: Int(flavour), mixing: mixing, massRange: mass.0...mass.1,
                                 scaleRange: scale.0...scale.1, massPoints: mass.2, scalePoints: scale.2))
}

@c @implementation
public func nueft_nusmeft_figure_panel(_ index: Int32, _ flavour: UnsafeMutablePointer<Int32>?, _ mixing: UnsafeMutablePointer<Double>?,
                                       _ massMin: UnsafeMutablePointer<Double>?, _ massMax: UnsafeMutablePointer<Double>?,
                                       _ scaleMin: UnsafeMutablePointer<Double>?, _ scaleMax: UnsafeMutablePointer<Double>?) -> nueft_status {
    guard let flavour, let mixing, let massMin, let massMax, let scaleMin, let scaleMax else { return NuEFTStatus.nullPointer.rawValue }
    let panels = NuSMEFTPanel.figures(resolution: 1)
    guard index >= 0, Int(index) < panels.count else { return NuEFTStatus.invalidArgument.rawValue }
    let p = panels[Int(index)]
    flavour.pointee = Int32(p.flavour)
    mixing.pointee = p.mixing
    massMin.pointee = p.massRange.lowerBound
    massMax.pointee = p.massRange.upperBound
    scaleMin.pointee = p.scaleRange.lowerBound
    scaleMax.pointee = p.scaleRange.upperBound
    return NuEFTStatus.ok.rawValue
}

@c @implementation
public func nueft_nusmeft_scan(_ flavour: Int32, _ mixing: Double,
                               _ massMin: Double, _ massMax: Double, _ massPoints: Int,
                               _ scaleMin: Double, _ scaleMax: Double, _ scalePoints: Int,
                               _ inputSet: Int32, _ inputsJSON: UnsafePointer<CChar>?, _ higgsSigmas: Double,
                               _ deltaA: UnsafeMutablePointer<Double>?, _ yukawaRatio: UnsafeMutablePointer<Double>?,
                               _ inverseHalfLife: UnsafeMutablePointer<Double>?, _ lhcRatio: UnsafeMutablePointer<Double>?,
                               _ regions: UnsafeMutablePointer<UInt16>?,
                               _ progress: nueft_progress_fn?, _ context: UnsafeMutableRawPointer?) -> nueft_status {
    guard let regions else { return NuEFTStatus.nullPointer.rawValue }
    let panel: NuSMEFTPanel
    switch nusmeftPanel(flavour: flavour, mixing: mixing, (massMin, massMax, massPoints), (scaleMin, scaleMax, scalePoints)) {
    case .failure(let e): return e.status.rawValue
    case .success(let p): panel = p
    }
    guard let inputs = nusmeftInputs(inputSet, inputsJSON), higgsSigmas > 0, higgsSigmas.isFinite else {
        return NuEFTStatus.invalidArgument.rawValue
    }
    do {
        let r = try NuSMEFT.scan(panel, inputs: inputs, options: NuSMEFTScanOptions(higgsSigmas: higgsSigmas)) { done, total in
            progress?(done, total, context)
        }
        let total = r.regions.count
        for (source, target) in [(r.deltaA, deltaA), (r.yukawaRatio, yukawaRatio), (r.inverseHalfLife, inverseHalfLife), (r.lhcRatio, lhcRatio)] {
            guard let target else { continue }
            source.withUnsafeBufferPointer { target.update(from: $0.baseAddress!, count: total) }
        }
        r.regions.withUnsafeBufferPointer { regions.update(from: $0.baseAddress!, count: total) }
        return NuEFTStatus.ok.rawValue
    } catch {
        return error.status.rawValue
    }
}

@c @implementation
public func nueft_nusmeft_allowed_window(_ regions: UnsafePointer<UInt16>?,
                                         _ massMin: Double, _ massMax: Double, _ massPoints: Int,
                                         _ scaleMin: Double, _ scaleMax: Double, _ scalePoints: Int,
                                         _ sigma: Int32, _ cesium: Int32, _ window: UnsafeMutablePointer<Double>?,
                                         _ found: UnsafeMutablePointer<Int32>?) -> nueft_status {
    guard let regions, let window, let found else { return NuEFTStatus.nullPointer.rawValue }
    let panel: NuSMEFTPanel
    switch nusmeftPanel(flavour: 1, mixing: 0, (massMin, massMax, massPoints), (scaleMin, scaleMax, scalePoints)) {
    case .failure(let e): return e.status.rawValue
    case .success(let p): panel = p
    }
    guard sigma == 1 || sigma == 2 else { return NuEFTStatus.invalidArgument.rawValue }
    let bits = UnsafeBufferPointer(start: regions, count: massPoints * scalePoints)
    guard let w = NuSMEFTScanResult.allowedWindow(regions: bits, panel: panel, sigma: Int(sigma), cesium: cesium != 0) else {
        found.pointee = 0
        return NuEFTStatus.ok.rawValue
    }
    for (k, v) in [w.mass.lowerBound, w.mass.upperBound, w.scale.lowerBound, w.scale.upperBound, w.ratio.lowerBound, w.ratio.upperBound].enumerated() {
        window[k] = v
    }
    found.pointee = 1
    return NuEFTStatus.ok.rawValue
}
