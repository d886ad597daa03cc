/// The unix times meshtop accepts, in milliseconds, and the only conversions into them.
///
/// Every time that enters the program (a sample timestamp, a recorded frame's `ts=`, a certificate's
/// not-after, a `--time` or `--from` argument) goes through one of these checks, so any time held
/// inside lies in ``range``: sums and differences of two such times, or of a time and a duration of at
/// most ``longestDuration``, cannot overflow `Int64`. A value outside is not a time; callers report it
/// (a per-line issue, a certificate whose expiry is invalid, an argument error) instead of trapping.
package enum UnixMilliseconds {
    /// 0000-01-01 00:00:00 UTC to 9999-12-31 23:59:59.999 UTC: the span of X.509 validity times and of
    /// four-digit years, in unix milliseconds.
    package static let range: ClosedRange<Int64> = -62_167_219_200_000...253_402_300_799_999

    /// ``range`` in whole unix seconds.
    package static let secondsRange: ClosedRange<Int64> = range.lowerBound / 1000...range.upperBound / 1000

    /// `milliseconds` when it lies in ``range``, else nil.
    package static func checked(_ milliseconds: Int64) -> Int64? {
        range.contains(milliseconds) ? milliseconds : nil
    }

    /// Unix milliseconds given as a `Double` (rounded to the nearest); nil when not finite or outside ``range``.
    package static func checked(_ milliseconds: Double) -> Int64? { rounded(milliseconds, in: range) }

    /// The longest duration that can be added to or subtracted from an accepted time without overflow
    /// anywhere it is used: the length of ``range`` (about 10,000 years).
    package static let longestDuration: Int64 = range.upperBound - range.lowerBound

    /// `value` rounded to the nearest whole number when that lies in `bounds`; nil when `value` is not
    /// finite or the rounded value lies outside. The one conversion from `Double` to `Int64` for times and
    /// durations: `Int64(someDouble)` traps outside Int64's range, so bounds are checked on the `Double`.
    package static func rounded(_ value: Double, in bounds: ClosedRange<Int64>) -> Int64? {
        let whole = value.rounded()
        // Int64's range is [-2^63, 2^63); both comparisons are false for NaN.
        guard whole >= -0x1p63, whole < 0x1p63 else { return nil }
        let integer = Int64(whole)
        return bounds.contains(integer) ? integer : nil
    }

    /// Unix seconds (possibly fractional) as milliseconds; nil when not finite or outside ``range``.
    package static func fromSeconds(_ seconds: Double) -> Int64? { checked(seconds * 1000) }

    /// Whole unix seconds as milliseconds; nil outside ``range``.
    package static func fromSeconds(_ seconds: Int64) -> Int64? {
        secondsRange.contains(seconds) ? seconds * 1000 : nil
    }

    /// Whole unix seconds given as a `Double` (rounded to the nearest second); nil when not finite or
    /// outside ``secondsRange``.
    package static func wholeSeconds(_ seconds: Double) -> Int64? { rounded(seconds, in: secondsRange) }

    /// `milliseconds` moved into ``range``: for times the program makes itself (a clock, a sum of two
    /// accepted times) that must stay comparable with accepted ones.
    package static func clamped(_ milliseconds: Int64) -> Int64 {
        min(max(milliseconds, range.lowerBound), range.upperBound)
    }
}
