/// What strict mode reports for one input: the tolerant parser's issues and the strict checker's findings,
/// judged by the input's format.
///
/// OpenMetrics is judged by its specification alone, so valid text the tolerant reading flags (escapes
/// OpenMetrics allows, a timestamp beyond meshtop's millisecond range) passes; a finding on a line the
/// tolerant reading dropped is an `.error`. Prometheus text keeps every tolerant issue (they are what
/// `promtool` rejects) and adds the findings of ``StrictPromtoolRules``; Envoy text keeps the tolerant issues.
package struct StrictVerdict: Sendable {
    /// The issues, in line order, at most `limit` of them.
    package private(set) var issues: [ParseIssue]
    /// Every issue, listed or not.
    package private(set) var count: Int
    /// The issues that dropped a line, listed or not.
    package private(set) var errorCount: Int

    /// Judges an input in `format` from the `tolerant` issues listed (of `tolerantCount` in all, of which
    /// `tolerantErrors` dropped a line) and the strict `findings`, listing at most `limit`.
    package init(
        format: TelemetryFormat?,
        tolerant: [ParseIssue],
        tolerantCount: Int,
        tolerantErrors: Int,
        findings: StrictFindings,
        limit: Int
    ) {
        let strict = findings.sorted
        let merged: [ParseIssue]
        switch format {
        case .openMetrics:
            let dropped = Set(tolerant.filter { $0.severity == .error }.map(\.line))
            merged = strict.map { issue in
                var issue = issue
                if dropped.contains(issue.line) { issue.severity = .error }
                return issue
            }
            count = findings.count
            errorCount = merged.filter { $0.severity == .error }.count
        case .prometheusText, .envoyStats, .envoyStatsJSON, nil:
            merged = (tolerant + strict).enumerated()
                .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
                .map(\.element)
            count = tolerantCount + findings.count
            errorCount = tolerantErrors
        }
        issues = Array(merged.prefix(max(0, limit)))
    }

    /// The issues that were accepted but break the format's rules, listed or not.
    package var violationCount: Int { count - errorCount }

    /// Reads and judges a whole input at once, as `meshtop inspect --strict` does in a stream (for tests).
    package static func judge(_ bytes: [UInt8], limit: Int = 1000) -> StrictVerdict {
        var parser = TelemetryParser()
        var summary = TelemetrySummary(issueListLimit: limit)
        var checker = StrictChecker(maxLineLength: parser.options.maxLineLength)
        bytes.withUnsafeBytes { chunk in
            parser.feed(chunk, into: &summary)
            checker.feed(chunk, format: parser.format)
        }
        parser.finish(into: &summary)
        checker.finish(format: parser.format)
        return StrictVerdict(
            format: parser.format,
            tolerant: summary.issues,
            tolerantCount: summary.issueCount + parser.suppressedIssueCount,
            tolerantErrors: summary.errorCount,
            findings: checker.findings,
            limit: limit
        )
    }
}
