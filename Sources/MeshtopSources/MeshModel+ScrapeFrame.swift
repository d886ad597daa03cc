import MeshtopModel
import MeshtopTelemetry

extension MeshModel {
    /// The one way a scrape becomes a model frame: parsed in its recorded format into an accumulator of this
    /// model's catalog, named after its source and attributed to the workload the user named, at the scrape's
    /// own time. The frame is not added; see ``ingest(_:)``.
    package func frame(of scrape: ScrapeFrame) -> Frame {
        let attribution = scrape.workload.map {
            MeshtopModel.WorkloadID(namespace: $0.namespace, name: $0.workload)
        }
        var accumulator = makeAccumulator(
            source: scrape.source,
            scrapeTime: scrape.timestampMilliseconds,
            attribution: attribution
        )
        var parser = TelemetryParser(options: ParseOptions(format: scrape.format))
        scrape.bytes.withUnsafeBytes { parser.feed($0, into: &accumulator) }
        parser.finish(into: &accumulator)
        return accumulator.frame
    }

    /// Parses one scrape (``frame(of:)``) and adds it.
    package func ingest(_ scrape: ScrapeFrame) {
        add(frame(of: scrape))
    }
}
