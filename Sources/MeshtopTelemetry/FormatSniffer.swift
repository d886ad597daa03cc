/// Tells the telemetry formats apart by content (never by file name), from the first bytes of an input.
///
/// Envoy JSON starts with `{"stats":`; Envoy text has `name: value` lines; OpenMetrics shows itself by
/// `# EOF`, `# UNIT`, an OpenMetrics-only `# TYPE` or an exemplar; everything else is Prometheus text.
/// Input that is mostly not text (many NUL or control bytes, or much invalid UTF-8) is recognised as binary;
/// a few stray bytes in text are left to the parser, which costs at most their lines.
package enum FormatSniffer {
    /// How many bytes from the start of an input are looked at: 64 KiB.
    package static let windowLength = 1 << 16

    /// What the first bytes look like.
    package enum Verdict: Equatable, Sendable {
        /// Text in this format.
        case text(TelemetryFormat)
        /// Not text: the 0-based offset of the first byte that gave it away.
        case binary(offset: Int)
    }

    /// Sniffs `window`, the first bytes of an input (it may end in the middle of a line).
    package static func sniff(_ window: UnsafeBufferPointer<UInt8>) -> Verdict {
        if let offset = binaryOffset(window) { return .binary(offset: offset) }
        var lines = window.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)[...]
        if let first = lines.first, ByteText.hasPrefix(UnsafeBufferPointer(rebasing: first), "\u{FEFF}") {
            lines[lines.startIndex] = first.dropFirst(3)
        }
        var sawContent = false
        for line in lines {
            let text = trimmed(UnsafeBufferPointer(rebasing: line))
            guard !text.isEmpty else { continue }
            if !sawContent {
                sawContent = true
                if text[0] == UInt8(ascii: "{"), isEnvoyJSON(window) { return .text(.envoyStatsJSON) }
                if looksLikeEnvoyStat(text) { return .text(.envoyStats) }
            }
            if showsOpenMetrics(text) { return .text(.openMetrics) }
        }
        return .text(.prometheusText)
    }

    /// Whether the text begins with an object whose first key is `stats` (Envoy `/stats?format=json`).
    private static func isEnvoyJSON(_ window: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        func skipSpace() {
            while index < window.count,
                window[index] == 0x20 || window[index] == 0x09 || window[index] == 0x0A
                    || window[index] == 0x0D
            { index += 1 }
        }
        skipSpace()
        guard index < window.count, window[index] == UInt8(ascii: "{") else { return false }
        index += 1
        skipSpace()
        return ByteText.hasPrefix(UnsafeBufferPointer(rebasing: window[index...]), "\"stats\"")
    }

    /// `name: value` with a name free of blanks, braces and quotes (Envoy names may hold `:`).
    private static func looksLikeEnvoyStat(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in line.indices {
            switch line[index] {
            case UInt8(ascii: ":"):
                if index > 0, index + 1 == line.count || line[index + 1] == UInt8(ascii: " ") { return true }
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "{"), UInt8(ascii: "\""), UInt8(ascii: "#"):
                return false
            default:
                continue
            }
        }
        return false
    }

    /// `# EOF`, `# UNIT`, an OpenMetrics-only `# TYPE`, or an exemplar.
    private static func showsOpenMetrics(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line[0] == UInt8(ascii: "#") else {
            return containsExemplar(line)
        }
        let words = line.dropFirst().split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
        guard let keyword = words.first.map({ UnsafeBufferPointer(rebasing: $0) }) else { return false }
        if ByteText.equal(keyword, "EOF") { return words.count == 1 }
        if ByteText.equal(keyword, "UNIT") { return words.count >= 3 }
        if ByteText.equal(keyword, "TYPE"), words.count == 3 {
            return PrometheusTextParser.isOpenMetricsOnly(UnsafeBufferPointer(rebasing: words[words.startIndex + 2]))
        }
        return false
    }

    /// ` # {` after the value.
    private static func containsExemplar(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count >= 4 else { return false }
        for index in 0..<(line.count - 3)
        where line[index] == UInt8(ascii: " ") && line[index + 1] == UInt8(ascii: "#")
            && line[index + 2] == UInt8(ascii: " ") && line[index + 3] == UInt8(ascii: "{")
        {
            return true
        }
        return false
    }

    private static func trimmed(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = line.count
        while start < end, line[start] == UInt8(ascii: " ") || line[start] == UInt8(ascii: "\t") { start += 1 }
        while end > start, PrometheusTextParser.isTrailingSpace(line[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: line[start..<end])
    }

    /// Where binary data shows: the first NUL, control byte or invalid UTF-8 when more than 2% (and at least
    /// 4) of the bytes are such. Nil for text: a NUL in a label value or a `# HELP` line is one bad line of a
    /// dump, not a sign that the whole input is binary.
    package static func binaryOffset(_ window: UnsafeBufferPointer<UInt8>) -> Int? {
        var firstSuspect: Int?
        var suspects = 0
        var index = 0
        while index < window.count {
            let byte = window[index]
            if byte < 0x80 {
                if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C) || byte == 0x7F {
                    firstSuspect = firstSuspect ?? index
                    suspects += 1
                }
                index += 1
                continue
            }
            let length = utf8SequenceLength(window, at: index)
            if length == 0 {
                firstSuspect = firstSuspect ?? index
                suspects += 1
                index += 1
            } else {
                index += length
            }
        }
        guard let offset = firstSuspect, suspects >= 4, suspects * 50 > window.count else { return nil }
        return offset
    }

    /// The length of the valid UTF-8 sequence at `index`, 0 if invalid (a sequence cut by the window's
    /// end counts as valid).
    private static func utf8SequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        let available = min(length, bytes.count - index)
        for offset in 1..<max(available, 1) where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        return available
    }
}
