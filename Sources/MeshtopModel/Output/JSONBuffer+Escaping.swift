extension JSONBuffer {
    /// Appends the body of a JSON string literal (without its quotes) for valid UTF-8 `utf8`.
    ///
    /// Quotes and backslashes are escaped, and so is every control character (C0, DEL, C1) and the line
    /// and paragraph separators, so no terminal escape sequence from a label value survives; everything
    /// else is copied in runs.
    mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var index = 0
        let count = utf8.count
        while index < count {
            let length = Self.escapedLength(utf8, at: index)
            if length == 0 {
                index += 1
                continue
            }
            if runStart < index { append(UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
            appendEscape(of: utf8[index], in: utf8, at: index)
            index += length
            runStart = index
        }
        if runStart == 0 {
            append(utf8)
        } else if runStart < count {
            append(UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
        }
    }

    /// The number of bytes at `index` that form one character needing an escape, or 0 if it is copied.
    @inline(__always)
    private static func escapedLength(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = utf8[index]
        if byte >= 0x20, byte < 0x7F { return byte == 0x22 || byte == 0x5C ? 1 : 0 }
        if byte < 0x80 { return 1 }
        // U+0080...U+009F: C2 80...C2 9F; U+2028, U+2029: E2 80 A8, E2 80 A9.
        if byte == 0xC2, index + 1 < utf8.count, utf8[index + 1] <= 0x9F { return 2 }
        if byte == 0xE2, index + 2 < utf8.count, utf8[index + 1] == 0x80, utf8[index + 2] & 0xFE == 0xA8 {
            return 3
        }
        return 0
    }

    private mutating func appendEscape(of byte: UInt8, in utf8: UnsafeBufferPointer<UInt8>, at index: Int) {
        switch byte {
        case 0x22: append("\\\"")
        case 0x5C: append("\\\\")
        case 0x0A: append("\\n")
        case 0x0D: append("\\r")
        case 0x09: append("\\t")
        case 0xC2: appendUnicodeEscape(UInt16(utf8[index + 1]))
        case 0xE2: appendUnicodeEscape(0x2000 | UInt16(utf8[index + 2] & 0x3F))
        default: appendUnicodeEscape(UInt16(byte))
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
