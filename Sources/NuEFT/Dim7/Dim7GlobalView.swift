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

    /// Every candidate direction of the global view: all lepton flavours (O_ēLLLH: its 57
    /// canonical components, `Dim7ELLLHFlavourRelation`); for operators with
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
                    // Only the independent components: a redundant one is a combination of
                    // these (its normalization |Ĉ| = 1 would not be that of a basis direction).
                    guard Dim7ELLLHFlavourRelation.isCanonical(idx[1], idx[2], idx[3]) else { continue }
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
    /// nil in the combined view; in the per-row view the row of the paper's tables (the LEFT
    /// operator or measured quantity, `Dim7Channel.row`).
    public let row: String?
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
                rows.append(Dim7GlobalViewRow(op: op, probe: probe, row: nil, current: e.current.map { (lambda: $0.0, flavour: $0.1) },
                                              future: e.future.map { (lambda: $0.0, flavour: $0.1) }))
            }
        }
        return rows
    }

    /// The paper's per-row view: every row of its tables separately (one LEFT operator or
    /// measured quantity of one experiment, `Dim7Channel.row`), i.e. the single-LEFT-operator
    /// limit Λ = R_row^{1/3} with R_row² = Σ_{channels of the row} |x/L|² (the row's flavour
    /// components, and c^{ds}, c^{sd} of eq. (4.49), add as the paper's rates do), maximised over
    /// the flavour structures of `Dim7Direction.candidates()`. This is how Tables 4–12 and
    /// Fig. 7 quote limits (e.g. O_LHW in 0νββ: 14.3 TeV via c^(7)V_LL and 15.9 TeV via
    /// c^(9)_LL, Table 5), where `rows` adds the channels of an experiment in quadrature (17.1).
    public static func perRowRows(inputs: Dim7Inputs = .paper, convention: Dim7Convention = .consistent) -> [Dim7GlobalViewRow] {
        let channels = Dim7Probes.channels(inputs: inputs, convention: convention)
        var rowOrder: [String: Int] = [:]
        for ch in channels where rowOrder[ch.row] == nil { rowOrder[ch.row] = rowOrder.count }
        struct Best { var current: (Double, String)?; var future: (Double, String)? }
        var best: [String: Best] = [:]   // key: op|probe|row
        for d in Dim7Direction.candidates() {
            let point = Dim7Point(d.coefficients.divided(by: d.coefficients.maximumMagnitude), inputs: inputs, convention: convention)
            // R² of each row: its channels (flavours, ds/sd of eq. (4.49)) add in quadrature.
            var sums: [String: (current: Double, future: Double)] = [:]
            for ch in channels {
                let x2 = ch.value(point).lengthSquared
                guard x2 > 0 else { continue }
                let key = "\(d.op.rawValue)|\(ch.probe.rawValue)|\(ch.row)"
                var e = sums[key] ?? (0, 0)
                if let l = ch.limit(.current) { e.current += x2 / (l * l) }
                if let l = ch.limit(.future) { e.future += x2 / (l * l) }
                sums[key] = e
            }
            for (key, r2) in sums {
                var e = best[key] ?? Best()
                let now = Double.root(r2.current.squareRoot(), 3), later = Double.root(r2.future.squareRoot(), 3)
                if r2.current > 0, now > (e.current?.0 ?? 0) { e.current = (now, d.label) }
                if r2.future > 0, later > (e.future?.0 ?? 0) { e.future = (later, d.label) }
                if e.current != nil || e.future != nil { best[key] = e }
            }
        }
        var rows: [Dim7GlobalViewRow] = []
        for op in Dim7Operator.allCases {
            for probe in Dim7Probe.allCases {
                let prefix = "\(op.rawValue)|\(probe.rawValue)|"
                let keys = best.keys.filter { $0.hasPrefix(prefix) }.sorted { rowOrder[String($0.dropFirst(prefix.count))]! < rowOrder[String($1.dropFirst(prefix.count))]! }
                for key in keys {
                    let e = best[key]!
                    rows.append(Dim7GlobalViewRow(op: op, probe: probe, row: String(key.dropFirst(prefix.count)),
                                                  current: e.current.map { (lambda: $0.0, flavour: $0.1) },
                                                  future: e.future.map { (lambda: $0.0, flavour: $0.1) }))
                }
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
        let perRow = rows.contains { $0.row != nil }
        let rowWidth = (rows.compactMap { $0.row?.count }.max() ?? 0) + 2
        var lines = [pad("operator", 9) + pad("probe", 20) + (perRow ? pad("row (LEFT operator)", rowWidth) : "") + pad("flavour (now)", 15)
                     + pad("Lambda now/TeV", 16) + pad("flavour (future)", 18) + "Lambda future/TeV"]
        for r in rows {
            lines.append(pad(r.op.name, 9) + pad(r.probe.description, 20) + (perRow ? pad(r.row ?? "-", rowWidth) : "")
                         + pad(r.current?.flavour ?? "-", 15) + pad(fmt(r.current?.lambda), 16)
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
                    body += "<rect x=\"\(num(left))\" y=\"\(num(yy))\" width=\"\(num(x(c.lambda) - left))\" height=\"\(num(barHeight))\" fill=\"\(colour)\" fill-opacity=\"0.85\"><title>\(r.probe) \(xmlEscaped(r.row ?? "")) \(c.flavour): \(formatScale(c.lambda)) TeV</title></rect>\n"
                }
                if let row = r.row {
                    let end = max(r.current.map { x($0.lambda) } ?? left, r.future.map { x($0.lambda) } ?? left)
                    body += "<text x=\"\(num(end + 3))\" y=\"\(num(yy + barHeight - 1))\" font-size=\"7\" fill=\"#333\">\(xmlEscaped(row))</text>\n"
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

    /// The same picture rasterized (`Dim7Canvas`) and encoded as PNG (`Dim7PNG`): one band per
    /// operator, one bar per probe (filled: current, dashed outline: future) on a log Λ axis
    /// from 1e-2 to 1e4 TeV; per-row bars carry their row label.
    public static func png(_ rows: [Dim7GlobalViewRow], title: String = "DIM-7 DL=2 SMEFT: LAMBDA LIMITS BY PROBE (FIG. 7)") -> [UInt8] {
        canvas(rows, title: title).png()
    }

    /// The raster picture behind `png`.
    public static func canvas(_ rows: [Dim7GlobalViewRow], title: String) -> Dim7Canvas {
        let colours: [(UInt8, UInt8, UInt8)] = [(31, 119, 180), (214, 39, 40), (44, 160, 44), (148, 103, 189), (255, 127, 14),
                                                 (140, 86, 75), (227, 119, 194), (23, 190, 207), (127, 127, 127)]
        let perRow = rows.contains { $0.row != nil }
        let barHeight = perRow ? 9 : 10, gap = 3
        let left = 110, legendWidth = 290, top = 50
        let labelRoom = perRow ? 330 : 0
        let plotWidth = 760
        let width = left + plotWidth + labelRoom + legendWidth
        var bandHeights: [Int] = []
        for op in Dim7Operator.allCases {
            let n = rows.filter { $0.op == op }.count
            bandHeights.append(max(n, 1) * (barHeight + gap) + 10)
        }
        let height = top + bandHeights.reduce(0, +) + 60
        var c = Dim7Canvas(width: width, height: height)
        let (lo, hi) = (-2.0, 4.0)
        func x(_ lambda: Double) -> Int {
            let l = min(max(Double.log10(max(lambda, 1e-300)), lo), hi)
            return left + Int(((l - lo) / (hi - lo) * Double(plotWidth)).rounded())
        }
        c.text(title, x: (width - Dim7Canvas.textWidth(title, scale: 2)) / 2, y: 14, scale: 2)
        let bottom = top + bandHeights.reduce(0, +)
        // decade grid and axis labels
        for e in Int(lo)...Int(hi) {
            let xx = left + (e - Int(lo)) * plotWidth / Int(hi - lo)
            c.verticalLine(x: xx, y0: top, y1: bottom, (200, 200, 200))
            let label = "1E\(e)"
            c.text(label, x: xx - Dim7Canvas.textWidth(label, scale: 2) / 2, y: bottom + 8, scale: 2)
        }
        let axis = "LAMBDA (TEV)   FILLED: CURRENT   DASHED: FUTURE"
        c.text(axis, x: left + (plotWidth - Dim7Canvas.textWidth(axis, scale: 2)) / 2, y: bottom + 32, scale: 2)
        var y = top
        for (k, op) in Dim7Operator.allCases.enumerated() {
            let band = bandHeights[k]
            let name = "O_" + op.name
            c.text(name, x: left - 8 - Dim7Canvas.textWidth(name, scale: 2), y: y + band / 2 - 7, scale: 2)
            var yy = y + 5
            for r in rows where r.op == op {
                let colour = colours[Int(r.probe.rawValue) % colours.count]
                if let f = r.future {
                    c.stroke(x: left, y: yy, width: max(x(f.lambda) - left, 1), height: barHeight, colour, dash: 4)
                }
                if let now = r.current {
                    c.fill(x: left, y: yy + 1, width: max(x(now.lambda) - left, 1), height: barHeight - 2, colour)
                }
                if let row = r.row {
                    let end = max(r.current.map { x($0.lambda) } ?? left, r.future.map { x($0.lambda) } ?? left)
                    c.text(row, x: end + 4, y: yy + 1, scale: 1, (60, 60, 60))
                }
                yy += barHeight + gap
            }
            y += band
            c.horizontalLine(x0: left, x1: left + plotWidth + labelRoom, y: y, (170, 170, 170))
        }
        c.verticalLine(x: left, y0: top, y1: bottom, (0, 0, 0))
        // legend
        let lx = left + plotWidth + labelRoom + 20
        for (k, p) in Dim7Probe.allCases.enumerated() {
            let ly = top + k * 24
            c.fill(x: lx, y: ly, width: 18, height: 14, colours[k % colours.count])
            c.text(p.description, x: lx + 26, y: ly, scale: 2)
        }
        return c
    }

    static func xmlEscaped(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
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
