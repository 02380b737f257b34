// nueft-cli scan: the preferred-parameter-space scan of Figs. 5 and 6 of
// 000_b99ff7acfa28d225.txt (the main job, `make run`), and a general m_4–Λ scan with user
// ranges, inputs and observables. Grids are written as .npy (numpy.load), pictures as SVG.

import ArgumentParser
import Dispatch
import Foundation
import NuEFT

struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "νSMEFT m4–Λ scans (Figs. 5 and 6 of 000_b99ff7acfa28d225.txt, or user-defined).",
        subcommands: [ScanFigures.self, ScanGrid.self],
        defaultSubcommand: ScanFigures.self)
}

/// An input set by name or a JSON file.
func loadInputs(_ spec: String) throws -> NuSMEFTInputs {
    if FileManager.default.fileExists(atPath: spec) {
        return try NuSMEFTInputs.parse(json: String(contentsOfFile: spec, encoding: .utf8))
    }
    return try NuSMEFTInputs.named(spec)
}

/// Progress on stderr: a rewritten line on a terminal, a few lines otherwise.
final class Progress {
    let label: String
    let tty = isatty(2) != 0
    var lastPercent = -1
    let start = DispatchTime.now()
    init(_ label: String) { self.label = label }
    func update(_ done: Int, _ total: Int) {
        let percent = total == 0 ? 100 : done * 100 / total
        guard percent != lastPercent, tty || percent % 25 == 0 || done == total else { return }
        lastPercent = percent
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) * 1e-9
        let rate = Double(done) / max(elapsed, 1e-9) / 1e6
        let line = String(format: "  %@ %3d%%  %d/%d points  %.1f s  %.1f M points/s", label, percent, done, total, elapsed, rate)
        FileHandle.standardError.write(((tty ? "\r" : "") + line + (tty && done < total ? "" : "\n")).data(using: .utf8)!)
    }
}

struct ScanFigures: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "The four panels of Figs. 5 (Δa_μ, |U_μ4| = 0.01, 0.02) and 6 (Δa_e, |U_e4| = 0.01, 0.02): grids (.npy), SVG pictures, the allowed window and the throughput.")

    @Option(help: "Points per axis of each panel.") var resolution = 1000
    @Option(help: "Output directory.") var output = "nusmeft-scan"
    @Option(help: "Input set (paper, current) or a JSON file.") var inputs = "paper"
    @Option(help: "CL of the h → μμ exclusion in standard deviations (the paper's edge: 1).") var higgsSigmas = 1.0
    @Option(help: "Random points of the throughput runs after the scan (0 to skip).") var throughputPoints = 2_000_000

    func validate() throws {
        guard resolution >= 2, resolution <= 20_000 else { throw ValidationError("--resolution must be in 2...20000") }
        guard higgsSigmas > 0 else { throw ValidationError("--higgs-sigmas must be > 0") }
        guard throughputPoints >= 0 else { throw ValidationError("--throughput-points must be >= 0") }
    }

    func run() throws {
        let set = try loadInputs(inputs)
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        print("NuEFT \(NuEFT.version): νSMEFT preferred parameter space, Figs. 5–6 of 000_b99ff7acfa28d225.txt")
        print("inputs: \(set.name) (\(set.source)); h→μμ CL: \(higgsSigmas)σ; \(resolution)×\(resolution) points per panel; \(NuEFT.threadCount) thread(s)")
        var summary: [String] = []
        var kernelSeconds = 0.0, kernelPoints = 0
        let wall = DispatchTime.now()
        for panel in NuSMEFTPanel.figures(resolution: resolution) {
            let progress = Progress(panel.name)
            let r = try NuSMEFT.scan(panel, inputs: set, options: NuSMEFTScanOptions(higgsSigmas: higgsSigmas)) { progress.update($0, $1) }
            kernelSeconds += r.kernelSeconds
            kernelPoints += r.evaluatedPoints
            try writePanel(r, directory: output)
            summary += describe(r)
        }
        let wallSeconds = Double(DispatchTime.now().uptimeNanoseconds - wall.uptimeNanoseconds) * 1e-9
        summary.append(String(format: "scan: %d kernel points in %.2f s of kernel time (%.1f M points/s), %.1f s wall including classification and files",
                              kernelPoints, kernelSeconds, Double(kernelPoints) / kernelSeconds / 1e6, wallSeconds))
        if throughputPoints > 0 { summary += throughput(set: set, points: throughputPoints) }
        print("")
        for line in summary { print(line) }
        try (summary.joined(separator: "\n") + "\n").write(toFile: output + "/summary.txt", atomically: true, encoding: .utf8)
        print("wrote \(output)/<panel>/{m4,lambda,delta_a,yukawa_ratio,inverse_half_life_c1r,lhc_ratio,regions}.npy, panel.svg, and \(output)/summary.txt")
    }

    func describe(_ r: NuSMEFTScanResult) -> [String] {
        var lines = ["\(r.panel.name):"]
        func window(_ sigma: Int, _ cesium: Bool, _ label: String) {
            if let w = r.allowedWindow(sigma: sigma, cesium: cesium) {
                lines.append(String(format: "  %@ allowed (%dσ band, not excluded, m4 < Λ): %.0f < m4 < %.0f GeV, %.2f < Λ < %.2f TeV, %.3f < m4/Λ < %.3f",
                                    label, sigma, w.mass.lowerBound, w.mass.upperBound, w.scale.lowerBound / 1000, w.scale.upperBound / 1000,
                                    w.ratio.lowerBound, w.ratio.upperBound))
            } else {
                lines.append("  \(label) allowed (\(sigma)σ band): none")
            }
        }
        if r.panel.flavour == 1 {
            window(1, false, "Δa_μ")
            window(2, false, "Δa_μ")
            lines.append("  paper (sec. 5.1): m_W < m4 < 700 GeV with 0.1 < m4/Λ < 0.5")
        } else {
            window(1, false, "Δa_e^Rb")
            window(1, true, "Δa_e^Cs")
            lines.append("  paper (sec. 5.2, |U_e4| = 0.01): Rb: m4 ≳ 200 GeV, Λ ≳ 6.5 TeV; Cs: m4 ≳ 650 GeV, Λ > 5.5 TeV")
        }
        return lines
    }

    func writePanel(_ r: NuSMEFTScanResult, directory: String) throws {
        let dir = directory + "/" + r.panel.name
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let shape = [r.panel.scalePoints, r.panel.massPoints]
        try NPY.write(r.panel.masses, shape: [r.panel.massPoints], to: dir + "/m4.npy")
        try NPY.write(r.panel.scales, shape: [r.panel.scalePoints], to: dir + "/lambda.npy")
        try NPY.write(r.deltaA, shape: shape, fortranOrder: true, to: dir + "/delta_a.npy")
        try NPY.write(r.yukawaRatio, shape: shape, fortranOrder: true, to: dir + "/yukawa_ratio.npy")
        try NPY.write(r.inverseHalfLife, shape: shape, fortranOrder: true, to: dir + "/inverse_half_life_c1r.npy")
        try NPY.write(r.lhcRatio, shape: shape, fortranOrder: true, to: dir + "/lhc_ratio.npy")
        try NPY.write(r.regions, shape: shape, fortranOrder: true, to: dir + "/regions.npy")
        let bits = NuSMEFTRegion.names.enumerated().map { "    \"\($0.element)\": \(1 << $0.offset)" }.joined(separator: ",\n")
        let meta = """
        {
          "panel": "\(r.panel.name)", "flavour": "\(r.panel.flavour == 1 ? "mu" : "e")", "mixing": \(r.panel.mixing),
          "arrays": "shape (n_lambda, n_m4): [i_lambda, i_m4]; m4 and lambda in GeV",
          "region_bits": {
        \(bits)
          }
        }

        """
        try meta.write(toFile: dir + "/meta.json", atomically: true, encoding: .utf8)
        try ScanSVG.render(r).write(toFile: dir + "/panel.svg", atomically: true, encoding: .utf8)
    }
}

/// Throughput of the physical-input and Lagrangian-input kernels on random points.
func throughput(set: NuSMEFTInputs, points: Int) -> [String] {
    var lines = ["throughput (\(NuEFT.threadCount) thread(s), best of 3, every observable of NuSMEFTObservable):"]
    // The points of the package benchmarks (NuSMEFTBenchmark), seeded: reproducible.
    for n in [1, 2, 3] {
        let count = n == 1 ? points : points / 2
        let record = NuSMEFTBenchmark.physicalRecords(sterileCount: n, count: count, seed: UInt64(20_250_601 + n))
        var out = [Double](repeating: 0, count: NuSMEFTObservable.count * count)
        let best = bestOf3 {
            record.withUnsafeBufferPointer { p in out.withUnsafeMutableBufferPointer { o in
                _ = try? NuSMEFTBatch.evaluate(count: count, sterileCount: n, points: p, outputs: o, inputs: set)
            } }
        }
        lines.append(String(format: "  physical inputs, n = %d:   %6.1f M points/s (%d points)", n, Double(count) / best / 1e6, count))
    }
    for n in [1, 2] {
        let count = max(1, points / 4)
        let record = NuSMEFTBenchmark.lagrangianRecords(sterileCount: n, count: count, seed: UInt64(20_250_611 + n))
        var out = [Double](repeating: 0, count: NuSMEFTObservable.count * count)
        let best = bestOf3 {
            record.withUnsafeBufferPointer { p in out.withUnsafeMutableBufferPointer { o in
                _ = try? NuSMEFTBatch.evaluateLagrangian(count: count, sterileCount: n, records: p, outputs: o, inputs: set)
            } }
        }
        lines.append(String(format: "  Lagrangian inputs (Takagi %dx%d + all observables), n = %d: %6.2f M points/s (%d points)", 3 + n, 3 + n, n, Double(count) / best / 1e6, count))
    }
    return lines
}

func bestOf3(_ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<3 {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9)
    }
    return best
}

struct ScanGrid: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grid",
        abstract: "A user-defined m4–Λ scan (n = 1): chosen flavour, mixing, coefficient sign, ranges, inputs and observables, written as .npy.")

    @Option(help: "Lepton flavour of the mixing and the coefficient: e, mu or tau.") var flavour = "mu"
    @Option(help: "|U_l4|.") var mixing = 0.01
    @Option(help: "[C̄]_4l = sign × coefficient / Λ² (sign −1 gives Δa > 0).") var coefficient = -1.0
    @Option(help: "m4 axis: min:max:points (GeV).") var m4 = "10:1000:500"
    @Option(help: "Λ axis: min:max:points (GeV).") var lambda = "100:4000:500"
    @Flag(help: "Logarithmic axes.") var log = false
    @Option(help: "Comma-separated observables (see --list).") var observables = "delta_a_mu,yukawa_ratio_mu,lhc_ratio_mu,chi_squared"
    @Option(help: "Input set (paper, current) or a JSON file.") var inputs = "paper"
    @Option(help: "Output directory.") var output = "nusmeft-grid"
    @Flag(help: "List the observables and exit.") var list = false

    func run() throws {
        if list {
            for o in NuSMEFTObservable.allCases { print(o.name) }
            return
        }
        let set = try loadInputs(inputs)
        guard let l = ["e": 0, "mu": 1, "tau": 2][flavour] else { throw ValidationError("--flavour must be e, mu or tau") }
        let mAxis = try axis(m4, "--m4"), lAxis = try axis(lambda, "--lambda")
        var chosen: [NuSMEFTObservable] = []
        for name in observables.split(separator: ",") {
            guard let o = NuSMEFTObservable.allCases.first(where: { $0.name == name }) else { throw ValidationError("unknown observable \(name); see --list") }
            guard !chosen.contains(o) else { throw ValidationError("observable \(name) given twice") }
            chosen.append(o)
        }
        let total = mAxis.count * lAxis.count, nl = lAxis.count
        let fields = NuSMEFTPoint.fieldCount(sterileCount: 1), obs = chosen.count
        var grids = [[Double]](repeating: [Double](repeating: 0, count: total), count: chosen.count)
        var status = [UInt16](repeating: 0, count: total)
        let chunk = 1 << 16
        var record = [Double](repeating: 0, count: fields * chunk), out = [Double](repeating: 0, count: obs * chunk)
        var st = [NuEFTStatus](repeating: .ok, count: chunk)
        let progress = Progress("grid")
        let mixing = self.mixing, coefficient = self.coefficient   // out of the property wrappers (hot loop)
        var start = 0
        while start < total {
            let count = min(chunk, total - start)
            for k in 0..<(fields * count) { record[k] = 0 }
            for i in 0..<count {
                let g = start + i, scale = lAxis[g % nl]
                record[i] = scale
                record[count + i] = mAxis[g / nl]
                record[(2 + 2 * l) * count + i] = mixing
                record[8 * count + i] = 1
                record[(10 + 2 * l) * count + i] = coefficient / (scale * scale)
            }
            try record.withUnsafeBufferPointer { p in
                try out.withUnsafeMutableBufferPointer { o in
                    try st.withUnsafeMutableBufferPointer { s in
                        _ = try NuSMEFTBatch.evaluate(count: count, sterileCount: 1, points: UnsafeBufferPointer(rebasing: p[0..<(fields * count)]),
                                                      outputs: UnsafeMutableBufferPointer(rebasing: o[0..<(obs * count)]),
                                                      status: UnsafeMutableBufferPointer(rebasing: s[0..<count]), inputs: set,
                                                      observables: chosen)
                    }
                }
            }
            for k in chosen.indices { for i in 0..<count { grids[k][start + i] = out[k * count + i] } }
            for i in 0..<count { status[start + i] = UInt16(st[i].rawValue) }
            start += count
            progress.update(start, total)
        }
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try NPY.write(mAxis, shape: [mAxis.count], to: output + "/m4.npy")
        try NPY.write(lAxis, shape: [nl], to: output + "/lambda.npy")
        for (k, o) in chosen.enumerated() {
            try NPY.write(grids[k], shape: [nl, mAxis.count], fortranOrder: true, to: output + "/\(o.name).npy")
        }
        try NPY.write(status, shape: [nl, mAxis.count], fortranOrder: true, to: output + "/status.npy")
        print("wrote \(chosen.count) grids of shape (\(nl), \(mAxis.count)) [i_lambda, i_m4] to \(output)/ (inputs \(set.name))")
    }

    func axis(_ spec: String, _ name: String) throws -> [Double] {
        let parts = spec.split(separator: ":").map(String.init)
        guard parts.count == 3, let a = Double(parts[0]), let b = Double(parts[1]), let n = Int(parts[2]),
              a > 0, b > a, b.isFinite, n >= 1, n <= 20_000 else {
            throw ValidationError("\(name) must be min:max:points with 0 < min < max and 1 <= points <= 20000")
        }
        if n == 1 { return [a] }
        return (0..<n).map { k in
            let t = Double(k) / Double(n - 1)
            return log ? Foundation.exp(Foundation.log(a) + t * (Foundation.log(b) - Foundation.log(a))) : a + t * (b - a)
        }
    }
}

