import Foundation
import MeshtopDashboard
import MeshtopModel
import MeshtopSession
import MeshtopSources
import MeshtopTelemetry

/// Reads telemetry sources into the mesh model and turns its snapshot into the dashboard's view model.
///
/// Runs off the UI thread; unreadable sources show up in the status bar rather than failing the UI.
enum DashboardFeed {
    /// Dumps read once: the snapshot of what could be read and the sources that could not.
    struct Read {
        /// The snapshot of every readable source.
        var snapshot: MeshSnapshot
        /// Sources that could not be read (missing, unreadable, binary data), with the reason.
        var failures: [SourceStatus]
        /// How many sources were read.
        var frameCount: Int
    }

    /// Parses every source (`FILE`, `name=FILE`, `ns/workload=FILE`) as one scrape each and builds a view model
    /// of the resulting snapshot; an input that is binary data rather than telemetry shows as a failing source.
    static func load(_ arguments: [String], policy: DashboardPolicy? = nil) async -> DashboardModel {
        view(of: await read(arguments), policy: policy)
    }

    /// The view model of dumps read once: their snapshot, with the failing sources listed.
    static func view(of read: Read, policy: DashboardPolicy?) -> DashboardModel {
        var view = DashboardPolicy.view(of: read.snapshot, policy: policy)
        if read.frameCount == 0 { view.dataTime = nil }
        view.sources += read.failures
        return view
    }

    /// Parses every source as one scrape each: the snapshot and the sources that could not be read.
    static func read(_ arguments: [String]) async -> Read {
        let model = MeshModel()
        let buffer = ReadBuffer.allocate()
        defer { buffer.deallocate() }
        var failures: [SourceStatus] = []
        let inputs = arguments.map(SnapshotInput.init(parsing:))
        let defaultNames = sourceNames(for: inputs.map(\.path))
        for (input, defaultName) in zip(inputs, defaultNames) {
            let name = input.name ?? defaultName
            var accumulator = model.makeAccumulator(source: name, scrapeTime: 0, attribution: input.attribution)
            var parser = TelemetryParser(options: ParseOptions())
            do {
                try await InputReader.read(input.path, buffer: buffer, parser: &parser, into: &accumulator)
            } catch {
                failures.append(SourceStatus(name: name, error: "\(error)"))
                continue
            }
            parser.finish(into: &accumulator)
            if let offset = parser.binaryOffset {
                failures.append(SourceStatus(name: name, error: NotTelemetryText.reason(offset: offset)))
                continue
            }
            accumulator.setTime(
                accumulator.frame.newestSampleTimestamp ?? ReportCommand.modificationTime(of: input.path)
            )
            model.add(accumulator.frame)
        }
        return Read(snapshot: model.snapshot(), failures: failures, frameCount: model.frameCount)
    }

    /// Each input's source name: its file name, or the path as given when another input has the same file name
    /// (two `web.prom` from different folders are two sources, not two scrapes of one).
    static func sourceNames(for inputs: [String]) -> [String] {
        let fileNames = inputs.map { URL(fileURLWithPath: $0).lastPathComponent }
        var pathsByName: [String: Set<String>] = [:]
        for (input, name) in zip(inputs, fileNames) { pathsByName[name, default: []].insert(input) }
        return zip(inputs, fileNames).map { input, name in (pathsByName[name]?.count ?? 0) > 1 ? input : name }
    }
}

extension DashboardFeed {
    /// Fetches every live source once and builds a view model of what arrived, with the mode it is shown in
    /// (STALE when every source failed); failures become source errors, and are also returned on their own
    /// with the snapshot behind the view, and whether nothing could be read at all.
    static func fetchOnce(
        _ sources: [any TelemetrySource],
        policy: DashboardPolicy?
    ) async -> (
        model: DashboardModel, mode: TimeStatus.Mode, snapshot: MeshSnapshot, failures: [SourceStatus],
        nothingRead: Bool
    ) {
        let model = MeshModel()
        var failures: [SourceStatus] = []
        var health: [MeshtopSources.SourceHealth] = []
        // Sources that failed, and followed files that do not exist yet (awaited, not broken).
        var unreadable = 0
        var awaited = 0
        let now = WallClock.nowMilliseconds()
        for source in sources {
            var sourceHealth = MeshtopSources.SourceHealth(name: source.name)
            do {
                let outcome = try await source.fetch()
                sourceHealth.lastSuccessMilliseconds = now
                if case .frame(let frame) = outcome {
                    if let problem = ContentCheck.problem(in: frame) {
                        sourceHealth.contentProblem = problem
                        failures.append(SourceStatus(name: source.name, error: problem))
                    }
                    model.ingest(frame)
                }
            } catch {
                sourceHealth.lastError = error.description
                if case .waiting = error {
                    awaited += 1
                } else {
                    unreadable += 1
                }
                failures.append(SourceStatus(name: source.name, error: error.description))
            }
            health.append(sourceHealth)
        }
        let snapshot = model.snapshot()
        var view = DashboardPolicy.view(of: snapshot, policy: policy)
        if model.frameCount == 0 { view.dataTime = nil }
        let named = Set(failures.map(\.name))
        view.sources = view.sources.filter { !named.contains($0.name) } + failures
        let mode = LiveMode.mode(health: health, now: now, staleAfter: .max)
        // Nothing could be read: every source failed, and not merely because a followed file is still awaited.
        let nothingRead = unreadable > 0 && unreadable + awaited == sources.count
        return (view, mode, snapshot, failures, nothingRead)
    }
}
