import ArgumentParser
import MeshtopModel
import MeshtopSources
import MeshtopTelemetry

/// The options of commands that can read the mesh from a Prometheus server instead of from dumps.
struct PrometheusOptions: ParsableArguments {
    /// How the server is read.
    enum Mode: String, ExpressibleByArgument, CaseIterable {
        /// Raw series from `/federate`.
        case federate
        /// Server-side aggregations over `/api/v1/query`.
        case query
    }

    @OptionGroup var server: PrometheusServerArguments

    /// `--prometheus`, as given.
    var url: String? { server.url }
    /// `--prometheus-mode`, or query mode where the server offers no federation.
    var mode: Mode { server.effectiveMode }

    @Option(
        name: .customLong("prometheus-window"),
        help: ArgumentHelp(
            "Query mode: also evaluate this many seconds earlier, so figures are increases over the window.",
            valueName: "seconds"
        )
    )
    var windowSeconds: Int?

    @Option(name: .customLong("header"), help: "An HTTP header 'Name: value' sent to Prometheus (repeatable).")
    var headers: [String] = []

    @Option(help: "A file holding a bearer token for Prometheus, re-read before every request.")
    var bearerTokenFile: String?

    @Option(
        name: .customLong("cacert"),
        help: ArgumentHelp(CAFile.help + " Used for --prometheus and for https:// dumps.", valueName: "file")
    )
    var caFile: String?

    @Option(help: "How long one request to Prometheus may take (e.g. 10s, 1m); also sent as the query's timeout.")
    var timeout: String = "10s"

    func validate() throws {
        if let problem = CAFile.argumentProblem(caFile) { throw ValidationError(problem) }
        guard url != nil else {
            if windowSeconds != nil || !headers.isEmpty || bearerTokenFile != nil {
                throw ValidationError("--prometheus-window, --header and --bearer-token-file need --prometheus URL")
            }
            return
        }
        if let windowSeconds {
            guard mode == .query else { throw ValidationError("--prometheus-window needs --prometheus-mode query") }
            guard windowSeconds > 0, Int64(windowSeconds) <= DurationText.accepted.upperBound / 1000 else {
                throw ValidationError("--prometheus-window must be a positive number of seconds (at most 10,000 years)")
            }
        }
        _ = try connection()
    }

    /// The connection settings; header values are checked but never echoed.
    func connection() throws -> PrometheusConnection {
        let parsed = try headers.map { text -> (name: String, value: String) in
            let header = try SourceOptions.Header(parsing: text)
            return (header.name, header.value)
        }
        let limit = try PositiveDuration.parse(timeout, option: "--timeout", example: "10s or 1m")
        let seconds = Double(limit.components.seconds) + Double(limit.components.attoseconds) / 1e18
        return PrometheusConnection(
            timeoutSeconds: seconds,
            headers: parsed,
            bearerTokenFile: bearerTokenFile,
            caFile: caFile
        )
    }

    /// Reads the server once (twice for a query-mode window) and adds the scrapes to `model` as the
    /// source `prometheus`; does nothing without `--prometheus`.
    ///
    /// - Throws: ``PrometheusReadError``: the server (without credentials) and what went wrong, in plain words.
    func addScrapes(to model: MeshModel) async throws {
        guard let url else { return }
        let connection = try connection()
        var scrapes: [(bytes: [UInt8], time: Int64?)] = []
        var name = "prometheus"
        do throws(PrometheusAPIError) {
            if let note = server.fallbackNote { printError("meshtop: \(note)") }
            switch mode {
            case .federate:
                let source = try PrometheusFederateSource(
                    base: url,
                    connection: connection,
                    telemetry: server.telemetry,
                    budget: server.federateBudget()
                )
                name = source.name
                let refresh = try await source.refresh()
                if let advice = refresh.advice { printError("meshtop: \(name): \(advice)") }
                scrapes = [(refresh.bytes, nil)]
            case .query:
                let source = try PrometheusQuerySource(base: url, connection: connection, telemetry: server.telemetry)
                name = source.name
                let now = try await source.scrape()
                if let windowSeconds {
                    let earlier = try await source.scrape(at: now.time - Int64(windowSeconds) * 1000)
                    scrapes.append((earlier.bytes, earlier.time))
                }
                scrapes.append((now.bytes, now.time))
            }
        } catch {
            throw PrometheusReadError(server: name, error: error)
        }
        for scrape in scrapes {
            var accumulator = model.makeAccumulator(source: "prometheus", scrapeTime: 0)
            var parser = TelemetryParser(options: ParseOptions(format: .prometheusText))
            scrape.bytes.withUnsafeBytes { parser.feed($0, into: &accumulator) }
            parser.finish(into: &accumulator)
            accumulator.setTime(scrape.time ?? accumulator.frame.newestSampleTimestamp ?? 0)
            model.add(accumulator.frame)
        }
    }
}

/// Reading Prometheus failed: printed as `meshtop: SERVER: reason`.
struct PrometheusReadError: Error, CustomStringConvertible {
    /// The server, without credentials.
    var server: String
    /// What went wrong.
    var error: PrometheusAPIError

    var description: String { "\(server): \(error)" }
}
