/// One label of a sample or exemplar as strict checking reads it.
struct StrictLabel: Hashable {
    /// The label name.
    var name: String
    /// The unescaped value.
    var value: String
    /// The 1-based column of the name.
    var column: Int
}

/// The exemplar of an OpenMetrics sample line.
struct StrictExemplar {
    /// The exemplar's labels.
    var labels: [StrictLabel]
    /// Its value.
    var value: Double
    /// The 1-based column of its `#`.
    var column: Int
}

/// A sample line taken apart: `name{labels} value [timestamp] [# {labels} value [timestamp]]`.
struct StrictSampleLine {
    /// The sample's metric name.
    var name: String
    /// Its labels in input order.
    var labels: [StrictLabel]
    /// Its value.
    var value: Double
    /// The 1-based column of the value.
    var valueColumn: Int
    /// The value as written.
    var valueText: [UInt8] = []
    /// Its timestamp in seconds (OpenMetrics), if any.
    var timestamp: Double?
    /// The exemplar, if any.
    var exemplar: StrictExemplar?

    /// The value of label `name`, if the sample has it.
    func label(_ name: String) -> StrictLabel? { labels.first { $0.name == name } }
}

/// Why a sample line could not be taken apart.
struct StrictLineFailure: Error {
    /// The 1-based column where reading stopped.
    var column: Int
    /// What was expected there.
    var reason: String
}

/// Takes a sample line apart by OpenMetrics' ABNF (`exact`: single spaces, no blanks inside the label set,
/// no trailing comma, `number` and `realnumber` syntax) or, for text 0.0.4, as leniently as the text
/// format allows (blanks around tokens, a trailing comma), in which case only the labels and the value's
/// text are read (the value is NaN when it is not a number).
struct StrictSampleLexer {
    private let bytes: [UInt8]
    private let exact: Bool
    private var index = 0

    /// Creates a lexer for `line` (without its line feed).
    init(line: [UInt8], exact: Bool) {
        self.bytes = line
        self.exact = exact
    }

    /// Reads the whole line.
    mutating func read() throws(StrictLineFailure) -> StrictSampleLine {
        let name = try metricName()
        var labels: [StrictLabel] = []
        if !exact {
            let afterName = index
            skipBlanks()
            if peek != UInt8(ascii: "{") { index = afterName }
        }
        if peek == UInt8(ascii: "{") { labels = try labelSet() }
        try separator(before: "the value")
        let valueColumn = index + 1
        let valueText = token()
        guard let value = StrictNumber.number(valueText) ?? (exact ? nil : .nan) else {
            throw failure(
                at: valueColumn,
                StrictNumber.overflows(valueText)
                    ? "value does not fit a 64-bit float"
                    : "invalid value '\(Self.printable(valueText))' (not an OpenMetrics number)"
            )
        }
        var sample = StrictSampleLine(
            name: name,
            labels: labels,
            value: value,
            valueColumn: valueColumn,
            valueText: Array(valueText)
        )
        guard exact else { return sample }
        if index < bytes.count, bytes[index] == UInt8(ascii: " "), index + 1 < bytes.count,
            bytes[index + 1] != UInt8(ascii: "#")
        {
            index += 1
            sample.timestamp = try timestamp()
        }
        if index < bytes.count { sample.exemplar = try exemplar() }
        return sample
    }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func failure(at column: Int? = nil, _ reason: String) -> StrictLineFailure {
        StrictLineFailure(column: column ?? index + 1, reason: reason)
    }

    private mutating func skipBlanks() {
        while let byte = peek, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { index += 1 }
    }

    /// One space (OpenMetrics) or any blanks (0.0.4) before `what`.
    private mutating func separator(before what: String) throws(StrictLineFailure) {
        guard peek == UInt8(ascii: " ") || (!exact && peek == UInt8(ascii: "\t")) else {
            throw failure(peek == nil ? "missing \(what)" : "expected a space before \(what)")
        }
        index += 1
        if exact {
            if peek == UInt8(ascii: " ") || peek == UInt8(ascii: "\t") {
                throw failure("more than one space before \(what) (the grammar has exactly one)")
            }
        } else {
            skipBlanks()
        }
        if peek == nil { throw failure("missing \(what)") }
    }

    private mutating func token() -> ArraySlice<UInt8> {
        let start = index
        while let byte = peek, byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t") { index += 1 }
        return bytes[start..<index]
    }

    private mutating func metricName() throws(StrictLineFailure) -> String {
        let start = index
        guard let first = peek, PrometheusTextParser.isMetricNameStart(first) else {
            throw failure("invalid metric name")
        }
        index += 1
        while let byte = peek, PrometheusTextParser.isMetricNameByte(byte) { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func labelSet() throws(StrictLineFailure) -> [StrictLabel] {
        index += 1
        var labels: [StrictLabel] = []
        if !exact { skipBlanks() }
        if peek == UInt8(ascii: "}") {
            index += 1
            return labels
        }
        while true {
            if !exact { skipBlanks() }
            if !exact, peek == UInt8(ascii: "}"), !labels.isEmpty {
                index += 1
                return labels
            }
            labels.append(try label())
            if !exact { skipBlanks() }
            switch peek {
            case UInt8(ascii: ","):
                index += 1
                if exact, peek == UInt8(ascii: "}") { throw failure("trailing comma in the label set") }
            case UInt8(ascii: "}"):
                index += 1
                return labels
            case nil:
                throw failure("missing '}' at the end of the label set")
            default:
                throw failure("expected ',' or '}' after the label value")
            }
        }
    }

    private mutating func label() throws(StrictLineFailure) -> StrictLabel {
        let column = index + 1
        let start = index
        guard let first = peek, PrometheusTextParser.isLabelNameStart(first) else {
            throw failure("invalid label name")
        }
        index += 1
        while let byte = peek, PrometheusTextParser.isLabelNameByte(byte) { index += 1 }
        let name = String(decoding: bytes[start..<index], as: UTF8.self)
        if !exact { skipBlanks() }
        guard peek == UInt8(ascii: "=") else { throw failure("expected '=' after the label name") }
        index += 1
        if !exact { skipBlanks() }
        guard peek == UInt8(ascii: "\"") else { throw failure("expected '\"' to open the label value") }
        index += 1
        var value: [UInt8] = []
        while true {
            guard let byte = peek else { throw failure(at: column, "label value is not closed on this line") }
            index += 1
            if byte == UInt8(ascii: "\"") { break }
            guard byte == UInt8(ascii: "\\") else {
                value.append(byte)
                continue
            }
            guard let escaped = peek else { throw failure(at: column, "label value is not closed on this line") }
            index += 1
            switch escaped {
            case UInt8(ascii: "n"): value.append(UInt8(ascii: "\n"))
            case UInt8(ascii: "\\"), UInt8(ascii: "\""): value.append(escaped)
            default: value += [byte, escaped]
            }
        }
        return StrictLabel(name: name, value: String(decoding: value, as: UTF8.self), column: column)
    }

    private mutating func timestamp() throws(StrictLineFailure) -> Double {
        let column = index + 1
        if peek == UInt8(ascii: " ") { throw failure("more than one space before the timestamp") }
        let text = token()
        guard let seconds = StrictNumber.realNumber(text) else {
            throw failure(
                at: column,
                StrictNumber.overflows(text)
                    ? "timestamp does not fit a 64-bit float"
                    : "invalid timestamp '\(Self.printable(text))' (must be a real number of seconds)"
            )
        }
        return seconds
    }

    private mutating func exemplar() throws(StrictLineFailure) -> StrictExemplar {
        let column = index + 2
        guard bytes[index...].starts(with: Array(" # {".utf8)) else {
            throw failure(
                bytes[index] == UInt8(ascii: " ") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "#")
                    ? "invalid exemplar: expected ' # {'" : "unexpected text after the sample"
            )
        }
        index += 3
        let labels = try labelSet()
        try separator(before: "the exemplar value")
        let valueColumn = index + 1
        let text = token()
        guard let value = StrictNumber.number(text) else {
            throw failure(at: valueColumn, "invalid exemplar value '\(Self.printable(text))'")
        }
        if index < bytes.count {
            try separator(before: "the exemplar timestamp")
            _ = try timestamp()
            if index < bytes.count { throw failure("unexpected text after the exemplar") }
        }
        return StrictExemplar(labels: labels, value: value, column: column)
    }

    static func printable(_ text: ArraySlice<UInt8>) -> String {
        Array(text).withUnsafeBufferPointer { ByteText.printable($0) }
    }
}
