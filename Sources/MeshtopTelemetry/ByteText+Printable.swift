extension ByteText {
    /// A short, terminal-safe rendering of input bytes for messages: printable ASCII kept, everything
    /// else as `\xNN`, cut after `limit` bytes with `…`.
    package static func printable(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int = 40) -> String {
        var text = ""
        for byte in bytes.prefix(limit) {
            if byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") {
                text.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                text += "\\x" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        if bytes.count > limit { text += "…" }
        return text
    }

    /// ``printable(_:limit:)`` for `count` bytes at `start`.
    package static func printable(_ start: UnsafePointer<UInt8>, count: Int, limit: Int = 40) -> String {
        printable(UnsafeBufferPointer(start: start, count: count), limit: limit)
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
