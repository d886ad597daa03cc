/// A box listing every binding of the live key map, grouped by section.
package struct HelpOverlay {
    /// The key map described.
    package var keyMap: KeyMap

    /// Creates an overlay.
    package init(keyMap: KeyMap) {
        self.keyMap = keyMap
    }

    /// The overlay's lines: section titles, then `keys  summary  :command` rows.
    package func lines() -> [(text: String, isSection: Bool)] {
        var lines: [(String, Bool)] = []
        var section = ""
        for binding in keyMap.bindings {
            if binding.section != section {
                section = binding.section
                if !lines.isEmpty { lines.append(("", false)) }
                lines.append((section, true))
            }
            let keys = binding.keys.map(\.label).joined(separator: " ")
            let padded = keys + String(repeating: " ", count: max(1, 18 - DisplayWidth.of(keys)))
            let summary = binding.summary + String(repeating: " ", count: max(1, 34 - DisplayWidth.of(binding.summary)))
            lines.append(("  " + padded + summary + ":" + binding.command, false))
        }
        lines.append(("", false))
        lines.append(("Commands", true))
        lines.append(("  :ns NAME  :wl NS/NAME  :theme NAME|PATH  :horizon 24h|7d|30d|1y  :filter RE  :goto TIME", false))
        return lines
    }

    /// Draws the overlay centred in `area`, in one or two columns, as far as it fits.
    package func render(in area: Rect, into grid: inout CellGrid) {
        let content = lines()
        let columnWidth = 64
        let columns = area.width >= 2 * columnWidth + 4 && content.count + 2 > area.height - 2 ? 2 : 1
        let perColumn = (content.count + columns - 1) / columns
        let boxWidth = min(area.width - 2, columns * columnWidth + 2 + (columns - 1) * 2)
        let boxHeight = min(area.height - 2, perColumn + 3)
        guard boxWidth > 10, boxHeight > 3 else { return }
        let box = Rect(x: area.x + (area.width - boxWidth) / 2, y: area.y + (area.height - boxHeight) / 2, width: boxWidth, height: boxHeight)
        grid.fill(box, role: .text)
        drawFrame(box, grid: &grid)
        grid.write(" Help: any key closes ", x: box.x + 2, y: box.y, maxWidth: box.width - 4, role: .header)
        for (index, line) in content.enumerated() {
            let column = index / perColumn
            let row = index % perColumn
            guard row < box.height - 2 else { continue }
            let x = box.x + 2 + column * (columnWidth + 2)
            grid.write(line.text, x: x, y: box.y + 1 + row, maxWidth: min(columnWidth, box.maxX - 1 - x), role: line.isSection ? .header : .text)
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
