/// The label rules both formats share in strict mode, and those that tell them apart.
///
/// `promtool check metrics` rejects a label set naming a label twice (`a{a="1",a="1"} 1`), the reserved
/// label `__name__`, and an `le` (histogram) or `quantile` (summary) value that is not a float. OpenMetrics
/// 1.0 ("LabelSet", "Label") also requires unique names and reserves every name beginning with `_`.
enum StrictLabelRules {
    /// Reports a name used twice and reserved names.
    static func checkNames(
        _ labels: [StrictLabel],
        openMetrics: Bool,
        line: Int,
        into findings: inout StrictFindings
    ) {
        var seen = Set<String>()
        for label in labels {
            if !seen.insert(label.name).inserted {
                findings.add(line: line, column: label.column, "duplicate label name '\(label.name)'")
            }
            if label.name == "__name__" {
                findings.add(line: line, column: label.column, "label name __name__ is reserved")
            } else if openMetrics, label.name.hasPrefix("_") {
                findings.add(
                    line: line,
                    column: label.column,
                    "label name '\(label.name)' begins with '_' (reserved in OpenMetrics)"
                )
            }
        }
    }

    /// The float an `le` or `quantile` label holds, or nil after reporting that it is not one.
    static func float(
        of label: StrictLabel,
        line: Int,
        into findings: inout StrictFindings
    ) -> Double? {
        if let value = StrictNumber.number(Array(label.value.utf8)[...]) { return value }
        findings.add(
            line: line,
            column: label.column,
            "expected a float as the value of the '\(label.name)' label, got \"\(TerminalSafeText.escape(String(label.value.prefix(40))))\""
        )
        return nil
    }
}
