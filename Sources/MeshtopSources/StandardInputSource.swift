import Foundation

/// Standard input, read to its end once; afterwards the source is finished.
///
/// The read is bounded as a file source's is: at most ``FileSource/maximumBytes``, and at most the fetch
/// timeout of silence. A fetch that times out before any byte came leaves the source to be read again by
/// the next fetch (a writer may still come); once bytes came, a failure finishes it.
package actor StandardInputSource: TelemetrySource {
    /// The display name.
    package nonisolated let name: String
    private let workload: WorkloadAttribution?
    private let descriptor: Int32
    private let limit: Int
    private let idleTimeout: Duration?
    private let notice: (@Sendable () -> Void)?
    private var consumed = false

    /// Creates the source; there can be only one per process.
    ///
    /// - Parameters:
    ///   - idleTimeout: how long a fetch waits for the next bytes; nil to wait as long as it takes.
    ///   - notice: told once per fetch when nothing came for ``StandardInputReader/noticeDelay``.
    ///   - descriptor: what to read, standard input unless a test gives another.
    package init(
        name: String = "stdin",
        workload: WorkloadAttribution? = nil,
        idleTimeout: Duration? = nil,
        limit: Int = FileSource.maximumBytes,
        notice: (@Sendable () -> Void)? = nil,
        descriptor: Int32 = STDIN_FILENO
    ) {
        self.name = name
        self.workload = workload
        self.idleTimeout = idleTimeout
        self.limit = limit
        self.notice = notice
        self.descriptor = descriptor
    }

    /// Reads all of standard input the first time, then reports ``FetchOutcome/finished``.
    package func fetch() async throws(FetchError) -> FetchOutcome {
        guard !consumed else { return .finished }
        let began = WallClock.nowMilliseconds()
        let (descriptor, limit, idleTimeout, notice) = (descriptor, limit, idleTimeout, notice)
        let result = await withCheckedContinuation { (continuation: CheckedContinuation<ReadResult, Never>) in
            DispatchQueue.global().async {
                let reader = StandardInputReader(
                    descriptor: descriptor,
                    limit: limit,
                    idleTimeout: idleTimeout,
                    notice: notice
                )
                do throws(SourceError) {
                    continuation.resume(returning: .bytes(try reader.readAll()))
                } catch {
                    continuation.resume(returning: .failed(error, started: reader.hasRead))
                }
            }
        }
        let bytes: [UInt8]
        switch result {
        case .bytes(let read):
            bytes = read
        case .failed(let error, let started):
            if started { consumed = true }
            throw .other(error.description)
        }
        consumed = true
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

    /// What a read of standard input came to.
    private enum ReadResult: Sendable {
        case bytes([UInt8])
        case failed(SourceError, started: Bool)
    }
}
