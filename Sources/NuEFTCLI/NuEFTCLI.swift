// nueft-cli: the command-line front end. `make run` runs `nueft-cli scan` (Figs. 5–6 of 000_…).

import ArgumentParser
import Dispatch
import Foundation
import NuEFT

@main
struct NuEFTCLI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nueft-cli",
        abstract: "Batched numerics for neutrino-EFT phenomenology.",
        subcommands: [Grid.self, Inputs.self, Dim7.self, Scan.self],
        defaultSubcommand: Grid.self
    )
}

/// The loop functions of 000_b99ff7acfa28d225.txt on a grid of sterile masses.
struct Grid: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Evaluate w, f1, f2 and the brackets T, B on a log grid of sterile masses (1 GeV – 10 TeV by default).")

    @Option(help: "Rows of the printed table.") var rows = 25
    @Option(help: "Lightest sterile mass in GeV.") var minMass = 1.0
    @Option(help: "Heaviest sterile mass in GeV.") var maxMass = 10_000.0
    @Option(help: "Electroweak input set (see `nueft-cli inputs`).") var inputs = ElectroweakInputs.referenceTables.name
    @Option(help: "Points of the throughput run after the table (0 to skip).") var throughputPoints = 2_000_000
    @Flag(help: "Print CSV instead of an aligned table.") var csv = false

    func validate() throws {
        guard rows >= 2 else { throw ValidationError("--rows must be at least 2") }
        guard minMass > 0, maxMass > minMass, maxMass.isFinite else {
            throw ValidationError("need 0 < --min-mass < --max-mass")
        }
        guard throughputPoints >= 0 else { throw ValidationError("--throughput-points must be >= 0") }
    }

    func run() throws {
        let set = try ElectroweakInputs.named(inputs)
        let masses = logGrid(minMass, maxMass, rows)
        let xj = masses.map { set.xj(sterileMass: $0) }
        let xh = [Double](repeating: set.xh, count: rows)
        let w = NuEFT.w(xj)
        let f1 = try NuEFT.f1(xh: xh, xj: xj)
        let f2 = try NuEFT.f2(xh: xh, xj: xj)
        let t = NuEFT.thresholdBracket(xj: xj)
        let b = try NuEFT.yukawaBracket(xh: xh, xj: xj)

        let header = ["m_j/GeV", "x_j", "w(x_j)", "Re f1", "Im f1", "Re f2", "Im f2", "T(x_j)", "Re B", "Im B"]
        if !csv {
            print("NuEFT \(NuEFT.version): loop functions of 000_b99ff7acfa28d225.txt, eqs. (3.12), (4.7)-(4.9), at mu_r = m_W")
            print("inputs \(set)")
            print(String(format: "x_h = (m_h/m_W)^2 = %.17g", set.xh))
            print("")
        }
        let format: (Double) -> String = { csv ? String(format: "%.17g", $0) : String(format: "%12.5e", $0) }
        print(csv ? header.joined(separator: ",") : header.map { $0.padding(toLength: 12, withPad: " ", startingAt: 0) }.joined(separator: " "))
        for i in 0..<rows {
            let values = [masses[i], xj[i], w[i], f1.re[i], f1.im[i], f2.re[i], f2.im[i], t[i], b.re[i], b.im[i]]
            print(values.map(format).joined(separator: csv ? "," : " "))
        }
        if throughputPoints > 0 && !csv {
            print("")
            reportThroughput(set: set, points: throughputPoints)
        }
    }

    /// Times each batch kernel over a dense grid of the same mass range.
    func reportThroughput(set: ElectroweakInputs, points: Int) {
        let xj = logGrid(minMass, maxMass, points).map { set.xj(sterileMass: $0) }
        let xh = [Double](repeating: set.xh, count: points)
        var re = [Double](repeating: 0, count: points)
        var im = re
        print("throughput on \(points) grid points, \(NuEFT.threadCount) thread(s) (best of 3):")
        func measure(_ name: String, _ body: () throws -> Void) rethrows {
            var best = Double.infinity
            for _ in 0..<3 {
                let start = DispatchTime.now().uptimeNanoseconds
                try body()
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9)
            }
            let rate = String(format: "%9.1f M points/s", Double(points) / best / 1e6)
            print("  " + name.padding(toLength: 14, withPad: " ", startingAt: 0) + rate)
        }
        xj.withUnsafeBufferPointer { j in
            xh.withUnsafeBufferPointer { h in
                re.withUnsafeMutableBufferPointer { r in
                    im.withUnsafeMutableBufferPointer { i in
                        measure("w") { _ = try? NuEFT.w(j, into: r) }
                        measure("f1") { _ = try? NuEFT.f1(xh: h, xj: j, re: r, im: i) }
                        measure("f2") { _ = try? NuEFT.f2(xh: h, xj: j, re: r, im: i) }
                        measure("threshold T") { _ = try? NuEFT.thresholdBracket(xj: j, into: r) }
                        measure("Yukawa B") { _ = try? NuEFT.yukawaBracket(xh: h, xj: j, re: r, im: i) }
                    }
                }
            }
        }
    }
}

/// The named input sets.
struct Inputs: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the named electroweak input sets, or print a νSMEFT input set as JSON (a template for --inputs file.json).")
    @Option(help: "Print this νSMEFT input set (paper, current) as JSON.") var nusmeft: String?
    func run() throws {
        if let nusmeft {
            print(try NuSMEFTInputs.named(nusmeft).json)
            return
        }
        for set in ElectroweakInputs.all { print(set) }
        print("νSMEFT input sets: " + NuSMEFTInputs.all.map { "\($0.name) (\($0.source))" }.joined(separator: "; "))
    }
}

func logGrid(_ low: Double, _ high: Double, _ count: Int) -> [Double] {
    let a = log(low), b = log(high)
    return (0..<count).map { exp(a + (b - a) * Double($0) / Double(count - 1)) }
}
