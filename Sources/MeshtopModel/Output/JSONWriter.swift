/// A small streaming JSON writer: keys come out in the order they are written, so output is stable.
///
/// The document is built as UTF-8 bytes in one reused buffer; with a sink, the buffer is handed over in
/// pieces of about 64 KiB and emptied, so a large document never sits in memory whole.
package struct JSONWriter: ~Copyable {
    private var output: JSONBuffer
    /// Whether each open container already holds a member; the bottom entry stands for the document.
    private var needsComma: [Bool] = [false]
    private var indent: Int
    private let pretty: Bool
    private let flushThreshold: Int
    private let sink: ((UnsafeRawBufferPointer) -> Void)?

    /// Creates a writer; `pretty` puts one member per line with two-space indentation.
    ///
    /// - Parameter sink: when given, receives the bytes in pieces of about 64 KiB as they are written
    ///   (call ``flush()`` at the end); each piece is valid only during the call.
    package init(pretty: Bool = true, sink: ((UnsafeRawBufferPointer) -> Void)? = nil) {
        self.pretty = pretty
        self.indent = 0
        self.flushThreshold = sink == nil ? .max : 1 << 16
        self.sink = sink
        self.output = JSONBuffer(capacity: sink == nil ? 1 << 12 : (1 << 16) + (1 << 12))
    }

    /// The UTF-8 bytes written so far (and not yet handed to the sink).
    package var bytes: [UInt8] { Array(output.bytes) }

    /// The text written so far (and not yet handed to the sink).
    package var text: String { String(decoding: output.bytes, as: UTF8.self) }

    /// Hands the bytes written so far to the sink, if there is one.
    package mutating func flush() {
        guard let sink, output.count > 0 else { return }
        sink(output.bytes)
        output.removeAll()
    }

    /// Writes `{`, then `body`'s members, then `}`.
    package mutating func object(_ key: String? = nil, _ body: (inout JSONWriter) -> Void) {
        open(key, UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    /// Writes `[`, then `body`'s elements, then `]`.
    package mutating func array(_ key: String? = nil, _ body: (inout JSONWriter) -> Void) {
        open(key, UInt8(ascii: "["))
        body(&self)
        close(UInt8(ascii: "]"))
    }

    /// Writes a string member or element; nil writes `null`.
    package mutating func string(_ key: String? = nil, _ value: String?) {
        element(key)
        guard let value else { return output.append("null") }
        quote(value)
    }

    /// Writes a number; integral values have no fraction, non-finite ones and nil are `null`.
    package mutating func number(_ key: String? = nil, _ value: Double?) {
        element(key)
        guard let value, value.isFinite else { return output.append("null") }
        if value == value.rounded(), abs(value) < 1e15 {
            output.appendDecimal(Int64(value))
        } else {
            raw(NumberText.short(value))
        }
    }

    /// Writes an integer; nil writes `null`.
    package mutating func integer(_ key: String? = nil, _ value: Int64?) {
        element(key)
        guard let value else { return output.append("null") }
        output.appendDecimal(value)
    }

    /// Writes a boolean.
    package mutating func bool(_ key: String? = nil, _ value: Bool) {
        element(key)
        output.append(value ? "true" : "false")
    }

    /// Writes a member or element already in JSON form (a number as read, say): `text` must be valid JSON.
    package mutating func literal(_ key: String? = nil, _ text: String) {
        element(key)
        raw(text)
    }

    /// Appends `text` as it is (a trailing newline, say).
    package mutating func raw(_ text: String) {
        var text = text
        text.withUTF8 { output.append($0) }
    }

    /// Writes an array of strings.
    package mutating func strings(_ key: String? = nil, _ values: [String]) {
        array(key) { writer in
            for value in values { writer.string(nil, value) }
        }
    }

    private mutating func open(_ key: String?, _ bracket: UInt8) {
        element(key)
        output.append(bracket)
        needsComma.append(false)
        indent += 1
    }

    private mutating func close(_ bracket: UInt8) {
        let hadMembers = needsComma.removeLast()
        indent -= 1
        if pretty, hadMembers { newline() }
        output.append(bracket)
        if output.count >= flushThreshold { flush() }
    }

    private mutating func element(_ key: String?) {
        if needsComma[needsComma.count - 1] { output.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
        if pretty, indent > 0 { newline() }
        if let key {
            quote(key)
            output.append(pretty ? ": " : ":")
        }
    }

    private mutating func newline() {
        output.append(UInt8(ascii: "\n"))
        output.append(UInt8(ascii: " "), times: 2 * indent)
    }

    /// Appends `value` as a JSON string literal.
    private mutating func quote(_ value: String) {
        output.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { output.appendEscaped($0) }
        output.append(UInt8(ascii: "\""))
    }
}
