/// ISO-8601 calendar times as users type them: `2026-11-23T14:02:15Z`, `2026-11-23 14:02`,
/// `2026-11-23T14:02:15.250+01:00`, `2026-11-23`.
enum ISOTime {
    static func parse(_ text: String) -> TimeExpression? {
        var scanner = Scanner(Array(text.utf8))
        guard let year = scanner.number(digits: 4), scanner.skip("-"), let month = scanner.number(digits: 2),
            scanner.skip("-"), let day = scanner.number(digits: 2)
        else { return nil }
        var (hour, minute, second, millisecond) = (0, 0, 0, 0)
        if scanner.skip("T") || scanner.skip("t") || scanner.skip(" ") {
            guard let parsedHour = scanner.number(digits: 2), scanner.skip(":"),
                let parsedMinute = scanner.number(digits: 2)
            else { return nil }
            (hour, minute) = (parsedHour, parsedMinute)
            if scanner.skip(":") {
                guard let parsedSecond = scanner.number(digits: 2) else { return nil }
                second = parsedSecond
                if scanner.skip(".") || scanner.skip(",") {
                    guard let fraction = scanner.fraction() else { return nil }
                    millisecond = fraction
                }
            }
        }
        guard
            let local = CivilTime.milliseconds(
                year: year,
                month: month,
                day: day,
                hour: hour,
                minute: minute,
                second: second,
                millisecond: millisecond
            )
        else { return nil }
        if scanner.atEnd { return .localDateTime(milliseconds: local) }
        if scanner.skip("Z") || scanner.skip("z") { return scanner.atEnd ? .absolute(local) : nil }
        guard let offset = scanner.zoneOffsetSeconds(), scanner.atEnd else { return nil }
        return .absolute(local - Int64(offset) * 1_000)
    }

    private struct Scanner {
        var bytes: [UInt8]
        var position = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { position == bytes.count }

        mutating func skip(_ character: Unicode.Scalar) -> Bool {
            guard position < bytes.count, bytes[position] == UInt8(ascii: character) else { return false }
            position += 1
            return true
        }

        mutating func number(digits: Int) -> Int? {
            guard position + digits <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[position..<position + digits] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            position += digits
            return value
        }

        /// Fractional seconds as milliseconds (extra digits are truncated).
        mutating func fraction() -> Int? {
            var digits: [Int] = []
            while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 {
                digits.append(Int(bytes[position] - 0x30))
                position += 1
            }
            guard !digits.isEmpty else { return nil }
            let padded = (digits + [0, 0, 0]).prefix(3)
            return padded[0] * 100 + padded[1] * 10 + padded[2]
        }

        mutating func zoneOffsetSeconds() -> Int? {
            let negative = skip("-")
            guard negative || skip("+"), let hours = number(digits: 2) else { return nil }
            _ = skip(":")
            let minutes = number(digits: 2) ?? 0
            guard hours < 24, minutes < 60 else { return nil }
            return (negative ? -1 : 1) * (hours * 3_600 + minutes * 60)
        }
    }
}
