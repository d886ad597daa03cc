/// A semantic style role: what a cell means, which a theme turns into colours and attributes.
///
/// Views never name colours. They name roles, and the theme decides how each role looks, so that
/// a colour-blind or monochrome theme can change every colour without touching a screen.
package enum StyleRole: String, CaseIterable, Codable, Hashable, Sendable {
    /// Ordinary text.
    case text
    /// Secondary text: units, hints, empty values.
    case dim
    /// Table headers and section titles.
    case header
    /// Box lines and separators.
    case border
    /// The top line with breadcrumbs and mode.
    case title
    /// The bottom status bar.
    case statusBar
    /// A key name in hints and help.
    case key
    /// The selected row or tab (themes add reverse video).
    case selection
    /// The active filter or prompt text.
    case prompt
    /// Traffic protected by mutual TLS.
    case mtls
    /// Traffic seen in plaintext.
    case plaintext
    /// TLS traffic whose peer identity was not verified.
    case unverified
    /// Traffic whose security the telemetry does not say.
    case unknown
    /// Policy mode STRICT.
    case strict
    /// Policy mode PERMISSIVE.
    case permissive
    /// Policy mode DISABLE.
    case disable
    /// A critical alert.
    case critical
    /// A warning.
    case warning
    /// An informational notice.
    case info
    /// A certificate that has already expired.
    case certExpired
    /// A certificate expiring within a day.
    case certCritical
    /// A certificate expiring within a week.
    case certWarning
    /// A certificate expiring within a month.
    case certNotice
    /// A certificate with more than a month left.
    case certOK
    /// An error message (source failures, bad filters).
    case error
}
