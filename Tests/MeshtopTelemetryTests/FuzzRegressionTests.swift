import Foundation
import MeshtopTelemetry
import Testing

/// Inputs the fuzz targets (`Tests/Fuzz`) kept while exploring each parser, replayed the way the fuzzer
/// feeds them: the first byte picks the chunk size, the rest is the input.
struct FuzzRegressionTests {
    static let targets: [(folder: String, format: TelemetryFormat?)] = [
        ("prometheus", .prometheusText), ("openmetrics", .openMetrics), ("envoy", .envoyStats),
        ("envoy-json", .envoyStatsJSON), ("sniffed", nil),
    ]

    static var inputs: [(String, TelemetryFormat?)] {
        targets.flatMap { target in
            let folder = TestFiles.fixtures.appendingPathComponent("fuzz/\(target.folder)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.sorted().map { ("\(target.folder)/\($0)", target.format) }
        }
    }

    @Test func everyParserHasKeptInputs() {
        for target in Self.targets {
            #expect(Self.inputs.contains { $0.0.hasPrefix(target.folder + "/") }, "no fuzz inputs for \(target.folder)")
        }
    }

    @Test(arguments: inputs)
    func keptFuzzInputParsesWithLocatedIssuesAndBoundedBuffers(name: String, format: TelemetryFormat?) throws {
        let bytes = try [UInt8](Data(contentsOf: TestFiles.fixtures.appendingPathComponent("fuzz/\(name)")))
        let chunkSize = Int((bytes.first ?? 0) % 64) + 1
        let options = ParseOptions(format: format, maxLineLength: 4096)
        var parser = TelemetryParser(options: options)
        var collector = SampleCollector()
        var largestCarry = 0
        bytes.dropFirst().withUnsafeBytes { body in
            var offset = 0
            while offset < body.count {
                let end = min(offset + chunkSize, body.count)
                parser.feed(UnsafeRawBufferPointer(rebasing: body[offset..<end]), into: &collector)
                largestCarry = max(largestCarry, parser.bufferedBytes)
                offset = end
            }
        }
        parser.finish(into: &collector)
        let dump = collector.dump(of: parser)
        #expect(largestCarry <= options.maxLineLength + chunkSize)
        for issue in dump.issues {
            #expect(issue.line >= 1 && issue.column >= 1, "\(name): issue without a location: \(issue)")
            #expect(!issue.reason.isEmpty)
        }
        // The same bytes in one piece give the same result: chunking never changes what is parsed.
        let whole = TelemetryParser.parse(Array(bytes.dropFirst()), options: options)
        #expect(sameDump(whole, dump), "\(name): chunked and whole parses differ")
    }
}
