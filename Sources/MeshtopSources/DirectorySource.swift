/// A directory that a `curl` loop fills with dumps: the newest dump is the current scrape.
package actor DirectorySource: TelemetrySource {
    /// The display name.
    package nonisolated let name: String
    private let path: String
    private let workload: WorkloadAttribution?
    private var lastSeen: (path: String, stamp: FileStamp)?

    /// Creates a source for the directory at `path`.
    package init(name: String, path: String, workload: WorkloadAttribution? = nil) {
        self.name = name
        self.path = path
        self.workload = workload
    }

    /// Returns the newest dump when it differs from the one returned last.
    package func fetch() async throws(FetchError) -> FetchOutcome {
        let began = WallClock.nowMilliseconds()
        let dumps: [DumpFile]
        do {
            dumps = try DumpFile.list(directory: path)
        } catch {
            throw FetchError.file("cannot list the directory")
        }
        guard let newest = dumps.max(by: { ($0.timestampMilliseconds, $0.path) < ($1.timestampMilliseconds, $1.path) })
        else { throw FetchError.file("the directory holds no dumps") }
        let stamp = try FileStamp(path: newest.path)
        if let lastSeen, lastSeen.path == newest.path, lastSeen.stamp == stamp { return .unchanged }
        var frame: ScrapeFrame
        do {
            frame = try newest.read()
        } catch {
            throw FetchError.file(FileStamp.plainWords(for: error))
        }
        lastSeen = (newest.path, stamp)
        frame.source = name
        frame.workload = workload
        frame.latencyMilliseconds = WallClock.nowMilliseconds() - began
        return .frame(frame)
    }
}
