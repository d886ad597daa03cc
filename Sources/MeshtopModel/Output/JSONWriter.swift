/// A small streaming JSON writer: keys come out in the order they are written, so output is stable.
package struct JSONWriter {
    /// The text written so far.
    package private(set) var text = ""
    private var needsComma: [Bool] = [false]
    private var indent: Int
    private let pretty: Bool
    private let flushThreshold: Int
    private let sink: ((String) -> Void)?

    /// Creates a writer; `pretty` puts one member per line with two-space indentation.
    ///
    /// - Parameter sink: when given, receives the text in pieces of about 64 KiB as it is written (call
    ///   ``flush()`` at the end), so a large document never sits in memory whole.
    package init(pretty: Bool = true, sink: ((String) -> Void)? = nil) {
        self.pretty = pretty
        self.indent = 0
        self.flushThreshold = sink == nil ? .max : 1 << 16
        self.sink = sink
    }

    /// Hands the text written so far to the sink, if there is one.
    package mutating func flush() {
        guard let sink, !text.isEmpty else { return }
        sink(text)
        text.removeAll(keepingCapacity: true)
    }

    /// Writes `{`, then `body`'s members, then `}`.
    package mutating func object(_ key: String? = nil, _ body: (inout JSONWriter) -> Void) {
        open(key, "{")
        body(&self)
        close("}")
    }

    /// Writes `[`, then `body`'s elements, then `]`.
    package mutating func array(_ key: String? = nil, _ body: (inout JSONWriter) -> Void) {
        open(key, "[")
        body(&self)
        close("]")
    }

    /// Writes a string member or element; nil writes `null`.
    package mutating func string(_ key: String? = nil, _ value: String?) {
        element(key)
        guard let value else {
            text += "null"
            return
        }
        Self.quote(value, into: &text)
    }

    /// Writes a number; integral values have no fraction, non-finite ones and nil are `null`.
    package mutating func number(_ key: String? = nil, _ value: Double?) {
        element(key)
        guard let value, value.isFinite else {
            text += "null"
            return
        }
        text += NumberText.short(value)
    }

    /// Writes an integer; nil writes `null`.
    package mutating func integer(_ key: String? = nil, _ value: Int64?) {
        element(key)
        text += value.map { String($0) } ?? "null"
    }

    /// Writes a boolean.
    package mutating func bool(_ key: String? = nil, _ value: Bool) {
        element(key)
        text += value ? "true" : "false"
    }

    /// Appends `text` as it is (a trailing newline, say).
    package mutating func raw(_ text: String) { self.text += text }

    /// Writes an array of strings.
    package mutating func strings(_ key: String? = nil, _ values: [String]) {
        array(key) { writer in
            for value in values { writer.string(nil, value) }
        }
    }

    private mutating func open(_ key: String?, _ bracket: String) {
        element(key)
        text += bracket
        needsComma.append(false)
        indent += 1
    }

    private mutating func close(_ bracket: String) {
        let hadMembers = needsComma.removeLast()
        indent -= 1
        if pretty, hadMembers { newline() }
        text += bracket
        if text.utf8.count >= flushThreshold { flush() }
    }

    private mutating func element(_ key: String?) {
        if needsComma[needsComma.count - 1] { text += "," }
        needsComma[needsComma.count - 1] = true
        if pretty, indent > 0 { newline() }
        if let key {
            Self.quote(key, into: &text)
            text += pretty ? ": " : ":"
        }
    }

    private mutating func newline() {
        text += "\n"
        text += String(repeating: "  ", count: indent)
    }

    /// Appends `value` as a JSON string literal; control characters are escaped, so no terminal escape
    /// sequence from a label value survives.
    static func quote(_ value: String, into text: inout String) {
        text += "\""
        let plain = value.utf8.allSatisfy { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0x7F && $0 < 0xC2 }
        if plain {
            text += value
            text += "\""
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{00}"..."\u{1F}", "\u{7F}"..."\u{9F}", "\u{2028}", "\u{2029}":
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
