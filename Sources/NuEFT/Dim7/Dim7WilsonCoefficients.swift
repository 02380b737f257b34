// A point in the space of dimension-7 ΔL = 2 SMEFT Wilson coefficients (Table 1 of
// 002_3ba235c4befdeead.txt), in TeV⁻³, with the flavour symmetries of Dim7Operator enforced.
//
// Coefficients are complex (WCxf allows {Re, Im}): the matching (Table 2, eqs. (4.4)–(4.7),
// (4.35)) is linear in C (eqs. (4.6)–(4.7) conjugate it), and every probe bounds |c|², so the
// phases matter where several components or CKM elements interfere in one LEFT coefficient.

import ComplexModule
import RealModule

/// Dimension-7 SMEFT Wilson coefficients C (TeV⁻³, complex) of all twelve operators and all flavours.
public struct Dim7WilsonCoefficients: Sendable, Equatable {
    /// 6 × 9 two-index components followed by 6 × 81 four-index ones (540).
    public static let componentCount = 540

    /// The real parts, operator by operator (`Dim7Operator.storageOffset`), flavour indices
    /// row-major (p slowest). TeV⁻³.
    public private(set) var values: [Double]
    /// The imaginary parts, same layout (all zero for a real point).
    public private(set) var imaginaryValues: [Double]

    /// All coefficients zero.
    public init() {
        values = [Double](repeating: 0, count: Self.componentCount)
        imaginaryValues = values
    }

    /// True when every imaginary part is zero.
    public var isReal: Bool { imaginaryValues.allSatisfy { $0 == 0 } }

    /// The storage index of a component; indices 0…2.
    /// - Throws: `.invalidArgument` for a wrong number of indices or one outside 0…2.
    public static func storageIndex(_ op: Dim7Operator, _ indices: [Int]) throws(NuEFTError) -> Int {
        guard indices.count == op.indexCount else {
            throw NuEFTError(.invalidArgument, "\(op) takes \(op.indexCount) flavour indices, got \(indices.count)")
        }
        var k = 0
        for i in indices {
            guard (0...2).contains(i) else { throw NuEFTError(.invalidArgument, "flavour index \(i) is outside 0...2") }
            k = 3 * k + i
        }
        return op.storageOffset + k
    }

    /// The component C_op^{indices} in TeV⁻³.
    public func value(_ op: Dim7Operator, _ indices: [Int]) throws(NuEFTError) -> Double {
        values[try Self.storageIndex(op, indices)]
    }

    /// The complex component C_op^{indices} in TeV⁻³.
    public func complexValue(_ op: Dim7Operator, _ indices: [Int]) throws(NuEFTError) -> Complex<Double> {
        let k = try Self.storageIndex(op, indices)
        return Complex(values[k], imaginaryValues[k])
    }

    /// Unchecked complex reads for internal formulas.
    func complexValue(_ op: Dim7Operator, _ p: Int, _ r: Int) -> Complex<Double> {
        let k = op.storageOffset + 3 * p + r
        return Complex(values[k], imaginaryValues[k])
    }

    func complexValue(_ op: Dim7Operator, _ p: Int, _ r: Int, _ s: Int, _ t: Int) -> Complex<Double> {
        let k = op.storageOffset + 27 * p + 9 * r + 3 * s + t
        return Complex(values[k], imaginaryValues[k])
    }

    /// The complex component at storage index k.
    public func complexValue(at k: Int) -> Complex<Double> { Complex(values[k], imaginaryValues[k]) }

    /// Unchecked read of the real part for internal formulas (indices known to be valid).
    @usableFromInline
    func c(_ op: Dim7Operator, _ p: Int, _ r: Int) -> Double { values[op.storageOffset + 3 * p + r] }

    @usableFromInline
    func c(_ op: Dim7Operator, _ p: Int, _ r: Int, _ s: Int, _ t: Int) -> Double {
        values[op.storageOffset + 27 * p + 9 * r + 3 * s + t]
    }

    /// Sets C_op^{indices} = value (TeV⁻³) and, by the operator's symmetry, its partner:
    /// C_LH^{rp} = C_LH^{pr}, C_LHB^{rp} = −C_LHB^{pr}.
    /// - Throws: `.invalidArgument` for bad indices, a non-zero diagonal C_LHB^{pp}, or a
    ///   non-finite value (points with NaN belong in the batch API, which flags them).
    public mutating func set(_ op: Dim7Operator, _ indices: [Int], _ value: Double) throws(NuEFTError) {
        try set(op, indices, complex: Complex(value, 0))
    }

    /// Sets the complex C_op^{indices} (TeV⁻³) and its symmetry partner (C_LH^{rp} = C_LH^{pr},
    /// C_LHB^{rp} = −C_LHB^{pr}).
    /// - Throws: as the real `set`.
    public mutating func set(_ op: Dim7Operator, _ indices: [Int], complex value: Complex<Double>) throws(NuEFTError) {
        guard value.real.isFinite, value.imaginary.isFinite else {
            let nan = value.real.isNaN || value.imaginary.isNaN
            throw NuEFTError(nan ? .nanInput : .infiniteInput, "\(op)\(indices) = \(value)")
        }
        let k = try Self.storageIndex(op, indices)
        func put(_ j: Int, _ z: Complex<Double>) { values[j] = z.real; imaginaryValues[j] = z.imaginary }
        switch op.symmetry {
        case .none:
            put(k, value)
        case .symmetric:
            put(k, value)
            put(op.storageOffset + 3 * indices[1] + indices[0], value)
        case .antisymmetric:
            if indices[0] == indices[1] {
                guard value == .zero else {
                    throw NuEFTError(.invalidArgument, "\(op) is antisymmetric in its flavour indices: the diagonal \(indices) must be 0")
                }
                put(k, .zero)
            } else {
                put(k, value)
                put(op.storageOffset + 3 * indices[1] + indices[0], -value)
            }
        }
    }

    /// A single operator component (with its symmetry partner), all others zero.
    public static func single(_ op: Dim7Operator, _ indices: [Int], _ value: Double = 1) throws(NuEFTError) -> Self {
        var c = Self()
        try c.set(op, indices, value)
        return c
    }

    /// A single complex component (with its symmetry partner), all others zero.
    public static func single(_ op: Dim7Operator, _ indices: [Int], complex value: Complex<Double>) throws(NuEFTError) -> Self {
        var c = Self()
        try c.set(op, indices, complex: value)
        return c
    }

    /// Components known to satisfy the symmetries (internal: scaled copies of checked points).
    init(unchecked values: [Double], imaginary: [Double]? = nil) {
        self.values = values
        self.imaginaryValues = imaginary ?? [Double](repeating: 0, count: values.count)
    }

    /// Builds from 540 raw components (real parts, and optionally 540 imaginary parts), checking
    /// the symmetries.
    /// - Throws: `.lengthMismatch` for a wrong count, `.nanInput`/`.infiniteInput`, or
    ///   `.invalidArgument` if C_LH is not symmetric or C_LHB not antisymmetric.
    public init(values: [Double], imaginary: [Double]? = nil) throws(NuEFTError) {
        let imaginary = imaginary ?? [Double](repeating: 0, count: values.count)
        guard values.count == Self.componentCount, imaginary.count == Self.componentCount else {
            throw NuEFTError(.lengthMismatch, "expected \(Self.componentCount) components, got \(values.count) and \(imaginary.count)")
        }
        if let bad = (values + imaginary).first(where: { !$0.isFinite }) {
            throw NuEFTError(bad.isNaN ? .nanInput : .infiniteInput, "non-finite Wilson coefficient")
        }
        self.values = values
        self.imaginaryValues = imaginary
        for p in 0..<3 {
            for r in 0..<3 {
                if complexValue(.lh, p, r) != complexValue(.lh, r, p) { throw NuEFTError(.invalidArgument, "C_LH is not symmetric at (\(p), \(r))") }
                if complexValue(.lHB, p, r) != -complexValue(.lHB, r, p) { throw NuEFTError(.invalidArgument, "C_LHB is not antisymmetric at (\(p), \(r))") }
            }
        }
    }

    /// The largest |C| over all components (TeV⁻³).
    public var maximumMagnitude: Double {
        var m = 0.0
        for k in 0..<values.count { m = Swift.max(m, (values[k] * values[k] + imaginaryValues[k] * imaginaryValues[k]).squareRoot()) }
        return m
    }

    /// C/x (a scaled copy; scaling keeps the symmetries).
    public func divided(by x: Double) -> Self {
        Self(unchecked: values.map { $0 / x }, imaginary: imaginaryValues.map { $0 / x })
    }

    /// Every non-zero component as (operator, indices, real part), in storage order; for LH and
    /// LHB only p ≤ r (the partner follows by symmetry). `nonZeroComplexComponents` also
    /// lists components with only an imaginary part.
    public var nonZeroComponents: [(op: Dim7Operator, indices: [Int], value: Double)] {
        nonZeroComplexComponents.map { ($0.op, $0.indices, $0.value.real) }
    }

    /// Every non-zero component as (operator, indices, complex value), as `nonZeroComponents`.
    public var nonZeroComplexComponents: [(op: Dim7Operator, indices: [Int], value: Complex<Double>)] {
        var out: [(op: Dim7Operator, indices: [Int], value: Complex<Double>)] = []
        for op in Dim7Operator.allCases {
            for k in 0..<op.componentCount where values[op.storageOffset + k] != 0 || imaginaryValues[op.storageOffset + k] != 0 {
                let idx = op.indexCount == 2 ? [k / 3, k % 3] : [k / 27, (k / 9) % 3, (k / 3) % 3, k % 3]
                if op.symmetry != .none && idx[0] > idx[1] { continue }
                out.append((op, idx, complexValue(at: op.storageOffset + k)))
            }
        }
        return out
    }
}

// MARK: - WCxf

/// The Wilson-coefficient exchange format (WCxf, arXiv:1712.05298) for these operators.
///
/// Keys are `<operator>_<1-based indices>`, e.g. `LH_12`, `dLQLH1_1213`, in the basis
/// `NuEFT-dim7` of the EFT `SMEFT`. WCxf values carry GeV units (GeV⁻³ here), so a file value
/// is C[TeV⁻³] × 1e-9. Real values are written as numbers, complex ones as
/// `{"Re": x, "Im": y}` (WCxf's convention for complex coefficients); both are read. For LH and LHB only p ≤ r is written, as WCxf lists only
/// independent components; on input the partner follows by symmetry.
///
/// O_ēLLLH: the basis lists only the 57 independent components of NuEFT's canonical basis
/// (`Dim7ELLLHFlavourRelation`; the flavour relation O^{prst} − O^{psrt} = O^{ptrs} − O^{ptsr}
/// of the Liao–Ma basis, arXiv:1901.10302). The writers emit `canonicalized()` (the same interaction, so a
/// non-canonical point is written through its canonical components); the reader accepts every
/// prst key, also the redundant ones (files of other tools may carry them), and maps the point
/// onto the canonical components.
public enum Dim7WCxf {
    public static let eft = "SMEFT"
    public static let basis = "NuEFT-dim7"
    /// TeV⁻³ → GeV⁻³.
    public static let gevPerTeVFactor = 1e-9

    /// The WCxf key of a component, e.g. `dLQLH1_1213` for indices [0, 1, 0, 2].
    public static func key(_ op: Dim7Operator, _ indices: [Int]) -> String {
        op.name + "_" + indices.map { String($0 + 1) }.joined()
    }

    /// The component of a WCxf key.
    /// - Throws: `.invalidArgument` for an unknown operator or malformed indices.
    public static func component(ofKey key: String) throws(NuEFTError) -> (Dim7Operator, [Int]) {
        guard let underscore = key.lastIndex(of: "_"), let op = Dim7Operator.named(String(key[..<underscore])) else {
            throw NuEFTError(.invalidArgument, "unknown WCxf key '\(key)'")
        }
        let digits = key[key.index(after: underscore)...]
        let indices = digits.compactMap { $0.wholeNumberValue.map { $0 - 1 } }
        guard indices.count == digits.count, indices.count == op.indexCount, indices.allSatisfy({ (0...2).contains($0) }) else {
            throw NuEFTError(.invalidArgument, "WCxf key '\(key)' needs \(op.indexCount) indices from 1 to 3")
        }
        return (op, indices)
    }

    /// A WCxf JSON file of the non-zero coefficients at `scale` (GeV), of the canonical
    /// representative `c.canonicalized()` (the same interaction).
    public static func json(_ c: Dim7WilsonCoefficients, scale: Double) -> String {
        let rows = c.canonicalized().nonZeroComplexComponents.map { row in
            let v = row.value.imaginary == 0 ? format(row.value.real / 1e9)
                : "{\"Re\": \(format(row.value.real / 1e9)), \"Im\": \(format(row.value.imaginary / 1e9))}"
            return "    \"\(key(row.op, row.indices))\": \(v)"
        }
        return "{\n  \"eft\": \"\(eft)\",\n  \"basis\": \"\(basis)\",\n  \"scale\": \(format(scale)),\n  \"values\": {\n"
            + rows.joined(separator: ",\n") + (rows.isEmpty ? "" : "\n") + "  }\n}\n"
    }

    /// The same content as WCxf YAML.
    public static func yaml(_ c: Dim7WilsonCoefficients, scale: Double) -> String {
        var out = "eft: \(eft)\nbasis: \(basis)\nscale: \(format(scale))\nvalues:\n"
        let rows = c.canonicalized().nonZeroComplexComponents
        if rows.isEmpty { out = "eft: \(eft)\nbasis: \(basis)\nscale: \(format(scale))\nvalues: {}\n" }
        for row in rows {
            let v = row.value.imaginary == 0 ? format(row.value.real / 1e9)
                : "{Re: \(format(row.value.real / 1e9)), Im: \(format(row.value.imaginary / 1e9))}"
            out += "  \(key(row.op, row.indices)): \(v)\n"
        }
        return out
    }

    /// The WCxf basis definition (YAML) of the twelve operators: every independent component
    /// (all complex: WCxf marks real ones with `real: true`, complex ones with an empty map):
    /// LH p ≤ r, LHB p < r, O_ēLLLH the 57 canonical components (`Dim7ELLLHFlavourRelation`).
    public static func basisDefinitionYAML() -> String {
        var out = "eft: \(eft)\nbasis: \(basis)\nmetadata:\n  description: Dimension-7 Delta L = 2 SMEFT operators of Table 1 of Fridell et al. (basis of Lehman 2014, Liao-Ma 2016); coefficients in GeV^-3\nsectors:\n  dim7-dL2:\n"
        for op in Dim7Operator.allCases {
            for k in 0..<op.componentCount {
                let idx = op.indexCount == 2 ? [k / 3, k % 3] : [k / 27, (k / 9) % 3, (k / 3) % 3, k % 3]
                if op.symmetry == .symmetric && idx[0] > idx[1] { continue }
                if op.symmetry == .antisymmetric && idx[0] >= idx[1] { continue }
                if op == .eLLLH && !Dim7ELLLHFlavourRelation.isCanonical(idx[1], idx[2], idx[3]) { continue }
                out += "    \(key(op, idx)): {}\n"   // WCxf: no `real: true`, i.e. complex
            }
        }
        return out
    }

    /// Parses a WCxf JSON or YAML file of this basis (the flat subset written above: `eft`,
    /// `basis`, `scale` and a flat `values` map of numbers or {Re, Im} pairs) into TeV⁻³.
    /// - Returns: the coefficients, canonicalized (redundant O_ēLLLH components, which the file
    ///   may contain, are mapped onto the canonical ones: `Dim7WilsonCoefficients.canonicalized()`),
    ///   and the scale (GeV).
    /// - Throws: `.invalidArgument` for another EFT/basis, an unknown key, a malformed number,
    ///   or a non-zero LHB diagonal.
    public static func parse(_ text: String) throws(NuEFTError) -> (coefficients: Dim7WilsonCoefficients, scale: Double) {
        let entries = try FlatWCxfReader.entries(text)
        var c = Dim7WilsonCoefficients()
        var scale = Double.nan
        var parts: [String: (re: Double, im: Double)] = [:]
        var order: [String] = []
        for (path, value) in entries {
            switch path.first {
            case "eft":
                guard value.text == eft else { throw NuEFTError(.invalidArgument, "WCxf eft '\(value.text)' is not \(eft)") }
            case "basis":
                guard value.text == basis else { throw NuEFTError(.invalidArgument, "WCxf basis '\(value.text)' is not \(basis)") }
            case "scale":
                guard let s = Double(value.text) else { throw NuEFTError(.invalidArgument, "bad scale '\(value.text)'") }
                scale = s
            case "values":
                guard path.count >= 2 else { continue }
                _ = try component(ofKey: path[1])
                guard let x = Double(value.text) else { throw NuEFTError(.invalidArgument, "bad number '\(value.text)' for \(path[1])") }
                if parts[path[1]] == nil { order.append(path[1]); parts[path[1]] = (0, 0) }
                if path.count == 3 {
                    switch path[2] {
                    case "Re": parts[path[1]]!.re = x
                    case "Im": parts[path[1]]!.im = x
                    default: throw NuEFTError(.invalidArgument, "unknown field \(path[2]) of \(path[1])")
                    }
                } else {
                    parts[path[1]]!.re = x
                }
            default:
                continue   // metadata and other top-level fields are ignored
            }
        }
        for key in order {
            let (op, idx) = try component(ofKey: key)
            let v = parts[key]!
            try c.set(op, idx, complex: Complex(v.re * 1e9, v.im * 1e9))
        }
        return (c.canonicalized(), scale)
    }

    static func format(_ x: Double) -> String { "\(x)" }
}

/// A reader for the flat WCxf subset in JSON or YAML: yields (key path, scalar) pairs with
/// nesting depth ≤ 3. Not a general JSON/YAML parser (no lists, anchors or multi-line strings).
enum FlatWCxfReader {
    struct Scalar { var text: String }

    static func entries(_ text: String) throws(NuEFTError) -> [([String], Scalar)] {
        let trimmed = text.drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        return trimmed.first == "{" ? try json(Array(trimmed.utf8)) : try yaml(text)
    }

    // JSON: a tokenizer over strings, numbers, literals and the structural characters.
    static func json(_ b: [UInt8]) throws(NuEFTError) -> [([String], Scalar)] {
        var i = 0
        var out: [([String], Scalar)] = []
        var path: [String] = []
        var pendingKey: String? = nil
        func skip() { while i < b.count, b[i] == 32 || b[i] == 10 || b[i] == 13 || b[i] == 9 || b[i] == 44 { i += 1 } }
        func string() throws(NuEFTError) -> String {
            i += 1
            var bytes: [UInt8] = []
            while i < b.count, b[i] != 34 {
                if b[i] == 92 { i += 1 }
                if i < b.count { bytes.append(b[i]) }
                i += 1
            }
            guard i < b.count else { throw NuEFTError(.invalidArgument, "unterminated JSON string") }
            i += 1
            return String(decoding: bytes, as: UTF8.self)
        }
        while true {
            skip()
            guard i < b.count else { break }
            switch b[i] {
            case 123:  // {
                if let k = pendingKey { path.append(k); pendingKey = nil }
                i += 1
            case 125:  // }
                if !path.isEmpty { path.removeLast() }
                i += 1
            case 91, 93:
                throw NuEFTError(.invalidArgument, "lists are not part of the flat WCxf subset")
            case 34:
                let s = try string()
                skip()
                if i < b.count, b[i] == 58 {  // key
                    i += 1
                    pendingKey = s
                } else if let k = pendingKey {
                    out.append((path + [k], Scalar(text: s))); pendingKey = nil
                }
            default:
                let start = i
                while i < b.count, ![44, 125, 93, 32, 10, 13, 9].contains(b[i]) { i += 1 }
                let token = String(decoding: b[start..<i], as: UTF8.self)
                guard let k = pendingKey else { throw NuEFTError(.invalidArgument, "unexpected JSON token '\(token)'") }
                out.append((path + [k], Scalar(text: token))); pendingKey = nil
            }
        }
        return out
    }

    // YAML: "key: value" lines, nesting by indentation, "#" comments, flow maps {Re: x, Im: y}.
    static func yaml(_ text: String) throws(NuEFTError) -> [([String], Scalar)] {
        var out: [([String], Scalar)] = []
        var stack: [(indent: Int, key: String)] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
            var line = Substring(raw)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let indent = line.prefix { $0 == " " }.count
            let body = line.drop { $0 == " " }.reversed().drop { $0 == " " || $0 == "\r" }.reversed()
            let content = String(body)
            if content.isEmpty || content == "---" { continue }
            guard let colon = content.firstIndex(of: ":") else {
                throw NuEFTError(.invalidArgument, "YAML line without 'key:': \(content)")
            }
            let key = unquote(String(content[..<colon]))
            let value = String(content[content.index(after: colon)...]).trimmingSpaces
            while let last = stack.last, last.indent >= indent { stack.removeLast() }
            let path = stack.map(\.key) + [key]
            if value.isEmpty {
                stack.append((indent, key))
            } else if value.hasPrefix("{") {
                let inner = value.dropFirst().dropLast()
                for pair in inner.split(separator: ",") {
                    let parts = pair.split(separator: ":", maxSplits: 1)
                    guard parts.count == 2 else { continue }
                    out.append((path + [unquote(String(parts[0]).trimmingSpaces)], Scalar(text: unquote(String(parts[1]).trimmingSpaces))))
                }
            } else {
                out.append((path, Scalar(text: unquote(value))))
            }
        }
        return out
    }

    static func unquote(_ s: String) -> String {
        let t = s.trimmingSpaces
        if t.count >= 2, (t.first == "\"" && t.last == "\"") || (t.first == "'" && t.last == "'") {
            return String(t.dropFirst().dropLast())
        }
        return t
    }
}

extension String {
    var trimmingSpaces: String {
        String(self.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
    }
}
