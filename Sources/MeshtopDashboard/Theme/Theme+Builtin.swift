extension Theme {
    /// The default theme, built in so that the binary works from any directory.
    ///
    /// `themes/default.yaml` holds the same roles; a test keeps the two equal. Colours are ANSI
    /// names so they work on 8- and 16-colour terminals as well.
    package static let builtinDefault = Theme(
        name: "default",
        roles: [
            .text: RoleStyle(),
            .dim: RoleStyle(fg: .ansi(8)),
            .header: RoleStyle(fg: .ansi(6), attributes: [.bold]),
            .border: RoleStyle(fg: .ansi(8)),
            .title: RoleStyle(fg: .ansi(15), bg: .ansi(4), attributes: [.bold]),
            .statusBar: RoleStyle(fg: .ansi(7), bg: .ansi(0)),
            .key: RoleStyle(fg: .ansi(3), attributes: [.bold]),
            .selection: RoleStyle(attributes: [.reverse]),
            .prompt: RoleStyle(fg: .ansi(11), attributes: [.bold]),
            .mtls: RoleStyle(fg: .ansi(2)),
            .plaintext: RoleStyle(fg: .ansi(9), attributes: [.bold]),
            .unverified: RoleStyle(fg: .ansi(5)),
            .unknown: RoleStyle(fg: .ansi(3)),
            .strict: RoleStyle(fg: .ansi(2)),
            .permissive: RoleStyle(fg: .ansi(3)),
            .disable: RoleStyle(fg: .ansi(1), attributes: [.bold]),
            .critical: RoleStyle(fg: .ansi(9), attributes: [.bold]),
            .warning: RoleStyle(fg: .ansi(3)),
            .info: RoleStyle(fg: .ansi(6)),
            .certExpired: RoleStyle(fg: .ansi(9), attributes: [.bold, .reverse]),
            .certCritical: RoleStyle(fg: .ansi(9), attributes: [.bold]),
            .certWarning: RoleStyle(fg: .ansi(3)),
            .certNotice: RoleStyle(fg: .ansi(6)),
            .certOK: RoleStyle(fg: .ansi(2)),
            .error: RoleStyle(fg: .ansi(9)),
        ]
    )
}
