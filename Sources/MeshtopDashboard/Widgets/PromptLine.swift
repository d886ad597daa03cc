/// The line at the bottom where `/` filters, `:` commands and go-to-time are typed, or key hints shown.
package struct PromptLine {
    /// The open prompt, or nil to show hints.
    package var prompt: Prompt?
    /// Hints shown when no prompt is open: key and what it does.
    package var hints: [(key: String, action: String)]

    /// Creates a prompt line.
    package init(prompt: Prompt?, hints: [(key: String, action: String)]) {
        self.prompt = prompt
        self.hints = hints
    }

    /// Draws the prompt with a cursor block, or the hints as far as they fit.
    package func render(in area: Rect, into grid: inout CellGrid) {
        guard !area.isEmpty else { return }
        grid.fill(area.row(0), role: .text)
        if let prompt {
            var x = area.x
            x += grid.write(prompt.label, x: x, y: area.y, maxWidth: area.maxX - x, role: .prompt)
            let text = prompt.text
            let room = area.maxX - x - 1
            let shown = DisplayWidth.of(text) > room ? String(text.suffix(max(0, room))) : text
            x += grid.write(shown, x: x, y: area.y, maxWidth: room, role: .prompt)
            grid.write(" ", x: x, y: area.y, maxWidth: 1, role: .prompt, attributes: .reverse)
            return
        }
        var x = area.x
        for hint in hints {
            let needed = DisplayWidth.of(hint.key) + DisplayWidth.of(hint.action) + 3
            guard x + needed <= area.maxX else { break }
            x += grid.write(hint.key, x: x, y: area.y, role: .key)
            x += grid.write(":" + hint.action + "  ", x: x, y: area.y, role: .dim)
        }
    }
}
