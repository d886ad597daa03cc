import ArgumentParser
import MeshtopDashboard
import MeshtopSession
import MeshtopSources

/// The options that say what "now" covers: the trailing window of every rate, and how long a live session
/// remembers.
struct WindowArguments: ParsableArguments {
    @Option(help: "The trailing window rates and counts cover (1m, 5m, 15m, 1h; the w key cycles them).")
    var window: String = "1m"

    @Option(help: "How far back a live session remembers, for T, b, { and } (memory is bounded too).")
    var history: String = "1h"

    @Flag(help: "Show and read times in UTC instead of the local time zone (TZ).")
    var utc = false

    /// The zone times are shown in, and typed times of day are read in.
    func zone() -> DisplayZone { LocalZone.current(utc: utc, at: WallClock.nowMilliseconds()) }

    /// The window length in milliseconds.
    func windowLength() throws -> Int64 { try Self.positive(window, option: "--window") }

    /// The history length in milliseconds.
    func historyLength() throws -> Int64 { try Self.positive(history, option: "--history") }

    private static func positive(_ text: String, option: String) throws -> Int64 {
        guard let milliseconds = DurationText.milliseconds(text) else {
            throw ValidationError("\(option) '\(Terminal.safe(text))' is not a duration such as 1m or 15m")
        }
        guard milliseconds > 0 else { throw ValidationError("\(option) must be positive") }
        return milliseconds
    }
}
