import Foundation
import MeshtopTelemetry
import Synchronization

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

    /// What one evaluation of every query read.
    package struct Evaluation: Sendable {
        /// The evaluation time of every query (unix milliseconds).
        package var time: Int64
        /// JSON bytes received from the server (decoded).
        package var wireBytes: Int
        /// Vector elements received.
        package var elements: Int
    }

    /// Evaluates every query at `time` (unix milliseconds; the client's clock when nil), handing each element
    /// and the kind of its query to `element` as it is read. The queries run at once, each answer read as it
    /// arrives on its transfer's thread, so `element` is called from several threads (never at once for one
    /// query) and no answer is ever held whole.
    ///
    /// - Throws: the first ``PrometheusAPIError`` any query met, in the queries' order, in plain words;
    ///   elements handed on before belong to no valid evaluation.
    package func evaluate(
        at time: Int64? = nil,
        element: @escaping @Sendable (_ query: Int, PrometheusVectorReader.Element, MetricKind) -> Void
    ) async throws(PrometheusAPIError) -> Evaluation {
        let instant = time ?? WallClock.nowMilliseconds()
        typealias Answer = Result<(shape: PrometheusVectorReader.Shape, bytes: Int), PrometheusAPIError>
        let answers = await withTaskGroup(of: (Int, Answer).self) { group in
            for (index, query) in queries.enumerated() {
                group.addTask { [client] in
                    // One return, after the do/catch: Swift 6.3.1 with -O left the tuple's index uninitialised
                    // when this closure returned from inside `do throws(PrometheusAPIError)` and its `catch`
                    // (release builds then read garbage such as 139795481281104 and trapped on the subscript).
                    let answer: Answer
                    do throws(PrometheusAPIError) {
                        let kind = query.kind
                        answer = .success(
                            try await client.queryStreaming(query.promQL, at: instant) { element(index, $0, kind) }
                        )
                    } catch {
                        answer = .failure(error)
                    }
                    return (index, answer)
                }
            }
            var answers = [Answer?](repeating: nil, count: queries.count)
            // An index outside the queries leaves its answer missing, which reads as a cancelled query below.
            for await (index, answer) in group where answers.indices.contains(index) { answers[index] = answer }
            return answers
        }
        var evaluation = Evaluation(time: instant, wireBytes: 0, elements: 0)
        for answer in answers {
            guard let answer else { throw .other("a query to Prometheus was cancelled") }
            let (shape, bytes) = try answer.get()
            evaluation.wireBytes += bytes
            if case .vector(let count) = shape { evaluation.elements += count }
        }
        return evaluation
    }

    /// Evaluates every query at `time` (unix milliseconds; the client's clock when nil) and renders the answers
    /// as Prometheus text, in the queries' order.
    ///
    /// - Throws: the first ``PrometheusAPIError`` any query met, in plain words.
    package func scrape(at time: Int64? = nil) async throws(PrometheusAPIError) -> Scrape {
        let renderers = RendererSet(count: queries.count)
        let evaluation = try await evaluate(at: time) { index, element, _ in
            renderers.renderers.withLock { $0[index].append(labels: element.labels, value: element.value) }
        }
        return renderers.renderers.withLock { renderers in
            var bytes: [UInt8] = []
            var skipped = 0
            for index in renderers.indices {
                renderers[index].finishResult(as: queries[index].kind)
                bytes += renderers[index].bytes
                skipped += renderers[index].skippedElements + renderers[index].skippedLabels
                renderers[index] = PrometheusTextRenderer()
            }
            return Scrape(
                bytes: bytes,
                time: evaluation.time,
                wireBytes: evaluation.wireBytes,
                elements: evaluation.elements,
                skipped: skipped
            )
        }
    }
}
