// C ABI of the Takagi engine: argument checks and status mapping only.

import CNuEFT
import NuEFT

@c @implementation
public func nueft_takagi_batch(_ count: Int, _ n: Int, _ matrices: UnsafePointer<Double>?,
                               _ accuracy: Int32, _ method: Int32, _ masses: UnsafeMutablePointer<Double>?,
                               _ unitaries: UnsafeMutablePointer<Double>?, _ massErrors: UnsafeMutablePointer<Double>?,
                               _ info: UnsafeMutablePointer<Int32>?) -> nueft_status {
    if count < 0 { return NuEFTStatus.invalidCount.rawValue }
    guard Takagi.dimensions.contains(n) else { return NuEFTStatus.unsupportedDimension.rawValue }
    guard let accuracy = TakagiAccuracy(rawValue: accuracy), let method = TakagiMethod(rawValue: method) else {
        return NuEFTStatus.invalidArgument.rawValue
    }
    if let early = precheck(count, matrices, masses) { return early }
    let entries = 2 * n * n
    return runBatch(count, info: info) { status throws(NuEFTError) in
        try Takagi.factorize(count: count, dimension: n,
                             matrices: UnsafeBufferPointer(start: matrices, count: count * entries),
                             masses: UnsafeMutableBufferPointer(start: masses, count: count * n),
                             unitaries: unitaries.map { UnsafeMutableBufferPointer(start: $0, count: count * entries) },
                             massErrors: massErrors.map { UnsafeMutableBufferPointer(start: $0, count: count * n) },
                             status: status, accuracy: accuracy, method: method)
    }
}
