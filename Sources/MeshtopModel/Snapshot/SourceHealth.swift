/// How a telemetry source has been delivering.
package struct SourceHealth: Sendable, Hashable {
    /// The source's name (a path, URL or the name the user gave).
    package var name: String
    /// The workload the user attributed the source to, if any.
    package var attribution: WorkloadID?
    /// How many scrapes the model received from it.
    package var scrapes: Int
    /// The first scrape's time (unix milliseconds).
    package var firstScrape: Int64
    /// The latest scrape's time (unix milliseconds).
    package var lastScrape: Int64
    /// Samples in the latest scrape.
    package var samples: Int
    /// Samples the model used in the latest scrape.
    package var samplesUsed: Int
    /// Parse problems in the latest scrape.
    package var issues: Int
    /// Whether the latest scrape held listener or cluster `ssl.*` stats.
    package var sslStatsPresent: Bool
    /// The traffic telemetry shape counted from the latest scrape; nil when it held neither (Linkerd, Envoy
    /// statistics only, no traffic).
    package var telemetry: TelemetryShape?
    /// Whether the latest scrape held both shapes, so Cloud Monitoring's series were set aside.
    package var heldBothShapes: Bool
    /// Whether the source is stale: no scrape within the configured number of intervals of the newest.
    package var isStale: Bool

    /// Creates a health record.
    package init(
        name: String,
        attribution: WorkloadID? = nil,
        scrapes: Int,
        firstScrape: Int64,
        lastScrape: Int64,
        samples: Int = 0,
        samplesUsed: Int = 0,
        issues: Int = 0,
        sslStatsPresent: Bool = false,
        telemetry: TelemetryShape? = nil,
        heldBothShapes: Bool = false,
        isStale: Bool = false
    ) {
        self.name = name
        self.attribution = attribution
        self.scrapes = scrapes
        self.firstScrape = firstScrape
        self.lastScrape = lastScrape
        self.samples = samples
        self.samplesUsed = samplesUsed
        self.issues = issues
        self.sslStatsPresent = sslStatsPresent
        self.telemetry = telemetry
        self.heldBothShapes = heldBothShapes
        self.isStale = isStale
    }

    /// What the source's telemetry cannot tell or what was set aside, in plain words.
    package var notes: [String] {
        var notes: [String] = []
        if heldBothShapes { notes.append(TelemetryShape.bothShapesNote) }
        if let note = telemetry?.unavailableNote { notes.append(note) }
        return notes
    }
}
