/// Parses Envoy admin `/stats` text, one line at a time, into samples named as `/stats/prometheus` would.
///
/// Grammar (telemetry-formats §1.2): `<name>: <value>` split at the first `": "`, where the value is an
/// unsigned 64-bit integer (counter or gauge, kind per ``EnvoyStatKind``), a quoted text readout
/// (content not escaped), `No recorded values`, `P<q>(<interval>,<cumulative>) …` quantiles (a summary
/// with `quantile` labels; interval values are ignored), or `B<bound>(<interval>,<count>) …` buckets (a
/// histogram; `histogram_buckets=disjoint` output cannot be told from `cumulative` and is passed on as
/// written). A line `<name>:` opens a `detailed` block whose indented `totals=` line becomes cumulative
/// buckets. Stat names are mapped by ``EnvoyStatName``. Bad lines are reported and skipped.
///
/// Copies of a parser share their scratch storage: use each copy from one place only.
package struct EnvoyStatsParser {
    /// Maps names and emits samples (shared with the histogram extension).
    var emitter = EnvoySampleEmitter()
    /// The name of the open `detailed` block, if any.
    var detailedName: [UInt8] = []
    private var inDetailed = false

    /// Creates a parser.
    package init() {}

    /// Parses one line, given without its newline.
    package mutating func parseLine<C: SampleConsumer>(
        _ line: UnsafeBufferPointer<UInt8>,
        lineNumber: Int,
        into consumer: inout C
    ) {
        var line = line
        if line.last == UInt8(ascii: "\r") { line = line.slice(upTo: line.count - 1) }
        guard let first = line.first else { return }
        if first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") {
            if inDetailed {
                detailedLine(line, lineNumber: lineNumber, into: &consumer)
            } else if !isBlank(line) {
                consumer.report(ParseIssue(line: lineNumber, column: 1, reason: "indented line outside a detailed histogram"))
            }
            return
        }
        inDetailed = false
        var colon = -1
        var semicolon = -1
        var index = 0
        let count = line.count
        while index + 1 < count {
            let byte = line[index]
            if byte == UInt8(ascii: ":") {
                if line[index + 1] == UInt8(ascii: " ") {
                    colon = index
                    break
                }
            } else if byte == UInt8(ascii: ";"), semicolon < 0 {
                semicolon = index
            }
            index += 1
        }
        guard colon > 0 else {
            return noSeparator(line, lineNumber: lineNumber, colon: colon, into: &consumer)
        }
        let name = line.slice(upTo: colon)
        let value = line.slice(from: colon + 2)
        emitter.start(name, semicolon: semicolon, line: lineNumber)
        parseValue(value, column: colon + 3, into: &consumer)
    }

    /// Closes a `detailed` block left open at the end of the input.
    package mutating func finish<C: SampleConsumer>(into consumer: inout C) {
        inDetailed = false
    }

    /// A line without `": "`: the header of a `detailed` block, or an error.
    private mutating func noSeparator<C: SampleConsumer>(
        _ line: UnsafeBufferPointer<UInt8>,
        lineNumber: Int,
        colon: Int,
        into consumer: inout C
    ) {
        if colon == 0 {
            return consumer.report(ParseIssue(line: lineNumber, column: 1, reason: "empty stat name"))
        }
        guard line.count > 1, line.last == UInt8(ascii: ":") else {
            return consumer.report(
                ParseIssue(line: lineNumber, column: line.count + 1, reason: "expected `name: value`")
            )
        }
        detailedName.removeAll(keepingCapacity: true)
        detailedName.append(contentsOf: line.slice(upTo: line.count - 1))
        inDetailed = true
        let name = detailedName
        name.withUnsafeBufferPointer { emitter.start($0, line: lineNumber) }
        emitter.declare(.histogram, into: &consumer)
    }

    /// Dispatches on the first byte of the value.
    private mutating func parseValue<C: SampleConsumer>(
        _ value: UnsafeBufferPointer<UInt8>,
        column: Int,
        into consumer: inout C
    ) {
        guard let first = value.first else {
            return consumer.report(ParseIssue(line: lineNumber, column: column, reason: "missing value"))
        }
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            switch EnvoyNumber.unsigned(value) {
            case .value(let integer):
                emitter.scalar(Double(integer), exact: integer, into: &consumer)
            case .overflow:
                consumer.report(ParseIssue(line: lineNumber, column: column, reason: "integer does not fit 64 bits"))
            case .notInteger:
                guard let double = EnvoyNumber.double(value) else { return badValue(column, into: &consumer) }
                emitter.scalar(double, exact: nil, into: &consumer)
            }
        case UInt8(ascii: "\""):
            guard value.count >= 2, value.last == UInt8(ascii: "\"") else {
                return consumer.report(
                    ParseIssue(line: lineNumber, column: column + value.count, reason: "unterminated text readout")
                )
            }
            emitter.textReadout(UnsafeBufferPointer(rebasing: value[1..<(value.count - 1)]), into: &consumer)
        case UInt8(ascii: "N") where ByteText.equal(value, "No recorded values"):
            emitter.declare(.summary, into: &consumer)
        case UInt8(ascii: "P"):
            emitter.declare(.summary, into: &consumer)
            parseHistogram(value, column: column, bucketPrefix: UInt8(ascii: "P"), into: &consumer)
        case UInt8(ascii: "B"):
            emitter.declare(.histogram, into: &consumer)
            parseHistogram(value, column: column, bucketPrefix: UInt8(ascii: "B"), into: &consumer)
        default:
            guard let double = EnvoyNumber.double(value) else { return badValue(column, into: &consumer) }
            emitter.scalar(double, exact: nil, into: &consumer)
        }
    }

    private var lineNumber: Int { emitter.line }

    private func badValue<C: SampleConsumer>(_ column: Int, into consumer: inout C) {
        consumer.report(
            ParseIssue(
                line: lineNumber, column: column,
                reason: "value is not an integer, a quoted text, a histogram or `No recorded values`"
            )
        )
    }

    private func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in line where byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") { return false }
        return true
    }
}
