/// Draws the whole dashboard for a state into a grid: the only entry point screens need.
package enum DashboardRenderer {
    /// Renders one frame of `state` at its size.
    package static func render(_ state: AppState) -> CellGrid {
        var grid = CellGrid(width: state.width, height: state.height, glyphs: state.glyphs)
        if FrameLayout.isTooSmall(width: state.width, height: state.height) {
            drawTooSmall(state, grid: &grid)
            return grid
        }
        let layout = state.layout
        drawTitle(state, area: layout.title, grid: &grid)
        if let marks = state.model.timeline { TimelineBar(marks: marks).render(in: layout.timeline, into: &grid) }
        if !layout.summary.isEmpty { state.location.screen.drawSummary(state, area: layout.summary, grid: &grid) }
        drawTabs(state, area: layout.tabs, grid: &grid)
        drawTable(state, area: layout.table, grid: &grid)
        PromptLine(prompt: state.prompt, hints: state.keyMap.hints).render(in: layout.hints, into: &grid)
        drawStatus(state, area: layout.status, grid: &grid)
        if state.showHelp {
            HelpOverlay(keyMap: state.keyMap, offset: state.helpOffset).render(in: grid.bounds, into: &grid)
        }
        return grid
    }

    private static func drawTooSmall(_ state: AppState, grid: inout CellGrid) {
        let needed = FrameLayout.minimumSize
        let lines = [
            "Terminal \(state.width)x\(state.height)",
            "meshtop needs \(needed.width)x\(needed.height)",
            "q quits",
        ]
        for (index, line) in lines.enumerated() {
            let width = DisplayWidth.of(line)
            grid.write(
                line,
                x: max(0, (state.width - width) / 2),
                y: state.height / 2 - 1 + index,
                role: index == 0 ? .warning : .text
            )
        }
    }

    private static func drawTitle(_ state: AppState, area: Rect, grid: inout CellGrid) {
        grid.fill(area, role: .title)
        let mode = modeText(state)
        let modeWidth = DisplayWidth.of(mode)
        let crumbs = Breadcrumbs(location: state.location)
        // The title goes only where it fits whole beside the breadcrumbs and the mode.
        let title = state.title.map { $0 + "  " } ?? ""
        let titleWidth = DisplayWidth.of(title)
        let shownTitle = area.width - modeWidth - titleWidth >= 40 ? title : ""
        let crumbWidth = area.width - modeWidth - DisplayWidth.of(shownTitle) - 3
        grid.write(" ", x: area.x, y: area.y, maxWidth: 1, role: .title)
        crumbs.render(in: Rect(x: area.x + 1, y: area.y, width: crumbWidth, height: 1), into: &grid)
        grid.writeRight(mode, maxX: area.maxX - 1, y: area.y, role: .title, attributes: .bold)
        if !shownTitle.isEmpty {
            grid.writeRight(shownTitle, maxX: area.maxX - 1 - modeWidth, y: area.y, role: .title)
        }
    }

    /// The mode text: `SNAPSHOT`, `LIVE`, `STALE`, `PAUSED 12/240`, `REPLAY 12/240 ▶ 2x`.
    static func modeText(_ state: AppState) -> String {
        var text = state.time.mode.rawValue
        if let frame = state.time.frame { text += " \(frame.index)/\(frame.count)" }
        if state.time.mode == .replay { text += " " + state.glyphs.playing }
        if state.time.mode == .paused { text += " " + state.glyphs.paused }
        if state.time.speed != 1 {
            let speed = state.time.speed
            text += speed == speed.rounded() ? " \(Int(speed))x" : " \(Format.rate(speed))x"
        }
        return text
    }

    private static func drawTabs(_ state: AppState, area: Rect, grid: inout CellGrid) {
        guard !area.isEmpty else { return }
        let panes = state.location.panes
        let counts = panes.map { state.rows(of: $0).count }
        for span in FrameLayout.tabSpans(panes, rowCounts: counts, x: area.x) {
            let focused = span.pane == state.pane
            grid.write(
                span.label,
                x: span.x,
                y: area.y,
                maxWidth: area.maxX - span.x,
                role: focused ? .selection : .dim,
                attributes: focused ? [.reverse, .bold] : []
            )
        }
    }

    private static func drawTable(_ state: AppState, area: Rect, grid: inout CellGrid) {
        let resolved = state.rows()
        let cursor = state.cursor
        var table = Table(
            columns: resolved.data.columns,
            rowCount: resolved.count,
            selected: cursor.selected,
            offset: cursor.offset,
            sort: (resolved.sort.column, resolved.sort.descending),
            emptyText: state.filter == nil
                ? resolved.data.emptyText : "no rows match the filter /\(state.filter?.typed ?? "")"
        ) { position in
            resolved.row(at: position)?.cells ?? []
        }
        table.contentWidths = resolved.contentWidths
        table.render(in: area, into: &grid)
    }

    private static func drawStatus(_ state: AppState, area: Rect, grid: inout CellGrid) {
        var segments: [(text: String, role: StyleRole)] = []
        if let recording = state.recording { segments.append((recording.text(state.glyphs), .error)) }
        if let dataTime = state.model.dataTime {
            var text = "data " + state.zone.clock(dataTime) + " " + state.zone.name
            // Age against the wall clock only means something for live data, not a replayed past.
            if let now = state.now, state.time.mode == .live || state.time.mode == .stale {
                text += " (age " + Format.duration(seconds: max(0, now - dataTime) / 1000) + ")"
            }
            segments.append((text, .statusBar))
            if let window = state.model.rateWindowMilliseconds {
                segments.append(("rates over the last " + Format.duration(seconds: window / 1000), .statusBar))
            }
            if !state.model.timelineComplete { segments.append(("computing history…", .dim)) }
            let shapes = Set(state.model.sources.compactMap(\.telemetry)).sorted()
            if !shapes.isEmpty {
                let missing = state.model.unavailableNote == nil ? "" : ": no handshakes or certificates"
                segments.append(("telemetry " + shapes.joined(separator: "+") + missing, .statusBar))
            }
        } else {
            segments.append(("no data yet", .statusBar))
        }
        if let filter = state.filter {
            segments.append(("filter /" + filter.typed, .prompt))
        }
        let failing = state.model.sources.filter { $0.error != nil }
        for source in failing.prefix(2) {
            segments.append(("\(source.name): \(source.error ?? "")", .error))
        }
        if failing.count > 2 {
            segments.append(("+" + Format.counted(failing.count - 2, "failing source"), .error))
        }
        let right = state.message.map { ($0.text, $0.isError ? StyleRole.error : StyleRole.statusBar) }
        StatusBar(left: segments, right: right).render(in: area, into: &grid)
    }
}
