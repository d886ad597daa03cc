/// The health of one telemetry source.
package struct SourceStatus: Hashable, Sendable {
    /// The source's name: a file or URL.
    package var name: String
    /// The last error, or nil when the last scrape worked.
    package var error: String?

    /// Creates a source health entry.
    package init(name: String, error: String? = nil) {
        self.name = name
        self.error = error
    }
}
