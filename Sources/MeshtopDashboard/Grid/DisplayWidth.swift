/// How many terminal columns text takes, independent of the C library's locale.
///
/// glibc's `wcwidth` answers -1 for every non-ASCII character under the `C` locale, so the grid
/// keeps its own table: East Asian wide and fullwidth ranges and emoji take two columns, combining
/// marks and joiners none, everything else one.
package enum DisplayWidth {
    /// Columns taken by one grapheme cluster (0, 1 or 2), as a grid cell shows it (see ``GraphemeCell``).
    package static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue {
            return ascii >= 0x20 && ascii != 0x7F ? 1 : 0
        }
        let scalars = GraphemeCell.kept(character)
        guard let first = scalars.first else { return 0 }
        var width = of(first)
        if width == 1, scalars.count > 1 {
            // A text-style symbol followed by VS16, a keycap or a ZWJ sequence renders as emoji.
            if scalars.contains(where: { $0.value == 0xFE0F || $0.value == 0x20E3 })
                || (scalars.contains(where: { $0.value == 0x200D }) && first.properties.isEmoji)
            {
                width = 2
            }
        }
        if isRegionalIndicator(first) { width = 2 }
        return width
    }

    /// Columns taken by one Unicode scalar on its own (0, 1 or 2).
    package static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        if value < 0xA0 { return 0 }
        if value < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        default:
            break
        }
        if value == 0x200B || (0x1160...0x11FF).contains(value) { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return isWide(value) ? 2 : 1
    }

    /// Columns taken by a string, grapheme by grapheme.
    package static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges outside the emoji-presentation property.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
        0x17000...0x18CFF, 0x1AFF0...0x1B2FF, 0x1F200...0x1F2FF, 0x1F300...0x1F64F,
        0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
