import MeshtopTelemetry

extension MigrationPlan {
    /// The plan for a terminal: the steps in order with their evidence, what to do and the impact, then
    /// the YAML to apply. Every name from input is escaped, so no escape sequence reaches the terminal.
    package func text() -> String {
        var lines = [
            "STRICT migration plan, \(steps.count) namespace(s), "
                + (hasRates ? "figures per second over the window" : "one scrape: counts, no rates")
        ]
        for (number, step) in steps.enumerated() {
            lines.append("")
            lines.append(
                "\(number + 1). \(safe(step.namespace))  \(step.verdict)  \(step.mode.mode.rawValue) "
                    + "(\(safe(step.mode.origin.description)))"
            )
            lines += step.order.map { "   " + safe($0) }
            if !step.evidence.isEmpty {
                lines.append("   evidence:")
                lines += step.evidence.map { "     - " + safe($0.description) }
            }
            lines.append("   to do:")
            lines += step.todo.map { "     - " + safe($0) }
            if let impact = impactLine(step) { lines.append("   impact: " + impact) }
            if !step.resources.isEmpty {
                lines.append("   objects:")
                lines += step.resources.map { "     - " + safe($0.title) }
            }
        }
        lines += notes.map { "note: " + safe($0) }
        lines.append("")
        if resources.isEmpty {
            lines.append("Nothing to apply.")
        } else {
            lines.append("Objects to apply (`--format yaml` prints only these):")
            lines.append(yaml())
        }
        return lines.joined(separator: "\n") + (resources.isEmpty ? "\n" : "")
    }

    private func impactLine(_ step: MigrationStep) -> String? {
        let impact = step.impact
        switch step.action {
        case .switchToStrict, .fixRulesAndSwitch:
            return "STRICT refuses \(impact.afterStep)"
        case .switchWithExceptions:
            return "with the exceptions STRICT refuses \(impact.afterStep); without them it would refuse "
                + "\(impact.ifSwitchedNow)"
        case .fixFirst, .heldBack, .noChange:
            return "switching now would refuse \(impact.ifSwitchedNow)"
        case .alreadyStrict, .meshWide:
            return nil
        }
    }

    private func safe(_ text: String) -> String { TerminalSafeText.escape(text) }
}
