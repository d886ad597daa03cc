/// The window lengths the `w` key cycles through: 1m, 5m, 15m, 1h.
package enum WindowLength {
    /// 1m, 5m, 15m and 1h, in milliseconds.
    package static let choices: [Int64] = [60_000, 300_000, 900_000, 3_600_000]
    /// The default window: one minute.
    package static let standard: Int64 = 60_000

    /// The choice after `length` (the first choice after the last, or for a length not among them, the
    /// shortest choice longer than it).
    package static func next(after length: Int64) -> Int64 {
        choices.first { $0 > length } ?? choices[0]
    }
}
