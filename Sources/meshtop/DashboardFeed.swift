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
    /// Parses every source (`FILE`, `name=FILE`, `ns/workload=FILE`) as one scrape each and builds a view model
    /// of the resulting snapshot; an input that is binary data rather than telemetry shows as a failing source.
    static func load(_ arguments: [String], policy: DashboardPolicy? = nil) async -> DashboardModel {
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
            accumulator.setTime(accumulator.frame.newestSampleTimestamp ?? modificationTime(input.path))
            model.add(accumulator.frame)
        }
        var view = DashboardPolicy.view(of: model.snapshot(), policy: policy)
        if model.frameCount == 0 { view.dataTime = nil }
        view.sources += failures
        return view
    }

    /// Each input's source name: its file name, or the path as given when another input has the same file name
    /// (two `web.prom` from different folders are two sources, not two scrapes of one).
    static func sourceNames(for inputs: [String]) -> [String] {
        let fileNames = inputs.map { URL(fileURLWithPath: $0).lastPathComponent }
        var pathsByName: [String: Set<String>] = [:]
        for (input, name) in zip(inputs, fileNames) { pathsByName[name, default: []].insert(input) }
        return zip(inputs, fileNames).map { input, name in (pathsByName[name]?.count ?? 0) > 1 ? input : name }
    }

    private static func modificationTime(_ path: String) -> Int64 {
        guard let date = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date else {
            return 0
        }
        return UnixMilliseconds.checked(date.timeIntervalSince1970 * 1000) ?? 0
    }
}

extension DashboardFeed {
    /// Fetches every live source once and builds a view model of what arrived, with the mode it is shown in
    /// (STALE when every source failed); failures become source errors.
    static func fetchOnce(
        _ sources: [any TelemetrySource],
        policy: DashboardPolicy?
    ) async -> (model: DashboardModel, mode: TimeStatus.Mode) {
        let model = MeshModel()
        var failures: [SourceStatus] = []
        var health: [MeshtopSources.SourceHealth] = []
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
                failures.append(SourceStatus(name: source.name, error: error.description))
            }
            health.append(sourceHealth)
        }
        var view = DashboardPolicy.view(of: model.snapshot(), policy: policy)
        if model.frameCount == 0 { view.dataTime = nil }
        let named = Set(failures.map(\.name))
        view.sources = view.sources.filter { !named.contains($0.name) } + failures
        return (view, LiveMode.mode(health: health, now: now, staleAfter: .max))
    }
}
