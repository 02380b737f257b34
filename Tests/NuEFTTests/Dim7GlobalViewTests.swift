// The per-row global view (the paper's single-LEFT-operator rows of Tables 5, 6, 9, 11, 12)
// beside the combined one, and the PNG encoder of the picture (checked against an independent
// bitwise CRC-32, a stored-block inflater and Adler-32).

@testable import NuEFT
import Testing

@Suite("dim-7: global view, per row and combined; PNG")
struct Dim7PerRowAndPNGTests {
    static let perRowPaper = Dim7GlobalView.perRowRows(convention: .paper)
    static let combinedPaper = Dim7GlobalView.rows(convention: .paper)

    func perRow(_ op: Dim7Operator, _ probe: Dim7Probe, _ row: String) -> Dim7GlobalViewRow? {
        Dim7PerRowAndPNGTests.perRowPaper.first { $0.op == op && $0.probe == probe && $0.row == row }
    }

    /// Table 5 (0νββ), every (SMEFT coefficient, LEFT row) pair with its printed Λ; `.paper`.
    static let table5: [(Dim7Operator, String, String)] = [
        (.dLQLH1, "KamLAND-Zen: c^S_{duνe;LL}", "242"), (.quLLH, "KamLAND-Zen: c^S_{duνe;RL}", "302"),
        (.leHD, "KamLAND-Zen: c^V_{duνe;LR}", "186"), (.dLueH, "KamLAND-Zen: c^V_{duνe;RR}", "44.7"),
        (.dLQLH1, "KamLAND-Zen: c^T_{duνe;LL}", "114"), (.dLQLH2, "KamLAND-Zen: c^T_{duνe;LL}", "143"),
        (.lHD1, "KamLAND-Zen: c^(7)V_{LL}", "9.03"), (.lHD2, "KamLAND-Zen: c^(7)V_{LL}", "7.17"),
        (.lHW, "KamLAND-Zen: c^(7)V_{LL}", "14.3"), (.duLLD, "KamLAND-Zen: c^(7)V_{RL}", "9.11"),
        (.lHD1, "KamLAND-Zen: c^(9)_{V;LL}", "10.0"), (.lHW, "KamLAND-Zen: c^(9)_{V;LL}", "15.9"),
        (.duLLD, "KamLAND-Zen: c^(9)_{V;LR}", "81.7"),
    ]

    @Test("per-row view reproduces Table 5's rows (e.g. O_LHW: 14.3 and 15.9 TeV)")
    func table5Rows() throws {
        for (op, row, printed) in Dim7PerRowAndPNGTests.table5 {
            let r = try #require(perRow(op, .doubleBeta, row), "\(op) \(row)")
            #expect(reproduces(r.current!.lambda, printed), "\(op) \(row): \(r.current!.lambda) vs \(printed)")
            #expect(r.current!.flavour.filter { $0 == "e" }.count == 2, "\(r.current!.flavour)")
        }
        // The combined view adds LHW's two 0νββ rows in quadrature: 17.1 TeV, above both rows.
        let combined = try #require(Dim7PerRowAndPNGTests.combinedPaper.first { $0.op == .lHW && $0.probe == .doubleBeta })
        #expect(reproduces(combined.current!.lambda, "17.1"))
        #expect(combined.row == nil)
    }

    @Test("per-row view: Tables 6, 9, 11, 12 and the magnetic moment")
    func otherRows() throws {
        // Table 6: COHERENT 99% CL, scalar 0.4 TeV, tensor (11μτ-type) 0.1 TeV; Ge scalar future 0.7.
        let s = try #require(perRow(.dLQLH1, .cevns, "CsI / Ge: c^S_{dν;LL}"))
        #expect(reproduces(s.current!.lambda, "0.4") && reproduces(s.future!.lambda, "0.7"))
        // Table 9 (.paper): K⁺ 21.8 (future 31.5), K_L → π⁰ 21.6 (26.8), K_L → νν 12.8.
        let kp = try #require(perRow(.dLQLH1, .kaonDecays, "K+ -> pi+ nu nu: c^S_{dν;LL}"))
        #expect(reproduces(kp.current!.lambda, "21.8") && reproduces(kp.future!.lambda, "31.5"))
        let kl = try #require(perRow(.dLQLH1, .kaonDecays, "K_L -> pi0 nu nu: c^S_{dν;LL}"))
        #expect(reproduces(kl.current!.lambda, "21.6") && reproduces(kl.future!.lambda, "26.8"))
        // Table 11: scalar 1.9 (diagonal), tensor 1.76 (printed 1.75).
        let b = try #require(perRow(.dLQLH1, .bMesonDecays, "B -> K(*) nu nu: c^S_{dν;LL}"))
        #expect(reproduces(b.current!.lambda, "1.9"))
        // Table 12: μ⁺ decay scalar 0.4 TeV.
        let mu = try #require(perRow(.eLLLH, .muonDecay, "mu+ -> e+ vbar vbar: c^S_{eν;LL}/2"))
        #expect(reproduces(mu.current!.lambda, "0.4"))
        // Tables 7–8 (.paper, most stringent Majorana-phase end; strongest flavour of each row):
        // KamLAND C_LeHD 2.8 → 0.7, C_dLueH 5.7 → 0.6; MINOS C_LeHD 30.3 → 0.3, C_dLueH 60.7 → 0.3;
        // KamLAND scalar C_dLQLH1 13.7 → 0.4, C_QuLLH 6.8 → 0.5, tensor C_dLQLH1 54.6 → 0.3.
        let osc: [(Dim7Operator, String, String, String)] = [
            (.leHD, "KamLAND: c^V_{duνe;LR}", "0.7", "2.8"), (.dLueH, "KamLAND: c^V_{duνe;RR}", "0.6", "5.7"),
            (.leHD, "MINOS: c^V_{duνe;LR}", "0.3", "30.3"), (.dLueH, "MINOS: c^V_{duνe;RR}", "0.3", "60.7"),
            (.dLQLH1, "KamLAND: c^S_{duνe;LL}", "0.4", "13.7"), (.quLLH, "KamLAND: c^S_{duνe;RL}", "0.5", "6.8"),
            (.dLQLH1, "KamLAND: c^T_{duνe;LL}", "0.3", "54.6"),
        ]
        for (op, name, lambda, c) in osc {
            let r = try #require(perRow(op, .oscillations, name), "\(op) \(name)")
            #expect(reproduces(r.current!.lambda, lambda), "\(op) \(name): \(r.current!.lambda)")
            // C within 2%: Table 8 converts its LEFT limits after rounding them (0.036 for 0.0356).
            #expect(isClose(dim7Coefficient(scale: r.current!.lambda), Double(c)!, relative: 0.02), "\(op) \(name)")
        }
        // Every per-row limit is at most the combined one of its operator and probe.
        for r in Dim7PerRowAndPNGTests.perRowPaper {
            guard let now = r.current?.lambda else { continue }
            let c = try #require(Dim7PerRowAndPNGTests.combinedPaper.first { $0.op == r.op && $0.probe == r.probe })
            #expect(now <= c.current!.lambda * (1 + 1e-12), "\(r.op) \(r.probe) \(r.row!)")
        }
        let table = Dim7GlobalView.table(Dim7PerRowAndPNGTests.perRowPaper)
        #expect(table.contains("row (LEFT operator)") && table.contains("KamLAND-Zen: c^(9)_{V;LL}"))
        #expect(!Dim7GlobalView.table(Dim7PerRowAndPNGTests.combinedPaper).contains("row (LEFT operator)"))
        #expect(Dim7GlobalView.svg(Dim7PerRowAndPNGTests.perRowPaper).contains("KamLAND-Zen: c^(7)V_{LL}"))
    }

    /// CRC-32 bit by bit (no table), for checking the table-driven one.
    func bitwiseCRC(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes {
            c ^= UInt32(b)
            for _ in 0..<8 { c = (c >> 1) ^ (c & 1 == 1 ? 0xEDB8_8320 : 0) }
        }
        return ~c
    }

    @Test("PNG: check values, chunk CRCs, stored blocks, Adler-32, pixels")
    func png() throws {
        #expect(Dim7PNG.crc32(Array("123456789".utf8)) == 0xCBF4_3926)         // the CRC-32 check value
        #expect(Dim7PNG.adler32(Array("Wikipedia".utf8)) == 0x11E6_0398)       // RFC 1950 example value
        #expect(Dim7PNG.adler32([UInt8](repeating: 255, count: 100_000)) == {
            var a: UInt64 = 1, b: UInt64 = 0
            for _ in 0..<100_000 { a = (a + 255) % 65521; b = (b + a) % 65521 }
            return UInt32(b << 16 | a)
        }())
        var canvas = Dim7Canvas(width: 300, height: 250)   // 300·4+1 = 1201 bytes per row: > 65535 in total
        canvas.fill(x: 10, y: 20, width: 30, height: 5, (214, 39, 40))
        canvas.text("O_LHW 1E4", x: 50, y: 50, scale: 2)
        let file = canvas.png()
        #expect(Array(file[0..<8]) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        var i = 8
        var types: [String] = [], idat: [UInt8] = []
        func be(_ k: Int) -> Int { Int(file[k]) << 24 | Int(file[k + 1]) << 16 | Int(file[k + 2]) << 8 | Int(file[k + 3]) }
        while i < file.count {
            let n = be(i)
            let typeAndData = Array(file[(i + 4)..<(i + 8 + n)])
            #expect(UInt32(be(i + 8 + n)) == bitwiseCRC(typeAndData))
            let type = String(decoding: typeAndData[0..<4], as: UTF8.self)
            types.append(type)
            if type == "IHDR" { #expect(Array(typeAndData[4...]) == [0, 0, 1, 44, 0, 0, 0, 250, 8, 6, 0, 0, 0]) }
            if type == "IDAT" { idat += typeAndData[4...] }
            i += 12 + n
        }
        #expect(types == ["IHDR", "IDAT", "IEND"])
        // Inflate the stored blocks.
        #expect(idat[0] == 0x78 && (Int(idat[0]) << 8 | Int(idat[1])) % 31 == 0)
        var raw: [UInt8] = [], k = 2, final = false, blocks = 0
        while !final {
            final = idat[k] & 1 == 1
            #expect(idat[k] >> 1 == 0)   // BTYPE = 00
            let len = Int(idat[k + 1]) | Int(idat[k + 2]) << 8, nlen = Int(idat[k + 3]) | Int(idat[k + 4]) << 8
            #expect(len ^ nlen == 0xFFFF)
            raw += idat[(k + 5)..<(k + 5 + len)]
            k += 5 + len
            blocks += 1
        }
        #expect(blocks == 5)   // 250·1201 = 300 250 bytes
        let adler = UInt32(idat[k]) << 24 | UInt32(idat[k + 1]) << 16 | UInt32(idat[k + 2]) << 8 | UInt32(idat[k + 3])
        #expect(adler == Dim7PNG.adler32(raw) && k + 4 == idat.count)
        #expect(raw.count == 250 * 1201)
        for y in 0..<250 {
            #expect(raw[y * 1201] == 0)
            if y == 22 {
                let px = Array(raw[(y * 1201 + 1 + 4 * 15)..<(y * 1201 + 1 + 4 * 16)])
                #expect(px == [214, 39, 40, 255])
                #expect(Array(raw[(y * 1201 + 1)..<(y * 1201 + 5)]) == [255, 255, 255, 255])
            }
        }
        // Text draws dark pixels; the global-view picture is a valid PNG of the expected size.
        #expect((50..<160).contains { x in (50..<64).contains { y in canvas.pixel(x, y).0 == 0 } })
        let picture = Dim7GlobalView.canvas(Dim7PerRowAndPNGTests.combinedPaper, title: "TEST")
        #expect(picture.width > 1000 && picture.height > 500)
        #expect(Dim7GlobalView.png(Dim7PerRowAndPNGTests.combinedPaper).count > picture.width * picture.height * 4)
    }
}

@Suite("dim-7: CEνNS for O_QuLLH, O_LHB, O_LHW (NuEFT extension of Sec. 4.2)")
struct Dim7CEvNSExtensionTests {
    @Test("up-quark scalar: eq. (4.23) with u for d; limits scale with m_u / f_Tu; μ_ν hook")
    func upQuark() throws {
        let inputs = Dim7Inputs.paper
        let u = Dim7CEvNS.upQuarkScalarLimits(inputs: inputs)
        // By hand: Σ_i N_i⁻² [N_i m_n f_Tu^n / m_u + Z_i m_p f_Tu^p / m_u]² over Cs (77.9, 55), I (73.9, 53).
        func bracket(_ n: Double, _ z: Double) -> Double {
            (n * inputs.neutronMass * 0.0189 + z * inputs.protonMass * 0.0208) / 2.16e-3 / n
        }
        let factor = (bracket(77.9, 55) * bracket(77.9, 55) + bracket(73.9, 53) * bracket(73.9, 53)).squareRoot()
        #expect(isClose(u.current, 1.065 / (2 * factor), relative: 1e-14))
        #expect(abs(u.current - 0.02570) < 1e-5 && abs(u.future - 0.006844) < 1e-6)   // Dim7.md
        // Smaller than the down-quark scalar limit by (f_Td m_u)/(f_Tu m_d)-ish: a stronger LEFT limit.
        #expect(u.current < Dim7CEvNS.leftLimits(inputs: inputs).scalar99)
        // Through Table 2 (c^S_{uν;RL} = (√2v/4)(C^{prst} + C^{prts})/(4G_F/√2)): C_QuLLH^{11ee}
        // gives 2 × (√2v/4)/(4G_F/√2) per TeV⁻³ × 1e-9; Λ = (c/u.current)^{1/3}.
        let c = 2 * 2.0.squareRoot() * 246 * 1e-9 / 4 / (4 * 1.1663787e-5 / 2.0.squareRoot())
        let lambda = Dim7Probes.scaleLimits(direction: try .single(.quLLH, [0, 0, 0, 0]), convention: .paper, scenario: .current)[Int(Dim7Probe.cevns.rawValue)]
        #expect(isClose(try #require(lambda), Double.root(c / u.current, 3), relative: 1e-12))
        // No dipole channel without a limit; with one, O_LHB^{eμ} is seen by CEνNS at Λ = (2 m_e v² μ-factor / L)^{1/3}.
        #expect(!Dim7CEvNS.channels(inputs: inputs).contains { $0.group == "CsI / Ge dipole" })
        var d = inputs
        d.cevnsMagneticMomentLimit = 1e-9
        let lhb = Dim7Probes.scaleLimits(direction: try .single(.lHB, [0, 1]), inputs: d, convention: .consistent, scenario: .current)
        let mm = try #require(lhb[Int(Dim7Probe.magneticMoment.rawValue)]), ce = try #require(lhb[Int(Dim7Probe.cevns.rawValue)])
        #expect(isClose(ce, mm * Double.root(1e-11 / 1e-9, 3), relative: 1e-12))   // |μ| ∝ C: Λ ∝ L^{-1/3}
    }
}
