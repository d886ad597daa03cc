/// Untrusted text (label values, file names, server messages) made safe to print on a terminal.
package enum TerminalSafeText {
    /// `text` with C0 and C1 control characters (escape included) shown as `\u{…}`, so it cannot steer a terminal.
    package static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                result += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
