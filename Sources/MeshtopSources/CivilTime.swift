/// Conversions between unix time and the proleptic Gregorian calendar, without a time-zone database.
package enum CivilTime {
    /// Days since 1970-01-01 for a calendar date (Howard Hinnant's `days_from_civil`).
    package static func days(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Unix milliseconds for a UTC calendar time; nil when a field is out of range.
    package static func milliseconds(
        year: Int,
        month: Int,
        day: Int,
        hour: Int = 0,
        minute: Int = 0,
        second: Int = 0,
        millisecond: Int = 0
    ) -> Int64? {
        guard (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour), (0...59).contains(minute),
            (0...60).contains(second), (0...999).contains(millisecond)
        else { return nil }
        let seconds = days(year: year, month: month, day: day) * 86_400 + hour * 3_600 + minute * 60 + second
        return Int64(seconds) * 1_000 + Int64(millisecond)
    }

    /// The start of the UTC day containing `milliseconds`.
    package static func startOfDay(_ milliseconds: Int64) -> Int64 {
        let day: Int64 = 86_400_000
        return milliseconds >= 0 ? milliseconds / day * day : (milliseconds - day + 1) / day * day
    }
}
