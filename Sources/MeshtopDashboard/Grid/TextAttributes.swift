/// Terminal text attributes a cell can carry on top of its role's colours.
package struct TextAttributes: OptionSet, Hashable, Sendable {
    /// The raw bit set.
    package let rawValue: UInt8

    /// Creates attributes from raw bits.
    package init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Bold or bright text.
    package static let bold = TextAttributes(rawValue: 1 << 0)
    /// Dim text.
    package static let dim = TextAttributes(rawValue: 1 << 1)
    /// Reverse video: foreground and background swapped.
    package static let reverse = TextAttributes(rawValue: 1 << 2)
    /// Underlined text.
    package static let underline = TextAttributes(rawValue: 1 << 3)

    /// The attributes by their names in theme files.
    package static let named: [(name: String, value: TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("reverse", .reverse), ("underline", .underline),
    ]
}

extension TextAttributes: Codable {
    /// Decodes a list of attribute names such as `[bold, reverse]`.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let names = try (try? container.decode([String].self)) ?? [container.decode(String.self)]
        var attributes: TextAttributes = []
        for name in names {
            guard let match = Self.named.first(where: { $0.name == name.lowercased() }) else {
                throw DecodingError.dataCorruptedError(
                    in: container,
                    debugDescription: "unknown attribute '\(name)' (expected bold, dim, reverse or underline)"
                )
            }
            attributes.insert(match.value)
        }
        self = attributes
    }

    /// Encodes the attributes as a list of names.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Self.named.filter { contains($0.value) }.map(\.name))
    }
}
