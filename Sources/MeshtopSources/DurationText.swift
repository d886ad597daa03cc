import MeshtopTelemetry

/// Durations as users type them: `500ms`, `15s`, `5m`, `1h30m`, `2d`.
package enum DurationText {
    private static let units: [(suffix: String, milliseconds: Int64)] = [
        ("ms", 1), ("s", 1_000), ("m", 60_000), ("h", 3_600_000), ("d", 86_400_000),
    ]

    /// The durations accepted, in milliseconds: up to ``UnixMilliseconds/longestDuration`` (about 10,000
    /// years), so that a duration added to any accepted time cannot overflow.
    package static let accepted: ClosedRange<Int64> = 0...UnixMilliseconds.longestDuration

    /// Parses a non-negative duration into milliseconds; a bare number means seconds. Nil when malformed
    /// or longer than ``accepted`` allows.
    package static func milliseconds(_ text: some StringProtocol) -> Int64? {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return nil }
        if let seconds = Double(String(decoding: bytes, as: UTF8.self)), seconds >= 0, seconds.isFinite {
            return UnixMilliseconds.rounded(seconds * 1_000, in: accepted)
        }
        var total: Int64 = 0
        var index = 0
        while index < bytes.count {
            let numberStart = index
            while index < bytes.count, bytes[index] >= 0x30 && bytes[index] <= 0x39 || bytes[index] == 0x2E {
                index += 1
            }
            guard index > numberStart, let number = Double(String(decoding: bytes[numberStart..<index], as: UTF8.self))
            else { return nil }
            let unitStart = index
            while index < bytes.count, bytes[index] >= 0x61 && bytes[index] <= 0x7A { index += 1 }
            let unit = String(decoding: bytes[unitStart..<index], as: UTF8.self)
            guard let scale = units.first(where: { $0.suffix == unit })?.milliseconds,
                let part = UnixMilliseconds.rounded(number * Double(scale), in: accepted)
            else { return nil }
            // Both are within `accepted`, far below Int64.max, so the sum cannot overflow.
            total += part
            guard accepted.contains(total) else { return nil }
        }
        return total
    }

    /// Parses a duration into a `Duration`.
    package static func duration(_ text: some StringProtocol) -> Duration? {
        milliseconds(text).map { .milliseconds($0) }
    }

    /// Formats a duration compactly: `250ms`, `2s`, `1.5s`, `5m`, `1h30m`.
    package static func format(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let milliseconds = seconds * 1_000 + attoseconds / 1_000_000_000_000_000
        return format(milliseconds: milliseconds)
    }

    /// Formats milliseconds compactly, as ``format(_:)`` does.
    package static func format(milliseconds: Int64) -> String {
        if milliseconds < 1_000 { return "\(milliseconds)ms" }
        if milliseconds < 60_000 {
            return milliseconds % 1_000 == 0 ? "\(milliseconds / 1_000)s" : "\(Double(milliseconds / 100) / 10)s"
        }
        let seconds = milliseconds / 1_000
        let (hours, minutes, rest) = (seconds / 3_600, seconds % 3_600 / 60, seconds % 60)
        var text = hours > 0 ? "\(hours)h" : ""
        if minutes > 0 { text += "\(minutes)m" }
        if rest > 0 && hours == 0 { text += "\(rest)s" }
        return text
    }
}
