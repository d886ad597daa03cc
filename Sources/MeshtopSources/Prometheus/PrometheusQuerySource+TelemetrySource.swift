import MeshtopTelemetry

extension PrometheusQuerySource: TelemetrySource {
    /// Runs one refresh of every query and hands the rendered answers on as a scrape.
    package func fetch() async throws(FetchError) -> FetchOutcome {
        do throws(PrometheusAPIError) {
            let scrape = try await scrape()
            return .frame(
                ScrapeFrame(bytes: scrape.bytes, source: name, timestampMilliseconds: scrape.time, format: .prometheusText)
            )
        } catch {
            throw error.fetchError
        }
    }
}
