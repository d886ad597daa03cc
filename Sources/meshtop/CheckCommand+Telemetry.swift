import Foundation
import MeshtopModel
import MeshtopTelemetry

extension CheckCommand {
    /// Reads each telemetry dump (a file, or `-` for standard input) as one scrape of its own source and
    /// returns the model's snapshot. A file's scrape time is its modification time.
    func telemetrySnapshot(_ paths: [String]) throws -> MeshSnapshot {
        let model = MeshModel()
        for path in paths {
            let (bytes, time) = try Self.readDump(path)
            var accumulator = model.makeAccumulator(source: path, scrapeTime: time)
            var parser = TelemetryParser()
            bytes.withUnsafeBytes { parser.feed($0, into: &accumulator) }
            parser.finish(into: &accumulator)
            model.add(accumulator.frame)
        }
        return model.snapshot()
    }

    private static func readDump(_ path: String) throws -> (bytes: [UInt8], time: Int64) {
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        if path == "-" {
            return ([UInt8](FileHandle.standardInput.readDataToEndOfFile()), now)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CheckInputError("\(path): cannot read the telemetry dump")
        }
        let modified = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate]) as? Date
        return ([UInt8](data), modified.map { Int64($0.timeIntervalSince1970 * 1000) } ?? now)
    }
}
