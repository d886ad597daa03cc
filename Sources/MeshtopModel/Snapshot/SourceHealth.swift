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
        self.isStale = isStale
    }
}
