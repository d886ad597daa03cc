import ArgumentParser
import MeshtopSources

/// The options every command that scrapes live sources shares.
struct SourceArguments: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "Sources: URLs, files, directories of dumps, or '-' for standard input.",
            discussion: "Name a source with name=URL, or attribute a raw per-pod dump with ns/workload=URL."
        )
    )
    var sources: [String] = []

    @OptionGroup var fetch: FetchArguments

    var headers: [String] { fetch.headers }
    var bearerTokenFile: String? { fetch.bearerTokenFile }
    var caFile: String? { fetch.caFile }
    var timeout: String { fetch.timeout }

    /// The parsed sources, ready to poll; `standardInputNotice` is told when standard input is silent.
    func makeSources(standardInputNotice: (@Sendable () -> Void)? = nil) throws -> [any TelemetrySource] {
        guard !sources.isEmpty else { throw ValidationError("give at least one source") }
        let timeoutDuration = try PositiveDuration.parse(timeout, option: "--timeout", example: "2s or 500ms")
        if let problem = CAFile.argumentProblem(caFile) { throw ValidationError(problem) }
        var options = SourceOptions(
            timeout: timeoutDuration,
            headers: try headers.map { try SourceOptions.Header(parsing: $0) },
            bearerTokenFile: bearerTokenFile,
            caFile: caFile
        )
        options.standardInputNotice = standardInputNotice
        let specs = try sources.map { try SourceSpec(parsing: $0) }
        var seen: Set<String> = []
        for spec in specs where !seen.insert(spec.name).inserted {
            throw ValidationError("two sources are named '\(spec.name)'; name them with name=URL")
        }
        return try specs.map { try $0.makeSource(options: options) }
    }
}
