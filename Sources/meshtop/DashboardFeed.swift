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
    /// Parses every source as one scrape each and builds a view model of the resulting snapshot.
    static func load(_ inputs: [String], policy: DashboardPolicy? = nil) async -> DashboardModel {
        let model = MeshModel()
        let buffer = ReadBuffer.allocate()
        defer { buffer.deallocate() }
        var failures: [SourceStatus] = []
        for (input, name) in zip(inputs, sourceNames(for: inputs)) {
            var accumulator = model.makeAccumulator(source: name, scrapeTime: 0)
            var parser = TelemetryParser(options: ParseOptions())
            do {
                try await InputReader.read(input, buffer: buffer, parser: &parser, into: &accumulator)
            } catch {
                failures.append(SourceStatus(name: name, error: "\(error)"))
                continue
            }
            parser.finish(into: &accumulator)
            accumulator.setTime(accumulator.frame.newestSampleTimestamp ?? modificationTime(input))
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
    /// Fetches every live source once and builds a view model of what arrived; failures become source errors.
    static func fetchOnce(_ sources: [any TelemetrySource], policy: DashboardPolicy?) async -> DashboardModel {
        let model = MeshModel()
        var failures: [SourceStatus] = []
        for source in sources {
            do {
                if case .frame(let frame) = try await source.fetch() { model.ingest(frame) }
            } catch {
                failures.append(SourceStatus(name: source.name, error: error.description))
            }
        }
        var view = DashboardPolicy.view(of: model.snapshot(), policy: policy)
        if model.frameCount == 0 { view.dataTime = nil }
        view.sources += failures
        return view
    }
}
