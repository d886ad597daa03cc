/// A small streaming JSON writer: keys come out in the order they are written, so output is stable.
///
/// The document is built as UTF-8 bytes in one reused buffer; with a sink, the buffer is handed over in
/// pieces of about 64 KiB and emptied, so a large document never sits in memory whole.
package struct JSONWriter {
    /// The UTF-8 bytes written so far (and not yet handed to the sink).
    package private(set) var bytes: [UInt8] = []
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
        if sink != nil { bytes.reserveCapacity((1 << 16) + (1 << 12)) }
    }

    /// The text written so far (and not yet handed to the sink).
    package var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Hands the bytes written so far to the sink, if there is one.
    package mutating func flush() {
        guard let sink, !bytes.isEmpty else { return }
        bytes.withUnsafeBytes { sink($0) }
        bytes.removeAll(keepingCapacity: true)
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
        guard let value else { return append("null") }
        quote(value)
    }

    /// Writes a number; integral values have no fraction, non-finite ones and nil are `null`.
    package mutating func number(_ key: String? = nil, _ value: Double?) {
        element(key)
        guard let value, value.isFinite else { return append("null") }
        if value == value.rounded(), abs(value) < 1e15 {
            appendInteger(Int64(value))
        } else {
            bytes.append(contentsOf: NumberText.short(value).utf8)
        }
    }

    /// Writes an integer; nil writes `null`.
    package mutating func integer(_ key: String? = nil, _ value: Int64?) {
        element(key)
        guard let value else { return append("null") }
        appendInteger(value)
    }

    /// Writes a boolean.
    package mutating func bool(_ key: String? = nil, _ value: Bool) {
        element(key)
        append(value ? "true" : "false")
    }

    /// Appends `text` as it is (a trailing newline, say).
    package mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Writes an array of strings.
    package mutating func strings(_ key: String? = nil, _ values: [String]) {
        array(key) { writer in
            for value in values { writer.string(nil, value) }
        }
    }

    private mutating func open(_ key: String?, _ bracket: UInt8) {
        element(key)
        bytes.append(bracket)
        needsComma.append(false)
        indent += 1
    }

    private mutating func close(_ bracket: UInt8) {
        let hadMembers = needsComma.removeLast()
        indent -= 1
        if pretty, hadMembers { newline() }
        bytes.append(bracket)
        if bytes.count >= flushThreshold { flush() }
    }

    private mutating func element(_ key: String?) {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
        if pretty, indent > 0 { newline() }
        if let key {
            quote(key)
            append(pretty ? ": " : ":")
        }
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        let spaces = 2 * indent
        let run = Self.spaces.count
        for _ in 0..<(spaces / run) { bytes.append(contentsOf: Self.spaces) }
        bytes.append(contentsOf: Self.spaces[0..<(spaces % run)])
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    private mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends the decimal digits of `value`, with a leading `-` when negative.
    private mutating func appendInteger(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var count = 1
        var probe = magnitude
        while probe >= 10 {
            probe /= 10
            count += 1
        }
        let end = bytes.count + count
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: count))
        bytes.withUnsafeMutableBufferPointer { buffer in
            var index = end
            repeat {
                index -= 1
                buffer[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
        }
    }

    /// Appends `value` as a JSON string literal.
    private mutating func quote(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        let done: Void? = value.utf8.withContiguousStorageIfAvailable { JSONEscaping.append($0, to: &bytes) }
        if done == nil { Array(value.utf8).withUnsafeBufferPointer { JSONEscaping.append($0, to: &bytes) } }
        bytes.append(UInt8(ascii: "\""))
    }
}
