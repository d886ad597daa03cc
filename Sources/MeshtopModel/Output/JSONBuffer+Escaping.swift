import MeshtopTelemetry

extension JSONBuffer {
    /// Appends the body of a JSON string literal (without its quotes) for valid UTF-8 `utf8`.
    ///
    /// Quotes and backslashes are escaped, and so is every character ``TerminalSafeText`` calls unsafe (C0,
    /// DEL, C1, bidirectional and other invisible controls, line and paragraph separators), so no terminal
    /// escape sequence or reordering from a label value survives; everything else is copied in runs.
    mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        append(utf8, escapingQuotes: true)
    }

    /// Appends JSON text that an encoder wrote, with every unsafe character in its strings (which an encoder
    /// such as `JSONEncoder` leaves raw: DEL, C1, bidirectional controls) written as a `\u` escape; its
    /// layout (line breaks and indents between values) is kept.
    mutating func appendEscapingUnsafe(_ json: UnsafeBufferPointer<UInt8>) {
        append(json, escapingQuotes: false)
    }

    private mutating func append(_ utf8: UnsafeBufferPointer<UInt8>, escapingQuotes: Bool) {
        var runStart = 0
        var index = 0
        let count = utf8.count
        while index < count {
            let byte = utf8[index]
            let escape: (UInt32, Int)?
            if byte >= 0x20, byte < 0x7F {
                escape = escapingQuotes && (byte == 0x22 || byte == 0x5C) ? (UInt32(byte), 1) : nil
            } else if byte < 0x20, !escapingQuotes {
                // In an encoder's output a raw C0 byte is layout (a line break, an indent), never in a string.
                escape = nil
            } else {
                escape = TerminalSafeText.unsafeScalar(in: utf8, at: index)
            }
            guard let (scalar, length) = escape else {
                index += 1
                continue
            }
            if runStart < index { append(UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
            appendEscape(of: scalar)
            index += length
            runStart = index
        }
        if runStart == 0 {
            append(utf8)
        } else if runStart < count {
            append(UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
        }
    }

    private mutating func appendEscape(of scalar: UInt32) {
        switch scalar {
        case 0x22: append("\\\"")
        case 0x5C: append("\\\\")
        case 0x0A: append("\\n")
        case 0x0D: append("\\r")
        case 0x09: append("\\t")
        case 0x10000...:
            // A UTF-16 surrogate pair, as JSON spells characters beyond the Basic Multilingual Plane.
            let offset = scalar - 0x10000
            appendUnicodeEscape(UInt16(truncatingIfNeeded: 0xD800 + (offset >> 10)))
            appendUnicodeEscape(UInt16(truncatingIfNeeded: 0xDC00 + (offset & 0x3FF)))
        default: appendUnicodeEscape(UInt16(truncatingIfNeeded: scalar))
        }
    }

    /// Appends `\u` and four lowercase hexadecimal digits.
    private mutating func appendUnicodeEscape(_ scalar: UInt16) {
        append("\\u")
        for shift in stride(from: 12, through: 0, by: -4) {
            let digit = UInt8(truncatingIfNeeded: scalar >> UInt16(shift)) & 0xF
            append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
        }
    }
}
