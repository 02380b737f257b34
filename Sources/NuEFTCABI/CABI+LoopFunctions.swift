// C ABI of the loop functions: argument checks, buffer construction and status mapping only;
// the math and the per-point handling live in NuEFT (LoopFunctionBatches.swift).

import CNuEFT
import NuEFT

/// What a batch wrapper checks before touching memory: n < 0 → NUEFT_ERR_INVALID_COUNT,
/// n == 0 → success with nothing read or written, a NULL required pointer → NUEFT_ERR_NULL_POINTER.
/// Returns nil when the call may proceed.
func precheck(_ n: Int, _ required: UnsafeRawPointer?...) -> nueft_status? {
    if n < 0 { return NuEFTStatus.invalidCount.rawValue }
    if n == 0 { return NuEFTStatus.ok.rawValue }
    if required.contains(where: { $0 == nil }) { return NuEFTStatus.nullPointer.rawValue }
    return nil
}

/// Runs a Swift batch call on C buffers of `n` elements, mapping errors to status codes.
func runBatch(_ n: Int, info: UnsafeMutablePointer<Int32>?,
              _ body: (UnsafeMutableBufferPointer<NuEFTStatus>?) throws(NuEFTError) -> NuEFTStatus) -> nueft_status {
    let status = info.map {
        // NuEFTStatus is a frozen struct holding one Int32: the same layout as int32_t.
        UnsafeMutableBufferPointer(start: UnsafeMutableRawPointer($0).assumingMemoryBound(to: NuEFTStatus.self), count: n)
    }
    do {
        return try body(status).rawValue
    } catch {
        return error.status.rawValue
    }
}

func input(_ p: UnsafePointer<Double>?, _ n: Int) -> UnsafeBufferPointer<Double> {
    UnsafeBufferPointer(start: p, count: n)
}

func output(_ p: UnsafeMutablePointer<Double>?, _ n: Int) -> UnsafeMutableBufferPointer<Double> {
    UnsafeMutableBufferPointer(start: p, count: n)
}

@c @implementation
public func nueft_w_batch(_ n: Int, _ x: UnsafePointer<Double>?, _ w: UnsafeMutablePointer<Double>?,
                          _ info: UnsafeMutablePointer<Int32>?) -> nueft_status {
    if let early = precheck(n, x, w) { return early }
    return runBatch(n, info: info) { status throws(NuEFTError) in
        try NuEFT.w(input(x, n), into: output(w, n), status: status)
    }
}

/// The wrappers of the (x_h, x_j) → (re, im) batches: `re` required, `im` optional.
typealias PairBatch = (UnsafeBufferPointer<Double>, UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>,
                       UnsafeMutableBufferPointer<Double>?, UnsafeMutableBufferPointer<NuEFTStatus>?) throws(NuEFTError) -> NuEFTStatus

func runPairBatch(_ n: Int, _ xh: UnsafePointer<Double>?, _ xj: UnsafePointer<Double>?,
                  _ re: UnsafeMutablePointer<Double>?, _ im: UnsafeMutablePointer<Double>?,
                  _ info: UnsafeMutablePointer<Int32>?, _ batch: PairBatch) -> nueft_status {
    if let early = precheck(n, xh, xj, re) { return early }
    return runBatch(n, info: info) { status throws(NuEFTError) in
        try batch(input(xh, n), input(xj, n), output(re, n), im.map { output($0, n) }, status)
    }
}

@c @implementation
public func nueft_f1_batch(_ n: Int, _ xh: UnsafePointer<Double>?, _ xj: UnsafePointer<Double>?,
                           _ re: UnsafeMutablePointer<Double>?, _ im: UnsafeMutablePointer<Double>?,
                           _ info: UnsafeMutablePointer<Int32>?) -> nueft_status {
    runPairBatch(n, xh, xj, re, im, info) { a, b, r, i, s throws(NuEFTError) in try NuEFT.f1(xh: a, xj: b, re: r, im: i, status: s) }
}

@c @implementation
public func nueft_f2_batch(_ n: Int, _ xh: UnsafePointer<Double>?, _ xj: UnsafePointer<Double>?,
                           _ re: UnsafeMutablePointer<Double>?, _ im: UnsafeMutablePointer<Double>?,
                           _ info: UnsafeMutablePointer<Int32>?) -> nueft_status {
    runPairBatch(n, xh, xj, re, im, info) { a, b, r, i, s throws(NuEFTError) in try NuEFT.f2(xh: a, xj: b, re: r, im: i, status: s) }
}

@c @implementation
public func nueft_threshold_bracket_batch(_ n: Int, _ xj: UnsafePointer<Double>?, _ t: UnsafeMutablePointer<Double>?,
                                          _ info: UnsafeMutablePointer<Int32>?) -> nueft_status {
    if let early = precheck(n, xj, t) { return early }
    return runBatch(n, info: info) { status throws(NuEFTError) in
        try NuEFT.thresholdBracket(xj: input(xj, n), into: output(t, n), status: status)
    }
}

@c @implementation
public func nueft_yukawa_bracket_batch(_ n: Int, _ xh: UnsafePointer<Double>?, _ xj: UnsafePointer<Double>?,
                                       _ re: UnsafeMutablePointer<Double>?, _ im: UnsafeMutablePointer<Double>?,
                                       _ info: UnsafeMutablePointer<Int32>?) -> nueft_status {
    runPairBatch(n, xh, xj, re, im, info) { a, b, r, i, s throws(NuEFTError) in
        try NuEFT.yukawaBracket(xh: a, xj: b, re: r, im: i, status: s)
    }
}
