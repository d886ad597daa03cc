import Foundation
import MeshtopTelemetry

/// Parses `text` in one piece.
func parse(_ text: String, options: ParseOptions = ParseOptions()) -> ParsedDump {
    TelemetryParser.parse(Array(text.utf8), options: options)
}

/// Parses `bytes` fed in chunks of `chunkSize` bytes.
func parse(_ bytes: [UInt8], chunkSize: Int, options: ParseOptions = ParseOptions()) -> ParsedDump {
    var parser = TelemetryParser(options: options)
    var collector = SampleCollector()
    bytes.withUnsafeBytes { all in
        var offset = 0
        while offset < all.count {
            let end = min(offset + chunkSize, all.count)
            parser.feed(UnsafeRawBufferPointer(rebasing: all[offset..<end]), into: &collector)
            offset = end
        }
    }
    parser.finish(into: &collector)
    return collector.dump(of: parser)
}

/// Whether two values are the same number, NaN included.
func sameValue(_ lhs: Double, _ rhs: Double) -> Bool {
    lhs == rhs || (lhs.isNaN && rhs.isNaN)
}

/// Whether two samples are equal field by field, NaN equal to NaN.
func sameSample(_ lhs: Sample, _ rhs: Sample) -> Bool {
    var left = lhs
    var right = rhs
    guard sameValue(left.value, right.value) else { return false }
    left.value = 0
    right.value = 0
    return left == right
}

/// Whether two dumps hold the same format, samples, families and issues.
func sameDump(_ lhs: ParsedDump, _ rhs: ParsedDump) -> Bool {
    lhs.format == rhs.format && lhs.samples.count == rhs.samples.count
        && zip(lhs.samples, rhs.samples).allSatisfy(sameSample) && lhs.families == rhs.families
        && lhs.issues == rhs.issues && lhs.lineCount == rhs.lineCount
}

/// Test inputs: the fixtures copied into this target, and the shared corpus when present.
enum TestFiles {
    /// This test target's `Fixtures` folder.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The workspace's shared corpus (`../shared/corpus` next to the repository), if present.
    static let sharedCorpus: URL? = {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/corpus")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    /// The bytes of fixture `name`.
    static func fixture(_ name: String) throws -> [UInt8] {
        try Array(Data(contentsOf: fixtures.appendingPathComponent(name)))
    }
}

/// A small, seeded generator (SplitMix64) so property tests are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
