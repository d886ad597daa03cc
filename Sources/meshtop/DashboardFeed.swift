import Foundation
import MeshtopDashboard
import MeshtopTelemetry

/// Reads telemetry sources and turns them into the dashboard's view model, off the UI thread.
enum DashboardFeed {
    /// Parses every source and builds one model; unreadable sources show up as source errors.
    static func load(_ inputs: [String]) async -> DashboardModel {
        var statuses: [SourceStatus] = []
        var newest: Int64?
        for input in inputs {
            let name = URL(fileURLWithPath: input).lastPathComponent
            do {
                let bytes = try await readAll(input)
                let dump = TelemetryParser.parse(bytes)
                let errors = dump.errors
                statuses.append(
                    SourceStatus(
                        name: name,
                        error: errors.isEmpty ? nil : "\(errors.count) lines could not be parsed"))
                if let modified = modificationTime(input) { newest = max(newest ?? modified, modified) }
            } catch {
                statuses.append(SourceStatus(name: name, error: "\(error)"))
            }
        }
        return DashboardModel(dataTime: newest, sources: statuses)
    }

    /// The whole content of a file, URL or standard input.
    static func readAll(_ input: String) async throws -> [UInt8] {
        var bytes: [UInt8] = []
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
        defer { buffer.deallocate() }
        try await InputReader.read(input, buffer: buffer) { chunk in bytes.append(contentsOf: chunk) }
        return bytes
    }

    private static func modificationTime(_ path: String) -> Int64? {
        guard let date = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date else {
            return nil
        }
        return Int64(date.timeIntervalSince1970 * 1000)
    }
}
