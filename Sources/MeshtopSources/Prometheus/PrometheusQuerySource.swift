import Foundation
import MeshtopTelemetry

/// Query mode: the whole mesh as a handful of server-side aggregations, rendered as one scrape.
///
/// Each refresh evaluates every query of ``PrometheusMeshQueries`` at one instant and writes the answers
/// as Prometheus text, so the model reads them like any other frame and computes windows from two
/// refreshes, exactly as it does for federation or sidecar scrapes. What crosses the wire grows with
/// the number of edges and workloads, not with the number of pods or series.
package final class PrometheusQuerySource: Sendable {
    /// One refresh: the rendered text and what it cost.
    package struct Scrape: Sendable {
        /// The answers as Prometheus text.
        package var bytes: [UInt8]
        /// The evaluation time of every query (unix milliseconds).
        package var time: Int64
        /// JSON bytes received from the server.
        package var wireBytes: Int
        /// Vector elements received.
        package var elements: Int
        /// Elements or labels the text format could not carry.
        package var skipped: Int
    }

    /// The display name (the server URL without credentials).
    package let name: String
    private let client: PrometheusQueryClient
    private let queries: [(promQL: String, kind: MetricKind)]

    /// Creates a source that queries the server at `base` for the telemetry shapes `telemetry` names.
    ///
    /// - Throws: ``PrometheusAPIError/invalidURL`` when `base` is not an absolute HTTP(S) URL.
    package init(
        base: String,
        connection: PrometheusConnection = PrometheusConnection(),
        telemetry: TelemetryChoice = .auto
    ) throws(PrometheusAPIError) {
        self.client = try PrometheusQueryClient(base: base, connection: connection)
        self.name = client.displayName
        var queries: [(promQL: String, kind: MetricKind)] = []
        if telemetry.includesIstio {
            queries += [
                (PrometheusMeshQueries.istioTraffic, .counter),
                (PrometheusMeshQueries.linkerdTraffic, .counter),
                (PrometheusMeshQueries.handshakes, .counter),
                (PrometheusMeshQueries.certificates, .gauge),
                (PrometheusMeshQueries.builds, .gauge),
            ]
        }
        if telemetry.includesCloudMonitoring {
            queries += PrometheusMeshQueries.cloudMonitoringTraffic.map { ($0, .counter) }
        }
        self.queries = queries
    }

    /// Evaluates every query at `time` (unix milliseconds; the client's clock when nil) and renders the answers.
    ///
    /// - Throws: the first ``PrometheusAPIError`` any query met, in plain words.
    package func scrape(at time: Int64? = nil) async throws(PrometheusAPIError) -> Scrape {
        let instant = time ?? WallClock.nowMilliseconds()
        var answers = await withTaskGroup(of: (Int, Result<([UInt8], Int), PrometheusAPIError>).self) { group in
            for (index, query) in queries.enumerated() {
                group.addTask { [client] in
                    // One return, after the do/catch: Swift 6.3.1 with -O left the tuple's index uninitialised
                    // when this closure returned from inside `do throws(PrometheusAPIError)` and its `catch`
                    // (release builds then read garbage such as 139795481281104 and trapped on the subscript).
                    let answer: Result<([UInt8], Int), PrometheusAPIError>
                    do throws(PrometheusAPIError) {
                        answer = .success(try await client.queryBytes(query.promQL, at: instant))
                    } catch {
                        answer = .failure(error)
                    }
                    return (index, answer)
                }
            }
            var answers = [Result<([UInt8], Int), PrometheusAPIError>?](repeating: nil, count: queries.count)
            // An index outside the queries leaves its answer missing, which reads as a cancelled query below.
            for await (index, answer) in group where answers.indices.contains(index) { answers[index] = answer }
            return answers
        }
        var renderer = PrometheusTextRenderer()
        var wireBytes = 0
        var elements = 0
        for index in answers.indices {
            guard let answer = answers[index] else { throw .other("a query to Prometheus was cancelled") }
            // Each body is read straight into the text and let go, so at most the others wait in memory.
            answers[index] = nil
            let (body, status) = try answer.get()
            wireBytes += body.count
            elements += try Self.render(body, status: status, into: &renderer)
            renderer.finishResult(as: queries[index].kind)
        }
        return Scrape(
            bytes: renderer.bytes,
            time: instant,
            wireBytes: wireBytes,
            elements: elements,
            skipped: renderer.skippedElements + renderer.skippedLabels
        )
    }

    /// Reads one answer's elements into `renderer` as they are parsed; returns how many there were.
    private static func render(
        _ body: [UInt8],
        status: Int,
        into renderer: inout PrometheusTextRenderer
    ) throws(PrometheusAPIError) -> Int {
        var failure: PrometheusAPIError?
        let shape = body.withUnsafeBytes { raw -> PrometheusVectorReader.Shape? in
            do throws(PrometheusAPIError) {
                return try PrometheusVectorReader.read(raw, status: status) { element in
                    renderer.append(labels: element.labels, value: element.value)
                }
            } catch {
                failure = error
                return nil
            }
        }
        if let failure { throw failure }
        if case .vector(let count)? = shape { return count }
        return 0
    }
}
