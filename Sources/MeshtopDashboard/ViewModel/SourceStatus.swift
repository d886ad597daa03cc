/// The health of one telemetry source.
package struct SourceStatus: Hashable, Sendable {
    /// The source's name: a file or URL.
    package var name: String
    /// The last error, or nil when the last scrape worked.
    package var error: String?
    /// Scrapes inside the window shown, when the model saw the source.
    package var scrapes: Int?
    /// When its newest scrape shown was taken (Unix milliseconds).
    package var lastScrape: Int64?
    /// Samples of that scrape, and how many of them the model uses.
    package var samples: Int?, samplesUsed: Int?
    /// Lines of that scrape that could not be read.
    package var issues: Int?
    /// The traffic telemetry shape its newest scrape held (`istio`, `cloud-monitoring`), when it held one.
    package var telemetry: String?
    /// Whether the source has not answered yet (no fetch has ended): shown as waiting, never as ok.
    package var waiting = false

    /// Creates a source health entry.
    package init(name: String, error: String? = nil, waiting: Bool = false) {
        self.name = name
        self.error = error
        self.waiting = waiting && error == nil
    }

    /// The health in one word or phrase: the error, "waiting" before the first answer, else "ok".
    package var healthText: String { error ?? (waiting ? "waiting" : "ok") }

    /// What kind of source the name says it is: `http`, `https`, `stdin` or `file`.
    package var kind: String {
        if name.hasPrefix("https://") { return "https" }
        if name.hasPrefix("http://") { return "http" }
        if name == "-" || name == "standard input" { return "stdin" }
        return "file"
    }

    /// This entry with the model's figures of `other` (same source) where it has none of its own.
    package func filling(from other: SourceStatus) -> SourceStatus {
        var merged = self
        merged.scrapes = scrapes ?? other.scrapes
        merged.lastScrape = lastScrape ?? other.lastScrape
        merged.samples = samples ?? other.samples
        merged.samplesUsed = samplesUsed ?? other.samplesUsed
        merged.issues = issues ?? other.issues
        merged.telemetry = telemetry ?? other.telemetry
        return merged
    }
}
