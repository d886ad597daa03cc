/// Parses the RFC 3339 times Kubernetes prints in `metadata.creationTimestamp`.
enum KubernetesTimestamp {
    /// Seconds since 1970 for `2024-05-01T12:30:00Z` (fractions ignored, `±hh:mm` offsets applied);
    /// `nil` when the text is not of that form.
    static func seconds(from text: String) -> Int64? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t") || bytes[10] == UInt8(ascii: " "),
            bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2),
            let hour = number(bytes, 11, 2), let minute = number(bytes, 14, 2), let second = number(bytes, 17, 2),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var index = 19
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        }
        guard let offset = zoneOffset(bytes, from: index) else { return nil }
        let days = Int64(CivilTime.days(year: Int(year), month: Int(month), day: Int(day)))
        return days * 86_400 + hour * 3_600 + minute * 60 + second - offset
    }

    private static func zoneOffset(_ bytes: [UInt8], from index: Int) -> Int64? {
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "Z") || bytes[index] == UInt8(ascii: "z") {
            return index + 1 == bytes.count ? 0 : nil
        }
        guard bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"), index + 6 == bytes.count,
            bytes[index + 3] == UInt8(ascii: ":"), let hours = number(bytes, index + 1, 2),
            let minutes = number(bytes, index + 4, 2)
        else { return nil }
        let offset = hours * 3_600 + minutes * 60
        return bytes[index] == UInt8(ascii: "+") ? offset : -offset
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ length: Int) -> Int64? {
        var value: Int64 = 0
        for byte in bytes[start..<start + length] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
