import Foundation
import MeshtopModel
import MeshtopTelemetry

/// What `meshtop inspect` found in one input, ready to print as text or JSON.
///
/// The JSON has snake_case keys, as `report`'s has; the camelCase keys of earlier versions
/// (`familiesByKind`, `issueCount`, `megabytesPerSecond`) stay beside them for existing scripts.
struct InspectReport: Encodable {
    /// One problem, located.
    struct Issue: Encodable {
        var line: Int
        var column: Int
        var severity: String
        var reason: String
    }

    /// One family of `--families`.
    struct Family: Encodable {
        var name: String
        var kind: String
        var series: Int
    }

    var input: String
    var format: String?
    var families: Int
    var familiesByKind: [String: Int]
    var samples: Int
    var lines: Int
    var issueCount: Int
    var errors: Int
    var violations: Int
    var issues: [Issue]
    var bytes: Int
    var seconds: Double
    var megabytesPerSecond: Double
    /// Every family, most series first; nil unless `--families` asked for them.
    var seriesByFamily: [Family]?
    /// Where the input showed itself to be binary data, not telemetry text; nil for text.
    var binaryOffset: Int?

    init(
        input: String,
        parser: TelemetryParser,
        summary: TelemetrySummary,
        elapsed: Duration,
        listingFamilies: Bool = false,
        strict: StrictVerdict? = nil
    ) {
        self.input = input
        self.format = parser.format?.rawValue
        self.families = summary.familyCount
        self.familiesByKind = Dictionary(
            uniqueKeysWithValues: summary.familiesByKind.map { ($0.kind.keyword, $0.count) }
        )
        self.samples = summary.sampleCount
        self.lines = parser.lineCount
        self.issueCount = summary.issueCount + parser.suppressedIssueCount
        self.errors = summary.errorCount
        self.violations = summary.violationCount
        self.issues = (strict?.issues ?? summary.issues).map {
            Issue(line: $0.line, column: $0.column, severity: $0.severity.rawValue, reason: $0.reason)
        }
        if let strict {
            self.issueCount = strict.count
            self.errors = strict.errorCount
            self.violations = strict.violationCount
        }
        self.bytes = parser.byteCount
        self.binaryOffset = parser.binaryOffset
        let components = elapsed.components
        self.seconds = Double(components.seconds) + Double(components.attoseconds) * 1e-18
        self.megabytesPerSecond = seconds > 0 ? Double(bytes) / 1e6 / seconds : 0
        if listingFamilies {
            self.seriesByFamily = summary.seriesByFamily.map {
                Family(name: $0.name, kind: $0.kind.keyword, series: $0.series)
            }
        }
    }

    private enum CodingKeys: String, CodingKey {
        case input, format, families, samples, lines, errors, violations, issues, bytes, seconds
        case familiesByKind, issueCount, megabytesPerSecond
        case familiesByKindSnake = "families_by_kind"
        case issueCountSnake = "issue_count"
        case megabytesPerSecondSnake = "megabytes_per_second"
        case seriesByFamily = "series_by_family"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(input, forKey: .input)
        try container.encodeIfPresent(format, forKey: .format)
        try container.encode(families, forKey: .families)
        try container.encode(familiesByKind, forKey: .familiesByKind)
        try container.encode(familiesByKind, forKey: .familiesByKindSnake)
        try container.encode(samples, forKey: .samples)
        try container.encode(lines, forKey: .lines)
        try container.encode(issueCount, forKey: .issueCount)
        try container.encode(issueCount, forKey: .issueCountSnake)
        try container.encode(errors, forKey: .errors)
        try container.encode(violations, forKey: .violations)
        try container.encode(issues, forKey: .issues)
        try container.encode(bytes, forKey: .bytes)
        try container.encode(seconds, forKey: .seconds)
        try container.encode(megabytesPerSecond, forKey: .megabytesPerSecond)
        try container.encode(megabytesPerSecond, forKey: .megabytesPerSecondSnake)
        try container.encodeIfPresent(seriesByFamily, forKey: .seriesByFamily)
    }

    /// A few aligned lines for people.
    func text() -> String {
        let name = Terminal.safe(input)
        var lines = [name]
        lines.append("  format:    \(bytes == 0 ? "none (empty input)" : Self.formatName(format))")
        let kinds = familiesByKind.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        lines.append("  families:  \(families)" + (kinds.isEmpty ? "" : " (\(kinds))"))
        lines.append("  samples:   \(samples)")
        if issueCount == 0 {
            lines.append("  issues:    none")
        } else {
            let kinds = "\(Self.counted(errors, "error")), \(Self.counted(violations, "violation"))"
            lines.append("  issues:    \(issueCount) (\(kinds))")
            for issue in issues {
                let tag = issue.severity == "violation" ? " [violation]" : ""
                lines.append("    \(name):\(issue.line):\(issue.column): \(issue.reason)\(tag)")
            }
            if issueCount > issues.count { lines.append("    … and \(issueCount - issues.count) more") }
        }
        if let seriesByFamily { lines += Self.familyLines(seriesByFamily) }
        let size = bytes < 1_000_000 ? Self.counted(bytes, "byte") : String(format: "%.1f MB", Double(bytes) / 1e6)
        lines.append(
            "  read:      \(size) (\(self.lines) lines) in \(String(format: "%.3f", seconds)) s"
                + " (\(String(format: "%.0f", megabytesPerSecond)) MB/s)"
        )
        return lines.joined(separator: "\n")
    }

    /// One JSON object on one line.
    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: JSONText.escapingUnsafeCharacters(data), as: UTF8.self)
    }

    /// `--families` as a table: series, kind and name, most series first.
    private static func familyLines(_ families: [Family]) -> [String] {
        guard !families.isEmpty else { return ["  series by family: none"] }
        let seriesWidth = max("SERIES".count, families.map { String($0.series).count }.max() ?? 0)
        let kindWidth = max("KIND".count, families.map(\.kind.count).max() ?? 0)
        func row(_ series: String, _ kind: String, _ name: String) -> String {
            let paddedSeries = String(repeating: " ", count: seriesWidth - series.count) + series
            let paddedKind = kind + String(repeating: " ", count: kindWidth - kind.count)
            return "    \(paddedSeries)  \(paddedKind)  \(name)"
        }
        return ["  series by family:", row("SERIES", "KIND", "FAMILY")]
            + families.map { row(String($0.series), $0.kind, Terminal.safe($0.name)) }
    }

    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    private static func formatName(_ format: String?) -> String {
        switch format.flatMap(TelemetryFormat.init(rawValue:)) {
        case .prometheusText: "Prometheus text 0.0.4"
        case .openMetrics: "OpenMetrics 1.0"
        case .envoyStats: "Envoy /stats text"
        case .envoyStatsJSON: "Envoy /stats JSON"
        case nil: "unknown (no telemetry text)"
        }
    }
}
