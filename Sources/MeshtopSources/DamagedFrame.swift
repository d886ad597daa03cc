/// A stretch of a recording that held a frame but cannot be decoded (a flipped byte, a bad CRC): it is
/// skipped, and reading resumes at the next gzip member, so every other frame is kept.
package struct DamagedFrame: Sendable, Equatable {
    /// Its 1-based position among the recording's frames, damaged ones included, in recording order.
    package var number: Int
    /// How many frames the recording holds, damaged ones included.
    package var total: Int
    /// Where the damaged bytes lie in the recording.
    package var bytes: Range<UInt64>

    /// Creates a description of a damaged frame.
    package init(number: Int, total: Int, bytes: Range<UInt64>) {
        self.number = number
        self.total = total
        self.bytes = bytes
    }

    /// What was lost, for stderr: "skipped frame 7 of 12 (bytes 300–420): it is damaged".
    package var description: String {
        "skipped frame \(number) of \(total) (bytes \(bytes.lowerBound)–\(bytes.upperBound)): it is damaged"
    }
}
