import MeshtopTelemetry

extension ManifestValue {
    /// The value as block-style YAML lines, indented by `indent` spaces, for a document body.
    ///
    /// Strings are plain only when no YAML 1.1 or 1.2 reader could take them for anything but text
    /// (they start with a letter, `_` or `/`, hold only letters, digits and `._/-`, and are not
    /// `true`, `no`, `null`, …); every other string is double-quoted, with control characters, line
    /// separators and anything YAML cannot print escaped, so the output is safe on a terminal.
    package func yamlLines(indent: Int = 0) -> [String] {
        let pad = String(repeating: " ", count: indent)
        switch self {
        case .map(let entries) where !entries.isEmpty:
            return entries.flatMap { entry -> [String] in
                let key = pad + Self.yamlScalar(entry.key) + ":"
                switch entry.value {
                case .map(let inner) where !inner.isEmpty:
                    return [key] + entry.value.yamlLines(indent: indent + 2)
                case .list(let inner) where !inner.isEmpty:
                    return [key] + entry.value.yamlLines(indent: indent + 2)
                default:
                    return [key + " " + entry.value.yamlInline]
                }
            }
        case .list(let elements) where !elements.isEmpty:
            return elements.flatMap { element -> [String] in
                guard element.isNonEmptyCollection else { return [pad + "- " + element.yamlInline] }
                // The first line goes after the dash; the rest keep the deeper indentation.
                var lines = element.yamlLines(indent: indent + 2)
                lines[0] = pad + "- " + lines[0].dropFirst(indent + 2)
                return lines
            }
        default:
            return [pad + yamlInline]
        }
    }

    private var isNonEmptyCollection: Bool {
        switch self {
        case .map(let entries): !entries.isEmpty
        case .list(let elements): !elements.isEmpty
        default: false
        }
    }

    /// A scalar, or an empty collection, on one line.
    private var yamlInline: String {
        switch self {
        case .string(let text): Self.yamlScalar(text)
        case .number(let text): Self.isJSONNumber(text) ? text : Self.yamlScalar(text)
        case .bool(let value): value ? "true" : "false"
        case .null: "null"
        case .list: "[]"
        case .map: "{}"
        }
    }

    private static let reservedWords: Set<String> = [
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
    ]

    /// `text` plain when it cannot be read as anything but that text, else double-quoted and escaped.
    static func yamlScalar(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        }
        if let first = scalars.first, isLetter(first) || first == "_" || first == "/",
            scalars.allSatisfy({ isLetter($0) || ("0"..."9").contains($0) || "._/-".unicodeScalars.contains($0) }),
            !reservedWords.contains(text.lowercased())
        {
            return text
        }
        var quoted = "\""
        for scalar in scalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            case "\r": quoted += "\\r"
            default:
                let value = scalar.value
                let printable =
                    (0x20...0x7E).contains(value) || (0xA0...0xD7FF).contains(value)
                    || (0xE000...0xFFFD).contains(value) && value != 0xFEFF || value >= 0x10000
                if printable && !(0x2028...0x2029).contains(value) {
                    quoted.unicodeScalars.append(scalar)
                } else if value <= 0xFF {
                    quoted += "\\x" + hex(value, digits: 2)
                } else {
                    quoted += "\\u" + hex(value, digits: 4)
                }
            }
        }
        return quoted + "\""
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// `text` as a one-line YAML comment (`# …`), with control characters escaped.
    package static func yamlComment(_ text: String) -> String {
        "# " + TerminalSafeText.escape(text)
    }
}
