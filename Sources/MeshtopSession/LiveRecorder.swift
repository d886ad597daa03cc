import MeshtopDashboard
import MeshtopSources
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Records what the live dashboard polls, switched on and off from the UI (`W`).
///
/// The engine appends every polled frame; the UI toggles it and reads its status. A write error ends
/// the recording and is reported once in the status bar.
package final class LiveRecorder: Sendable {
    private struct State {
        var writer: RecordingWriter?
        var file: String?
        var failure: String?
    }

    private let state = Mutex(State())
    private let directory: String

    /// Creates a recorder that writes `meshtop-<UTC time>.mtrec.gz` into `directory`.
    package init(directory: String = ".") {
        self.directory = directory
    }

    /// Starts a recording named after `nowMilliseconds`, or stops the one in progress; says what happened.
    package func toggle(nowMilliseconds: Int64) -> StatusMessage {
        state.withLock { state in
            if let writer = state.writer {
                let frames = writer.frameCount
                Self.finish(writer)
                state.writer = nil
                guard frames > 0 else { return StatusMessage("nothing was polled while recording: no file left") }
                return StatusMessage("recorded \(frames) frames to \(state.file ?? writer.path)")
            }
            let file = Self.fileName(nowMilliseconds)
            do {
                state.writer = try RecordingWriter(path: directory + "/" + file, syncPolicy: .everyFrame)
                state.file = file
                state.failure = nil
                return StatusMessage("recording to \(file)")
            } catch {
                return StatusMessage("cannot record: \(error)", isError: true)
            }
        }
    }

    /// Appends a polled frame when recording.
    package func append(_ frame: ScrapeFrame) {
        state.withLock { state in
            guard let writer = state.writer else { return }
            do {
                try writer.append(frame)
            } catch {
                writer.close()
                state.writer = nil
                state.failure = "recording stopped: \(error)"
            }
        }
    }

    /// The recording in progress, for the status bar, and a write failure not yet reported.
    package func poll() -> (status: RecordingStatus?, failure: String?) {
        state.withLock { state in
            defer { state.failure = nil }
            let status = state.writer.map { RecordingStatus(file: state.file ?? $0.path, frames: $0.frameCount) }
            return (status, state.failure)
        }
    }

    /// Closes the recording in progress, if any (on quit).
    package func stop() {
        state.withLock { state in
            if let writer = state.writer { Self.finish(writer) }
            state.writer = nil
        }
    }

    /// Closes `writer`, removing its files when no frame was written, so no empty recording is left behind.
    private static func finish(_ writer: RecordingWriter) {
        writer.close()
        guard writer.frameCount == 0 else { return }
        unlink(writer.path)
        unlink(writer.path + ".idx")
    }

    /// `meshtop-20260821T140215Z.mtrec.gz` for 2026-08-21 14:02:15 UTC.
    package static func fileName(_ milliseconds: Int64) -> String {
        let clock = Format.clock(milliseconds: milliseconds)  // 2026-08-21 14:02:15
        let compact = String(clock.compactMap { $0 == "-" || $0 == ":" ? nil : $0 == " " ? "T" : $0 })
        return "meshtop-\(compact)Z.mtrec.gz"
    }
}
