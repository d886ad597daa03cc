import MeshtopDashboard
import MeshtopSources

/// The mode label of a live view that follows the newest data, from its sources' health: LIVE while any
/// polled source delivers, STALE when every one fails or its data is older than ``staleIntervals`` polling
/// intervals, SNAPSHOT when every source was read once and will give no more (standard input).
package enum LiveMode {
    /// How many polling intervals old data may be before it is stale.
    package static let staleIntervals: Int64 = 3

    /// The age, in milliseconds, beyond which data polled every `interval` is stale.
    package static func staleAfter(interval: Duration) -> Int64 {
        let components = interval.components
        let milliseconds = components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000
        return max(1, milliseconds) * staleIntervals
    }

    /// The mode for `health` at `now`.
    package static func mode(health: [SourceHealth], now: Int64, staleAfter: Int64) -> TimeStatus.Mode {
        let polled = health.filter { !$0.finished }
        guard !polled.isEmpty else { return health.isEmpty ? .live : .snapshot }
        // A source not fetched yet is neither: the first poll is under way.
        let dead = polled.allSatisfy { source in
            source.lastError != nil
                || (source.lastSuccessMilliseconds != nil && source.isStale(now: now, limit: staleAfter))
        }
        return dead ? .stale : .live
    }
}
