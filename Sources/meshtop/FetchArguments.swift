import ArgumentParser
import MeshtopSources

/// How URLs are fetched: extra headers, a bearer token, a private CA, a timeout; shared by every command
/// that reads URLs or a Prometheus server over time.
struct FetchArguments: ParsableArguments {
    @Option(name: .customLong("header"), help: "An HTTP header 'Name: value' sent to every URL (repeatable).")
    var headers: [String] = []

    @Option(help: "A file holding a bearer token, re-read before every request.")
    var bearerTokenFile: String?

    @Option(name: .customLong("cacert"), help: ArgumentHelp(CAFile.help, valueName: "file"))
    var caFile: String?

    @Option(help: "The longest one fetch may take (e.g. 2s, 500ms).")
    var timeout: String = "5s"

    /// The fetch options as Prometheus connection settings; header values are checked but never echoed.
    func prometheusConnection() throws -> PrometheusConnection {
        let timeoutDuration = try PositiveDuration.parse(timeout, option: "--timeout", example: "2s or 500ms")
        if let problem = CAFile.argumentProblem(caFile) { throw ValidationError(problem) }
        let parsed = try headers.map { text -> (name: String, value: String) in
            let header = try SourceOptions.Header(parsing: text)
            return (header.name, header.value)
        }
        let seconds =
            Double(timeoutDuration.components.seconds) + Double(timeoutDuration.components.attoseconds) / 1e18
        return PrometheusConnection(
            timeoutSeconds: seconds,
            headers: parsed,
            bearerTokenFile: bearerTokenFile,
            caFile: caFile
        )
    }
}
