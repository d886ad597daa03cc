/// The time zone screens show times in: the user's local zone by default (`TZ` honoured), UTC with `--utc`.
///
/// The executable reads the zone once at start; the offset is that of the start (a DST change during a
/// session is not followed).
package struct DisplayZone: Hashable, Sendable {
    /// Seconds east of UTC, within ±18 h.
    package var offsetSeconds: Int
    /// The zone's abbreviation (`CET`, `UTC`).
    package var name: String

    /// Creates a zone; an offset beyond ±18 h is taken as 0.
    package init(offsetSeconds: Int, name: String) {
        self.offsetSeconds = abs(offsetSeconds) <= 18 * 3600 ? offsetSeconds : 0
        self.name = name
    }

    /// Coordinated Universal Time.
    package static let utc = DisplayZone(offsetSeconds: 0, name: "UTC")

    /// A Unix-milliseconds time as `YYYY-MM-DD HH:MM:SS` in this zone.
    package func clock(_ milliseconds: Int64) -> String {
        let (local, overflow) = milliseconds.addingReportingOverflow(Int64(offsetSeconds) * 1000)
        return Format.clock(milliseconds: overflow ? milliseconds : local)
    }
}
