extension PrometheusTextParser {
    /// Parses a line that starts with `#`: `HELP`, `TYPE`, `UNIT`, `EOF`, a banner, or a plain comment.
    mutating func parseComment<C: SampleConsumer>(
        from start: UnsafePointer<UInt8>,
        to end: UnsafePointer<UInt8>,
        context: LineContext,
        into consumer: inout C
    ) {
        var position = start
        Self.skipBlanks(&position, end)
        let keywordStart = position
        Self.skipToken(&position, end)
        let keyword = UnsafeBufferPointer(start: keywordStart, count: position - keywordStart)
        if ByteText.equal(keyword, "EOF"), position == end {
            // In 0.0.4 text `# EOF` is a comment; either way it ends a scrape.
            afterEndOfFile = dialect == .openMetrics
            startNewScrape()
            return
        }
        let isHelp = ByteText.equal(keyword, "HELP")
        let isType = ByteText.equal(keyword, "TYPE")
        let isUnit = ByteText.equal(keyword, "UNIT")
        guard isHelp || isType || isUnit else {
            if Self.isBanner(UnsafeBufferPointer(start: keywordStart, count: end - keywordStart)) { startNewScrape() }
            return
        }
        Self.skipBlanks(&position, end)
        // Like expfmt, `# HELP` or `# TYPE` without a name, or with nothing after the name, is a plain comment.
        guard position < end, let name = familyName(at: &position, end: end, context: context, into: &consumer) else {
            return
        }
        guard position < end else { return }
        Self.skipBlanks(&position, end)
        let rest = UnsafeBufferPointer(start: position, count: end - position)
        if isHelp {
            describe(name, help: rest, at: keywordStart, context: context, into: &consumer)
        } else if isType {
            declare(name, kindText: rest, at: keywordStart, context: context, into: &consumer)
        } else if dialect == .prometheus {
            switchToOpenMetrics()
        }
    }

    /// Reads a plain or quoted family name; nil when there is none (or it is broken, which is reported).
    private func familyName<C: SampleConsumer>(
        at position: inout UnsafePointer<UInt8>,
        end: UnsafePointer<UInt8>,
        context: LineContext,
        into consumer: inout C
    ) -> UnsafeBufferPointer<UInt8>? {
        if position.pointee == UInt8(ascii: "\"") {
            guard let quoted = quotedName(from: position, to: end, context: context, into: &consumer) else {
                return nil
            }
            position = quoted.baseAddress! + quoted.count + 1
            return quoted
        }
        let nameStart = position
        Self.skipToken(&position, end)
        let name = UnsafeBufferPointer(start: nameStart, count: position - nameStart)
        guard Self.isMetricNameStart(nameStart.pointee), name.allSatisfy(Self.isMetricNameByte) else {
            fail("invalid metric name in comment", at: nameStart, context: context, into: &consumer)
            return nil
        }
        return name
    }

    private mutating func describe<C: SampleConsumer>(
        _ name: UnsafeBufferPointer<UInt8>,
        help: UnsafeBufferPointer<UInt8>,
        at keyword: UnsafePointer<UInt8>,
        context: LineContext,
        into consumer: inout C
    ) {
        let index = insertFamily(name)
        if families[index].described {
            flag("duplicate # HELP for \(ByteText.printable(name))", at: keyword, context: context, into: &consumer)
        }
        families[index].described = true
        guard help.contains(UInt8(ascii: "\\")) else { return consumer.describe(family: name, help: help) }
        scratch.removeAll(keepingCapacity: true)
        LabelEscaping.unescape(help, into: &scratch)
        scratch.withUnsafeBufferPointer { consumer.describe(family: name, help: $0) }
    }

    private mutating func declare<C: SampleConsumer>(
        _ name: UnsafeBufferPointer<UInt8>,
        kindText: UnsafeBufferPointer<UInt8>,
        at keyword: UnsafePointer<UInt8>,
        context: LineContext,
        into consumer: inout C
    ) {
        guard let kind = Self.kind(kindText) else {
            let text = ByteText.printable(kindText)
            return fail("unknown metric type '\(text)'", at: kindText.baseAddress!, context: context, into: &consumer)
        }
        if dialect == .prometheus, Self.isOpenMetricsOnly(kindText) { switchToOpenMetrics() }
        let index = insertFamily(name)
        let printable = ByteText.printable(name)
        if families[index].declared {
            flag("duplicate # TYPE for \(printable)", at: keyword, context: context, into: &consumer)
        } else if families[index].sampled {
            flag("# TYPE for \(printable) after its samples", at: keyword, context: context, into: &consumer)
        }
        families[index].declared = true
        families[index].kind = kind
        cachedFamily = CachedFamily(index: index, kind: kind, sampled: families[index].sampled, name: Array(name))
        consumer.declare(family: name, kind: kind)
    }

    /// The kind a `# TYPE` keyword names, in either dialect.
    static func kind(_ text: UnsafeBufferPointer<UInt8>) -> MetricKind? {
        if ByteText.equal(text, "counter") { return .counter }
        if ByteText.equal(text, "gauge") { return .gauge }
        if ByteText.equal(text, "histogram") { return .histogram }
        if ByteText.equal(text, "summary") { return .summary }
        if ByteText.equal(text, "untyped") || ByteText.equal(text, "unknown") { return .untyped }
        if ByteText.equal(text, "gaugehistogram") { return .gaugeHistogram }
        if ByteText.equal(text, "stateset") { return .stateSet }
        if ByteText.equal(text, "info") { return .info }
        return nil
    }

    /// Whether a `# TYPE` keyword exists only in OpenMetrics.
    static func isOpenMetricsOnly(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteText.equal(text, "unknown") || ByteText.equal(text, "gaugehistogram") || ByteText.equal(text, "stateset")
            || ByteText.equal(text, "info")
    }

    /// Whether a comment separates concatenated scrapes: `POD name …` or ending in `(N of M)`.
    static func isBanner(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        if ByteText.hasPrefix(text, "POD ") { return true }
        guard ByteText.hasSuffix(text, ")"), let open = text.lastIndex(of: UInt8(ascii: "(")) else { return false }
        let inside = text[(open + 1)..<(text.count - 1)].split(separator: UInt8(ascii: " "))
        return inside.count == 3 && ByteText.equal(UnsafeBufferPointer(rebasing: inside[1]), "of")
            && inside[0].allSatisfy { $0 &- UInt8(ascii: "0") < 10 }
            && inside[2].allSatisfy { $0 &- UInt8(ascii: "0") < 10 }
    }
}
