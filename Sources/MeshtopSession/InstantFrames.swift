import MeshtopModel
import MeshtopSources
import MeshtopTelemetry
import Synchronization

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

    private enum Source {
        case scrapes(Evaluate)
        case server(PrometheusQuerySource)
    }

    private let source: Source
    private let catalog = SharedCatalog()
    private var cache: [Int64: Frame] = [:]
    private var order: [Int64] = []
    private let limit: Int

    /// Creates frames over `evaluate`, keeping at most `limit` evaluations (the default holds an alert
    /// lifecycle's ``lifecycleWindows`` windows four times over).
    package init(limit: Int = 256, evaluate: @escaping Evaluate) {
        self.source = .scrapes(evaluate)
        self.limit = max(limit, 2)
    }

    /// Creates frames over a query-mode server, whose answers go into the frames element by element as they
    /// arrive: no answer, and no text rendered from one, is ever held whole. The frames are those of
    /// ``init(limit:evaluate:)`` over `server.frame(at:)`.
    package init(limit: Int = 256, server: PrometheusQuerySource) {
        self.source = .server(server)
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
        let frame: Frame
        switch source {
        case .scrapes(let evaluate):
            let scrape = try await evaluate(instant)
            frame = catalog.state.withLock { $0.model.frame(of: scrape) }
        case .server(let server):
            frame = try await catalog.frame(of: server, at: instant)
        }
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
        let included = TimeWindow(end: end, length: window.length + 1)
        return catalog.state.withLock { $0.model.snapshot(of: [earlier, later], in: included) }
    }
}

/// The catalog every frame is parsed into, behind a lock: a server's elements reach it from the
/// transfers' threads while they are read.
private final class SharedCatalog: Sendable {
    struct State {
        let model = MeshModel()
        /// Frames being built, by evaluation.
        var building: [Int: FrameAccumulator] = [:]
        /// Elements of the queries after the first, kept until the evaluation ends (see ``frame(of:at:)``).
        var later: [Int: [(query: Int, element: PrometheusVectorReader.Element, kind: MetricKind)]] = [:]
        var evaluations = 0
    }

    let state = Mutex(State())

    /// The frame of `server`'s answers at `instant`. The first query's elements (the traffic, by far the
    /// largest answer) go into the frame as they arrive; the others' small answers wait and follow in the
    /// queries' order, so that series are catalogued in the same order on every evaluation.
    func frame(of server: PrometheusQuerySource, at instant: Int64) async throws -> Frame {
        let id = state.withLock { state in
            state.evaluations += 1
            state.building[state.evaluations] = state.model.makeAccumulator(source: server.name, scrapeTime: instant)
            state.later[state.evaluations] = []
            return state.evaluations
        }
        do throws(PrometheusAPIError) {
            _ = try await server.evaluate(at: instant) { [self] query, element, kind in
                state.withLock { state in
                    guard state.building[id] != nil else { return }
                    if query == 0 {
                        state.building[id]?.consume(element, as: kind)
                    } else {
                        state.later[id]?.append((query, element, kind))
                    }
                }
            }
        } catch {
            state.withLock { state in
                state.building[id] = nil
                state.later[id] = nil
            }
            throw PrometheusEvaluationError(server: server.name, error: error)
        }
        return state.withLock { state in
            var accumulator = state.building.removeValue(forKey: id)
            let waiting = state.later.removeValue(forKey: id) ?? []
            // A stable sort: each query's elements keep the order they were read in.
            for (_, element, kind) in waiting.sorted(by: { $0.query < $1.query }) {
                accumulator?.consume(element, as: kind)
            }
            return accumulator?.frame ?? Frame(sourceIndex: 0, time: instant)
        }
    }
}
