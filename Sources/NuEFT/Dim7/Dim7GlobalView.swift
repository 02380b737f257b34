// The global view of Sec. 5 of 002_3ba235c4befdeead.txt: for every operator and flavour
// structure the strongest current and future Λ limit of each probe (the content of Fig. 7
// and Table 13), as rows, a text table and an SVG bar chart.

import RealModule

/// A direction in coefficient space: one operator component (with its symmetry partner), or
/// the kaon configuration of eq. (4.42).
public struct Dim7Direction: Sendable {
    public let op: Dim7Operator
    /// Flavour label in the paper's style: quark generations as digits, leptons as e, μ, τ
    /// ("1μ1μ" = C_dLQLH1^{1μ1μ}); "(4.42) ee" for the kaon configuration.
    public let label: String
    public let coefficients: Dim7WilsonCoefficients

    /// The paper-style flavour label of a component.
    public static func label(_ op: Dim7Operator, _ indices: [Int]) -> String {
        zip(op.indexFields, indices).map { field, i in
            field == "L" || field == "e" ? flavourLabel(i) : String(i + 1)
        }.joined()
    }

    /// Every candidate direction of the global view: all lepton flavours; for operators with
    /// quarks the generation pairs 11, 12, 21, 23, 32 (first generation, K and B transitions);
    /// plus eq. (4.42) with α = β for the kaon decays. LH: p ≤ r; LHB: p < r.
    public static func candidates() -> [Dim7Direction] {
        var out: [Dim7Direction] = []
        for op in Dim7Operator.allCases {
            if op.indexCount == 2 {
                for p in 0..<3 {
                    for r in 0..<3 {
                        if op.symmetry == .symmetric && p > r { continue }
                        if op.symmetry == .antisymmetric && p >= r { continue }
                        if let c = try? Dim7WilsonCoefficients.single(op, [p, r]) { out.append(Dim7Direction(op: op, label: label(op, [p, r]), coefficients: c)) }
                    }
                }
            } else if op == .eLLLH {
                for k in 0..<81 {
                    let idx = [k / 27, (k / 9) % 3, (k / 3) % 3, k % 3]
                    if let c = try? Dim7WilsonCoefficients.single(op, idx) { out.append(Dim7Direction(op: op, label: label(op, idx), coefficients: c)) }
                }
            } else {
                let quarkPositions = zip(op.indexFields.indices, op.indexFields).filter { !["L", "e"].contains($0.1) }.map(\.0)
                let leptonPositions = zip(op.indexFields.indices, op.indexFields).filter { ["L", "e"].contains($0.1) }.map(\.0)
                for (q1, q2) in [(0, 0), (0, 1), (1, 0), (1, 2), (2, 1)] {
                    for l1 in 0..<3 {
                        for l2 in 0..<3 {
                            var idx = [0, 0, 0, 0]
                            idx[quarkPositions[0]] = q1; idx[quarkPositions[1]] = q2
                            idx[leptonPositions[0]] = l1; idx[leptonPositions[1]] = l2
                            if let c = try? Dim7WilsonCoefficients.single(op, idx) { out.append(Dim7Direction(op: op, label: label(op, idx), coefficients: c)) }
                        }
                    }
                }
            }
        }
        for a in 0..<3 {
            var c = Dim7WilsonCoefficients()
            try? c.set(.dLQLH1, [0, a, 1, a], 1)
            try? c.set(.dLQLH1, [1, a, 0, a], 1)
            out.append(Dim7Direction(op: .dLQLH1, label: "(4.42) \(flavourLabel(a))\(flavourLabel(a))", coefficients: c))
        }
        return out
    }
}

/// One row of the global view: an operator, a probe, and its strongest limits.
public struct Dim7GlobalViewRow: Sendable {
    public let op: Dim7Operator
    public let probe: Dim7Probe
    /// The strongest current limit Λ (TeV) over the candidate flavour structures, and where.
    public let current: (lambda: Double, flavour: String)?
    /// The strongest future sensitivity, and where.
    public let future: (lambda: Double, flavour: String)?
}

/// Fig. 7 and Table 13 of 002_3ba235c4befdeead.txt.
public enum Dim7GlobalView {
    /// For every operator and probe with a tree-level limit, the strongest current and future
    /// Λ over `Dim7Direction.candidates()`, with the flavour structure that gives it.
    public static func rows(inputs: Dim7Inputs = .paper, convention: Dim7Convention = .consistent) -> [Dim7GlobalViewRow] {
        let channels = Dim7Probes.channels(inputs: inputs, convention: convention)
        var best: [Int: (current: (Double, String)?, future: (Double, String)?)] = [:]
        for d in Dim7Direction.candidates() {
            let now = Dim7Probes.scaleLimits(direction: d.coefficients, inputs: inputs, convention: convention, scenario: .current, channels: channels)
            let later = Dim7Probes.scaleLimits(direction: d.coefficients, inputs: inputs, convention: convention, scenario: .future, channels: channels)
            for probe in Dim7Probe.allCases {
                let key = Int(d.op.rawValue) * 100 + Int(probe.rawValue)
                var entry = best[key] ?? (nil, nil)
                if let l = now[Int(probe.rawValue)], l > (entry.current?.0 ?? 0) { entry.current = (l, d.label) }
                if let l = later[Int(probe.rawValue)], l > (entry.future?.0 ?? 0) { entry.future = (l, d.label) }
                if entry.current != nil || entry.future != nil { best[key] = entry }
            }
        }
        var rows: [Dim7GlobalViewRow] = []
        for op in Dim7Operator.allCases {
            for probe in Dim7Probe.allCases {
                guard let e = best[Int(op.rawValue) * 100 + Int(probe.rawValue)] else { continue }
                rows.append(Dim7GlobalViewRow(op: op, probe: probe, current: e.current.map { (lambda: $0.0, flavour: $0.1) },
                                              future: e.future.map { (lambda: $0.0, flavour: $0.1) }))
            }
        }
        return rows
    }

    /// Table 13: which probes constrain which operator at tree level (from `rows`).
    public static func complementarity(_ rows: [Dim7GlobalViewRow]) -> [Dim7Operator: Set<Dim7Probe>] {
        var out: [Dim7Operator: Set<Dim7Probe>] = [:]
        for r in rows { out[r.op, default: []].insert(r.probe) }
        return out
    }

    /// The rows as an aligned text table (operator, probe, flavour, current Λ, future Λ).
    public static func table(_ rows: [Dim7GlobalViewRow]) -> String {
        func fmt(_ x: Double?) -> String {
            guard let x else { return "-" }
            return formatScale(x)
        }
        var lines = [pad("operator", 9) + pad("probe", 20) + pad("flavour (now)", 15) + pad("Lambda now/TeV", 16) + pad("flavour (future)", 18) + "Lambda future/TeV"]
        for r in rows {
            lines.append(pad(r.op.name, 9) + pad(r.probe.description, 20) + pad(r.current?.flavour ?? "-", 15) + pad(fmt(r.current?.lambda), 16)
                         + pad(r.future?.flavour ?? "-", 18) + fmt(r.future?.lambda))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A horizontal-bar picture in SVG: one band per operator, one bar per probe (colour),
    /// solid for the current limit, outlined for the future one, on a log Λ axis.
    public static func svg(_ rows: [Dim7GlobalViewRow], title: String = "Dimension-7 ΔL = 2 SMEFT: Λ limits by probe") -> String {
        let probes = Dim7Probe.allCases
        let colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#7f7f7f"]
        let left = 90.0, right = 200.0, top = 40.0, barHeight = 7.0
        let width = 900.0
        let plotWidth = width - left - right
        let (lo, hi) = (-2.0, 4.0)   // 10^-2 … 10^4 TeV
        func x(_ lambda: Double) -> Double {
            let l = min(max(Double.log10(max(lambda, 1e-300)), lo), hi)
            return left + (l - lo) / (hi - lo) * plotWidth
        }
        var body = ""
        var y = top
        for op in Dim7Operator.allCases {
            let opRows = rows.filter { $0.op == op }
            let bandHeight = Double(max(opRows.count, 1)) * (barHeight + 2) + 8
            body += "<text x=\"\(left - 6)\" y=\"\(num(y + bandHeight / 2 + 4))\" text-anchor=\"end\" font-size=\"12\">O_\(op.name)</text>\n"
            var yy = y + 4
            for r in opRows {
                let colour = colours[Int(r.probe.rawValue) % colours.count]
                if let f = r.future {
                    body += "<rect x=\"\(num(left))\" y=\"\(num(yy))\" width=\"\(num(x(f.lambda) - left))\" height=\"\(num(barHeight))\" fill=\"none\" stroke=\"\(colour)\" stroke-dasharray=\"3,2\"/>\n"
                }
                if let c = r.current {
                    body += "<rect x=\"\(num(left))\" y=\"\(num(yy))\" width=\"\(num(x(c.lambda) - left))\" height=\"\(num(barHeight))\" fill=\"\(colour)\" fill-opacity=\"0.85\"><title>\(r.probe) \(c.flavour): \(formatScale(c.lambda)) TeV</title></rect>\n"
                }
                yy += barHeight + 2
            }
            y += bandHeight
            body += "<line x1=\"\(num(left))\" x2=\"\(num(left + plotWidth))\" y1=\"\(num(y))\" y2=\"\(num(y))\" stroke=\"#ddd\"/>\n"
        }
        let height = y + 40
        var axis = ""
        for e in Int(lo)...Int(hi) {
            let xx = left + (Double(e) - lo) / (hi - lo) * plotWidth
            axis += "<line x1=\"\(num(xx))\" x2=\"\(num(xx))\" y1=\"\(num(top))\" y2=\"\(num(y))\" stroke=\"#bbb\" stroke-width=\"0.5\"/>\n"
            axis += "<text x=\"\(num(xx))\" y=\"\(num(y + 16))\" text-anchor=\"middle\" font-size=\"11\">1e\(e)</text>\n"
        }
        axis += "<text x=\"\(num(left + plotWidth / 2))\" y=\"\(num(y + 32))\" text-anchor=\"middle\" font-size=\"12\">Λ [TeV] (solid: current, dashed: future)</text>\n"
        var legend = ""
        for (k, p) in probes.enumerated() {
            let ly = top + Double(k) * 18
            legend += "<rect x=\"\(num(width - right + 15))\" y=\"\(num(ly))\" width=\"12\" height=\"10\" fill=\"\(colours[k % colours.count])\"/>"
            legend += "<text x=\"\(num(width - right + 32))\" y=\"\(num(ly + 9))\" font-size=\"11\">\(p)</text>\n"
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(num(width))\" height=\"\(num(height))\" font-family=\"sans-serif\">\n"
            + "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
            + "<text x=\"\(num(width / 2))\" y=\"22\" text-anchor=\"middle\" font-size=\"14\">\(title)</text>\n"
            + axis + body + legend + "</svg>\n"
    }

    static func num(_ x: Double) -> String { "\((x * 10).rounded() / 10)" }
    static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
}

/// Λ with three significant digits and no exponent below 1e5 (no Foundation formatting).
public func formatScale(_ x: Double) -> String {
    guard x.isFinite, x > 0 else { return "\(x)" }
    let e = Int(Double.log10(x).rounded(.down))
    let scale = Double.pow(10, Double(2 - e))
    let rounded = (x * scale).rounded() / scale
    if e >= 5 || e < -3 {
        let m = (x / Double.pow(10, Double(e)) * 100).rounded() / 100
        return "\(m)e\(e)"
    }
    if e >= 2 { return "\(Int(rounded))" }
    return "\(rounded)"
}
