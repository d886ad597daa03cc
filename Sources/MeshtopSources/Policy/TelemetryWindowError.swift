import MeshtopModel

/// Why a ``TelemetryWindow`` gave no telemetry to judge: a report of nothing would read as a clean mesh.
package enum TelemetryWindowError: Error, CustomStringConvertible {
    /// The inputs hold no frames at all (an empty directory, an empty recording).
    case noFrames(paths: [String])
    /// The inputs hold frames, none of them inside the window asked for.
    case outsideSpan(from: Int64, to: Int64, spans: [(path: String, span: ClosedRange<Int64>)])

    /// The message for standard error, with each input's recorded span.
    package var description: String {
        switch self {
        case .noFrames(let paths):
            return paths.map { "\($0): holds no telemetry frames" }.joined(separator: "; ")
        case .outsideSpan(let from, let to, let spans):
            let window = "\(Self.text(from, or: "the start")) – \(Self.text(to, or: "the end"))"
            let recorded = spans.map { path, span in
                "\(path) spans \(UnixTime.text(milliseconds: span.lowerBound)) – "
                    + UnixTime.text(milliseconds: span.upperBound)
            }
            return "no frames inside the window \(window): " + recorded.joined(separator: "; ")
        }
    }

    private static func text(_ milliseconds: Int64, or open: String) -> String {
        milliseconds == .min || milliseconds == .max ? open : UnixTime.text(milliseconds: milliseconds)
    }
}
