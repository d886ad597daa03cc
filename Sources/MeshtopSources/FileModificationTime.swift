import MeshtopTelemetry

#if canImport(Glibc)
    import Glibc
#endif

/// How a dump without sample timestamps is dated: its file's modification time, in whole unix milliseconds
/// (truncated, as the file system keeps it). One rule for every command that reads dumps once, so that the
/// dashboard's `--once --format json` and `report` date the same file alike.
package enum FileModificationTime {
    /// The modification time of `path`; nil for standard input (`-`), a file that cannot be examined, or a
    /// time outside years 0000–9999.
    package static func milliseconds(of path: String) -> Int64? {
        var info = stat()
        guard path != "-", stat(path, &info) == 0,
            let seconds = UnixMilliseconds.fromSeconds(Int64(info.st_mtim.tv_sec))
        else { return nil }
        // Nanoseconds are below one second, so this stays inside the accepted span.
        return seconds + Int64(info.st_mtim.tv_nsec) / 1_000_000
    }
}
