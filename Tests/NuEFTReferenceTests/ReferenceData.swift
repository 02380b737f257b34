// Reads the high-precision reference tables of ../shared/reference (see its README: CSV,
// one header line, %.17g numbers that round-trip, empty field = not applicable).

import Foundation
import Testing

/// One CSV table, its rows addressable by column name.
struct ReferenceTable {
    let name: String
    let columns: [String]
    let rows: [[String]]

    /// The folder: $NUEFT_REFERENCE_DIR, else ../shared/reference next to the repository.
    static var directory: URL {
        if let override = ProcessInfo.processInfo.environment["NUEFT_REFERENCE_DIR"] {
            return URL(fileURLWithPath: override)
        }
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repository.deletingLastPathComponent().appendingPathComponent("shared/reference")
    }

    init(_ name: String) throws {
        self.name = name
        let url = Self.directory.appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.split(whereSeparator: \.isNewline).map(String.init)
        let header = lines.removeFirst()
        columns = header.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        rows = lines.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    struct Row {
        let table: ReferenceTable
        let fields: [String]
        func string(_ column: String) -> String {
            guard let i = table.columns.firstIndex(of: column) else {
                Issue.record("no column \(column) in \(table.name)")
                return ""
            }
            return fields[i]
        }
        /// The value of a numeric column (strtod semantics, so inf and %.17g round-trip).
        func double(_ column: String) -> Double {
            let s = string(column)
            guard let v = Double(s) else {
                Issue.record("\(table.name): '\(s)' in column \(column) is not a number")
                return .nan
            }
            return v
        }
        func int(_ column: String) -> Int { Int(string(column)) ?? -1 }
    }

    var allRows: [Row] { rows.map { Row(table: self, fields: $0) } }
}
