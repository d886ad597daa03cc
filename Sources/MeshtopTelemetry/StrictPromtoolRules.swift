/// The rules `promtool check metrics` applies to Prometheus text 0.0.4 beyond those the tolerant parser
/// already flags: no label named twice in a label set, no `__name__` label, a float as the value of
/// every `le` label of a histogram family and every `quantile` label of a summary family, and a sample
/// value in Go's decimal float syntax (no `0x1p-3`).
///
/// Lines are read as leniently as the text format allows; a line the tolerant parser cannot read is its
/// to report, so it is skipped here.
struct StrictPromtoolRules {
    /// The kind each `# TYPE` declared, by family name.
    private var kinds: [String: MetricKind] = [:]

    /// Judges line `number` (without its line feed).
    mutating func check(line: [UInt8], number: Int, into findings: inout StrictFindings) {
        var start = 0
        while start < line.count, line[start] == UInt8(ascii: " ") || line[start] == UInt8(ascii: "\t") {
            start += 1
        }
        var end = line.count
        while end > start, PrometheusTextParser.isTrailingSpace(line[end - 1]) { end -= 1 }
        guard start < end else { return }
        let text = Array(line[start..<end])
        if text[0] == UInt8(ascii: "#") { return declare(text) }
        var lexer = StrictSampleLexer(line: text, exact: false)
        guard let sample = try? lexer.read() else { return }
        let shift = start
        let labels = sample.labels.map { StrictLabel(name: $0.name, value: $0.value, column: $0.column + shift) }
        StrictLabelRules.checkNames(labels, openMetrics: false, line: number, into: &findings)
        checkValue(sample, column: sample.valueColumn + shift, line: number, into: &findings)
        let numeric: String
        switch kind(of: sample.name) {
        case .histogram: numeric = "le"
        case .summary: numeric = "quantile"
        default: return
        }
        for label in labels where label.name == numeric {
            _ = StrictLabelRules.float(of: label, line: number, into: &findings)
        }
    }

    /// Reports a value the tolerant reading accepts but Go's float syntax does not (`0x1p-3`); a value
    /// neither reads is the tolerant parser's to report.
    private func checkValue(_ sample: StrictSampleLine, column: Int, line: Int, into findings: inout StrictFindings) {
        let text = sample.valueText
        guard StrictNumber.number(text[...]) == nil,
            text.withUnsafeBufferPointer({ DecimalParser.value($0.baseAddress!, count: $0.count) }) != nil
        else { return }
        findings.add(
            line: line,
            column: column,
            "expected a float as the value, got '\(StrictSampleLexer.printable(text[...]))'"
        )
    }

    /// Notes the kind of a `# TYPE name kind` line; `# EOF` starts a new scrape.
    private mutating func declare(_ text: [UInt8]) {
        let words = text.dropFirst().split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
        if words.count == 1, String(decoding: words[0], as: UTF8.self) == "EOF" { kinds.removeAll() }
        guard words.count == 3, String(decoding: words[0], as: UTF8.self) == "TYPE" else { return }
        let name = String(decoding: words[1], as: UTF8.self)
        let kind = words[2].withUnsafeBufferPointer { PrometheusTextParser.kind($0) }
        if kinds[name] == nil, let kind { kinds[name] = kind }
    }

    /// The kind of the family a sample belongs to, as `expfmt` resolves it: the name's own `# TYPE`, or
    /// that of the name without `_bucket`, `_count` or `_sum` when it declares a histogram or summary.
    private func kind(of name: String) -> MetricKind? {
        if let kind = kinds[name] { return kind }
        for suffix in ["_bucket", "_count", "_sum"] where name.hasSuffix(suffix) {
            let base = String(name.dropLast(suffix.count))
            switch kinds[base] {
            case .histogram: return .histogram
            case .summary where suffix != "_bucket": return .summary
            default: continue
            }
        }
        return nil
    }
}
