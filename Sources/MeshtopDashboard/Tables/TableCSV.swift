import MeshtopTelemetry

/// A table as CSV (RFC 4180): the header row, then every row shown, filtered and sorted as on screen, with
/// the cells' text as shown (a sparkline as its values). Control characters never reach the file raw.
package enum TableCSV {
    /// The CSV text, lines ending in CRLF.
    package static func text(of table: ResolvedTable) -> String {
        var lines = [table.data.columns.map { field($0.title) }.joined(separator: ",")]
        for position in 0..<table.count {
            guard let row = table.row(at: position) else { continue }
            lines.append(row.cells.map { field(text(of: $0)) }.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func text(of cell: TableCell) -> String {
        switch cell.content {
        case .text(let text): return text
        case .sparkline(let values): return values.map { Format.rate($0) }.joined(separator: " ")
        case .marker: return ""
        }
    }

    /// A field, quoted when it holds a comma, quote or line break (quotes doubled), controls replaced.
    private static func field(_ raw: String) -> String {
        let text = TerminalSafeText.escape(raw, form: .cells)
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
