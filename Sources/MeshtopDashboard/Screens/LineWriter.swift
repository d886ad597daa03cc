/// Styled pieces of one line, drawn left to right from one column in, clipped to the area.
struct LineWriter {
    private var pieces: [(String, StyleRole)] = []

    init() {}

    mutating func add(_ text: String, _ role: StyleRole) { pieces.append((text, role)) }

    func render(in area: Rect, into grid: inout CellGrid) {
        guard !area.isEmpty else { return }
        var x = area.x + 1
        for (text, role) in pieces where x < area.maxX {
            x += grid.write(text, x: x, y: area.y, maxWidth: area.maxX - x, role: role)
        }
    }
}
