// The picture of a scanned panel of Figs. 5/6 of 000_b99ff7acfa28d225.txt as SVG (no external
// dependencies): filled regions (gray m_4 > Λ, green preferred, red CMS or 0νββ, blue h → ℓℓ)
// and dashed lines for the prospects (HL-LHC direct, HL-LHC h → ℓℓ, nEXO), as in the paper.

import Foundation
import NuEFT

enum ScanSVG {
    static func render(_ r: NuSMEFTScanResult, cells: Int = 250) -> String {
        let p = r.panel
        let width = 640.0, height = 500.0, left = 70.0, right = 20.0, top = 40.0, bottom = 60.0
        let pw = width - left - right, ph = height - top - bottom
        let nm = p.massPoints, nl = p.scalePoints
        let cm = min(cells, nm), cl = min(cells, nl)
        // Downsampled grid: cell (a, b) takes the point nearest its centre.
        func bits(_ a: Int, _ b: Int) -> NuSMEFTRegion {
            let im = min(nm - 1, Int((Double(a) + 0.5) * Double(nm) / Double(cm)))
            let il = min(nl - 1, Int((Double(b) + 0.5) * Double(nl) / Double(cl)))
            return NuSMEFTRegion(rawValue: r.regions[im * nl + il])
        }
        let m0 = p.massRange.lowerBound, m1 = p.massRange.upperBound, l0 = p.scaleRange.lowerBound, l1 = p.scaleRange.upperBound
        func px(_ m: Double) -> Double { left + (m - m0) / (m1 - m0) * pw }
        func py(_ l: Double) -> Double { top + ph - (l - l0) / (l1 - l0) * ph }
        let dx = pw / Double(cm), dy = ph / Double(cl)
        var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))" font-family="Helvetica, Arial, sans-serif">
        <rect width="100%" height="100%" fill="white"/>

        """
        func fill(_ test: (NuSMEFTRegion) -> Bool, color: String, opacity: Double) {
            var path = ""
            for b in 0..<cl {
                var a = 0
                while a < cm {
                    guard test(bits(a, b)) else { a += 1; continue }
                    var e = a
                    while e + 1 < cm, test(bits(e + 1, b)) { e += 1 }
                    let x = left + Double(a) * dx, y = top + ph - Double(b + 1) * dy
                    path += String(format: "M%.2f %.2fh%.2fv%.2fh%.2fz", x, y, Double(e - a + 1) * dx, dy, -Double(e - a + 1) * dx)
                    a = e + 1
                }
            }
            if !path.isEmpty { svg += "<path d=\"\(path)\" fill=\"\(color)\" fill-opacity=\"\(opacity)\" stroke=\"none\"/>\n" }
        }
        func contour(_ test: (NuSMEFTRegion) -> Bool, color: String) {
            // Marching squares on cell centres, segments chained into polylines.
            var segments: [((Double, Double), (Double, Double))] = []
            func v(_ a: Int, _ b: Int) -> Bool { test(bits(min(max(a, 0), cm - 1), min(max(b, 0), cl - 1))) }
            for a in 0..<(cm - 1) {
                for b in 0..<(cl - 1) {
                    let c = (v(a, b) ? 1 : 0) | (v(a + 1, b) ? 2 : 0) | (v(a + 1, b + 1) ? 4 : 0) | (v(a, b + 1) ? 8 : 0)
                    if c == 0 || c == 15 { continue }
                    let x0 = left + (Double(a) + 0.5) * dx, y0 = top + ph - (Double(b) + 0.5) * dy
                    let bottomE = (x0 + dx / 2, y0), rightE = (x0 + dx, y0 - dy / 2), topE = (x0 + dx / 2, y0 - dy), leftE = (x0, y0 - dy / 2)
                    switch c {
                    case 1, 14: segments.append((leftE, bottomE))
                    case 2, 13: segments.append((bottomE, rightE))
                    case 3, 12: segments.append((leftE, rightE))
                    case 4, 11: segments.append((rightE, topE))
                    case 6, 9: segments.append((bottomE, topE))
                    case 7, 8: segments.append((leftE, topE))
                    case 5: segments.append((leftE, topE)); segments.append((bottomE, rightE))
                    case 10: segments.append((leftE, bottomE)); segments.append((rightE, topE))
                    default: break
                    }
                }
            }
            struct Key: Hashable { let x: Int, y: Int }
            func key(_ q: (Double, Double)) -> Key { Key(x: Int((q.0 * 100).rounded()), y: Int((q.1 * 100).rounded())) }
            var byEnd: [Key: [Int]] = [:]
            for (k, s) in segments.enumerated() { byEnd[key(s.0), default: []].append(k); byEnd[key(s.1), default: []].append(k) }
            var used = [Bool](repeating: false, count: segments.count)
            var path = ""
            for k in segments.indices where !used[k] {
                used[k] = true
                var line = [segments[k].0, segments[k].1]
                for forward in [true, false] {
                    while true {
                        let end = forward ? line.last! : line.first!
                        guard let next = byEnd[key(end)]?.first(where: { !used[$0] }) else { break }
                        used[next] = true
                        let s = segments[next]
                        let other = key(s.0) == key(end) ? s.1 : s.0
                        if forward { line.append(other) } else { line.insert(other, at: 0) }
                    }
                }
                path += "M" + line.map { String(format: "%.1f %.1f", $0.0, $0.1) }.joined(separator: "L")
            }
            if !path.isEmpty {
                svg += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" stroke-dasharray=\"7,5\"/>\n"
            }
        }
        let isMuon = p.flavour == 1
        // The muon: 1σ and 2σ bands. The electron: 1σ bands only (Δa_e^Rb's 2σ range contains 0).
        if isMuon { fill({ $0.contains(.preferred2Sigma) }, color: "#a1d99b", opacity: 1) }
        fill({ $0.contains(.preferred1Sigma) }, color: "#31a354", opacity: 1)
        if !isMuon { fill({ $0.contains(.preferredCs1Sigma) }, color: "#74c476", opacity: 1) }
        fill({ $0.contains(isMuon ? .excludedLHC : .excludedDoubleBeta) }, color: "#e41a1c", opacity: 0.55)
        fill({ $0.contains(.excludedHiggs) }, color: "#377eb8", opacity: 0.55)
        fill({ $0.contains(.invalid) }, color: "#555555", opacity: 0.85)
        contour({ $0.contains(isMuon ? .reachLHC : .reachDoubleBeta) }, color: "#e41a1c")
        contour({ $0.contains(.reachHiggs) }, color: "#377eb8")
        // Frame, ticks, labels.
        svg += String(format: "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" stroke=\"black\" stroke-width=\"1.2\"/>\n", left, top, pw, ph)
        for m in stride(from: 0.0, through: m1, by: 200) where m >= m0 {
            svg += String(format: "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"black\"/>", px(m), top + ph, px(m), top + ph - 6)
            svg += String(format: "<text x=\"%.1f\" y=\"%.1f\" font-size=\"13\" text-anchor=\"middle\">%d</text>\n", px(m), top + ph + 18, Int(m))
        }
        let step = niceStep((l1 - l0) / 1000 / 6) * 1000
        for l in stride(from: (l0 / step).rounded(.up) * step, through: l1, by: step) {
            svg += String(format: "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"black\"/>", left, py(l), left + 6, py(l))
            svg += String(format: "<text x=\"%.1f\" y=\"%.1f\" font-size=\"13\" text-anchor=\"end\">%@</text>\n", left - 6, py(l) + 4, format(l / 1000))
        }
        svg += String(format: "<text x=\"%.1f\" y=\"%.1f\" font-size=\"15\" text-anchor=\"middle\">m<tspan baseline-shift=\"sub\" font-size=\"11\">4</tspan> [GeV]</text>\n", left + pw / 2, height - 15)
        svg += String(format: "<text x=\"18\" y=\"%.1f\" font-size=\"15\" text-anchor=\"middle\" transform=\"rotate(-90 18 %.1f)\">Λ [TeV]</text>\n", top + ph / 2, top + ph / 2)
        let title = isMuon ? "Δa_μ, |U_μ4| = \(p.mixing), [C̄]_4μ = −1/Λ²" : "Δa_e (Rb upper, Cs lower), |U_e4| = \(p.mixing), [C̄]_4e = ∓1/Λ²"
        svg += String(format: "<text x=\"%.1f\" y=\"24\" font-size=\"14\" text-anchor=\"middle\">%@</text>\n", left + pw / 2, title)
        let legend = isMuon
            ? [("#31a354", "Δa_μ 1σ (light: 2σ)"), ("#e41a1c", "CMS (dashed: HL-LHC)"), ("#377eb8", "h→μμ (dashed: HL-LHC)"), ("#555555", "m₄ > Λ")]
            : [("#31a354", "Δa_e^Rb 1σ (upper)"), ("#74c476", "Δa_e^Cs 1σ (lower)"), ("#e41a1c", "0νββ KamLAND-Zen (dashed: nEXO)"), ("#377eb8", "h→ee (dashed: HL-LHC)"), ("#555555", "m₄ > Λ")]
        for (k, (color, text)) in legend.enumerated() {
            let y = top + 12 + Double(k) * 17
            svg += String(format: "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%@\" fill-opacity=\"0.8\"/>", left + pw - 250, y, color)
            svg += String(format: "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\">%@</text>\n", left + pw - 233, y + 10, text)
        }
        svg += "</svg>\n"
        return svg
    }

    static func niceStep(_ raw: Double) -> Double {
        let p = pow(10, floor(log10(raw)))
        for f in [1.0, 2.0, 5.0, 10.0] where f * p >= raw { return f * p }
        return 10 * p
    }

    static func format(_ x: Double) -> String {
        x == x.rounded() ? String(Int(x)) : String(format: "%.1f", x)
    }
}
