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
                consumer.report(
                    ParseIssue(line: lineNumber, column: 1, reason: "indented line outside a detailed histogram")
                )
            }
            return
        }
        inDetailed = false
        if let (colon, integer) = Self.integerTail(of: line) {
            // The common case, `name: 123`, found from the end without reading the name.
            emitter.start(line.slice(upTo: colon), line: lineNumber)
            return emitter.scalar(Double(integer), exact: integer, into: &consumer)
        }
        let colon = Self.separator(in: line)
        guard colon > 0 else {
            return noSeparator(line, lineNumber: lineNumber, colon: colon, into: &consumer)
        }
        emitter.start(line.slice(upTo: colon), line: lineNumber)
        parseValue(line.slice(from: colon + 2), column: colon + 3, into: &consumer)
    }

    /// Closes a `detailed` block left open at the end of the input.
    package mutating func finish<C: SampleConsumer>(into consumer: inout C) {
        inDetailed = false
    }

    /// The index of the `": "` and the value of a line ending in `": "` and at most 19 digits.
    ///
    /// Envoy splits at the first `": "`; a name holding `": "` itself would make such a line invalid, so
    /// taking the last one here only accepts more. Up to seven digits (nearly every counter) are read from
    /// the line's last eight bytes at once.
    @inline(__always)
    private static func integerTail(of line: UnsafeBufferPointer<UInt8>) -> (Int, UInt64)? {
        let count = line.count
        guard count >= 10, let base = line.baseAddress else { return integerTailByBytes(of: line) }
        let word = UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self)
        let digits = EnvoyNumber.trailingDigitCount(word)
        guard digits < 8 else { return integerTailByBytes(of: line) }
        let colon = count - digits - 2
        guard digits > 0, base[colon] == UInt8(ascii: ":"), base[colon + 1] == UInt8(ascii: " ") else { return nil }
        return (colon, EnvoyNumber.trailingDigitsValue(word, count: digits))
    }

    /// ``integerTail(of:)`` one byte at a time, for short lines and long numbers.
    private static func integerTailByBytes(of line: UnsafeBufferPointer<UInt8>) -> (Int, UInt64)? {
        var index = line.count - 1
        let lowest = max(line.count - 19, 2)
        var value: UInt64 = 0
        var scale: UInt64 = 1
        while index >= lowest {
            let digit = line[index] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            value &+= UInt64(digit) &* scale
            scale &*= 10
            index -= 1
        }
        guard index < line.count - 1, index >= 2, line[index] == UInt8(ascii: " "),
            line[index - 1] == UInt8(ascii: ":")
        else { return nil }
        return (index - 1, value)
    }

    /// The index of the first `": "` (-1 when absent), eight bytes at a time.
    @inline(__always)
    private static func separator(in line: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = line.baseAddress else { return -1 }
        let count = line.count
        var index = 0
        while index < count - 1 {
            if index + 8 <= count {
                // Find a zero byte after xor with `:` (0x3A).
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) ^ 0x3A3A_3A3A_3A3A_3A3A
                if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
            }
            let stop = min(index + 8, count - 1)
            while index < stop {
                if base[index] == UInt8(ascii: ":"), base[index + 1] == UInt8(ascii: " ") { return index }
                index += 1
            }
        }
        return -1
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
                line: lineNumber,
                column: column,
                reason: "value is not an integer, a quoted text, a histogram or `No recorded values`"
            )
        )
    }

    private func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in line where byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") { return false }
        return true
    }
}
