import Foundation
import MeshtopModel
import MeshtopSources
import MeshtopTelemetry

/// The telemetry `check` and `plan` judge traffic by, and the window (`--from`/`--to`) it is cut to.
struct WindowedTelemetry {
    /// `--from`, as typed.
    var from: String?
    /// `--to`, as typed.
    var to: String?
    /// `--cacert`, for https sources.
    var caFile: String?
    /// The command whose notes these are, for stderr (`check`, `plan`).
    var command = "check"

    /// Reads `inputs` into one model and returns its snapshot: recordings, directories of dumps and dump
    /// files frame by frame (only frames inside `--from`/`--to`), and standard input or http(s) URLs as
    /// one scrape each, stamped with the time they were read.
    ///
    /// - Throws: ``CommandInputError`` for a bad time or an input that cannot be read.
    func snapshot(_ inputs: [String]) async throws -> MeshSnapshot {
        let model = MeshModel()
        let streamed = inputs.filter(Self.isStreamed)
        let window = try TelemetryWindow(from: Self.time(from, option: "--from"), to: Self.time(to, option: "--to"))
        do {
            try window.load(inputs.filter { !Self.isStreamed($0) }, into: model) { note in
                FileHandle.standardError.write(Data("meshtop \(command): \(Terminal.safe(note))\n".utf8))
            }
        } catch let error as SourceError {
            throw CommandInputError(error.description)
        } catch let error as NotTelemetryText {
            throw CommandInputError(error.description)
        } catch let error as TelemetryWindowError {
            throw CommandInputError(error.description)
        }
        let buffer = ReadBuffer.allocate()
        defer { buffer.deallocate() }
        for input in streamed {
            let now = WallClock.nowMilliseconds()
            var accumulator = model.makeAccumulator(source: input, scrapeTime: now)
            var parser = TelemetryParser()
            do {
                try await InputReader.read(input, caFile: caFile, buffer: buffer, parser: &parser, into: &accumulator)
            } catch let error as InputError {
                throw CommandInputError(error.description)
            }
            parser.finish(into: &accumulator)
            if let offset = parser.binaryOffset {
                throw CommandInputError(NotTelemetryText(input: input, offset: offset).description)
            }
            model.add(accumulator.frame)
        }
        return model.snapshot()
    }

    private static func isStreamed(_ input: String) -> Bool {
        input == "-" || input.hasPrefix("http://") || input.hasPrefix("https://")
    }

    private static func time(_ text: String?, option: String) throws -> TimeExpression? {
        guard let text else { return nil }
        do {
            return try TimeExpression(parsing: text)
        } catch {
            throw CommandInputError("\(option): \(error.description)")
        }
    }
}
