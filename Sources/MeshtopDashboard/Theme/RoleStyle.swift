/// How a theme draws one style role: foreground, background and attributes.
package struct RoleStyle: Hashable, Sendable, Codable {
    /// Foreground colour; the terminal's default when absent.
    package var fg: ThemeColor?
    /// Background colour; the terminal's default when absent.
    package var bg: ThemeColor?
    /// Attributes such as bold or reverse.
    package var attributes: TextAttributes

    /// Creates a role style.
    package init(fg: ThemeColor? = nil, bg: ThemeColor? = nil, attributes: TextAttributes = []) {
        self.fg = fg
        self.bg = bg
        self.attributes = attributes
    }

    private enum CodingKeys: String, CodingKey {
        case fg, bg, attributes
    }

    /// Decodes `{fg, bg, attributes}`; every key is optional.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        fg = try container.decodeIfPresent(ThemeColor.self, forKey: .fg)
        bg = try container.decodeIfPresent(ThemeColor.self, forKey: .bg)
        attributes = try container.decodeIfPresent(TextAttributes.self, forKey: .attributes) ?? []
    }

    /// Encodes only the keys that are set.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(fg, forKey: .fg)
        try container.encodeIfPresent(bg, forKey: .bg)
        if !attributes.isEmpty { try container.encode(attributes, forKey: .attributes) }
    }
}
