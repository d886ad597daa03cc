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

    @Option(name: .shortAndLong, help: "The recording to write (appended to if it exists), e.g. mesh.mtrec.gz.")
    var output: String

    @Option(name: .shortAndLong, help: "Time between scrapes (e.g. 15s, 1m).")
    var interval: String = "15s"

    @Option(help: "Stop after this long (e.g. 1h); records until interrupted when absent.")
    var duration: String?

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        guard !source.sources.isEmpty else { throw ValidationError("give at least one source to record") }
        _ = try PositiveDuration.parse(interval, option: "--interval", example: "15s or 1m")
        if let duration { _ = try PositiveDuration.parse(duration, option: "--duration", example: "30m or 1h") }
    }

    func run() async throws {
        let interval = DurationText.duration(interval) ?? .seconds(15)
        let limit = duration.flatMap { DurationText.duration($0) }
        let poller = SourcePoller(sources: try source.makeSources(), interval: interval)
        let progress = RecordingProgress(enabled: !quiet)
        let path = output
        let recording = Task { () throws -> RecordingProgress.Totals in
            let writer = try RecordingWriter(path: path)
            defer { writer.close() }
            if writer.recoveredPartialTail { progress.note("dropped a partial frame left by an earlier crash") }
            if writer.damagedFramesKept > 0 {
                progress.note("kept \(writer.damagedFramesKept) damaged frame(s) in place; reading skips them")
            }
            for await frame in poller.frames() {
                try writer.append(frame)
                poller.noteContentProblem(ContentCheck.problem(in: frame), source: frame.source)
                progress.update(writer: writer, health: poller.health())
            }
            return RecordingProgress.Totals(writer: writer)
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
        let totals = try await recording.value
        progress.finish(totals, path: path)
    }
}
