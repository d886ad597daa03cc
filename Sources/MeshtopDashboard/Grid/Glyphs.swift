import MeshtopTelemetry

/// The symbols widgets draw with, in a Unicode and an ASCII variant.
///
/// The ASCII set serves non-UTF-8 locales, `--ascii`, and fonts that lack block elements.
package struct Glyphs: Hashable, Sendable {
    /// Whether this is the ASCII-only set.
    package let isASCII: Bool

    /// How text drawn with these glyphs shows unsafe characters (see ``TerminalSafeText``).
    package var textForm: TerminalSafeText.Form { isASCII ? .asciiCells : .cells }
    /// A horizontal line piece.
    package let horizontal: String
    /// A vertical line piece.
    package let vertical: String
    /// The separator between breadcrumbs.
    package let crumbSeparator: String
    /// Sparkline levels, lowest first.
    package let sparkLevels: [String]
    /// Fill glyphs of a stacked bar by segment class, so segments differ without colour.
    package let barMTLS: String, barPlaintext: String, barUnknown: String, barEmpty: String
    /// The marker of an event on a timeline and the axis it sits on.
    package let marker: String, axis: String, axisTick: String
    /// Sort direction indicators.
    package let sortAscending: String, sortDescending: String
    /// Class marks shown next to words: mTLS, plaintext, unverified, unknown.
    package let markMTLS: String, markPlaintext: String, markUnverified: String, markUnknown: String
    /// A mark for an alert or a problem.
    package let markAlert: String
    /// Shown where text was cut.
    package let ellipsis: String
    /// The arrow between an edge's source and destination.
    package let arrow: String
    /// Playback state marks.
    package let playing: String, paused: String

    /// Box drawing, block elements and symbols.
    package static let unicode = Glyphs(
        isASCII: false,
        horizontal: "─",
        vertical: "│",
        crumbSeparator: " ▸ ",
        sparkLevels: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        barMTLS: "█",
        barPlaintext: "▒",
        barUnknown: "░",
        barEmpty: " ",
        marker: "◆",
        axis: "─",
        axisTick: "┼",
        sortAscending: "▲",
        sortDescending: "▼",
        markMTLS: "✔",
        markPlaintext: "✘",
        markUnverified: "~",
        markUnknown: "?",
        markAlert: "!",
        ellipsis: "…",
        arrow: "→",
        playing: "▶",
        paused: "⏸"
    )

    /// Printable ASCII only.
    package static let ascii = Glyphs(
        isASCII: true,
        horizontal: "-",
        vertical: "|",
        crumbSeparator: " > ",
        sparkLevels: ["_", ".", "-", "~", "=", "+", "*", "#"],
        barMTLS: "#",
        barPlaintext: "x",
        barUnknown: ".",
        barEmpty: " ",
        marker: "*",
        axis: "-",
        axisTick: "+",
        sortAscending: "^",
        sortDescending: "v",
        markMTLS: "+",
        markPlaintext: "x",
        markUnverified: "~",
        markUnknown: "?",
        markAlert: "!",
        ellipsis: "~",
        arrow: "->",
        playing: ">",
        paused: "||"
    )
}
