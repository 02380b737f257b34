// A minimal writer of NumPy's .npy format (version 1.0): the magic string, a header dict
// padded to a multiple of 64 bytes, then the raw little-endian data. numpy.load reads it.

import Foundation

enum NPY {
    /// Writes `values` as an array of `shape`; `fortranOrder` when the first index varies fastest.
    static func write<T>(_ values: [T], shape: [Int], descr: String, fortranOrder: Bool = false, to path: String) throws {
        precondition(shape.reduce(1, *) == values.count, "NPY shape does not match the data")
        let shapeText = shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
        var header = "{'descr': '\(descr)', 'fortran_order': \(fortranOrder ? "True" : "False"), 'shape': \(shapeText), }"
        let preamble = 10   // magic (6) + version (2) + header length (2)
        let total = preamble + header.utf8.count + 1
        header += String(repeating: " ", count: (64 - total % 64) % 64) + "\n"
        var data = Data([0x93] + Array("NUMPY".utf8) + [1, 0])
        let length = UInt16(header.utf8.count)
        data.append(contentsOf: [UInt8(length & 0xff), UInt8(length >> 8)])
        data.append(contentsOf: Array(header.utf8))
        values.withUnsafeBytes { data.append(contentsOf: $0) }
        try data.write(to: URL(fileURLWithPath: path))
    }

    static func write(_ values: [Double], shape: [Int], fortranOrder: Bool = false, to path: String) throws {
        try write(values, shape: shape, descr: "<f8", fortranOrder: fortranOrder, to: path)
    }

    static func write(_ values: [UInt16], shape: [Int], fortranOrder: Bool = false, to path: String) throws {
        try write(values, shape: shape, descr: "<u2", fortranOrder: fortranOrder, to: path)
    }
}
