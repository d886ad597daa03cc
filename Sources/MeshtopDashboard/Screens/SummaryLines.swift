import MeshtopModel

/// Summary lines more than one screen draws.
enum SummaryLines {
    /// The unit of request figures: rates, or totals when the data is a single scrape.
    static func requestUnit(_ state: AppState) -> String {
        state.model.isCumulative ? "requests (one scrape)" : "req/s"
    }

    /// `Requests: ✓ mTLS 80.0%  ✗ PLAIN 20.0%  … of 12.3 req/s`: each share and the total with its unit are
    /// shown whole; where the line would not fit in `width` columns, classes with no traffic give way first.
    static func shares(
        _ rates: ClassCounts,
        label: String,
        unit: String,
        counts: Bool,
        glyphs: Glyphs,
        width: Int
    ) -> LineWriter {
        let total = rates.total
        func line(keepingEmptyClasses: Bool) -> LineWriter {
            var line = LineWriter()
            line.add(label + ": ", .dim)
            for securityClass in SecurityClass.allCases {
                guard keepingEmptyClasses || total == 0 || rates[securityClass] > 0 else { continue }
                let share = total > 0 ? rates[securityClass] / total : nil
                line.add(
                    "\(securityClass.mark(glyphs)) \(securityClass.word) \(Format.percent(share))",
                    securityClass.role,
                    cut: .whole
                )
                line.add("  ", .text)
            }
            line.add("of \(counts ? Format.count(total) : Format.rate(total)) \(unit)", .dim, cut: .whole)
            return line
        }
        let full = line(keepingEmptyClasses: true)
        return full.width <= width ? full : line(keepingEmptyClasses: false)
    }

    /// `0 CRIT 2 WARN 1 INFO` after a prefix, most serious first.
    static func appendAlertCounts(_ counts: [AlertSeverity: Int], prefix: String, to line: inout LineWriter) {
        line.add(prefix, .dim)
        for severity in AlertSeverity.allCases.reversed() {
            let count = counts[severity] ?? 0
            line.add("\(count) \(severity.word) ", count > 0 ? severity.role : .dim)
        }
    }
}

extension SummaryLines {
    /// The namespace and workload screens' second line: inbound requests and connections by class.
    static func inbound(_ rates: ClassCounts, state: AppState, width: Int) -> LineWriter {
        shares(
            rates,
            label: "Inbound",
            unit: state.model.isCumulative ? "requests and connections (one scrape)" : "req+conn/s",
            counts: state.model.isCumulative,
            glyphs: state.glyphs,
            width: width
        )
    }
}
