import MeshtopDashboard
import Testing

/// Grapheme clusters (ZWJ sequences, skin tones, stacked marks) take whole cells of a known width and a
/// bounded size, so the columns after them never shift.
@Suite struct GraphemeCellTests {
    static let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
    static let zalgo = "e" + String(repeating: "\u{301}\u{316}\u{35C}", count: 100)

    @Test(arguments: [family, "\u{1F44D}\u{1F3FD}", zalgo, "e\u{301}", "\u{1F1E9}\u{1F1EA}", "\u{2764}\u{FE0F}"])
    func aClusterTakesOneCellAndTheTextAfterItKeepsItsColumn(cluster: String) {
        var grid = CellGrid(width: 12, height: 2)
        let used = grid.write(cluster + "ab|", x: 0, y: 0)
        grid.write("1234567890", x: 0, y: 1)
        let width = DisplayWidth.of(cluster)
        #expect(used == width + 3)
        #expect(grid[width, 0].symbol == "a")
        #expect(grid[width + 2, 0].symbol == "|")
        let first = grid[0, 0]
        #expect(Int(first.width) == width)
        #expect(first.symbol.unicodeScalars.count <= GraphemeCell.maximumScalars)
        #expect(first.symbol.first == cluster.first.map { Character(String(GraphemeCell.kept($0))) })
    }

    @Test func aZWJSequenceKeepsItsFirstEmojiAndAStackOfMarksIsCapped() {
        #expect(String(GraphemeCell.kept(Character(Self.family))) == "\u{1F468}")
        #expect(String(GraphemeCell.kept(Character("\u{1F44D}\u{1F3FD}"))) == "\u{1F44D}")
        #expect(GraphemeCell.kept(Character(Self.zalgo)).count == GraphemeCell.maximumScalars)
        #expect(String(GraphemeCell.kept(Character("e\u{301}"))) == "e\u{301}")
    }

    @Test func rightAlignedClustersEndAtTheEdgeAndRewritingLeavesNoStaleCells() {
        var grid = CellGrid(width: 10, height: 1)
        grid.writeRight(Self.family + Self.zalgo + "x", maxX: 10, y: 0)
        #expect(grid[9, 0].symbol == "x")
        grid.write(String(repeating: " ", count: 10), x: 0, y: 0)
        grid.write("ab" + Self.family + "cd", x: 0, y: 0)
        #expect(grid.lines() == ["ab\u{1F468}cd    "])
    }
}
