import MeshtopTelemetry

/// One scrape of one source: the raw bytes as fetched, and when and where they came from.
///
/// The bytes stay raw; parsing them is the telemetry module's job.
package struct ScrapeFrame: Sendable, Equatable {
    /// The scraped text, exactly as received.
    package var bytes: [UInt8]
    /// The source's display name (never holds credentials).
    package var source: String
    /// When the scrape completed, in unix milliseconds.
    package var timestampMilliseconds: Int64
    /// The format, when the source knows it (a recording header or a content type); nil means sniff it.
    package var format: TelemetryFormat?
    /// The workload a raw per-pod dump belongs to, when the user said so.
    package var workload: WorkloadAttribution?
    /// How long the fetch took, in milliseconds; nil for frames read back from a recording.
    package var latencyMilliseconds: Int64?
    /// What the source says about this scrape for its health line, though the data is good (a federation
    /// too heavy for the mesh's size); not recorded.
    package var notice: String?

    /// Creates a frame.
    package init(
        bytes: [UInt8],
        source: String,
        timestampMilliseconds: Int64,
        format: TelemetryFormat? = nil,
        workload: WorkloadAttribution? = nil,
        latencyMilliseconds: Int64? = nil
    ) {
        self.bytes = bytes
        self.source = source
        self.timestampMilliseconds = timestampMilliseconds
        self.format = format
        self.workload = workload
        self.latencyMilliseconds = latencyMilliseconds
    }

    /// The number of scraped bytes.
    package var byteCount: Int { bytes.count }
}
