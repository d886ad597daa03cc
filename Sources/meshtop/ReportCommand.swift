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
            dump with its workload (NS/WORKLOAD=FILE) to attribute series that carry no workload labels;
            files with the same prefix (or none) are successive scrapes of one source.

            A file's scrape time is its newest sample timestamp, or its modification time without any.
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
    var sources: [String]

    func validate() throws {
        if sources.isEmpty { throw ValidationError("give at least one dump file") }
    }

    func run() async throws {
        let model = MeshModel()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        for argument in sources {
            let (path, attribution) = Self.split(argument)
            let sourceName = attribution?.description ?? (sources.count == 1 ? path : "report")
            var accumulator = model.makeAccumulator(source: sourceName, scrapeTime: 0, attribution: attribution)
            var parser = TelemetryParser(options: ParseOptions())
            try await InputReader.read(path, buffer: buffer) { chunk in
                parser.feed(chunk, into: &accumulator)
            }
            parser.finish(into: &accumulator)
            let scrapeTime = accumulator.frame.newestSampleTimestamp ?? Self.modificationTime(of: path)
            accumulator.setTime(scrapeTime)
            model.add(accumulator.frame)
        }
        let snapshot = time.map { model.snapshot(at: $0 * 1000) } ?? model.snapshot()
        let output = format == .json ? snapshot.json() : snapshot.textReport()
        print(output, terminator: "")
    }

    /// Splits `NS/WORKLOAD=FILE` into the file and its attribution; anything else is a plain file.
    static func split(_ argument: String) -> (path: String, attribution: WorkloadID?) {
        guard let equals = argument.firstIndex(of: "="),
            let workload = WorkloadID(parsing: String(argument[..<equals]))
        else { return (argument, nil) }
        return (String(argument[argument.index(after: equals)...]), workload)
    }

    /// The file's modification time in unix milliseconds (standard input: zero).
    static func modificationTime(of path: String) -> Int64 {
        var info = stat()
        guard path != "-", stat(path, &info) == 0 else { return 0 }
        return Int64(info.st_mtim.tv_sec) * 1000 + Int64(info.st_mtim.tv_nsec) / 1_000_000
    }
}
