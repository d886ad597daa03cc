/// A theme: how every semantic style role looks.
///
/// Theme files are YAML (decoded by the executable, so this module needs no YAML library):
/// ```yaml
/// name: default
/// roles:
///   mtls: {fg: green}
///   plaintext: {fg: bright-red, attributes: [bold]}
/// ```
/// Roles a file leaves out inherit from the built-in default theme. Unknown roles are errors.
package struct Theme: Hashable, Sendable {
    /// The theme's name, shown by `:theme`.
    package var name: String
    /// The style of each role.
    package var roles: [StyleRole: RoleStyle]

    /// Creates a theme.
    package init(name: String, roles: [StyleRole: RoleStyle]) {
        self.name = name
        self.roles = roles
    }

    /// The style of a role; plain text style when the theme does not define it.
    package func style(for role: StyleRole) -> RoleStyle {
        roles[role] ?? roles[.text] ?? RoleStyle()
    }

    /// The same theme with every colour removed, keeping attributes: for `NO_COLOR` and monochrome terminals.
    package var monochrome: Theme {
        Theme(name: name, roles: roles.mapValues { RoleStyle(attributes: $0.attributes) })
    }
}

extension Theme: Codable {
    private enum CodingKeys: String, CodingKey {
        case name, roles
    }

    /// Decodes a theme, filling absent roles from the built-in default.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? "custom"
        let named = try container.decodeIfPresent([String: RoleStyle].self, forKey: .roles) ?? [:]
        var roles = Theme.builtinDefault.roles
        for (key, style) in named {
            guard let role = StyleRole(rawValue: key) else {
                let known = StyleRole.allCases.map(\.rawValue).joined(separator: ", ")
                throw DecodingError.dataCorruptedError(
                    forKey: .roles,
                    in: container,
                    debugDescription: "unknown role '\(key)' (known roles: \(known))"
                )
            }
            roles[role] = style
        }
        self.roles = roles
    }

    /// Encodes the theme with its roles in declaration order.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(
            Dictionary(uniqueKeysWithValues: roles.map { ($0.key.rawValue, $0.value) }),
            forKey: .roles
        )
    }
}
