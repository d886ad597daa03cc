import MeshtopTelemetry

extension PolicyCheckReport {
    /// The report as plain text for a terminal or a CI log: modes, readiness, then findings and the result.
    ///
    /// Every name that came from input passes through ``TerminalSafeText/escape(_:)``, so escape
    /// sequences hidden in labels or resource names never reach the terminal.
    package func text() -> String {
        var lines: [String] = []
        lines.append("Mesh (root namespace \(TerminalSafeText.escape(rootNamespace))): \(Self.describe(mesh))")
        lines.append("")
        lines.append(contentsOf: readinessSection())
        lines.append("")
        lines.append(contentsOf: findingsSection())
        if !notes.isEmpty {
            lines.append("")
            lines.append("Notes:")
            lines.append(contentsOf: notes.map { "  " + TerminalSafeText.escape($0) })
        }
        lines.append("")
        lines.append(resultLine)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `PASS` or `FAIL`, with the count that decided it.
    package var resultLine: String {
        let atOrAbove = findings.filter { $0.finding.severity >= failureThreshold }.count
        let verdict = failed ? "FAIL" : "PASS"
        return "\(verdict): \(atOrAbove) finding(s) at or above \(failureThreshold.rawValue)"
            + " (\(findings.count) shown, \(suppressedCount) suppressed)"
    }

    private func readinessSection() -> [String] {
        guard !namespaces.isEmpty || !workloads.isEmpty else {
            return ["STRICT readiness: no namespaces or workloads known (pass policies, --pods or telemetry)"]
        }
        var rows: [(name: String, verdict: String, mode: String, blockers: [ReadinessBlocker])] = []
        let workloadsByNamespace = Dictionary(grouping: workloads, by: \.namespace)
        for namespace in namespaces {
            rows.append((namespace.name, namespace.readiness, Self.describe(namespace.mode), namespace.blockers))
            for workload in workloadsByNamespace[namespace.name] ?? [] {
                rows.append(("  " + workload.name, workload.readiness, describe(workload), workload.blockers))
            }
        }
        let nameWidth = max(
            "NAMESPACE / WORKLOAD".count,
            rows.map { TerminalSafeText.escape($0.name).count }.max() ?? 0
        )
        let verdictWidth = max("ALREADY STRICT".count, rows.map(\.verdict.count).max() ?? 0)
        var lines = [
            "STRICT readiness:",
            "  " + Self.pad("NAMESPACE / WORKLOAD", nameWidth) + "  " + Self.pad("VERDICT", verdictWidth)
                + "  EFFECTIVE MODE",
        ]
        for row in rows {
            lines.append(
                "  " + Self.pad(TerminalSafeText.escape(row.name), nameWidth) + "  "
                    + Self.pad(row.verdict, verdictWidth)
                    + "  " + row.mode
            )
            lines.append(contentsOf: row.blockers.map { "      blocked by " + TerminalSafeText.escape($0.description) })
        }
        return lines
    }

    private func describe(_ workload: WorkloadEntry) -> String {
        var mode = Self.describe(workload.mode)
        for (port, entry) in workload.ports.sorted(by: { $0.key < $1.key }) {
            mode += "; port \(port): \(Self.describe(entry))"
        }
        if workload.selectorMatchIsGuess { mode += " [selector match guessed from telemetry labels]" }
        return mode
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private func findingsSection() -> [String] {
        guard !findings.isEmpty else { return ["Findings: none"] }
        var lines = ["Findings:"]
        for entry in findings {
            let finding = entry.finding
            let port = finding.port.map { ":\($0)" } ?? ""
            lines.append(
                "  \(finding.severity.rawValue.uppercased()) \(finding.code.rawValue) "
                    + "\(TerminalSafeText.escape(finding.subject))\(port): \(TerminalSafeText.escape(finding.message))"
            )
            lines.append("      \(finding.code.title); equivalent: \(finding.code.equivalents)")
        }
        return lines
    }

    private static func describe(_ entry: ModeEntry) -> String {
        "\(entry.mode.rawValue) (\(TerminalSafeText.escape(entry.origin)))"
    }
}
