import ArgumentParser
import MeshtopModel
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
            Each SOURCE is one scrape. Several files form a window in the order given, and figures become
            increases over it; a single file gives totals since the proxies started. Prefix a raw per-pod
            dump with its workload (NS/WORKLOAD=FILE) to attribute series that carry no workload labels.
            Files with the same prefix are successive scrapes of one source named after that workload; files
            without a prefix are scrapes of one source named after the first of them.

            A file's scrape time is its newest sample timestamp, or its modification time without any
            (standard input: the time it was read).
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

    @Argument(help: "Dump files ('-' for standard input), each one scrape, optionally as NS/WORKLOAD=FILE.")
    var sources: [String] = []

    @OptionGroup(title: "Prometheus") var prometheus: PrometheusOptions

    func validate() throws {
        if sources.isEmpty, prometheus.url == nil { throw ValidationError("give at least one dump file or --prometheus URL") }
    }

    func run() async throws {
        let model = MeshModel()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        var sourceNames: [String: String] = [:]
        try await prometheus.addScrapes(to: model)
        for argument in sources {
            let (path, attribution) = Self.split(argument)
            let group = attribution?.description ?? ""
            let sourceName = sourceNames[group] ?? attribution?.description ?? path
            sourceNames[group] = sourceName
            var accumulator = model.makeAccumulator(source: sourceName, scrapeTime: 0, attribution: attribution)
            var parser = TelemetryParser(options: ParseOptions())
            try await InputReader.read(path, buffer: buffer) { chunk in
                parser.feed(chunk, into: &accumulator)
            }
            parser.finish(into: &accumulator)
            var scrapeTime = accumulator.frame.newestSampleTimestamp ?? Self.modificationTime(of: path)
            if let previous = model.lastTime(of: accumulator.sourceIndex), scrapeTime <= previous {
                printError(
                    "meshtop report: \(Terminal.safe(path)) is not newer than the file before it; taken 1 s later"
                )
                scrapeTime = previous + 1000
            }
            accumulator.setTime(scrapeTime)
            model.add(accumulator.frame)
        }
        let snapshot = time.map { model.snapshot(at: $0 * 1000) } ?? model.snapshot()
        switch format {
        case .json: snapshot.writeJSON { print($0, terminator: "") }
        case .text: print(snapshot.textReport(), terminator: "")
        }
    }

    /// Splits `NS/WORKLOAD=FILE` into the file and its attribution; anything else is a plain file.
    static func split(_ argument: String) -> (path: String, attribution: WorkloadID?) {
        guard let equals = argument.firstIndex(of: "="),
            let workload = WorkloadID(parsing: String(argument[..<equals]))
        else { return (argument, nil) }
        return (String(argument[argument.index(after: equals)...]), workload)
    }

    /// The file's modification time in unix milliseconds; standard input (or a file without one) is dated now.
    static func modificationTime(of path: String) -> Int64 {
        var info = stat()
        if path != "-", stat(path, &info) == 0 {
            return Int64(info.st_mtim.tv_sec) * 1000 + Int64(info.st_mtim.tv_nsec) / 1_000_000
        }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
    }
}
