/// Reads a dump's time from its file name, as `curl` loops and `date` stamps usually write them.
///
/// Recognised: `20261123T140215Z`, `2026-11-23T14:02:15Z` (also with `-` or `_` for `:`), and a run of
/// 10 digits (epoch seconds) or 13 digits (epoch milliseconds).
package enum DumpTime {
    /// The time found in `name`, in unix ms, and the range of `name` it came from.
    package static func find(in name: String) -> (milliseconds: Int64, range: Range<Int>)? {
        let bytes = Array(name.utf8)
        var start = 0
        while start < bytes.count {
            guard isDigit(bytes[start]), start == 0 || !isDigit(bytes[start - 1]) else {
                start += 1
                continue
            }
            if let found = calendarTime(bytes, at: start) ?? epochTime(bytes, at: start) { return found }
            start += 1
        }
        return nil
    }

    private static func calendarTime(_ bytes: [UInt8], at start: Int) -> (milliseconds: Int64, range: Range<Int>)? {
        var position = start
        var fields: [Int] = []
        let widths = [4, 2, 2, 2, 2, 2]
        for (index, width) in widths.enumerated() {
            if index > 0, position < bytes.count, !isDigit(bytes[position]) {
                let separator = bytes[position]
                let allowed: [UInt8] = index == 3 ? Array("T_ ".utf8) : Array("-:_".utf8)
                guard allowed.contains(separator) else { return nil }
                position += 1
            }
            guard position + width <= bytes.count, bytes[position..<position + width].allSatisfy(isDigit) else {
                return nil
            }
            fields.append(Int(String(decoding: bytes[position..<position + width], as: UTF8.self)) ?? -1)
            position += width
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "Z") { position += 1 }
        guard position == bytes.count || !isDigit(bytes[position]) else { return nil }
        guard
            let milliseconds = CivilTime.milliseconds(
                year: fields[0],
                month: fields[1],
                day: fields[2],
                hour: fields[3],
                minute: fields[4],
                second: fields[5]
            )
        else { return nil }
        return (milliseconds, start..<position)
    }

    private static func epochTime(_ bytes: [UInt8], at start: Int) -> (milliseconds: Int64, range: Range<Int>)? {
        var end = start
        while end < bytes.count, isDigit(bytes[end]) { end += 1 }
        guard let value = Int64(String(decoding: bytes[start..<end], as: UTF8.self)) else { return nil }
        switch end - start {
        case 10: return (value * 1_000, start..<end)
        case 13: return (value, start..<end)
        default: return nil
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
