import MeshtopTelemetry

extension PrometheusQuerySource: TelemetrySource {
    /// Runs one refresh of every query and hands the rendered answers on as a scrape.
    package func fetch() async throws(FetchError) -> FetchOutcome {
        do throws(PrometheusAPIError) {
            let scrape = try await scrape()
            return .frame(
                ScrapeFrame(
                    bytes: scrape.bytes,
                    source: name,
                    timestampMilliseconds: scrape.time,
                    format: .prometheusText
                )
            )
        } catch {
            throw error.fetchError
        }
    }
}

extension PrometheusQuerySource {
    /// Every query evaluated at `instant` (unix milliseconds), as one scrape of this source taken then.
    package func frame(at instant: Int64) async throws -> ScrapeFrame {
        do throws(PrometheusAPIError) {
            let scrape = try await scrape(at: instant)
            return ScrapeFrame(
                bytes: scrape.bytes,
                source: name,
                timestampMilliseconds: scrape.time,
                format: .prometheusText
            )
        } catch {
            throw PrometheusEvaluationError(server: name, error: error)
        }
    }
}

/// Evaluating the mesh's queries failed: `SERVER: reason`, in plain words.
package struct PrometheusEvaluationError: Error, CustomStringConvertible {
    /// The server, without credentials.
    package var server: String
    /// What went wrong.
    package var error: PrometheusAPIError

    /// An evaluation of `server`'s queries that met `error`.
    package init(server: String, error: PrometheusAPIError) {
        self.server = server
        self.error = error
    }

    package var description: String { "\(error)" }
}
