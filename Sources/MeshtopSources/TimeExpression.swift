import MeshtopTelemetry

/// A time the user types at the "go to" prompt: `-5m`, `+30s`, `14:02`, `14:02:15`,
/// `2026-11-23T14:02:15Z`, `2026-11-23 14:02`, or epoch seconds (`1795356135`) or milliseconds.
package enum TimeExpression: Sendable, Equatable {
    /// An offset from the current position, in milliseconds.
    case relative(Int64)
    /// A time of day on the day being viewed.
    case timeOfDay(hour: Int, minute: Int, second: Int)
    /// A calendar time without a zone: taken in the viewer's zone.
    case localDateTime(milliseconds: Int64)
    /// An absolute instant, unix ms.
    case absolute(Int64)

    /// Why an expression did not parse.
    package struct ParseError: Error, Equatable, CustomStringConvertible {
        /// What was typed.
        package var text: String
        /// The message shown under the prompt.
        package var description: String {
            "cannot read '\(text)' as a time: use -5m, +30s, 14:02, 14:02:15, 2026-11-23T14:02:15Z or epoch seconds"
        }
    }

    /// Parses what the user typed (surrounding spaces are ignored).
    ///
    /// - Throws: ``ParseError`` when no form matches.
    package init(parsing input: String) throws(ParseError) {
        let text = input.trimmingWhitespace()
        if let parsed = Self.relative(text) ?? Self.timeOfDay(text) ?? Self.epoch(text) ?? ISOTime.parse(text) {
            self = parsed
        } else {
            throw ParseError(text: input)
        }
    }

    /// The time this names within a recorded span, as `--from`, `--to` and `--at` take it: `-5m` counts back
    /// from the span's last frame, `+10m` forward from its first; other forms as ``resolve(current:utcOffsetSeconds:)``
    /// does from the first frame.
    package func resolve(spanFrom first: Int64, to last: Int64, utcOffsetSeconds: Int = 0) -> Int64 {
        if case .relative(let delta) = self, delta < 0 {
            return resolve(current: last, utcOffsetSeconds: utcOffsetSeconds)
        }
        return resolve(current: first, utcOffsetSeconds: utcOffsetSeconds)
    }

    /// The instant this expression names, in unix ms, as `b` takes it: relative to the time being viewed,
    /// within ``UnixMilliseconds/range`` (an instant beyond it is its nearest end, which lies before or after
    /// every accepted time all the same).
    ///
    /// - Parameters:
    ///   - current: the time being viewed, for relative times and times of day.
    ///   - utcOffsetSeconds: the viewer's zone offset, for times of day and zone-less calendar times
    ///     (a real zone's, within a day).
    package func resolve(current: Int64, utcOffsetSeconds: Int = 0) -> Int64 {
        // Every operand is an accepted time, a duration of at most `longestDuration` or less than a day,
        // so no sum below can overflow.
        let current = UnixMilliseconds.clamped(current)
        let offset = Int64(max(-86_400, min(utcOffsetSeconds, 86_400))) * 1_000
        switch self {
        case .relative(let delta):
            let bounded = max(-UnixMilliseconds.longestDuration, min(delta, UnixMilliseconds.longestDuration))
            return UnixMilliseconds.clamped(current + bounded)
        case .timeOfDay(let hour, let minute, let second):
            let day = CivilTime.startOfDay(current + offset)
            return UnixMilliseconds.clamped(day + Int64(hour * 3_600 + minute * 60 + second) * 1_000 - offset)
        case .localDateTime(let milliseconds):
            return UnixMilliseconds.clamped(UnixMilliseconds.clamped(milliseconds) - offset)
        case .absolute(let milliseconds):
            return UnixMilliseconds.clamped(milliseconds)
        }
    }

    private static func relative(_ text: String) -> TimeExpression? {
        guard let sign = text.first, sign == "-" || sign == "+" else { return nil }
        guard let magnitude = DurationText.milliseconds(text.dropFirst()) else { return nil }
        return .relative(sign == "-" ? -magnitude : magnitude)
    }

    private static func timeOfDay(_ text: String) -> TimeExpression? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count),
            parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) })
        else { return nil }
        let numbers = parts.compactMap { Int($0) }
        let (hour, minute, second) = (numbers[0], numbers[1], numbers.count == 3 ? numbers[2] : 0)
        guard hour < 24, minute < 60, second < 60 else { return nil }
        return .timeOfDay(hour: hour, minute: minute, second: second)
    }

    private static func epoch(_ text: String) -> TimeExpression? {
        guard text.allSatisfy(\.isASCIIDigit), let value = Int64(text) else { return nil }
        switch text.count {
        case 9...11: return .absolute(value * 1_000)
        case 12...14: return .absolute(value)
        default: return nil
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
