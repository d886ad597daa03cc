import ArgumentParser
import Foundation
import MeshtopSources

/// `meshtop record`: scrape sources on an interval into a compressed, indexed, crash-safe recording.
struct RecordCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Record the raw telemetry of sources into a replayable .mtrec.gz file.",
        discussion: """
            Each scrape is stored as its raw text in its own gzip member (zcat shows it all), with an index \
            beside it (FILE.idx). Killing the recorder loses at most the frame being written; recording \
            into an existing file appends. Stop with Ctrl-C.
            """
    )

    @OptionGroup var source: SourceArguments

    @OptionGroup(title: "Prometheus") var prometheus: PrometheusServerArguments

    @Option(name: .shortAndLong, help: "The recording to write (appended to if it exists), e.g. mesh.mtrec.gz.")
    var output: String

    @Option(name: .shortAndLong, help: "Time between scrapes (e.g. 15s, 1m).")
    var interval: String = "15s"

    @Option(help: "Stop after this long (e.g. 1h); records until interrupted when absent.")
    var duration: String?

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        guard !source.sources.isEmpty || prometheus.url != nil else {
            throw ValidationError("give at least one source to record, or --prometheus URL")
        }
        _ = try PositiveDuration.parse(interval, option: "--interval", example: "15s or 1m")
        if let duration { _ = try PositiveDuration.parse(duration, option: "--duration", example: "30m or 1h") }
    }

    func run() async throws {
        try await CommandUsageFailure.reporting(Self.self) { try await record() }
    }

    private func record() async throws {
        let interval = DurationText.duration(interval) ?? .seconds(15)
        let limit = duration.flatMap { DurationText.duration($0) }
        let progress = RecordingProgress(enabled: !quiet)
        let failures = RecordingFailures()
        let sources = try source.makeSources(prometheus: prometheus, interval: interval)
        let poller = SourcePoller(sources: sources, interval: interval) { name, error in
            if failures.note(source: name, reason: error.description) {
                progress.failure(source: name, reason: error.description)
            }
        }
        let path = output
        // A new recording is created with its first frame, so that a run that records nothing leaves no
        // empty file (which would replay as a source with no data); an existing one is opened at once.
        let existing = FileManager.default.fileExists(atPath: path)
        if !existing { try Self.requireWritableDirectory(of: path) }
        let recording = Task { () throws -> (totals: RecordingProgress.Totals, recorded: Int) in
            var writer = existing ? try RecordingWriter(path: path) : nil
            defer { writer?.close() }
            if writer?.recoveredPartialTail == true {
                progress.note("dropped a partial frame left by an earlier crash")
            }
            var recorded = 0
            for await frame in poller.frames() {
                let opened = try writer ?? RecordingWriter(path: path)
                writer = opened
                try opened.append(frame)
                recorded += 1
                failures.clear(source: frame.source)
                poller.noteContentProblem(ContentCheck.problem(in: frame), source: frame.source)
                progress.update(writer: opened, health: poller.health())
            }
            return (RecordingProgress.Totals(writer: writer), recorded)
        }
        let stoppers = StopSignals.install { recording.cancel() }
        let timer = Task {
            guard let limit else { return }
            try await Task.sleep(for: limit)
            recording.cancel()
        }
        defer {
            timer.cancel()
            stoppers.forEach { $0.cancel() }
        }
        let (totals, recorded) = try await recording.value
        guard recorded > 0 else {
            let why = failures.summary()
            printError(
                "meshtop record: no frame was recorded"
                    + (why.isEmpty ? "" : "; failing: " + why.joined(separator: ", "))
                    + (existing ? "" : "; \(Terminal.safe(path)) was not created")
            )
            throw ExitCode.failure
        }
        progress.finish(totals, path: path)
    }

    /// Exits 2 when the directory a new recording would go to cannot be written, before any scrape.
    private static func requireWritableDirectory(of path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        guard access(directory.isEmpty ? "." : directory, W_OK) == 0 else {
            let reason = String(cString: strerror(errno))
            printError("meshtop record: cannot write \(Terminal.safe(path)): \(reason)")
            throw ExitCode(2)
        }
    }
}
