// nueft-cli dim7: the global view of 002_3ba235c4befdeead.txt (Fig. 7, Table 13) as a table
// and an SVG picture; WCxf input (which probes see a point); the batch throughput.

import ArgumentParser
import Dispatch
import Foundation
import NuEFT

struct Dim7: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Dimension-7 Delta L = 2 SMEFT: strongest current and future Lambda limit per operator and probe (Fig. 7, Table 13 of 002_3ba235c4befdeead.txt).")

    @Option(help: "Input set: paper or current.") var inputs = "paper"
    @Option(help: "Where the paper is inconsistent: consistent or paper (reproduces the printed tables).") var convention = "consistent"
    @Option(help: "Write the bar picture (SVG) to this path.") var svg: String?
    @Option(help: "Write the bar picture (PNG) to this path.") var png: String?
    @Flag(help: "Also print the paper's per-row view (each LEFT operator / table row separately, as Tables 4-12 quote it); with --svg/--png also write <name>-per-row.svg/.png.") var perRow = false
    @Option(help: "A WCxf file (JSON or YAML, basis NuEFT-dim7): print its LEFT-level signal strengths and which probes see it.") var wcxf: String?
    @Option(help: "Write the WCxf basis definition (YAML) to this path.") var basisFile: String?
    @Option(help: "Random points of the batch throughput run (0 to skip).") var throughputPoints = 0
    @Flag(help: "Print Table 13 (which probes constrain which operator).") var complementarity = false

    func run() throws {
        let set = try Dim7Inputs.named(inputs)
        guard let conv = Dim7Convention.allCases.first(where: { $0.name == convention }) else {
            throw ValidationError("--convention must be consistent or paper")
        }
        if let basisFile {
            try Dim7WCxf.basisDefinitionYAML().write(toFile: basisFile, atomically: true, encoding: .utf8)
            print("wrote the WCxf basis definition to \(basisFile)")
        }
        if let wcxf {
            let text = try String(contentsOfFile: wcxf, encoding: .utf8)
            let (c, scale) = try Dim7WCxf.parse(text)
            let seen = Dim7Probes.seenBy(c, inputs: set, convention: conv)
            print("point \(wcxf) (scale \(scale) GeV), \(c.nonZeroComponents.count) non-zero components; inputs \(set.name), convention \(conv.name)")
            print("probe                R now      R future   sees it (R >= 1)")
            for p in Dim7Probe.allCases {
                let now = seen.strengths.current[Int(p.rawValue)], later = seen.strengths.future[Int(p.rawValue)]
                let mark = now >= 1 ? "now" : later >= 1 ? "future" : "-"
                print(p.description.padding(toLength: 20, withPad: " ", startingAt: 0) + String(format: " %-10.3g %-10.3g %@", now, later, mark))
            }
            return
        }
        let rows = Dim7GlobalView.rows(inputs: set, convention: conv)
        print("NuEFT \(NuEFT.version): dimension-7 Delta L = 2 SMEFT, strongest Lambda limit (TeV) per operator and probe")
        print("inputs \(set.name) (\(set.source)); convention \(conv.name)")
        print("")
        print(Dim7GlobalView.table(rows), terminator: "")
        if complementarity {
            print("")
            let table = Dim7GlobalView.complementarity(rows)
            print("operator " + Dim7Probe.allCases.map { $0.description }.joined(separator: " | "))
            for op in Dim7Operator.allCases {
                print(op.name.padding(toLength: 9, withPad: " ", startingAt: 0)
                      + Dim7Probe.allCases.map { (table[op]?.contains($0) ?? false ? "x" : "-").padding(toLength: $0.description.count + 3, withPad: " ", startingAt: 0) }.joined())
            }
        }
        let perRows = perRow ? Dim7GlobalView.perRowRows(inputs: set, convention: conv) : []
        if perRow {
            print("\nper-row view (the paper's single-LEFT-operator limits, rows of Tables 4-12):\n")
            print(Dim7GlobalView.table(perRows), terminator: "")
        }
        func perRowPath(_ path: String) -> String {
            guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return path + "-per-row" }
            return String(path[..<dot]) + "-per-row" + String(path[dot...])
        }
        if let svg {
            try Dim7GlobalView.svg(rows).write(toFile: svg, atomically: true, encoding: .utf8)
            print("\nwrote \(svg)")
            if perRow {
                try Dim7GlobalView.svg(perRows, title: "Dimension-7 ΔL = 2 SMEFT: Λ limits per table row (LEFT operator)").write(toFile: perRowPath(svg), atomically: true, encoding: .utf8)
                print("wrote \(perRowPath(svg))")
            }
        }
        if let png {
            try Data(Dim7GlobalView.png(rows)).write(to: URL(fileURLWithPath: png))
            print("\nwrote \(png)")
            if perRow {
                try Data(Dim7GlobalView.png(perRows, title: "DIM-7 DL=2 SMEFT: LAMBDA LIMITS PER TABLE ROW")).write(to: URL(fileURLWithPath: perRowPath(png)))
                print("wrote \(perRowPath(png))")
            }
        }
        if throughputPoints > 0 { try throughput(set, conv) }
    }

    /// Times the batch kernel on random points of 24 coefficient components (fit-like): real
    /// points (the paper's real CKM for `--inputs paper`, the complex PDG fit for `current`) and
    /// complex points (Re and Im of every component, 48 real columns).
    func throughput(_ set: Dim7Inputs, _ conv: Dim7Convention) throws {
        let components = Dim7Benchmark.fitComponents
        let n = throughputPoints
        var g = SystemRandomNumberGenerator()
        let c = (0..<(components.count * n)).map { _ in Double.random(in: -1e-3...1e-3, using: &g) }
        let ci = (0..<(components.count * n)).map { _ in Double.random(in: -1e-3...1e-3, using: &g) }
        var r = [Double](repeating: 0, count: Dim7BatchPlan.probeCount * n)
        var seen = [Int32](repeating: 0, count: n)
        print("")
        for complex in [false, true] {
            let plan = try Dim7BatchPlan(components: components, inputs: set, convention: conv, complexCoefficients: complex)
            var best = Double.infinity
            for _ in 0..<5 {
                let start = DispatchTime.now().uptimeNanoseconds
                try c.withUnsafeBufferPointer { cp in
                    try ci.withUnsafeBufferPointer { cip in
                        try r.withUnsafeMutableBufferPointer { rp in
                            try seen.withUnsafeMutableBufferPointer { sp in
                                _ = try plan.evaluate(count: n, coefficients: cp, imaginary: complex ? cip : nil, strengths: rp, seen: sp)
                            }
                        }
                    }
                }
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9)
            }
            print(String(format: "batch (%@): %d points x %d components, %d non-zero weights, %d thread(s): %.1f M points/s (best of 5)",
                         complex ? "complex C" : "real C", n, components.count, plan.nonZeroCount, NuEFT.threadCount, Double(n) / best / 1e6))
        }
    }
}
