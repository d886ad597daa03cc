import Foundation
import MeshtopModel
import MeshtopTelemetry

extension CheckCommand {
    /// Reads each telemetry dump (a file, an http(s) URL, or `-` for standard input) as one scrape of its
    /// own source and returns the model's snapshot. A file's scrape time is its modification time; other
    /// inputs are stamped with the time they were read.
    func telemetrySnapshot(_ inputs: [String]) async throws -> MeshSnapshot {
        let model = MeshModel()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 8)
        defer { buffer.deallocate() }
        for input in inputs {
            var accumulator = model.makeAccumulator(source: input, scrapeTime: Self.scrapeTime(of: input))
            var parser = TelemetryParser()
            do {
                try await InputReader.read(input, buffer: buffer) { parser.feed($0, into: &accumulator) }
            } catch let error as InputError {
                throw CheckInputError(error.description)
            }
            parser.finish(into: &accumulator)
            model.add(accumulator.frame)
        }
        return model.snapshot()
    }

    private static func scrapeTime(of input: String) -> Int64 {
        let attributes = try? FileManager.default.attributesOfItem(atPath: input)
        let date = input == "-" ? nil : attributes?[.modificationDate] as? Date
        return Int64((date ?? Date()).timeIntervalSince1970 * 1000)
    }
}
