/// An input that is not telemetry text at all (a picture, an archive, random bytes): every command that
/// reads it names it with this reason, and none reports it as an empty dump.
package struct NotTelemetryText: Error, Equatable, CustomStringConvertible {
    /// The input as the user named it.
    package var input: String
    /// The 0-based offset of the first byte that gave it away.
    package var offset: Int

    /// Creates the error for `input`.
    package init(input: String, offset: Int) {
        self.input = input
        self.offset = offset
    }

    /// The reason without the input: `not telemetry text (binary data at byte N)`.
    package static func reason(offset: Int) -> String {
        "not telemetry text (binary data at byte \(offset))"
    }

    /// The reason itself, for a status line that already names the input.
    package var reason: String { Self.reason(offset: offset) }

    /// `INPUT: not telemetry text (binary data at byte N)`.
    package var description: String { "\(input): \(reason)" }

    /// The binary offset of a whole input held in memory, judged on the same start of it the parser
    /// sniffs, or nil when it is text.
    package static func binaryOffset(of bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { whole in
            FormatSniffer.binaryOffset(UnsafeBufferPointer(rebasing: whole.prefix(FormatSniffer.windowLength)))
        }
    }
}
