import MeshtopSources
import MeshtopTelemetry
import Testing

@Suite struct TimeExpressionTests {
    /// 2026-11-23T14:02:15Z.
    private static let current: Int64 = 1_795_442_535_000

    @Test(
        arguments: [
            ("-5m", current - 300_000),
            ("+30s", current + 30_000),
            ("-1h30m", current - 5_400_000),
            ("+500ms", current + 500),
            ("-90", current - 90_000),
            ("14:02", current - 15_000),
            ("14:02:15", current),
            ("09:00", 1_795_424_400_000),
            ("2026-11-23T14:02:15Z", current),
            ("2026-11-23t14:02:15z", current),
            ("2026-11-23T14:02:15.250Z", current + 250),
            ("2026-11-23T15:02:15+01:00", current),
            ("2026-11-23T09:02:15-0500", current),
            ("2026-11-23 14:02", current - 15_000),
            ("2026-11-23", 1_795_392_000_000),
            ("1795442535", current),
            ("1795442535000", current),
            ("  -5m ", current - 300_000),
        ] as [(String, Int64)]
    )
    func expressionsResolveToTheExpectedInstantInUTC(text: String, expected: Int64) throws {
        let expression = try TimeExpression(parsing: text)
        #expect(expression.resolve(current: Self.current) == expected)
    }

    @Test func timesOfDayAndZonelessTimesUseTheViewersZone() throws {
        let twoHoursEast = 7_200
        #expect(
            try TimeExpression(parsing: "16:02:15").resolve(current: Self.current, utcOffsetSeconds: twoHoursEast)
                == Self.current
        )
        let local = try TimeExpression(parsing: "2026-11-23T16:02:15")
        #expect(local.resolve(current: 0, utcOffsetSeconds: twoHoursEast) == Self.current)
        let zoned = try TimeExpression(parsing: "2026-11-23T14:02:15Z")
        #expect(zoned.resolve(current: 0, utcOffsetSeconds: twoHoursEast) == Self.current)
    }

    @Test(arguments: [
        "", "soon", "25:00", "14:60", "14:2:", "2026-13-01", "2026-11-23T14", "12345", "+5x", "--5m",
        "2026-11-23T14:02:15Zjunk",
    ])
    func malformedExpressionsAreRejectedWithAHint(text: String) {
        let error = #expect(throws: TimeExpression.ParseError.self) { try TimeExpression(parsing: text) }
        let message = error?.description ?? ""
        #expect(message.contains("-5m") && message.contains("14:02"))
    }

    @Test(
        arguments: [
            ("15s", 15_000), ("500ms", 500), ("1h30m", 5_400_000), ("2d", 172_800_000), ("1.5s", 1_500), ("10", 10_000),
        ] as [(String, Int64)]
    )
    func durationsParse(text: String, milliseconds: Int64) {
        #expect(DurationText.milliseconds(text) == milliseconds)
    }

    @Test(arguments: ["", "s", "5 m", "-5s", "5y"])
    func malformedDurationsAreRejected(text: String) {
        #expect(DurationText.milliseconds(text) == nil)
    }

    @Test(
        arguments: [
            (250, "250ms"), (2_000, "2s"), (1_500, "1.5s"), (300_000, "5m"), (5_400_000, "1h30m"), (90_000, "1m30s"),
        ] as [(Int64, String)]
    )
    func durationsFormatCompactly(milliseconds: Int64, text: String) {
        #expect(DurationText.format(milliseconds: milliseconds) == text)
    }

    @Test(arguments: [
        "1e300", "9223372036854775807", "9223372036854775808ms", "9999999999999d", "3700000d", "99999999999999999999ms",
        "1e19ms", "5000000000000h", "200000000d1ms",
    ])
    func durationsBeyondTheLongestAreRejectedNotTrapped(text: String) {
        #expect(DurationText.milliseconds(text) == nil)
        #expect(DurationText.duration(text) == nil)
    }

    @Test func theLongestDurationIsAccepted() {
        let longest = DurationText.accepted.upperBound
        #expect(DurationText.milliseconds("\(longest)ms") == longest)
        #expect(DurationText.milliseconds("\(longest + 1)ms") == nil)
    }

    @Test(arguments: ["+9999999999999d", "-9999999999999d", "+1e300", "-9223372036854775808ms"])
    func relativeTimesBeyondTheLongestDurationAreRejected(text: String) {
        #expect(throws: TimeExpression.ParseError.self) { try TimeExpression(parsing: text) }
    }

    @Test func resolvingAtTheEndsOfInt64StaysInTheAcceptedRange() {
        let range = UnixMilliseconds.range
        let cases: [(TimeExpression, Int64)] = [
            (.relative(.max), .max), (.relative(.min), .min), (.relative(.max), .min), (.relative(.min), .max),
            (.timeOfDay(hour: 23, minute: 59, second: 59), .max), (.timeOfDay(hour: 0, minute: 0, second: 0), .min),
            (.localDateTime(milliseconds: .min), 0), (.absolute(.max), 0),
        ]
        for (expression, current) in cases {
            for offset in [0, -86_400, 86_400, Int.max, Int.min] {
                #expect(range.contains(expression.resolve(current: current, utcOffsetSeconds: offset)))
            }
        }
        let last = range.upperBound
        #expect(TimeExpression.relative(-5 * 60_000).resolve(current: .max) == last - 5 * 60_000)
    }
}
