// A dependency-free PNG writer and a small raster canvas for the global-view picture of
// 002_3ba235c4befdeead.txt (Fig. 7): RGBA pixels, zlib "stored" (uncompressed) deflate
// blocks, CRC-32 per chunk and the Adler-32 checksum of the zlib stream.
//
// Formats: PNG, ISO/IEC 15948 (W3C PNG 2nd ed.): signature, IHDR (colour type 6 = RGBA,
// 8 bits), IDAT, IEND; chunk CRC-32 with the polynomial 0xEDB88320 (reflected) over type and
// data. zlib, RFC 1950: header 0x78 0x01, Adler-32 (mod 65521) big-endian at the end.
// Deflate, RFC 1951 §3.2.4: a stored block is BFINAL/BTYPE = 00 in one byte, LEN and NLEN
// (little-endian, NLEN = ~LEN), then LEN ≤ 65535 raw bytes. Every scanline starts with filter
// byte 0 (None). Without compression the file is ~4 bytes per pixel, which is fine for a
// picture of 1200 × 900 pixels (4 MB) and keeps the encoder a few lines long.

/// An RGBA image with simple drawing (filled and outlined rectangles, lines, 5×7 text).
public struct Dim7Canvas: Sendable {
    public let width: Int, height: Int
    /// Row-major RGBA bytes.
    public private(set) var pixels: [UInt8]

    public init(width: Int, height: Int, background: (UInt8, UInt8, UInt8) = (255, 255, 255)) {
        self.width = width
        self.height = height
        pixels = [UInt8](repeating: 255, count: width * height * 4)
        for i in 0..<(width * height) {
            pixels[4 * i] = background.0; pixels[4 * i + 1] = background.1; pixels[4 * i + 2] = background.2
        }
    }

    /// The colour at (x, y).
    public func pixel(_ x: Int, _ y: Int) -> (UInt8, UInt8, UInt8, UInt8) {
        let k = 4 * (y * width + x)
        return (pixels[k], pixels[k + 1], pixels[k + 2], pixels[k + 3])
    }

    /// Sets (x, y), clipped to the image.
    public mutating func set(_ x: Int, _ y: Int, _ c: (UInt8, UInt8, UInt8)) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let k = 4 * (y * width + x)
        pixels[k] = c.0; pixels[k + 1] = c.1; pixels[k + 2] = c.2; pixels[k + 3] = 255
    }

    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, _ c: (UInt8, UInt8, UInt8)) {
        guard w > 0, h > 0 else { return }
        for yy in y..<(y + h) { for xx in x..<(x + w) { set(xx, yy, c) } }
    }

    /// A rectangle outline; `dash` > 0 draws dashes of that length with equal gaps.
    public mutating func stroke(x: Int, y: Int, width w: Int, height h: Int, _ c: (UInt8, UInt8, UInt8), dash: Int = 0) {
        guard w > 0, h > 0 else { return }
        func on(_ t: Int) -> Bool { dash <= 0 || (t / dash) % 2 == 0 }
        for xx in x..<(x + w) where on(xx - x) { set(xx, y, c); set(xx, y + h - 1, c) }
        for yy in y..<(y + h) where on(yy - y) { set(x, yy, c); set(x + w - 1, yy, c) }
    }

    public mutating func horizontalLine(x0: Int, x1: Int, y: Int, _ c: (UInt8, UInt8, UInt8)) {
        for x in min(x0, x1)...max(x0, x1) { set(x, y, c) }
    }

    public mutating func verticalLine(x: Int, y0: Int, y1: Int, _ c: (UInt8, UInt8, UInt8)) {
        for y in min(y0, y1)...max(y0, y1) { set(x, y, c) }
    }

    /// Text in the 5×7 font (upper case; `Dim7Canvas.plain` maps other characters), each font
    /// pixel drawn as scale × scale; returns the width drawn. (x, y) is the top-left corner.
    @discardableResult
    public mutating func text(_ s: String, x: Int, y: Int, scale: Int = 1, _ c: (UInt8, UInt8, UInt8) = (0, 0, 0)) -> Int {
        var cx = x
        for ch in Self.plain(s) {
            let rows = Self.glyph(ch)
            for (r, bits) in rows.enumerated() {
                for col in 0..<5 where bits & (1 << (4 - col)) != 0 {
                    fill(x: cx + col * scale, y: y + r * scale, width: scale, height: scale, c)
                }
            }
            cx += 6 * scale
        }
        return cx - x
    }

    /// The width of `s` in pixels at `scale`.
    public static func textWidth(_ s: String, scale: Int = 1) -> Int { plain(s).count * 6 * scale }

    /// Upper case, with Greek letters and symbols spelled in the font's characters.
    public static func plain(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "ν": out += "NU"
            case "μ": out += "MU"
            case "τ": out += "TAU"
            case "β": out += "B"
            case "γ": out += "G"
            case "Λ": out += "LAMBDA"
            case "Δ", "δ": out += "D"
            case "→": out += "->"
            case "²": out += "2"
            case "≥": out += ">="
            case "{": out += "("
            case "}": out += ")"
            case ";": out += ","
            case "−": out += "-"
            case "√": out += "SQRT"
            default: out += String(ch).uppercased()
            }
        }
        return out
    }

    /// The 5×7 glyph of a character (7 rows of 5 bits, MSB left); "?" for unknown ones.
    static func glyph(_ ch: Character) -> [UInt8] {
        if let g = font[ch] { return g }
        return font["?"]!
    }

    static let font: [Character: [UInt8]] = {
        let table: [(Character, String)] = [
            ("A", "01110 10001 10001 11111 10001 10001 10001"), ("B", "11110 10001 10001 11110 10001 10001 11110"),
            ("C", "01110 10001 10000 10000 10000 10001 01110"), ("D", "11110 10001 10001 10001 10001 10001 11110"),
            ("E", "11111 10000 10000 11110 10000 10000 11111"), ("F", "11111 10000 10000 11110 10000 10000 10000"),
            ("G", "01110 10001 10000 10111 10001 10001 01111"), ("H", "10001 10001 10001 11111 10001 10001 10001"),
            ("I", "01110 00100 00100 00100 00100 00100 01110"), ("J", "00111 00010 00010 00010 00010 10010 01100"),
            ("K", "10001 10010 10100 11000 10100 10010 10001"), ("L", "10000 10000 10000 10000 10000 10000 11111"),
            ("M", "10001 11011 10101 10101 10001 10001 10001"), ("N", "10001 10001 11001 10101 10011 10001 10001"),
            ("O", "01110 10001 10001 10001 10001 10001 01110"), ("P", "11110 10001 10001 11110 10000 10000 10000"),
            ("Q", "01110 10001 10001 10001 10101 10010 01101"), ("R", "11110 10001 10001 11110 10100 10010 10001"),
            ("S", "01111 10000 10000 01110 00001 00001 11110"), ("T", "11111 00100 00100 00100 00100 00100 00100"),
            ("U", "10001 10001 10001 10001 10001 10001 01110"), ("V", "10001 10001 10001 10001 10001 01010 00100"),
            ("W", "10001 10001 10001 10101 10101 10101 01010"), ("X", "10001 10001 01010 00100 01010 10001 10001"),
            ("Y", "10001 10001 10001 01010 00100 00100 00100"), ("Z", "11111 00001 00010 00100 01000 10000 11111"),
            ("0", "01110 10001 10011 10101 11001 10001 01110"), ("1", "00100 01100 00100 00100 00100 00100 01110"),
            ("2", "01110 10001 00001 00010 00100 01000 11111"), ("3", "11111 00010 00100 00010 00001 10001 01110"),
            ("4", "00010 00110 01010 10010 11111 00010 00010"), ("5", "11111 10000 11110 00001 00001 10001 01110"),
            ("6", "00110 01000 10000 11110 10001 10001 01110"), ("7", "11111 00001 00010 00100 01000 01000 01000"),
            ("8", "01110 10001 10001 01110 10001 10001 01110"), ("9", "01110 10001 10001 01111 00001 00010 01100"),
            (" ", "00000 00000 00000 00000 00000 00000 00000"), ("-", "00000 00000 00000 11111 00000 00000 00000"),
            (".", "00000 00000 00000 00000 00000 01100 01100"), ("(", "00010 00100 01000 01000 01000 00100 00010"),
            (")", "01000 00100 00010 00010 00010 00100 01000"), ("/", "00000 00001 00010 00100 01000 10000 00000"),
            ("+", "00000 00100 00100 11111 00100 00100 00000"), (":", "00000 01100 01100 00000 01100 01100 00000"),
            ("=", "00000 00000 11111 00000 11111 00000 00000"), (">", "01000 00100 00010 00001 00010 00100 01000"),
            ("<", "00010 00100 01000 10000 01000 00100 00010"), ("#", "01010 01010 11111 01010 11111 01010 01010"),
            ("_", "00000 00000 00000 00000 00000 00000 11111"), (",", "00000 00000 00000 00000 01100 00100 01000"),
            ("^", "00100 01010 10001 00000 00000 00000 00000"), ("*", "00000 00100 10101 01110 10101 00100 00000"),
            ("|", "00100 00100 00100 00100 00100 00100 00100"), ("?", "01110 10001 00001 00010 00100 00000 00100"),
            ("'", "00100 00100 01000 00000 00000 00000 00000"),
        ]
        var out: [Character: [UInt8]] = [:]
        for (ch, rows) in table {
            out[ch] = rows.split(separator: " ").map { row in row.reduce(UInt8(0)) { $0 << 1 | ($1 == "1" ? 1 : 0) } }
        }
        return out
    }()

    /// The image as a PNG file.
    public func png() -> [UInt8] { Dim7PNG.encode(width: width, height: height, rgba: pixels) }
}

/// The PNG encoder (stored deflate blocks).
public enum Dim7PNG {
    /// CRC-32 (ISO 3309 / ITU-T V.42, polynomial 0xEDB88320 reflected), as PNG chunks use it.
    public static func crc32<S: Sequence>(_ bytes: S) -> UInt32 where S.Element == UInt8 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = crcTable[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }

    static let crcTable: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// Adler-32 (RFC 1950 §8.2): s1 = 1 + Σ bytes, s2 = Σ s1, both mod 65521; (s2 << 16) | s1.
    public static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        var i = 0
        while i < bytes.count {
            let end = min(i + 5552, bytes.count)   // 5552: the largest run without UInt32 overflow (zlib's NMAX)
            while i < end { a += UInt32(bytes[i]); b += a; i += 1 }
            a %= 65521; b %= 65521
        }
        return b << 16 | a
    }

    /// A zlib stream of `data` in stored (uncompressed) deflate blocks of ≤ 65535 bytes.
    public static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]   // CM = 8 (deflate), CINFO = 7; FCHECK makes 0x7801 % 31 == 0
        var i = 0
        repeat {
            let n = min(65535, data.count - i)
            let final: UInt8 = i + n == data.count ? 1 : 0
            out.append(final)                                     // BFINAL, BTYPE = 00
            out += [UInt8(n & 0xFF), UInt8(n >> 8), UInt8(~n & 0xFF), UInt8((~n >> 8) & 0xFF)]
            out += data[i..<(i + n)]
            i += n
        } while i < data.count
        out += bigEndian(adler32(data))
        return out
    }

    /// A PNG file of width × height RGBA pixels (row-major, 4 bytes each).
    public static func encode(width: Int, height: Int, rgba: [UInt8]) -> [UInt8] {
        precondition(rgba.count == width * height * 4, "RGBA buffer size")   // internal callers only
        var raw: [UInt8] = []
        raw.reserveCapacity(height * (width * 4 + 1))
        for y in 0..<height {
            raw.append(0)   // filter type None
            raw += rgba[(y * width * 4)..<((y + 1) * width * 4)]
        }
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        func chunk(_ type: String, _ data: [UInt8]) {
            let t = Array(type.utf8)
            png += bigEndian(UInt32(data.count)) + t + data + bigEndian(crc32(t + data))
        }
        chunk("IHDR", bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, 6, 0, 0, 0])
        chunk("IDAT", zlibStored(raw))
        chunk("IEND", [])
        return png
    }

    static func bigEndian(_ x: UInt32) -> [UInt8] { [UInt8(x >> 24), UInt8((x >> 16) & 0xFF), UInt8((x >> 8) & 0xFF), UInt8(x & 0xFF)] }
}
