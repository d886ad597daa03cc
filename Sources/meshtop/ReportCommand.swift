import ArgumentParser
import MeshtopModel
import MeshtopSources
import MeshtopTelemetry

#if canImport(Glibc)
    import Glibc
#endif

/// `meshtop report`: the mesh security model of a set of dumps, as text or JSON.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print who talks mTLS or plaintext, failed handshakes, certificate expiry and alerts.",
        discussion: """
            Each SOURCE is one scrape. Several files form a window in the order given, and figures become \
            increases over it; a single file gives totals since the proxies started. Prefix a raw per-pod \
            dump with its workload (NS/WORKLOAD=FILE) to attribute series that carry no workload labels. \
            Files with the same prefix are successive scrapes of one source named after that workload; files \
            without a prefix are scrapes of one source named after the first of them.

            A file's scrape time is its newest sample timestamp, or its modification time without any \
            (standard input: the time it was read).

            Recordings (.mtrec.gz) and directories of dumps are read frame by frame, each frame at its own \
            time and of its own source; with --from/--to every unprefixed file is, and only frames inside \
            the window count. With --policies, each namespace and workload gets its effective mTLS mode \
            and STRICT readiness, as `meshtop check` resolves them.

            Examples:
              meshtop report sample-telemetry/mesh.mtrec.gz --from +0m --to +14m
              meshtop report dumps/ --from 14:02 --to 14:10 --format json
              meshtop report mesh.mtrec.gz --policies policies.yaml --pods pods.yaml
            """
    )

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "Judge certificate time left and staleness at this unix time (seconds) instead of the newest scrape.")
    var time: Int64?

    @Option(parsing: .unconditional, help: "Report only frames from this time: +10m, -5m (from the end), 14:10, ISO.")
    var from: String?

    @Option(parsing: .unconditional, help: "Report only recorded frames up to this time, in the same forms as --from.")
    var to: String?

    @Argument(help: "Recordings, dump directories or dump files ('-': stdin), a file optionally as NS/WORKLOAD=FILE.")
    var sources: [String] = []

    @OptionGroup(title: "Prometheus") var prometheus: PrometheusOptions

    @OptionGroup(title: "Policy") var policy: PolicyArguments

    func validate() throws {
        if sources.isEmpty, prometheus.url == nil {
            throw ValidationError("give at least one dump file or --prometheus URL")
        }
        if (sources + policy.policyPaths + [policy.pods].compactMap { $0 }).filter({ $0 == "-" }).count > 1 {
            throw ValidationError("standard input ('-') can be read only once")
        }
    }

    func run() async throws {
        let snapshot = try await readSnapshot()
        let overlay = try policy.overlay(for: snapshot, command: "report")
        switch format {
        case .json: try Self.writeToStandardOutput { sink in snapshot.writeJSON(policy: overlay, to: sink) }
        case .text: print(snapshot.textReport() + (overlay?.textSection(for: snapshot) ?? ""), terminator: "")
        }
    }

    /// The snapshot of every source; the model it came from is gone once it returns, so that the model's
    /// series and the report's output are not in memory together.
    private func readSnapshot() async throws -> MeshSnapshot {
        // The text and JSON reports show no per-series evidence (the dashboard's drill-down does), so none is
        // kept for edges and workloads: on a mesh with 200k request series it was most of the memory.
        let judgedAt = try judgingTime()
        let model = MeshModel(thresholds: Thresholds(evidenceLimit: 0))
        let buffer = ReadBuffer.allocate()
        defer { buffer.deallocate() }
        var sourceNames: [String: String] = [:]
        do {
            try await prometheus.addScrapes(to: model)
        } catch let error as PrometheusReadError {
            // The server could not be read: the report would be of nothing, so it is unusable input.
            printError("meshtop report: \(Terminal.safe(error.description))")
            throw ExitCode(2)
        }
        let recorded = sources.filter(isRecorded)
        try loadWindow(recorded, into: model)
        for argument in sources where !isRecorded(argument) {
            try await addDump(argument, to: model, sourceNames: &sourceNames, buffer: buffer)
        }
        return judgedAt.map { model.snapshot(at: $0) } ?? model.snapshot()
    }

    /// Reads one dump argument (`FILE`, `NS/WORKLOAD=FILE`, `-` or a URL) as one scrape of its source; an
    /// input that cannot be read, or is not telemetry text, exits 2 naming it.
    private func addDump(
        _ argument: String,
        to model: MeshModel,
        sourceNames: inout [String: String],
        buffer: UnsafeMutableRawBufferPointer
    ) async throws {
        do {
            let (path, attribution) = Self.split(argument)
            let group = attribution?.description ?? ""
            let sourceName = sourceNames[group] ?? attribution?.description ?? path
            sourceNames[group] = sourceName
            var accumulator = model.makeAccumulator(source: sourceName, scrapeTime: 0, attribution: attribution)
            var parser = TelemetryParser(options: ParseOptions())
            if try await !SplitDumpReader.read(path, parser: &parser, into: &accumulator, buffer: buffer) {
                try await InputReader.read(
                    path,
                    caFile: prometheus.caFile,
                    command: "meshtop report",
                    buffer: buffer,
                    parser: &parser,
                    into: &accumulator
                )
            }
            parser.finish(into: &accumulator)
            if let offset = parser.binaryOffset {
                printError(
                    "meshtop report: \(Terminal.safe(NotTelemetryText(input: path, offset: offset).description))"
                )
                throw ExitCode(2)
            }
            var scrapeTime = accumulator.frame.newestSampleTimestamp ?? Self.modificationTime(of: path)
            if let previous = model.lastTime(of: accumulator.sourceIndex), scrapeTime <= previous {
                printError(
                    "meshtop report: \(Terminal.safe(path)) is not newer than the file before it; taken 1 s later"
                )
                scrapeTime = previous + 1000
            }
            accumulator.setTime(scrapeTime)
            model.add(accumulator.frame)
        } catch let error as InputError {
            printError("meshtop report: \(error)")
            throw ExitCode(2)
        } catch let error as SourceError {
            printError("meshtop report: \(Terminal.safe(error.description))")
            throw ExitCode(2)
        }
    }

    /// Runs `body` with a sink that writes each piece of bytes to standard output, retrying short and
    /// interrupted writes; once the reader has gone (EPIPE) the rest is dropped quietly, and any other
    /// failure ends the command with an error after `body` returns.
    static func writeToStandardOutput(_ body: (@escaping (UnsafeRawBufferPointer) -> Void) -> Void) throws {
        fflush(nil)
        let failure = WriteFailure()
        body { piece in
            guard failure.code == 0, var next = piece.baseAddress else { return }
            var left = piece.count
            while left > 0 {
                let written = write(STDOUT_FILENO, next, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure.code = errno
                    return
                }
                next += written
                left -= written
            }
        }
        if failure.code != 0, failure.code != EPIPE {
            printError("meshtop report: cannot write standard output: \(String(cString: strerror(failure.code)))")
            throw ExitCode.failure
        }
    }

    /// The first error a sink met, kept across its calls.
    private final class WriteFailure {
        var code: Int32 = 0
    }

    /// Splits `NS/WORKLOAD=FILE` into the file and its attribution; anything else is a plain file.
    static func split(_ argument: String) -> (path: String, attribution: WorkloadID?) {
        guard let equals = argument.firstIndex(of: "="),
            let workload = WorkloadID(parsing: String(argument[..<equals]))
        else { return (argument, nil) }
        return (String(argument[argument.index(after: equals)...]), workload)
    }

    /// The file's modification time in unix milliseconds; standard input (or a file without one, or with one
    /// outside years 0000–9999) is dated now.
    static func modificationTime(of path: String) -> Int64 {
        FileModificationTime.milliseconds(of: path) ?? WallClock.nowMilliseconds()
    }
}
