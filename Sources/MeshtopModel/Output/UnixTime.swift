/// Formats unix times and durations without Foundation (UTC, proleptic Gregorian calendar).
package enum UnixTime {
    /// `2026-11-23 12:55:16 UTC` for unix seconds.
    package static func text(seconds: Int64) -> String {
        let days = floorDivide(seconds, 86400)
        let secondOfDay = seconds - days * 86400
        let (year, month, day) = civil(fromDays: days)
        let hour = secondOfDay / 3600
        let minute = secondOfDay % 3600 / 60
        let second = secondOfDay % 60
        return "\(year)-\(pad(month))-\(pad(day)) \(pad(hour)):\(pad(minute)):\(pad(second)) UTC"
    }

    /// ``text(seconds:)`` for unix milliseconds.
    package static func text(milliseconds: Int64) -> String { text(seconds: floorDivide(milliseconds, 1000)) }

    /// A short duration: `45 s`, `12 min`, `5 h 3 min`, `12 d 4 h`; negative durations get a `-`.
    package static func duration(seconds: Int64) -> String {
        if seconds < 0 { return "-" + duration(seconds: -seconds) }
        switch seconds {
        case ..<60: return "\(seconds) s"
        case ..<3600: return "\(seconds / 60) min"
        case ..<86400:
            let minutes = seconds % 3600 / 60
            return minutes == 0 ? "\(seconds / 3600) h" : "\(seconds / 3600) h \(minutes) min"
        default:
            let hours = seconds % 86400 / 3600
            return hours == 0 ? "\(seconds / 86400) d" : "\(seconds / 86400) d \(hours) h"
        }
    }

    /// Year, month and day of a count of days since 1970-01-01 (Howard Hinnant's algorithm).
    static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
        let shifted = days + 719_468
        let era = floorDivide(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }

    private static func pad(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

/// Formats figures for people and JSON.
package enum NumberText {
    /// An integral value without a fraction (`12`), anything else in its shortest exact form (`0.25`);
    /// `NaN` and infinities as `NaN`, `+Inf`, `-Inf`.
    package static func short(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "+Inf" : "-Inf") }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// A rate or ratio rounded to `digits` decimals (`0.33`).
    package static func rounded(_ value: Double, digits: Int = 2) -> String {
        guard value.isFinite else { return short(value) }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return short((value * scale).rounded() / scale)
    }
}
