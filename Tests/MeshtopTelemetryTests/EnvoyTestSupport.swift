import Foundation
import MeshtopTelemetry

/// Collects everything an Envoy parser reports, as owning values.
struct EnvoyCollector: SampleConsumer {
    var samples: [Sample] = []
    var declarations: [(family: String, kind: MetricKind)] = []
    var issues: [ParseIssue] = []

    mutating func consume(_ sample: SampleView) { samples.append(Sample(sample)) }

    mutating func declare(family name: UnsafeBufferPointer<UInt8>, kind: MetricKind) {
        declarations.append((String(decoding: name, as: UTF8.self), kind))
    }

    mutating func report(_ issue: ParseIssue) { issues.append(issue) }
}

extension Sample {
    /// The labels as a dictionary (label order differs between encodings and does not matter).
    var labelDictionary: [String: String] {
        Dictionary(labels.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
    }
}

enum EnvoyTestInput {
    /// Runs `text` through ``EnvoyStatsParser`` line by line, as the streaming driver does.
    static func parseText(_ text: String) -> EnvoyCollector {
        var parser = EnvoyStatsParser()
        var collector = EnvoyCollector()
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.hasSuffix("\n") { lines.removeLast() }
        for (index, line) in lines.enumerated() {
            Array(line.utf8).withUnsafeBufferPointer {
                parser.parseLine($0, lineNumber: index + 1, into: &collector)
            }
        }
        parser.finish(into: &collector)
        return collector
    }

    /// The bytes of a file in the test target's `Fixtures` folder.
    static func fixture(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}
