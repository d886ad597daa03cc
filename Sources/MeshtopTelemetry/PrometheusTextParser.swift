/// Parses Prometheus text exposition 0.0.4 and OpenMetrics 1.0, one line at a time.
///
/// One lexer serves both: the ``Dialect`` decides how timestamps are read (integer milliseconds or float
/// seconds) and which rules are violations. The parser is tolerant: a bad line becomes an `.error` issue
/// and is dropped; what `promtool` would reject but can be understood (duplicate `# TYPE`, `# TYPE` after
/// samples, float timestamps in 0.0.4, content after `# EOF`) is kept and reported as a `.violation`.
/// `# EOF` and banner comments (`# POD name (1 of 3)`) start a new scrape, so concatenated dumps load.
package struct PrometheusTextParser {
    /// Which of the two text formats the input is.
    package enum Dialect: Sendable {
        /// Prometheus text 0.0.4: integer millisecond timestamps.
        case prometheus
        /// OpenMetrics 1.0: float second timestamps, `# UNIT`, `# EOF`, exemplars.
        case openMetrics
    }

    /// The dialect in force; `# UNIT` or an OpenMetrics-only `# TYPE` in 0.0.4 text switches it to OpenMetrics.
    package private(set) var dialect: Dialect

    var families = FamilyTable()
    let labelStorage = LabelStorage()
    /// The family of the previous sample, to skip the table for runs of samples of one family.
    var cachedFamily: CachedFamily?
    /// Unescaping room for `# HELP` text.
    var scratch: [UInt8] = []
    /// Whether `# EOF` was the last thing seen.
    var afterEndOfFile = false
    /// Whether the previous line ended inside a quoted label value (its continuation line is dropped).
    var inBrokenLabelValue = false
    /// Whether any non-blank line was seen.
    var sawContent = false
    /// The last line number handed in.
    var lastLineNumber = 0

    /// Creates a parser for `dialect`.
    package init(dialect: Dialect = .prometheus) {
        self.dialect = dialect
    }

    /// Parses one line (without its newline) and hands what it finds to `consumer`.
    package mutating func parseLine<C: SampleConsumer>(
        _ line: UnsafeBufferPointer<UInt8>,
        lineNumber: Int,
        into consumer: inout C
    ) {
        lastLineNumber = lineNumber
        guard let base = line.baseAddress, let (start, end) = Self.trimmed(line) else { return }
        let context = LineContext(start: base, number: lineNumber)
        if inBrokenLabelValue {
            inBrokenLabelValue = false
            if Self.continuesBrokenLabelValue(from: start, to: end) { return }
        }
        sawContent = true
        if afterEndOfFile {
            afterEndOfFile = false
            consumer.report(
                ParseIssue(
                    line: lineNumber,
                    column: 1,
                    reason: "content after # EOF (read as a new scrape)",
                    severity: .violation
                )
            )
        }
        if start.pointee == UInt8(ascii: "#") {
            parseComment(from: start + 1, to: end, context: context, into: &consumer)
        } else {
            parseSample(from: start, to: end, context: context, into: &consumer)
        }
    }

    /// Reports what only the end of the input reveals (an OpenMetrics text without `# EOF`).
    package mutating func finish<C: SampleConsumer>(into consumer: inout C) {
        if dialect == .openMetrics, sawContent, !afterEndOfFile {
            consumer.report(
                ParseIssue(
                    line: max(lastLineNumber, 1),
                    column: 1,
                    reason: "OpenMetrics text does not end with # EOF",
                    severity: .violation
                )
            )
        }
        afterEndOfFile = false
    }

    /// Forgets the families of the previous scrape.
    mutating func startNewScrape() {
        families.removeAll()
        cachedFamily = nil
    }

    /// The most families remembered at once; past it the table starts over, so memory stays bounded even
    /// for input with millions of distinct metric names (only duplicate-`# TYPE` checks are lost).
    static let familyLimit = 1 << 14

    /// The index of family `name` in the table, adding it when new.
    mutating func insertFamily(_ name: UnsafeBufferPointer<UInt8>) -> Int {
        if families.count >= Self.familyLimit, families.index(of: name) == nil { startNewScrape() }
        return families.insert(name)
    }

    /// Switches to OpenMetrics when its syntax shows up after sniffing chose 0.0.4.
    mutating func switchToOpenMetrics() { dialect = .openMetrics }

    /// Whether a line is the rest of a label value cut by a raw newline: text, a quote, then `}` or `,`.
    static func continuesBrokenLabelValue(from start: UnsafePointer<UInt8>, to end: UnsafePointer<UInt8>) -> Bool {
        var position = ByteScan.first(UInt8(ascii: "\""), from: start, to: end)
        guard position < end else { return false }
        position += 1
        skipBlanks(&position, end)
        return position < end && (position.pointee == UInt8(ascii: "}") || position.pointee == UInt8(ascii: ","))
    }

    /// Where `line` starts and ends without leading blanks and trailing blanks or carriage return; nil when
    /// nothing is left.
    @inline(__always)
    static func trimmed(_ line: UnsafeBufferPointer<UInt8>) -> (UnsafePointer<UInt8>, UnsafePointer<UInt8>)? {
        guard let base = line.baseAddress else { return nil }
        var start = base
        var end = base + line.count
        while start < end, start.pointee == UInt8(ascii: " ") || start.pointee == UInt8(ascii: "\t") { start += 1 }
        while end > start, isTrailingSpace(end[-1]) { end -= 1 }
        return start < end ? (start, end) : nil
    }

    @inline(__always)
    static func isTrailingSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    /// Reports an `.error` at `position` (the line is dropped by the caller).
    @inline(never)
    func fail<C: SampleConsumer>(
        _ reason: String,
        at position: UnsafePointer<UInt8>,
        context: LineContext,
        into consumer: inout C
    ) {
        consumer.report(ParseIssue(line: context.number, column: context.column(of: position), reason: reason))
    }

    /// Reports a `.violation` at `position` (the line is kept).
    @inline(never)
    func flag<C: SampleConsumer>(
        _ reason: String,
        at position: UnsafePointer<UInt8>,
        context: LineContext,
        into consumer: inout C
    ) {
        consumer.report(
            ParseIssue(line: context.number, column: context.column(of: position), reason: reason, severity: .violation)
        )
    }
}

/// Where a line starts and which it is, to turn positions into 1-based columns.
struct LineContext {
    /// The first byte of the line.
    let start: UnsafePointer<UInt8>
    /// The 1-based line number.
    let number: Int

    /// The 1-based column of `position`.
    @inline(__always)
    func column(of position: UnsafePointer<UInt8>) -> Int { position - start + 1 }
}

/// The family of the previous sample and its name, copied so it survives the line it came from.
struct CachedFamily {
    /// The family's index in the ``FamilyTable``.
    var index: Int
    /// The family's kind.
    var kind: MetricKind
    /// Whether a sample of it was already recorded in the table.
    var sampled: Bool
    /// The family name.
    var name: [UInt8]
}
