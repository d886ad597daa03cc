import MeshtopModel
import MeshtopSources
import MeshtopTelemetry

extension MeshModel {
    /// Parses one scrape into the model, attributed to its workload when the user named one.
    func ingest(_ frame: ScrapeFrame) {
        let attribution = frame.workload.map { MeshtopModel.WorkloadID(namespace: $0.namespace, name: $0.workload) }
        var accumulator = makeAccumulator(
            source: frame.source,
            scrapeTime: frame.timestampMilliseconds,
            attribution: attribution
        )
        var parser = TelemetryParser(options: ParseOptions(format: frame.format))
        frame.bytes.withUnsafeBytes { parser.feed($0, into: &accumulator) }
        parser.finish(into: &accumulator)
        add(accumulator.frame)
    }
}
