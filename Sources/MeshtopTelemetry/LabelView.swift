/// One label of a sample being parsed, as slices of the parser's buffer.
///
/// Valid only during the `SampleConsumer` callback that hands it out; copy what must outlive it.
package struct LabelView {
    /// The label name, exact bytes (quoted UTF-8 names are already unquoted).
    package var name: UnsafeBufferPointer<UInt8>
    /// The label value: the exact bytes when `hasEscapes` is false, else the escaped text between the quotes.
    package var rawValue: UnsafeBufferPointer<UInt8>
    /// Whether `rawValue` still holds `\\`, `\"` or `\n` escapes.
    package var hasEscapes: Bool

    /// Creates a view over a name and a value.
    package init(name: UnsafeBufferPointer<UInt8>, rawValue: UnsafeBufferPointer<UInt8>, hasEscapes: Bool) {
        self.name = name
        self.rawValue = rawValue
        self.hasEscapes = hasEscapes
    }

    /// The label name as a `String` (allocates).
    package var nameString: String { String(decoding: name, as: UTF8.self) }

    /// The unescaped value as a `String` (allocates).
    package var value: String { LabelEscaping.unescapedString(rawValue, hasEscapes: hasEscapes) }

    /// Calls `body` with the unescaped value bytes, using `scratch` only when unescaping is needed.
    package func withValueBytes<R>(
        scratch: inout [UInt8],
        _ body: (UnsafeBufferPointer<UInt8>) throws -> R
    ) rethrows -> R {
        guard hasEscapes else { return try body(rawValue) }
        scratch.removeAll(keepingCapacity: true)
        LabelEscaping.unescape(rawValue, into: &scratch)
        return try scratch.withUnsafeBufferPointer(body)
    }

    /// Whether the unescaped value equals `text`, without allocating.
    package func valueEquals(_ text: StaticString) -> Bool {
        if hasEscapes { return value == text.description }
        return ByteText.equal(rawValue, text)
    }
}

/// Escaping rules of label values in the Prometheus text formats.
package enum LabelEscaping {
    /// Appends the unescaped form of `raw` to `out` (`\\` → `\`, `\"` → `"`, `\n` → newline).
    package static func unescape(_ raw: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            if byte == UInt8(ascii: "\\"), index + 1 < raw.count {
                let next = raw[index + 1]
                switch next {
                case UInt8(ascii: "n"): out.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "\\"), UInt8(ascii: "\""): out.append(next)
                default:
                    out.append(byte)
                    out.append(next)
                }
                index += 2
            } else {
                out.append(byte)
                index += 1
            }
        }
    }

    /// The unescaped value as a `String`.
    package static func unescapedString(_ raw: UnsafeBufferPointer<UInt8>, hasEscapes: Bool) -> String {
        guard hasEscapes else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        unescape(raw, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `value` escaped for a double-quoted label value.
    package static func escape(_ value: String, into out: inout String) {
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }
}
