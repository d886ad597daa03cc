/// Number, duration and time formatting for screens, without Foundation.
package enum Format {
    /// A rate with one decimal below 100, whole from 100 to 9,999, then with a k, M, G or T suffix (`12.3k`,
    /// `456M`), so it never needs more than 5 columns; `-` for zero when `dashForZero`, `<0.1` for a rate that
    /// would round to zero, `?` for a value that is not a number.
    package static func rate(_ value: Double, dashForZero: Bool = false) -> String {
        guard value.isFinite else { return value.isNaN ? "?" : (value > 0 ? "∞" : "-∞") }
        if value < 0 { return "-" + rate(-value) }
        if value == 0 { return dashForZero ? "-" : "0" }
        if value < 100 {
            let tenths = Int64((value * 10).rounded())
            return tenths == 0 ? "<0.1" : tenths >= 1000 ? "100" : "\(tenths / 10).\(tenths % 10)"
        }
        return whole(value)
    }

    /// A count: whole, with a k, M, G or T suffix from 10,000 (`12.3k`); `-` for zero when `dashForZero`.
    package static func count(_ value: Double, dashForZero: Bool = false) -> String {
        guard value.isFinite else { return value.isNaN ? "?" : (value > 0 ? "∞" : "-∞") }
        if value < 0 { return "-" + count(-value) }
        if value.rounded() == 0 { return value == 0 && dashForZero ? "-" : value == 0 ? "0" : "<1" }
        return whole(value)
    }

    /// A value of 100 or more, whole below 10,000, else scaled to one decimal below 100 of its unit (`12.3k`)
    /// or whole above (`123k`).
    private static func whole(_ value: Double) -> String {
        if value < 9_999.5 { return String(Int64(value.rounded())) }
        var scaled = value
        for suffix in ["k", "M", "G", "T", "P", "E"] {
            scaled /= 1000
            if scaled < 99.95 {
                let tenths = Int64((scaled * 10).rounded())
                return "\(tenths / 10).\(tenths % 10)\(suffix)"
            }
            if scaled < 999.5 { return "\(Int64(scaled.rounded()))\(suffix)" }
        }
        return ">999E"
    }

    /// `1 source`, `2 sources`: a count with its noun, plural unless it is one.
    package static func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? noun : plural ?? noun + "s")
    }

    /// A share 0…1 as a percentage with one decimal, or `-` when unknown; a share above zero never reads
    /// `0.0%` (`<0.1%`) and one below one never reads `100.0%` (`>99.9%`).
    package static func percent(_ share: Double?) -> String {
        guard let share, share.isFinite else { return "-" }
        let tenths = Int64((min(max(share, 0), 1) * 1000).rounded())
        if tenths == 0, share > 0 { return "<0.1%" }
        if tenths == 1000, share < 1 { return ">99.9%" }
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// A duration in its two largest units: `3d 4h`, `5h 12m`, `42s`; `9y` and `1y 2mo` from a year on;
    /// negative as `-3d 4h`.
    package static func duration(seconds: Int64) -> String {
        if seconds < 0 { return "-" + duration(seconds: -seconds) }
        let days = seconds / 86_400
        let hours = seconds % 86_400 / 3_600
        let minutes = seconds % 3_600 / 60
        if days >= 730 { return "\(days / 365)y" }
        if days >= 365 { return days >= 395 ? "1y \((days - 365) / 30)mo" : "1y" }
        if days >= 100 { return "\(days)d" }
        if days > 0 { return hours > 0 ? "\(days)d \(hours)h" : "\(days)d" }
        if hours > 0 { return minutes > 0 ? "\(hours)h \(minutes)m" : "\(hours)h" }
        if minutes > 0 { return "\(minutes)m" }
        return "\(seconds)s"
    }

    /// A Unix-milliseconds time as `YYYY-MM-DD HH:MM:SS` UTC.
    package static func clock(milliseconds: Int64) -> String {
        let seconds = milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        return
            "\(year)-\(pad(month))-\(pad(day)) \(pad(secondOfDay / 3600)):\(pad(secondOfDay % 3600 / 60)):\(pad(secondOfDay % 60))"
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01.
    private static func civilDate(daysSinceEpoch: Int64) -> (Int64, Int64, Int64) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func pad(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
