import Foundation

/// Standard input, read to its end once; afterwards the source is finished.
package actor StandardInputSource: TelemetrySource {
    /// The display name.
    package nonisolated let name: String
    private let workload: WorkloadAttribution?
    private var consumed = false

    /// Creates the source; there can be only one per process.
    package init(name: String = "stdin", workload: WorkloadAttribution? = nil) {
        self.name = name
        self.workload = workload
    }

    /// Reads all of standard input the first time, then reports ``FetchOutcome/finished``.
    package func fetch() async throws(FetchError) -> FetchOutcome {
        guard !consumed else { return .finished }
        consumed = true
        let began = WallClock.nowMilliseconds()
        let bytes = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: [UInt8](FileHandle.standardInput.readDataToEndOfFile()))
            }
        }
        let now = WallClock.nowMilliseconds()
        return .frame(
            ScrapeFrame(
                bytes: bytes,
                source: name,
                timestampMilliseconds: now,
                workload: workload,
                latencyMilliseconds: now - began
            )
        )
    }
}
