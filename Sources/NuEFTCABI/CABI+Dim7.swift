// C ABI of the dimension-7 ΔL = 2 SMEFT (002_3ba235c4befdeead.txt): argument checks,
// decoding of the component arrays and status mapping only; the physics lives in
// NuEFT/Dim7.

import CNuEFT
import NuEFT
import Synchronization

/// The input set of index `set` (0 paper, 1 current), a convention and a scenario; nil if out of range.
func dim7Options(_ set: Int32, _ convention: Int32, _ scenario: Int32) -> (Dim7Inputs, Dim7Convention, Dim7Scenario)? {
    guard set >= 0, Int(set) < Dim7Inputs.all.count, let conv = Dim7Convention(rawValue: convention),
          let scen = Dim7Scenario(rawValue: scenario) else { return nil }
    return (Dim7Inputs.all[Int(set)], conv, scen)
}

/// k components of 5 int32 each: operator, then 4 indices (unused ones ignored); nil if invalid.
func dim7Components(_ raw: UnsafePointer<Int32>, _ k: Int) -> [Dim7Component]? {
    var out: [Dim7Component] = []
    for j in 0..<k {
        guard let op = Dim7Operator(rawValue: raw[5 * j]) else { return nil }
        let idx = (1...op.indexCount).map { Int(raw[5 * j + $0]) }
        guard idx.allSatisfy({ (0...2).contains($0) }) else { return nil }
        out.append(Dim7Component(op, idx))
    }
    return out
}

func dim7LEFTComponents(_ raw: UnsafePointer<Int32>, _ l: Int) -> [Dim7LEFTComponent]? {
    var out: [Dim7LEFTComponent] = []
    for j in 0..<l {
        guard let op = Dim7LEFTOperator(rawValue: raw[5 * j]) else { return nil }
        let idx = (1...op.indexCount).map { Int(raw[5 * j + $0]) }
        guard idx.allSatisfy({ (0...2).contains($0) }) else { return nil }
        out.append(Dim7LEFTComponent(op, idx))
    }
    return out
}

/// a·b without overflow, or nil.
func product(_ a: Int, _ b: Int) -> Int? {
    let (p, o) = a.multipliedReportingOverflow(by: b)
    return o ? nil : p
}

@c @implementation
public func nueft_dim7_scale_batch(_ n: Int, _ c: UnsafePointer<Double>?, _ lambda: UnsafeMutablePointer<Double>?,
                                   _ info: UnsafeMutablePointer<Int32>?) -> nueft_status {
    if let early = precheck(n, c, lambda) { return early }
    return runBatch(n, info: info) { status throws(NuEFTError) in
        try NuEFT.dim7Scales(input(c, n), into: output(lambda, n), status: status)
    }
}

@c @implementation
public func nueft_dim7_match(_ inputSet: Int32, _ convention: Int32, _ smeft: UnsafePointer<Double>?,
                             _ left: UnsafeMutablePointer<Double>?) -> nueft_status {
    guard let smeft, let left else { return NuEFTStatus.nullPointer.rawValue }
    guard let (inputs, conv, _) = dim7Options(inputSet, convention, 0) else { return NuEFTStatus.invalidArgument.rawValue }
    do {
        let c = try Dim7WilsonCoefficients(values: Array(UnsafeBufferPointer(start: smeft, count: Dim7WilsonCoefficients.componentCount)))
        let point = Dim7Point(c, inputs: inputs, convention: conv)
        for (k, v) in point.left.values.enumerated() { left[k] = v }
        return NuEFTStatus.ok.rawValue
    } catch {
        return error.status.rawValue
    }
}

@c @implementation
public func nueft_dim7_scale_limits(_ inputSet: Int32, _ convention: Int32, _ scenario: Int32, _ smeft: UnsafePointer<Double>?,
                                    _ lambda: UnsafeMutablePointer<Double>?) -> nueft_status {
    guard let smeft, let lambda else { return NuEFTStatus.nullPointer.rawValue }
    guard let (inputs, conv, scen) = dim7Options(inputSet, convention, scenario) else { return NuEFTStatus.invalidArgument.rawValue }
    do {
        let c = try Dim7WilsonCoefficients(values: Array(UnsafeBufferPointer(start: smeft, count: Dim7WilsonCoefficients.componentCount)))
        guard c.values.contains(where: { $0 != 0 }) else { return NuEFTStatus.invalidArgument.rawValue }
        let limits = Dim7Probes.scaleLimits(direction: c, inputs: inputs, convention: conv, scenario: scen)
        for (p, l) in limits.enumerated() { lambda[p] = l ?? 0 }
        return NuEFTStatus.ok.rawValue
    } catch {
        return error.status.rawValue
    }
}

@c @implementation
public func nueft_dim7_probes_batch(_ n: Int, _ k: Int, _ inputSet: Int32, _ convention: Int32, _ scenario: Int32,
                                    _ components: UnsafePointer<Int32>?, _ coefficients: UnsafePointer<Double>?,
                                    _ strengths: UnsafeMutablePointer<Double>?, _ seen: UnsafeMutablePointer<Int32>?,
                                    _ info: UnsafeMutablePointer<Int32>?) -> nueft_status {
    if n < 0 { return NuEFTStatus.invalidCount.rawValue }
    guard k > 0, k <= 540 else { return NuEFTStatus.invalidArgument.rawValue }
    guard let (inputs, conv, scen) = dim7Options(inputSet, convention, scenario) else { return NuEFTStatus.invalidArgument.rawValue }
    guard let components else { return NuEFTStatus.nullPointer.rawValue }
    guard let comps = dim7Components(components, k) else { return NuEFTStatus.invalidArgument.rawValue }
    if let early = precheck(n, coefficients, strengths) { return early }
    guard let kn = product(k, n), let pn = product(Dim7BatchPlan.probeCount, n) else { return NuEFTStatus.invalidCount.rawValue }
    return runBatch(n, info: info) { status throws(NuEFTError) in
        let plan = try Dim7BatchPlan(components: comps, inputs: inputs, convention: conv, scenario: scen)
        return try plan.evaluate(count: n, coefficients: UnsafeBufferPointer(start: coefficients, count: kn),
                                 strengths: UnsafeMutableBufferPointer(start: strengths, count: pn),
                                 seen: seen.map { UnsafeMutableBufferPointer(start: $0, count: n) }, status: status)
    }
}

@c @implementation
public func nueft_dim7_left_batch(_ n: Int, _ k: Int, _ l: Int, _ inputSet: Int32, _ convention: Int32,
                                  _ components: UnsafePointer<Int32>?, _ leftComponents: UnsafePointer<Int32>?,
                                  _ coefficients: UnsafePointer<Double>?, _ left: UnsafeMutablePointer<Double>?,
                                  _ info: UnsafeMutablePointer<Int32>?) -> nueft_status {
    if n < 0 { return NuEFTStatus.invalidCount.rawValue }
    guard k > 0, k <= 540, l > 0, l <= Dim7LEFTCoefficients.componentCount else { return NuEFTStatus.invalidArgument.rawValue }
    guard let (inputs, conv, _) = dim7Options(inputSet, convention, 0) else { return NuEFTStatus.invalidArgument.rawValue }
    guard let components, let leftComponents else { return NuEFTStatus.nullPointer.rawValue }
    guard let comps = dim7Components(components, k), let lefts = dim7LEFTComponents(leftComponents, l) else {
        return NuEFTStatus.invalidArgument.rawValue
    }
    if let early = precheck(n, coefficients, left) { return early }
    guard let kn = product(k, n), let ln = product(l, n), let pn = product(Dim7BatchPlan.probeCount, n) else { return NuEFTStatus.invalidCount.rawValue }
    return runBatch(n, info: info) { status throws(NuEFTError) in
        let plan = try Dim7BatchPlan(components: comps, inputs: inputs, convention: conv, leftComponents: lefts)
        var scratch = [Double](repeating: 0, count: pn)
        return try scratch.withUnsafeMutableBufferPointer { r throws(NuEFTError) in
            try plan.evaluate(count: n, coefficients: UnsafeBufferPointer(start: coefficients, count: kn), strengths: r,
                              left: UnsafeMutableBufferPointer(start: left, count: ln), status: status)
        }
    }
}

// MARK: - The O_eLLLH flavour relation

@c @implementation
public func nueft_dim7_canonicalize(_ n: Int, _ smeft: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>?,
                                    _ info: UnsafeMutablePointer<Int32>?) -> nueft_status {
    dim7Canonicalize(n, smeft, out, info, complex: false)
}

@c @implementation
public func nueft_dim7_canonicalize_complex(_ n: Int, _ smeft: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>?,
                                            _ info: UnsafeMutablePointer<Int32>?) -> nueft_status {
    dim7Canonicalize(n, smeft, out, info, complex: true)
}

/// n points of 540 real or 1080 interleaved complex doubles through `NuEFT.dim7Canonicalize`.
func dim7Canonicalize(_ n: Int, _ smeft: UnsafePointer<Double>?, _ out: UnsafeMutablePointer<Double>?,
                      _ info: UnsafeMutablePointer<Int32>?, complex: Bool) -> nueft_status {
    if let early = precheck(n, smeft, out) { return early }
    guard let total = product(n, (complex ? 2 : 1) * Dim7WilsonCoefficients.componentCount) else {
        return NuEFTStatus.invalidCount.rawValue
    }
    return runBatch(n, info: info) { status throws(NuEFTError) in
        try NuEFT.dim7Canonicalize(UnsafeBufferPointer(start: smeft, count: total),
                                   into: UnsafeMutableBufferPointer(start: out, count: total), complex: complex, status: status)
    }
}

// MARK: - Complex matching and the plan handle

@c @implementation
public func nueft_dim7_match_complex(_ inputSet: Int32, _ convention: Int32, _ smeft: UnsafePointer<Double>?,
                                     _ left: UnsafeMutablePointer<Double>?) -> nueft_status {
    guard let smeft, let left else { return NuEFTStatus.nullPointer.rawValue }
    guard let (inputs, conv, _) = dim7Options(inputSet, convention, 0) else { return NuEFTStatus.invalidArgument.rawValue }
    let count = Dim7WilsonCoefficients.componentCount
    do {
        let re = (0..<count).map { smeft[2 * $0] }, im = (0..<count).map { smeft[2 * $0 + 1] }
        let c = try Dim7WilsonCoefficients(values: re, imaginary: im)
        let point = Dim7Point(c, inputs: inputs, convention: conv)
        for k in 0..<Dim7LEFTCoefficients.componentCount {
            left[2 * k] = point.left.values[k]
            left[2 * k + 1] = point.left.imaginaryValues[k]
        }
        return NuEFTStatus.ok.rawValue
    } catch {
        return error.status.rawValue
    }
}

/// A plan behind an opaque C handle. Live handles are registered, so a stale, foreign or
/// twice-destroyed handle is reported as NUEFT_ERR_INVALID_ARGUMENT instead of crashing.
final class Dim7PlanHandle: Sendable {
    let plan: Dim7BatchPlan
    init(_ plan: Dim7BatchPlan) { self.plan = plan }
}

let dim7LiveHandles = Mutex<Set<UInt>>([])

/// The plan of a registered handle, retained for the duration of the call; nil if unknown.
func dim7Plan(_ handle: OpaquePointer?) -> Dim7PlanHandle? {
    guard let handle else { return nil }
    let address = UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(handle)))
    return dim7LiveHandles.withLock { live in
        live.contains(address) ? Unmanaged<Dim7PlanHandle>.fromOpaque(UnsafeRawPointer(handle)).takeUnretainedValue() : nil
    }
}

@c @implementation
public func nueft_dim7_plan_create(_ k: Int, _ l: Int, _ inputSet: Int32, _ convention: Int32, _ scenario: Int32,
                                   _ complexCoefficients: Int32, _ components: UnsafePointer<Int32>?,
                                   _ leftComponents: UnsafePointer<Int32>?,
                                   _ plan: UnsafeMutablePointer<OpaquePointer?>?) -> nueft_status {
    guard let plan else { return NuEFTStatus.nullPointer.rawValue }
    plan.pointee = nil
    guard k > 0, k <= 540, l >= 0, l <= Dim7LEFTCoefficients.componentCount, complexCoefficients == 0 || complexCoefficients == 1 else {
        return NuEFTStatus.invalidArgument.rawValue
    }
    guard let (inputs, conv, scen) = dim7Options(inputSet, convention, scenario) else { return NuEFTStatus.invalidArgument.rawValue }
    guard let components else { return NuEFTStatus.nullPointer.rawValue }
    if l > 0 && leftComponents == nil { return NuEFTStatus.nullPointer.rawValue }
    guard let comps = dim7Components(components, k) else { return NuEFTStatus.invalidArgument.rawValue }
    var lefts: [Dim7LEFTComponent] = []
    if l > 0, let leftComponents {
        guard let parsed = dim7LEFTComponents(leftComponents, l) else { return NuEFTStatus.invalidArgument.rawValue }
        lefts = parsed
    }
    do {
        let built = try Dim7BatchPlan(components: comps, inputs: inputs, convention: conv, scenario: scen,
                                      leftComponents: lefts, complexCoefficients: complexCoefficients == 1)
        let raw = Unmanaged.passRetained(Dim7PlanHandle(built)).toOpaque()
        dim7LiveHandles.withLock { _ = $0.insert(UInt(bitPattern: Int(bitPattern: raw))) }
        plan.pointee = OpaquePointer(raw)
        return NuEFTStatus.ok.rawValue
    } catch {
        return error.status.rawValue
    }
}

@c @implementation
public func nueft_dim7_plan_destroy(_ plan: OpaquePointer?) -> nueft_status {
    guard let plan else { return NuEFTStatus.ok.rawValue }   // like free(NULL)
    let address = UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(plan)))
    let known = dim7LiveHandles.withLock { $0.remove(address) != nil }
    guard known else { return NuEFTStatus.invalidArgument.rawValue }
    Unmanaged<Dim7PlanHandle>.fromOpaque(UnsafeRawPointer(plan)).release()
    return NuEFTStatus.ok.rawValue
}

@c @implementation
public func nueft_dim7_plan_size(_ plan: OpaquePointer?, _ k: UnsafeMutablePointer<Int>?, _ l: UnsafeMutablePointer<Int>?,
                                 _ complexCoefficients: UnsafeMutablePointer<Int32>?) -> nueft_status {
    guard let plan else { return NuEFTStatus.nullPointer.rawValue }
    guard let handle = dim7Plan(plan) else { return NuEFTStatus.invalidArgument.rawValue }
    k?.pointee = handle.plan.components.count
    l?.pointee = handle.plan.leftComponents.count
    complexCoefficients?.pointee = handle.plan.complexCoefficients ? 1 : 0
    return NuEFTStatus.ok.rawValue
}

@c @implementation
public func nueft_dim7_plan_evaluate(_ plan: OpaquePointer?, _ n: Int, _ coefficients: UnsafePointer<Double>?,
                                     _ coefficientsImaginary: UnsafePointer<Double>?, _ strengths: UnsafeMutablePointer<Double>?,
                                     _ seen: UnsafeMutablePointer<Int32>?, _ left: UnsafeMutablePointer<Double>?,
                                     _ leftImaginary: UnsafeMutablePointer<Double>?, _ info: UnsafeMutablePointer<Int32>?) -> nueft_status {
    guard let plan else { return NuEFTStatus.nullPointer.rawValue }
    guard let handle = dim7Plan(plan) else { return NuEFTStatus.invalidArgument.rawValue }
    let p = handle.plan
    if n < 0 { return NuEFTStatus.invalidCount.rawValue }
    if p.complexCoefficients && coefficientsImaginary == nil && n > 0 { return NuEFTStatus.nullPointer.rawValue }
    if !p.complexCoefficients && coefficientsImaginary != nil { return NuEFTStatus.invalidArgument.rawValue }
    if p.leftComponents.isEmpty && (left != nil || leftImaginary != nil) { return NuEFTStatus.invalidArgument.rawValue }
    if let early = precheck(n, coefficients, strengths) { return early }
    let k = p.components.count, l = p.leftComponents.count
    guard let kn = product(k, n), let pn = product(Dim7BatchPlan.probeCount, n), let ln = product(l, n) else {
        return NuEFTStatus.invalidCount.rawValue
    }
    return runBatch(n, info: info) { status throws(NuEFTError) in
        try p.evaluate(count: n, coefficients: UnsafeBufferPointer(start: coefficients, count: kn),
                       imaginary: coefficientsImaginary.map { UnsafeBufferPointer(start: $0, count: kn) },
                       strengths: UnsafeMutableBufferPointer(start: strengths, count: pn),
                       seen: seen.map { UnsafeMutableBufferPointer(start: $0, count: n) },
                       left: left.map { UnsafeMutableBufferPointer(start: $0, count: ln) },
                       leftImaginary: leftImaginary.map { UnsafeMutableBufferPointer(start: $0, count: ln) }, status: status)
    }
}

/// Copies `text` NUL-terminated into `width` bytes at `destination` (truncated if longer).
func copyLabel(_ text: String?, _ destination: UnsafeMutablePointer<CChar>, _ width: Int) {
    var bytes = Array((text ?? "").utf8.prefix(width - 1))
    bytes.append(0)
    for (i, b) in bytes.enumerated() { destination[i] = CChar(bitPattern: b) }
}

@c @implementation
public func nueft_dim7_global_view(_ inputSet: Int32, _ convention: Int32, _ perRow: Int32, _ capacity: Int,
                                   _ count: UnsafeMutablePointer<Int>?, _ operators: UnsafeMutablePointer<Int32>?,
                                   _ probes: UnsafeMutablePointer<Int32>?, _ current: UnsafeMutablePointer<Double>?,
                                   _ future: UnsafeMutablePointer<Double>?, _ labels: UnsafeMutablePointer<CChar>?) -> nueft_status {
    guard let count else { return NuEFTStatus.nullPointer.rawValue }
    guard let (inputs, conv, _) = dim7Options(inputSet, convention, 0), perRow == 0 || perRow == 1 else {
        return NuEFTStatus.invalidArgument.rawValue
    }
    if capacity < 0 { return NuEFTStatus.invalidCount.rawValue }
    let rows = perRow == 1 ? Dim7GlobalView.perRowRows(inputs: inputs, convention: conv)
                           : Dim7GlobalView.rows(inputs: inputs, convention: conv)
    count.pointee = rows.count
    if capacity == 0 { return NuEFTStatus.ok.rawValue }   // a size query
    guard let operators, let probes, let current, let future else { return NuEFTStatus.nullPointer.rawValue }
    guard capacity >= rows.count else { return NuEFTStatus.lengthMismatch.rawValue }
    let width = 32
    for (i, row) in rows.enumerated() {
        operators[i] = row.op.rawValue
        probes[i] = row.probe.rawValue
        current[i] = row.current?.lambda ?? .nan
        future[i] = row.future?.lambda ?? .nan
        if let labels {
            copyLabel(row.row, labels + (3 * i) * width, width)
            copyLabel(row.current?.flavour, labels + (3 * i + 1) * width, width)
            copyLabel(row.future?.flavour, labels + (3 * i + 2) * width, width)
        }
    }
    return NuEFTStatus.ok.rawValue
}
