import CNcursesw
import MeshtopDashboard

/// Maps theme colours to the terminal's depth and allocates ncurses colour pairs, cached per (fg, bg).
struct ColorPalette {
    let depth: ColorDepth
    let maximumPairs: Int
    private var pairs: [Pair: Int] = [:]
    private var nextPair = 1

    private struct Pair: Hashable {
        var foreground: Int
        var background: Int
    }

    init(depth: ColorDepth, maximumPairs: Int) {
        self.depth = depth
        self.maximumPairs = maximumPairs
    }

    /// The ncurses attributes and pair for a role style plus a cell's own attributes.
    mutating func attributes(for style: RoleStyle, adding extra: TextAttributes) -> (attr_t, Int) {
        let all = style.attributes.union(extra)
        var attributes = cnc_a_normal()
        if all.contains(.bold) { attributes |= cnc_a_bold() }
        if all.contains(.dim) { attributes |= cnc_a_dim() }
        if all.contains(.reverse) { attributes |= cnc_a_reverse() }
        if all.contains(.underline) { attributes |= cnc_a_underline() }
        guard depth != .monochrome else { return (attributes, 0) }
        let foreground = index(of: style.fg)
        let background = index(of: style.bg)
        if foreground == -1, background == -1 { return (attributes, 0) }
        return (attributes, pair(Pair(foreground: foreground, background: background)))
    }

    private mutating func pair(_ key: Pair) -> Int {
        if let known = pairs[key] { return known }
        guard nextPair < maximumPairs else { return 0 }
        let number = nextPair
        if init_extended_pair(Int32(number), Int32(key.foreground), Int32(key.background)) == ERR {
            guard number < 256, init_pair(Int16(number), Int16(key.foreground), Int16(key.background)) != ERR else {
                return 0
            }
        }
        nextPair += 1
        pairs[key] = number
        return number
    }

    /// The terminal colour index for a theme colour at this depth; -1 is the terminal default.
    func index(of color: ThemeColor?) -> Int {
        switch color ?? .terminalDefault {
        case .terminalDefault: return -1
        case .ansi(let value): return depth >= .ansi16 ? Int(value) : Int(value % 8)
        case .indexed(let value):
            return depth == .indexed256 ? Int(value) : nearestANSI(Self.rgb(ofIndex: Int(value)))
        case .rgb(let red, let green, let blue):
            let rgb = (Int(red), Int(green), Int(blue))
            return depth == .indexed256 ? Self.nearestIndexed(rgb) : nearestANSI(rgb)
        }
    }

    private static let ansiRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
        (255, 255, 255),
    ]
    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let (dr, dg, db) = (a.0 - b.0, a.1 - b.1, a.2 - b.2)
        return dr * dr + dg * dg + db * db
    }

    private func nearestANSI(_ rgb: (Int, Int, Int)) -> Int {
        let count = depth >= .ansi16 ? 16 : 8
        return (0..<count).min { Self.distance(Self.ansiRGB[$0], rgb) < Self.distance(Self.ansiRGB[$1], rgb) } ?? 7
    }

    static func rgb(ofIndex index: Int) -> (Int, Int, Int) {
        if index < 16 { return ansiRGB[index] }
        if index >= 232 { let level = 8 + (index - 232) * 10; return (level, level, level) }
        let cube = index - 16
        return (cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
    }

    static func nearestIndexed(_ rgb: (Int, Int, Int)) -> Int {
        func level(_ value: Int) -> Int {
            cubeLevels.indices.min { abs(cubeLevels[$0] - value) < abs(cubeLevels[$1] - value) } ?? 0
        }
        let cube = 16 + 36 * level(rgb.0) + 6 * level(rgb.1) + level(rgb.2)
        let grayLevel = max(0, min(23, ((rgb.0 + rgb.1 + rgb.2) / 3 - 8 + 5) / 10))
        let gray = 232 + grayLevel
        return distance(Self.rgb(ofIndex: gray), rgb) < distance(Self.rgb(ofIndex: cube), rgb) ? gray : cube
    }
}
