import MeshtopDashboard

#if canImport(Glibc)
    import Glibc
#endif

/// The zone the screens show times in: the user's local zone (`TZ` honoured) now, or UTC when asked.
enum LocalZone {
    /// The local zone's offset and abbreviation at `milliseconds`, or UTC with `utc`.
    static func current(utc: Bool, at milliseconds: Int64) -> DisplayZone {
        guard !utc else { return .utc }
        tzset()
        var seconds = time_t(milliseconds / 1000)
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return .utc }
        let name = parts.tm_zone.map { String(cString: $0) } ?? "UTC"
        return DisplayZone(offsetSeconds: Int(parts.tm_gmtoff), name: name)
    }
}
