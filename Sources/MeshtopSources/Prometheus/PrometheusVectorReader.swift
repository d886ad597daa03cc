/// Reads an `/api/v1/query` answer in one pass over its bytes, handing each vector element on as it is read.
///
/// A whole-mesh aggregation at a million series answers some 100k elements; decoding that into dictionaries
/// first held several times the body in memory. This reader keeps only the element being read. It accepts
/// what ``PrometheusAPIResponse`` accepts — any key order, unknown keys, every JSON escape — and reports the
/// same errors; nesting deeper than ``maximumDepth`` is malformed rather than a deep recursion.
package enum PrometheusVectorReader {
    /// One element as read: its labels in the order sent and its value.
    package struct Element: Sendable {
        /// `(name, value)` pairs; a label sent twice keeps its last value.
        package var labels: [(name: String, value: String)] = []
        /// The sample at the evaluation time.
        package var value = PrometheusValue(time: 0, text: "")

        /// An element with no labels yet.
        package init() {}

        /// An element with `labels` and `value`.
        package init(labels: [(name: String, value: String)], value: PrometheusValue) {
            self.labels = labels
            self.value = value
        }
    }

    /// What the answer was besides its elements.
    package enum Shape: Equatable {
        /// An instant vector of this many elements.
        case vector(count: Int)
        /// A scalar.
        case scalar(PrometheusValue)
    }

    /// The deepest nesting of arrays and objects accepted.
    package static let maximumDepth = 64

    /// Reads `body` (answered with HTTP `status`), calling `element` for each vector element as it is read.
    ///
    /// - Throws: ``PrometheusAPIError`` as ``PrometheusQueryClient/decode(_:status:)`` would; elements handed
    ///   on before an error was found belong to no valid answer.
    package static func read(
        _ body: UnsafeRawBufferPointer,
        status: Int,
        element: (Element) -> Void
    ) throws(PrometheusAPIError) -> Shape {
        var scanner = JSONByteScanner(bytes: body)
        var envelope = Envelope()
        do throws(JSONByteScanner.Malformed) {
            try scanner.readEnvelope(into: &envelope, element: element)
        } catch {
            if status >= 400 { throw PrometheusAPIError.forStatus(status, errorType: nil, error: nil) }
            throw .malformedResponse("the body is not Prometheus API JSON")
        }
        guard envelope.status == "success", status < 400 else {
            throw PrometheusAPIError.forStatus(status, errorType: envelope.errorType, error: envelope.error)
        }
        guard envelope.hasData else { throw .malformedResponse("no data in a successful answer") }
        switch (envelope.resultType, envelope.result) {
        case ("vector", .elements(let count)?): return .vector(count: count)
        case ("scalar", .pair(let pair)?): return .scalar(pair)
        default:
            throw .malformedResponse(
                "result type '\(PrometheusAPIError.sanitized(envelope.resultType ?? ""))' is not an instant vector or scalar"
            )
        }
    }

    /// Reads one vector element, `{"metric":{…},"value":[…]}` and nothing else around it but whitespace,
    /// into `element`; false when the bytes are not one valid element.
    static func readElement(_ bytes: UnsafeRawBufferPointer, into element: inout Element) -> Bool {
        var scanner = JSONByteScanner(bytes: bytes)
        do throws(JSONByteScanner.Malformed) {
            try scanner.readElement(into: &element)
        } catch {
            return false
        }
        return scanner.isAtEnd
    }

    /// The string a JSON string literal (quotes included) stands for; nil when it is not one.
    static func readString(_ bytes: UnsafeRawBufferPointer) -> String? {
        var scanner = JSONByteScanner(bytes: bytes)
        guard let text = try? scanner.readString(), scanner.isAtEnd else { return nil }
        return text
    }

    /// The envelope's fields other than the elements.
    struct Envelope {
        enum Result {
            case elements(Int)
            case pair(PrometheusValue)
        }

        var status: String?
        var errorType: String?
        var error: String?
        var hasData = false
        var resultType: String?
        var result: Result?
    }
}

/// A cursor over JSON bytes with just the readers the query API's envelope needs.
private struct JSONByteScanner {
    struct Malformed: Error {}

    let bytes: UnsafeRawBufferPointer
    var index = 0

    init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    // MARK: The envelope

    mutating func readEnvelope(
        into envelope: inout PrometheusVectorReader.Envelope,
        element: (PrometheusVectorReader.Element) -> Void
    ) throws(Malformed) {
        try readObject { scanner, key throws(Malformed) in
            switch key {
            case "status": envelope.status = try scanner.readString()
            case "errorType": envelope.errorType = try scanner.readString()
            case "error": envelope.error = try scanner.readString()
            case "data":
                envelope.hasData = true
                try scanner.readData(into: &envelope, element: element)
            default: try scanner.skipValue()
            }
        }
        skipWhitespace()
        guard index == bytes.count else { throw Malformed() }
    }

    private mutating func readData(
        into envelope: inout PrometheusVectorReader.Envelope,
        element: (PrometheusVectorReader.Element) -> Void
    ) throws(Malformed) {
        try readObject { scanner, key throws(Malformed) in
            switch key {
            case "resultType": envelope.resultType = try scanner.readString()
            case "result": envelope.result = try scanner.readResult(element: element)
            default: try scanner.skipValue()
            }
        }
    }

    /// `[{…}, …]` (a vector's elements, also `[]`) or `[time, "text"]` (a scalar's or string's pair).
    private mutating func readResult(
        element: (PrometheusVectorReader.Element) -> Void
    ) throws(Malformed) -> PrometheusVectorReader.Envelope.Result {
        try expect(UInt8(ascii: "["))
        skipWhitespace()
        guard peek() != UInt8(ascii: "{"), peek() != UInt8(ascii: "]") else {
            var count = 0
            var current = PrometheusVectorReader.Element()
            try readArrayItems { scanner throws(Malformed) in
                try scanner.readElement(into: &current)
                element(current)
                count += 1
            }
            return .elements(count)
        }
        let pair = try readPairItems()
        return .pair(pair)
    }

    /// `{"metric":{…},"value":[time,"text"]}`, other keys skipped.
    mutating func readElement(into element: inout PrometheusVectorReader.Element) throws(Malformed) {
        element.labels.removeAll(keepingCapacity: true)
        var hasValue = false
        try readObject { scanner, key throws(Malformed) in
            switch key {
            case "metric":
                element.labels.removeAll(keepingCapacity: true)
                try scanner.readObject { scanner, name throws(Malformed) in
                    let value = try scanner.readString()
                    if let at = element.labels.firstIndex(where: { $0.name == name }) {
                        element.labels[at].value = value
                    } else {
                        element.labels.append((name, value))
                    }
                }
            case "value":
                try scanner.expect(UInt8(ascii: "["))
                element.value = try scanner.readPairItems()
                hasValue = true
            default: try scanner.skipValue()
            }
        }
        guard hasValue else { throw Malformed() }
    }

    /// The rest of `[time, "text"]` after its `[`.
    private mutating func readPairItems() throws(Malformed) -> PrometheusValue {
        let time = try readNumber()
        try expect(UInt8(ascii: ","))
        let text = try readString()
        try expect(UInt8(ascii: "]"))
        return PrometheusValue(time: time, text: text)
    }

    // MARK: JSON values

    /// Calls `item` with each key of an object, positioned at its value, which `item` must read.
    private mutating func readObject(
        _ item: (inout JSONByteScanner, String) throws(Malformed) -> Void
    ) throws(Malformed) {
        try expect(UInt8(ascii: "{"))
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            index += 1
            return
        }
        while true {
            let key = try readString()
            try expect(UInt8(ascii: ":"))
            try item(&self, key)
            skipWhitespace()
            switch next() {
            case UInt8(ascii: ","): continue
            case UInt8(ascii: "}"): return
            default: throw Malformed()
            }
        }
    }

    /// Calls `item` for each item of an array whose `[` was read, positioned at it.
    private mutating func readArrayItems(_ item: (inout JSONByteScanner) throws(Malformed) -> Void) throws(Malformed) {
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            index += 1
            return
        }
        while true {
            try item(&self)
            skipWhitespace()
            switch next() {
            case UInt8(ascii: ","): continue
            case UInt8(ascii: "]"): return
            default: throw Malformed()
            }
        }
    }

    /// A string, unescaped; invalid UTF-8 is repaired as `String(decoding:)` does.
    mutating func readString() throws(Malformed) -> String {
        try expect(UInt8(ascii: "\""))
        let start = index
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return text
            case UInt8(ascii: "\\"):
                return try readEscapedString(from: start)
            case 0..<0x20:
                throw Malformed()
            default:
                index += 1
            }
        }
        throw Malformed()
    }

    /// The rest of a string that holds escapes, from its first byte at `start`.
    private mutating func readEscapedString(from start: Int) throws(Malformed) -> String {
        var out = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { throw Malformed() }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"): out.append(contentsOf: try readUnicodeEscape())
                default: throw Malformed()
                }
            case 0..<0x20:
                throw Malformed()
            default:
                out.append(byte)
            }
        }
        throw Malformed()
    }

    /// The UTF-8 of `XXXX` after `\u`, with the low surrogate that must follow a high one; a surrogate
    /// without its pair is malformed, as JSON decoders treat it.
    private mutating func readUnicodeEscape() throws(Malformed) -> [UInt8] {
        var code = UInt32(try readHex4())
        if (0xD800..<0xDC00).contains(code) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
            else { throw Malformed() }
            index += 2
            let low = UInt32(try readHex4())
            guard (0xDC00..<0xE000).contains(low) else { throw Malformed() }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(code) else { throw Malformed() }
        return Array(String(Character(scalar)).utf8)
    }

    private mutating func readHex4() throws(Malformed) -> UInt16 {
        guard index + 4 <= bytes.count else { throw Malformed() }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            index += 1
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Malformed()
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    /// A JSON number as a double.
    private mutating func readNumber() throws(Malformed) -> Double {
        skipWhitespace()
        let start = index
        while index < bytes.count, Self.isNumberByte(bytes[index]) { index += 1 }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard Self.isJSONNumber(text.utf8), let value = Double(text) else { throw Malformed() }
        return value
    }

    /// Skips any value, nested at most ``PrometheusVectorReader/maximumDepth`` deep, without recursion.
    mutating func skipValue() throws(Malformed) {
        // The open containers, innermost last: true for an object.
        var open: [Bool] = []
        value: while true {
            skipWhitespace()
            guard let byte = peek() else { throw Malformed() }
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = byte == UInt8(ascii: "{")
                index += 1
                skipWhitespace()
                if peek() == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    index += 1
                } else {
                    open.append(isObject)
                    guard open.count <= PrometheusVectorReader.maximumDepth else { throw Malformed() }
                    if isObject { try skipKey() }
                    continue value
                }
            case UInt8(ascii: "\""): _ = try readString()
            case UInt8(ascii: "t"): try expectWord("true")
            case UInt8(ascii: "f"): try expectWord("false")
            case UInt8(ascii: "n"): try expectWord("null")
            default: _ = try readNumber()
            }
            // A value ended: close the containers it ends, or go on to the next item.
            while let isObject = open.last {
                skipWhitespace()
                switch next() {
                case UInt8(ascii: ","):
                    if isObject { try skipKey() }
                    continue value
                case UInt8(ascii: "}") where isObject, UInt8(ascii: "]") where !isObject:
                    open.removeLast()
                default:
                    throw Malformed()
                }
            }
            return
        }
    }

    private mutating func skipKey() throws(Malformed) {
        _ = try readString()
        try expect(UInt8(ascii: ":"))
    }

    // MARK: Bytes

    private mutating func expect(_ byte: UInt8) throws(Malformed) {
        skipWhitespace()
        guard next() == byte else { throw Malformed() }
    }

    private mutating func expectWord(_ word: String) throws(Malformed) {
        for byte in word.utf8 {
            guard next() == byte else { throw Malformed() }
        }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Whether only whitespace is left.
    var isAtEnd: Bool {
        mutating get {
            skipWhitespace()
            return index == bytes.count
        }
    }

    private mutating func next() -> UInt8? {
        guard index < bytes.count else { return nil }
        defer { index += 1 }
        return bytes[index]
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
            UInt8(ascii: "e"), UInt8(ascii: "E"):
            return true
        default:
            return false
        }
    }

    /// Whether `text` follows JSON's number grammar (Swift's `Double(_:)` also takes `inf`, hex and `+1`).
    private static func isJSONNumber(_ text: String.UTF8View) -> Bool {
        var bytes = text.makeIterator()
        var byte = bytes.next()
        if byte == UInt8(ascii: "-") { byte = bytes.next() }
        func digits(_ byte: inout UInt8?) -> Int {
            var count = 0
            while let current = byte, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(current) {
                count += 1
                byte = bytes.next()
            }
            return count
        }
        guard let first = byte, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        if first == UInt8(ascii: "0") {
            byte = bytes.next()
        } else {
            _ = digits(&byte)
        }
        if byte == UInt8(ascii: ".") {
            byte = bytes.next()
            guard digits(&byte) > 0 else { return false }
        }
        if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            byte = bytes.next()
            if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") { byte = bytes.next() }
            guard digits(&byte) > 0 else { return false }
        }
        return byte == nil
    }
}
