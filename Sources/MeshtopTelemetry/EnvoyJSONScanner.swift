/// A streaming JSON tokenizer and grammar checker for Envoy's `/stats?format=json`, standard library only.
///
/// ``scan(_:final:reader:into:)`` reads as many whole tokens as `buffer` holds and returns how many bytes it
/// used; the caller keeps the rest (one partial token) for the next call. Events go to an
/// ``EnvoyStatsJSONReader``. The first grammar error is reported with its line and column and ends the scan;
/// a bare value that is no JSON value (`12x3`, `NaN`) is reported and costs only the stat holding it.
struct EnvoyJSONScanner {
    /// What the grammar allows next.
    private enum Expect {
        case value, keyOrEnd, key, colon, commaOrEnd, valueOrEnd, nothing
    }

    /// Longest token kept across chunks; longer strings are an error, so memory stays bounded.
    static let maxTokenLength = 1 << 20
    /// Deepest nesting accepted.
    static let maxDepth = 64

    private var expect = Expect.value
    /// Open containers, `true` for objects.
    private var containers: [Bool] = []
    /// 1-based line of the next byte.
    private(set) var line = 1
    /// Offset (across all input) where the current line starts, and of the buffer being scanned.
    private var lineStart = 0
    private var bufferStart = 0
    /// Set once an error was reported; nothing more is read.
    private(set) var failed = false
    /// Unescaped string bytes, reused.
    private var unescaped: [UInt8] = []

    /// The 1-based column of `offset` in the current buffer.
    private func column(_ offset: Int) -> Int { bufferStart + offset - lineStart + 1 }

    /// Scans whole tokens of `buffer`; `final` says no more bytes follow.
    mutating func scan<C: SampleConsumer>(
        _ buffer: UnsafeBufferPointer<UInt8>,
        final: Bool,
        reader: inout EnvoyStatsJSONReader,
        into consumer: inout C
    ) -> Int {
        var index = 0
        defer { bufferStart += index }
        while index < buffer.count, !failed {
            let byte = buffer[index]
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "\n"):
                index += 1
                line += 1
                lineStart = bufferStart + index
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard expect == .value || expect == .valueOrEnd else {
                    return fail(Self.unexpected(byte), at: index, into: &consumer)
                }
                guard containers.count < Self.maxDepth else {
                    return fail("nesting deeper than \(Self.maxDepth)", at: index, into: &consumer)
                }
                let isObject = byte == UInt8(ascii: "{")
                containers.append(isObject)
                expect = isObject ? .keyOrEnd : .valueOrEnd
                reader.begin(object: isObject, line: line, into: &consumer)
                index += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                let isObject = byte == UInt8(ascii: "}")
                let allowed = expect == .commaOrEnd || expect == (isObject ? .keyOrEnd : .valueOrEnd)
                guard allowed, containers.last == isObject else {
                    return fail(Self.unexpected(byte), at: index, into: &consumer)
                }
                containers.removeLast()
                reader.end(into: &consumer)
                expect = containers.isEmpty ? .nothing : .commaOrEnd
                index += 1
            case UInt8(ascii: ":"):
                guard expect == .colon else { return fail("unexpected `:`", at: index, into: &consumer) }
                expect = .value
                index += 1
            case UInt8(ascii: ","):
                guard expect == .commaOrEnd, let isObject = containers.last else {
                    return fail("unexpected `,`", at: index, into: &consumer)
                }
                expect = isObject ? .key : .value
                index += 1
            case UInt8(ascii: "\""):
                guard let end = stringEnd(buffer, from: index + 1) else {
                    if final { return fail("unterminated string", at: index, into: &consumer) }
                    if buffer.count - index > Self.maxTokenLength {
                        return fail("string longer than 1 MiB", at: index, into: &consumer)
                    }
                    return index
                }
                let raw = UnsafeBufferPointer(rebasing: buffer[(index + 1)..<end.close])
                guard let text = decoded(raw, hasEscapes: end.hasEscapes) else {
                    return fail("bad escape in string", at: index, into: &consumer)
                }
                if expect == .keyOrEnd || expect == .key {
                    text.withUnsafeBufferPointer { reader.key($0) }
                    expect = .colon
                } else if expect == .value || expect == .valueOrEnd {
                    text.withUnsafeBufferPointer { reader.scalar(.string, $0, into: &consumer) }
                    expect = containers.isEmpty ? .nothing : .commaOrEnd
                } else {
                    return fail("unexpected string", at: index, into: &consumer)
                }
                index = end.close + 1
            default:
                guard expect == .value || expect == .valueOrEnd else {
                    return fail(Self.unexpected(byte), at: index, into: &consumer)
                }
                // A value runs to the next delimiter; one that is no JSON value costs its stat, not the document.
                var end = index
                while end < buffer.count, !Self.endsValue(buffer[end]) { end += 1 }
                if end == buffer.count, !final {
                    if end - index > 64 { return fail("malformed value", at: index, into: &consumer) }
                    return index
                }
                let atom = UnsafeBufferPointer(rebasing: buffer[index..<end])
                if let kind = Self.atomKind(atom) {
                    reader.scalar(kind, atom, into: &consumer)
                } else if containers.isEmpty {
                    return fail("malformed value", at: index, into: &consumer)
                } else {
                    consumer.report(
                        ParseIssue(line: line, column: column(index), reason: "JSON: malformed value, its stat skipped")
                    )
                    reader.malformedValue()
                }
                expect = containers.isEmpty ? .nothing : .commaOrEnd
                index = end
            }
        }
        if final, !failed, expect != .nothing {
            index = fail(
                containers.isEmpty ? "empty document" : "document ends inside a value",
                at: index,
                into: &consumer
            )
        }
        return index
    }

    /// Reports an error at `offset` and stops; returns `offset` as the bytes used.
    private mutating func fail<C: SampleConsumer>(_ reason: String, at offset: Int, into consumer: inout C) -> Int {
        failed = true
        consumer.report(ParseIssue(line: line, column: column(offset), reason: "JSON: \(reason)"))
        return offset
    }

    /// "unexpected `x`", or the byte in hex when it is not printable ASCII.
    private static func unexpected(_ byte: UInt8) -> String {
        guard byte >= 0x21, byte < 0x7F else {
            let digits = Array("0123456789ABCDEF")
            return "unexpected byte 0x\(digits[Int(byte >> 4)])\(digits[Int(byte & 15)])"
        }
        return "unexpected `\(Character(Unicode.Scalar(byte)))`"
    }

    /// The index of the closing quote of a string starting at `start`, and whether it holds escapes.
    private func stringEnd(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> (close: Int, hasEscapes: Bool)? {
        var index = start
        var hasEscapes = false
        while index < buffer.count {
            let byte = buffer[index]
            if byte == UInt8(ascii: "\"") { return (index, hasEscapes) }
            if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                index += 2
            } else {
                index += 1
            }
        }
        return nil
    }

    /// The string's bytes with escapes resolved (`\uXXXX` pairs included), in a reused buffer.
    private mutating func decoded(_ raw: UnsafeBufferPointer<UInt8>, hasEscapes: Bool) -> [UInt8]? {
        unescaped.removeAll(keepingCapacity: true)
        guard hasEscapes else {
            unescaped.append(contentsOf: raw)
            return unescaped
        }
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            guard byte == UInt8(ascii: "\\") else {
                unescaped.append(byte)
                index += 1
                continue
            }
            guard index + 1 < raw.count else { return nil }
            switch raw[index + 1] {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): unescaped.append(raw[index + 1])
            case UInt8(ascii: "b"): unescaped.append(0x08)
            case UInt8(ascii: "f"): unescaped.append(0x0C)
            case UInt8(ascii: "n"): unescaped.append(0x0A)
            case UInt8(ascii: "r"): unescaped.append(0x0D)
            case UInt8(ascii: "t"): unescaped.append(0x09)
            case UInt8(ascii: "u"):
                guard let (scalar, used) = Self.unicodeEscape(raw, at: index) else { return nil }
                unescaped.append(contentsOf: String(Character(scalar)).utf8)
                index += used
                continue
            default: return nil
            }
            index += 2
        }
        return unescaped
    }

    /// `\uXXXX`, or a `\uD8xx\uDCxx` surrogate pair; returns the scalar and the bytes used.
    private static func unicodeEscape(_ raw: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        guard let high = hex4(raw, at: index + 2) else { return nil }
        if (0xD800..<0xDC00).contains(high) {
            guard index + 12 <= raw.count, raw[index + 6] == UInt8(ascii: "\\"), raw[index + 7] == UInt8(ascii: "u"),
                let low = hex4(raw, at: index + 8), (0xDC00..<0xE000).contains(low),
                let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            else { return nil }
            return (scalar, 12)
        }
        guard let scalar = Unicode.Scalar(high) else { return nil }
        return (scalar, 6)
    }

    private static func hex4(_ raw: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
        guard index + 4 <= raw.count else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = raw[index + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Whether `byte` ends a bare value: whitespace, a structural character or a quote.
    @inline(__always)
    private static func endsValue(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: ","),
            UInt8(ascii: ":"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "\""):
            return true
        default:
            return false
        }
    }

    /// The kind of a bare token: `true`, `false`, `null` or a JSON number.
    private static func atomKind(_ atom: UnsafeBufferPointer<UInt8>) -> EnvoyStatsJSONReader.ScalarKind? {
        if ByteText.equal(atom, "null") { return .null }
        if ByteText.equal(atom, "true") || ByteText.equal(atom, "false") { return .boolean }
        var index = 0
        if atom[0] == UInt8(ascii: "-") { index = 1 }
        let digitsStart = index
        while index < atom.count, atom[index] &- UInt8(ascii: "0") < 10 { index += 1 }
        guard index > digitsStart else { return nil }
        if index == atom.count { return atom[0] == UInt8(ascii: "-") ? .number : .integer }
        return EnvoyNumber.double(atom) == nil || atom[index] == UInt8(ascii: "+") ? nil : .number
    }
}
