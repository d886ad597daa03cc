import MeshtopTelemetry

/// The comment line that opens every recorded frame:
/// `# meshtop-frame ts=<unix-ms> source=<name> format=<fmt> bytes=<n> [workload=ns/name]`.
///
/// Prometheus and OpenMetrics parsers skip it as a comment, so `zcat FILE` stays valid telemetry text.
/// `bytes` is the exact length of the scraped text; a newline is added after text that lacks one, so the
/// next frame's header starts a line, and readers cut it off again.
package struct FrameHeader: Sendable, Equatable {
    /// The line's fixed opening.
    package static let marker = "# meshtop-frame "

    /// When the frame was scraped, in unix milliseconds.
    package var timestampMilliseconds: Int64
    /// The source name (percent-encoded on the line).
    package var source: String
    /// The format, or nil when it was not known (`format=unknown`).
    package var format: TelemetryFormat?
    /// The attributed workload, if any.
    package var workload: WorkloadAttribution?
    /// The exact length of the scraped text, when the header says (older files may not).
    package var byteCount: Int?

    /// Creates a header.
    package init(
        timestampMilliseconds: Int64,
        source: String,
        format: TelemetryFormat?,
        workload: WorkloadAttribution? = nil,
        byteCount: Int? = nil
    ) {
        self.timestampMilliseconds = timestampMilliseconds
        self.source = source
        self.format = format
        self.workload = workload
        self.byteCount = byteCount
    }

    /// The header describing a frame, in the format its source announced or else the one its text is in
    /// (so a recording says what it holds; `format=unknown` only for binary data or an empty scrape).
    package init(describing frame: ScrapeFrame) {
        self.init(
            timestampMilliseconds: frame.timestampMilliseconds,
            source: frame.source,
            format: frame.format ?? TelemetryParser.format(of: frame.bytes),
            workload: frame.workload,
            byteCount: frame.byteCount
        )
    }

    /// The frame as stored: header line, scraped text, and a newline when the text lacks a final one.
    package static func storedText(of frame: ScrapeFrame) -> [UInt8] {
        var text = Array(FrameHeader(describing: frame).line.utf8)
        text += frame.bytes
        if frame.bytes.last != UInt8(ascii: "\n") { text.append(UInt8(ascii: "\n")) }
        return text
    }

    /// The line, including its trailing newline.
    package var line: String {
        var text = Self.marker + "ts=\(timestampMilliseconds) source=\(Self.percentEncoded(source))"
        text += " format=\(format?.rawValue ?? "unknown")"
        if let byteCount { text += " bytes=\(byteCount)" }
        if let workload { text += " workload=\(Self.percentEncoded(workload.description))" }
        return text + "\n"
    }

    /// Parses the first line of `body`; returns the header and the offset where the scraped text starts.
    ///
    /// Returns nil when the body does not start with a valid header line.
    package static func parse(_ body: some Collection<UInt8>) -> (header: FrameHeader, textStart: Int)? {
        let lineBytes = body.prefix(4096).prefix { $0 != UInt8(ascii: "\n") }
        guard lineBytes.count < body.count else { return nil }
        let line = String(decoding: lineBytes, as: UTF8.self)
        guard line.hasPrefix(marker) else { return nil }
        var fields: [Substring: Substring] = [:]
        for field in line.dropFirst(marker.count).split(separator: " ") {
            guard let equals = field.firstIndex(of: "=") else { continue }
            fields[field[..<equals]] = field[field.index(after: equals)...]
        }
        guard let ts = fields["ts"].flatMap({ Int64($0) }), let source = fields["source"] else { return nil }
        let format = fields["format"].flatMap { TelemetryFormat(rawValue: String($0)) }
        let workload = fields["workload"].flatMap { WorkloadAttribution(parsing: percentDecoded($0)) }
        let header = FrameHeader(
            timestampMilliseconds: ts,
            source: percentDecoded(source),
            format: format,
            workload: workload,
            byteCount: fields["bytes"].flatMap { Int($0) }
        )
        return (header, lineBytes.count + 1)
    }

    /// Encodes bytes that would break the line's `key=value` syntax: controls, space, `%`, `=`, DEL.
    package static func percentEncoded(_ text: String) -> String {
        var bytes: [UInt8] = []
        for byte in text.utf8 {
            if byte <= 0x20 || byte == 0x7F || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "=") {
                let digits = Array("0123456789ABCDEF".utf8)
                bytes += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Decodes `%XX` escapes; malformed escapes are kept as written.
    package static func percentDecoded(_ text: some StringProtocol) -> String {
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
                let value = UInt8(String(decoding: utf8[index + 1...index + 2], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
