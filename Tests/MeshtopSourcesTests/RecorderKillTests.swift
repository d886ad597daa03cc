import Foundation
import MeshtopSources
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Kills a real `meshtop record` process with SIGKILL at random moments and checks that the recording
/// it leaves behind always reads back exactly, up to the frame being written.
@Suite(.serialized) struct RecorderKillTests {
    /// The built `meshtop` executable, beside the test bundle.
    private static let executable: URL? = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ].map { $0.appendingPathComponent("meshtop") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Seven bodies of about 0.2–0.6 MB, built once: source version `n` uses body `n % 7`.
    private static let bodies: [[UInt8]] = (0..<7).map { variant in
        var text = "# TYPE envoy_cluster_ssl_handshake counter\n"
        for series in 0..<(3_000 + variant * 1_000) {
            text += "envoy_cluster_ssl_handshake{cluster_name=\"outbound|\(series)||svc\"} \(variant * 31 + series)\n"
        }
        return Array(text.utf8)
    }

    /// The text of source version `sequence`: a numbered first line, then a body large enough that kills
    /// sometimes land inside a frame.
    private static func sourceText(_ sequence: Int) -> [UInt8] {
        Array("# sequence \(sequence)\n".utf8) + bodies[sequence % bodies.count]
    }

    /// Byte equality through `memcmp`, because element-wise comparison of megabytes is slow in debug builds.
    private static func same(_ left: [UInt8], _ right: [UInt8]) -> Bool {
        guard left.count == right.count, !left.isEmpty else { return left.count == right.count }
        return left.withUnsafeBytes { leftBytes in
            right.withUnsafeBytes { rightBytes in
                memcmp(leftBytes.baseAddress!, rightBytes.baseAddress!, left.count) == 0
            }
        }
    }

    private static func size(of path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    private static func sequence(of frame: ScrapeFrame) -> Int? {
        let firstLine = frame.bytes.prefix { $0 != UInt8(ascii: "\n") }
        return Int(String(decoding: firstLine, as: UTF8.self).dropFirst("# sequence ".count))
    }

    @Test func aRecorderKilledThirtyTimesNeverLosesAFinishedFrame() async throws {
        let executable = try #require(Self.executable, "build the meshtop executable first (swift build --build-tests)")
        let directory = try TemporaryDirectory()
        let sourcePath = directory.path("sidecar.prom")
        let recordingPath = directory.path("killed.mtrec.gz")
        let writer = SourceRewriter(path: sourcePath, text: Self.sourceText)
        try await writer.writeNext()
        let rewriting = Task.detached { await writer.run() }
        defer { rewriting.cancel() }

        var previous: [Int] = []
        var tailsDropped = 0
        var tornTails = 0
        for round in 0..<30 {
            let indexedBefore = Self.size(of: RecordingIndex.path(for: recordingPath))
            let process = try SpawnedProcess(
                executable.path,
                ["record", "sidecar=\(sourcePath)", "-o", recordingPath, "--interval", "10ms", "--quiet"]
            )
            // Let the recorder finish at least one new frame, however slow the machine, then pick a moment.
            for _ in 0..<1_000 where Self.size(of: RecordingIndex.path(for: recordingPath)) <= indexedBefore {
                try await Task.sleep(for: .milliseconds(10))
            }
            try await Task.sleep(for: .milliseconds(Int.random(in: 0...300)))
            kill(process.pid, SIGKILL)
            let status = process.wait()
            #expect(SpawnedProcess.wasSignaled(status), "round \(round): the recorder exited on its own")

            let reader = try RecordingReader(path: recordingPath)
            if reader.droppedTail { tailsDropped += 1 }
            var sequences: [Int] = []
            for index in 0..<reader.frameCount {
                let frame = try reader.frame(at: index)
                let sequence = try #require(
                    Self.sequence(of: frame),
                    "round \(round), frame \(index): no sequence line"
                )
                #expect(Self.same(frame.bytes, Self.sourceText(sequence)), "round \(round), frame \(index) differs")
                #expect(frame.source == "sidecar")
                sequences.append(sequence)
            }
            #expect(sequences.starts(with: previous), "round \(round): frames recorded earlier were lost")
            previous = sequences
            if round % 3 == 2, !sequences.isEmpty {
                // A torn write, as a full disk or a power cut leaves it: the next recorder must cut it off.
                let size = try RecordingFixtures.size(recordingPath)
                try RecordingFixtures.truncate(recordingPath, to: size - Int.random(in: 1...20))
                previous.removeLast()
                tornTails += 1
            }
        }
        #expect(previous.count >= 30, "each round waited for at least one new frame")
        print(
            "recorder kill test: \(previous.count) frames survived 30 kills; \(tailsDropped) partial tails left "
                + "by kills, \(tornTails) torn tails repaired on restart"
        )
    }
}

/// Replaces a file atomically with a new version every few milliseconds.
actor SourceRewriter {
    private let path: String
    private let text: @Sendable (Int) -> [UInt8]
    private var sequence = 0

    init(path: String, text: @escaping @Sendable (Int) -> [UInt8]) {
        self.path = path
        self.text = text
    }

    func writeNext() throws {
        sequence += 1
        try Data(text(sequence)).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    func run() async {
        while !Task.isCancelled {
            try? writeNext()
            try? await Task.sleep(for: .milliseconds(15))
        }
    }
}
