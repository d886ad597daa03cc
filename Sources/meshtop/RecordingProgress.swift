import Foundation
import MeshtopSources

/// The recorder's progress line on standard error: frames, bytes, compression ratio, failing sources.
struct RecordingProgress: Sendable {
    /// What a finished recording session wrote.
    struct Totals: Sendable {
        var frames: Int
        var textBytes: UInt64
        var compressedBytes: UInt64

        init(writer: RecordingWriter?) {
            frames = writer?.frameCount ?? 0
            textBytes = writer?.textBytesWritten ?? 0
            compressedBytes = writer?.compressedBytesWritten ?? 0
        }
    }

    let enabled: Bool
    private let interactive = isatty(STDERR_FILENO) == 1

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func note(_ message: String) {
        write("meshtop record: \(message)\n")
    }

    /// A failed fetch, on a line of its own (printed even with --quiet: it is an error). Source names and
    /// reasons come from the user's arguments and our own words, never a server.
    func failure(source: String, reason: String) {
        write((interactive ? "\r\u{1B}[K" : "") + "meshtop record: \(source): \(reason)\n")
    }

    func update(writer: RecordingWriter, health: [SourceHealth]) {
        guard enabled else { return }
        let failing = health.filter { $0.lastError != nil || $0.contentProblem != nil }
        var line = "\(writer.frameCount) frames, " + summary(Totals(writer: writer))
        if !failing.isEmpty {
            // Source names and health messages come from the user's arguments and our own words, never a server.
            line +=
                ", failing: "
                + failing.map { "\($0.name) (\($0.lastError ?? $0.contentProblem ?? ""))" }.joined(separator: ", ")
        }
        write(interactive ? "\r\u{1B}[K" + line : line + "\n")
    }

    func finish(_ totals: Totals, path: String) {
        guard enabled else { return }
        write((interactive ? "\r\u{1B}[K" : "") + "recorded \(totals.frames) frames to \(path): \(summary(totals))\n")
    }

    private func summary(_ totals: Totals) -> String {
        let ratio = totals.textBytes == 0 ? 0 : Double(totals.compressedBytes) / Double(totals.textBytes) * 100
        return "\(Self.size(totals.textBytes)) of text in \(Self.size(totals.compressedBytes)) "
            + "(\(String(format: "%.1f", ratio)) %)"
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    private static func size(_ bytes: UInt64) -> String {
        let units = ["B", "KiB", "MiB", "GiB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return unit == 0 ? "\(bytes) B" : String(format: "%.1f", value) + " " + units[unit]
    }
}
