/// A box listing every binding of the live key map, grouped by section.
package struct HelpOverlay {
    /// The key map described.
    package var keyMap: KeyMap
    /// The first line shown, for scrolling.
    package var offset: Int

    /// Creates an overlay scrolled to line `offset`.
    package init(keyMap: KeyMap, offset: Int = 0) {
        self.keyMap = keyMap
        self.offset = offset
    }

    /// The overlay's lines: section titles, then `keys  summary  :command` rows.
    package func lines() -> [(text: String, isSection: Bool)] {
        var lines: [(String, Bool)] = []
        var section = ""
        for binding in keyMap.bindings {
            if binding.section != section {
                section = binding.section
                lines.append((section, true))
            }
            let keys = binding.keys.prefix(3).map(\.label).joined(separator: " ")
            lines.append((pad(keys, to: 13) + pad(binding.summary, to: 27) + " :" + binding.command, false))
        }
        lines.append(("Commands", true))
        lines.append((":ns NAME  :wl NS/NAME  :filter RE", false))
        lines.append((":theme NAME|PATH  :horizon 7d  :goto T", false))
        lines.append(("Columns", true))
        lines += ColumnGlossary.lines().map { ($0, false) }
        return lines
    }

    private func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - DisplayWidth.of(text)))
    }

    /// The width of one column of help lines.
    package static let columnWidth = 52

    /// Draws the overlay centred in `area`, in as many columns as fit, starting at line `offset`.
    package func render(in area: Rect, into grid: inout CellGrid) {
        let content = Array(lines().dropFirst(max(0, offset)))
        let columnWidth = min(Self.columnWidth, area.width - 4)
        let columns = max(
            1,
            min((area.width - 2) / (columnWidth + 2), (content.count + area.height - 5) / max(1, area.height - 4))
        )
        let perColumn = (content.count + columns - 1) / columns
        let boxWidth = min(area.width, columns * (columnWidth + 2) + 2)
        let boxHeight = min(area.height, perColumn + 2)
        guard boxWidth > 10, boxHeight > 3 else { return }
        let box = Rect(
            x: area.x + (area.width - boxWidth) / 2,
            y: area.y + (area.height - boxHeight) / 2,
            width: boxWidth,
            height: boxHeight
        )
        grid.fill(box, role: .text)
        drawFrame(box, grid: &grid)
        grid.write(
            " Help: j/k scroll, other keys close ",
            x: box.x + 2,
            y: box.y,
            maxWidth: box.width - 4,
            role: .header
        )
        for (index, line) in content.enumerated() {
            let column = index / perColumn
            let row = index % perColumn
            guard row < box.height - 2 else { continue }
            let x = box.x + 2 + column * (columnWidth + 2)
            grid.write(
                line.text,
                x: x,
                y: box.y + 1 + row,
                maxWidth: min(columnWidth, box.maxX - 1 - x),
                role: line.isSection ? .header : .text
            )
        }
    }
    private func drawFrame(_ box: Rect, grid: inout CellGrid) {
        let glyphs = grid.glyphs
        grid.horizontalLine(x: box.x, y: box.y, width: box.width)
        grid.horizontalLine(x: box.x, y: box.maxY - 1, width: box.width)
        for y in box.y..<box.maxY {
            grid.write(glyphs.vertical, x: box.x, y: y, maxWidth: 1, role: .border)
            grid.write(glyphs.vertical, x: box.maxX - 1, y: y, maxWidth: 1, role: .border)
        }
        let corners = glyphs.isASCII ? ["+", "+", "+", "+"] : ["┌", "┐", "└", "┘"]
        grid.write(corners[0], x: box.x, y: box.y, maxWidth: 1, role: .border)
        grid.write(corners[1], x: box.maxX - 1, y: box.y, maxWidth: 1, role: .border)
        grid.write(corners[2], x: box.x, y: box.maxY - 1, maxWidth: 1, role: .border)
        grid.write(corners[3], x: box.maxX - 1, y: box.maxY - 1, maxWidth: 1, role: .border)
    }
}
