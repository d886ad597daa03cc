import MeshtopModel
import MeshtopSources

/// The mesh at any past instant of a query-mode Prometheus: the server's answers evaluated at an instant,
/// parsed into one catalog, and the snapshot of the window ending at an instant.
///
/// A window (T − W, T] is the difference of two evaluations, at T − W and at T, so its figures are the
/// increase of the summed counters between them and its rates that increase over W: on a source scraped at a
/// constant rate this is the rate exactly (each instant reads the newest sample at or before it), where
/// PromQL's `increase()` extrapolates to the window's edges. Evaluations are cached (the least recently used
/// go first), so stepping by a divisor of the window, and the alert lifecycle's windows, reuse them.
package actor InstantFrames {
    /// Evaluates the mesh's queries at an instant (unix milliseconds) as one scrape.
    package typealias Evaluate = @Sendable (Int64) async throws -> ScrapeFrame

    private let evaluate: Evaluate
    private let catalog = MeshModel()
    private var cache: [Int64: Frame] = [:]
    private var order: [Int64] = []
    private let limit: Int

    /// Creates frames over `evaluate`, keeping at most `limit` evaluations (the default holds an alert
    /// lifecycle's ``lifecycleWindows`` windows four times over).
    package init(limit: Int = 256, evaluate: @escaping Evaluate) {
        self.evaluate = evaluate
        self.limit = max(limit, 2)
    }

    /// The parsed evaluation at `instant`, from the cache or the server.
    package func frame(at instant: Int64) async throws -> Frame {
        if let frame = cache[instant] {
            if order.last != instant, let index = order.lastIndex(of: instant) {
                order.remove(at: index)
                order.append(instant)
            }
            return frame
        }
        let frame = catalog.frame(of: try await evaluate(instant))
        cache[instant] = frame
        order.append(instant)
        if order.count > limit { cache[order.removeFirst()] = nil }
        return frame
    }

    /// The snapshot of the window of `length` milliseconds ending at `end`.
    package func snapshot(at end: Int64, length: Int64) async throws -> MeshSnapshot {
        let window = TimeWindow(end: end, length: length)
        let earlier = try await frame(at: window.start)
        let later = try await frame(at: end)
        // The window includes its start here: the evaluation at T − W is the baseline.
        return catalog.snapshot(of: [earlier, later], in: TimeWindow(end: end, length: window.length + 1))
    }
}
