import MeshtopTelemetry

extension AppState {
    /// The state after an event: the dashboard's whole behaviour, with no terminal involved.
    package static func reduce(_ state: AppState, _ event: AppEvent) -> AppState {
        var next = state
        next.apply(event)
        return next
    }

    /// Applies an event in place.
    package mutating func apply(_ event: AppEvent) {
        switch event {
        case .key(let key):
            handle(key)
        case .resize(let newWidth, let newHeight):
            width = newWidth
            height = newHeight
            clampCursor()
        case .model(let newModel):
            replaceModel(newModel)
            clampCursor()
        case .tick(let wallClock):
            now = wallClock
        case .click(let x, let y):
            click(x: x, y: y)
        case .scroll(let lines):
            if showHelp {
                helpOffset = max(0, helpOffset + lines)
            } else {
                move(by: lines)
            }
        case .time(let status):
            time = status
        case .message(let newMessage):
            message = newMessage
        case .recording(let status):
            recording = status
        }
    }

    private mutating func handle(_ key: Key) {
        if prompt != nil {
            edit(key)
            return
        }
        if showHelp {
            switch keyMap.action(for: key) {
            case .moveDown: helpOffset += 1
            case .moveUp: helpOffset = max(0, helpOffset - 1)
            case .pageDown: helpOffset += max(1, height - 4)
            case .pageUp: helpOffset = max(0, helpOffset - max(1, height - 4))
            default: showHelp = false
            }
            return
        }
        guard let action = keyMap.action(for: key) else {
            message = StatusMessage("\(key.label) does nothing here: ? lists the keys")
            return
        }
        perform(action)
    }

    /// Carries out an action, from a key or a command.
    package mutating func perform(_ action: Action) {
        message = nil
        switch action {
        case .moveUp: move(by: -1)
        case .moveDown: move(by: 1)
        case .pageUp: move(by: -max(1, layout.bodyHeight))
        case .pageDown: move(by: max(1, layout.bodyHeight))
        case .top: move(to: 0)
        case .bottom: move(to: Int.max)
        case .drillDown: drillDown()
        case .up: goUp()
        case .back: goBack()
        case .forward: goForward()
        case .filter: prompt = .filter(filter?.typed ?? "")
        case .clearFilter: filter = nil
        case .sortPrevious: shiftSort(by: -1)
        case .sortNext: shiftSort(by: 1)
        case .reverseSort: reverseSort()
        case .nextPane: focusPane(by: 1)
        case .previousPane: focusPane(by: -1)
        case .show(let kind): show(kind)
        case .commandLine: prompt = .command("")
        case .help:
            showHelp.toggle()
            helpOffset = 0
        case .cycleHorizon: horizon = horizon.next
        case .goToTime: prompt = .goToTime("")
        case .time(let timeAction): requests.append(.time(timeAction))
        case .toggleRecording: requests.append(.toggleRecording)
        case .copyRow:
            guard let row = rows().row(at: cursor.selected), let first = row.cells.first?.text, !first.isEmpty else {
                return message = StatusMessage("no row to copy")
            }
            if let yaml = row.copyText {
                requests.append(.copy(yaml))
                return message = StatusMessage(
                    "copied the YAML of \(TerminalSafeText.escape(first, form: .cells))'s step"
                )
            }
            let name = TerminalSafeText.escape(first, form: .cells)
            requests.append(.copy(name))
            message = StatusMessage("copied \(name) to the terminal's clipboard")
        case .exportTable:
            let table = rows()
            let stamp = Format.clock(milliseconds: referenceTime).filter { $0.isNumber }
            let name = "meshtop-\(location.kind.title)-\(pane.rawValue)-\(stamp).csv"
            requests.append(.export(fileName: name, contents: TableCSV.text(of: table)))
        case .quit: shouldQuit = true
        }
    }

    /// The frame layout of the current screen and size.
    package var layout: FrameLayout {
        FrameLayout(location: location, width: width, height: height, hasTimeline: model.timeline != nil)
    }

    // MARK: Selection

    mutating func move(by delta: Int) {
        let current = cursor.selected
        move(to: delta < 0 ? max(0, current + delta) : current > Int.max - delta ? Int.max : current + delta)
    }

    mutating func move(to position: Int) {
        var newCursor = cursor
        newCursor.selected = position
        cursor = newCursor
        clampCursor()
    }

    /// Keeps the selection within the rows and scrolls so that it is visible.
    mutating func clampCursor() {
        let count = rows().count
        var newCursor = cursor
        newCursor.selected = max(0, min(newCursor.selected, count - 1))
        let page = max(1, layout.bodyHeight)
        if newCursor.selected < newCursor.offset { newCursor.offset = newCursor.selected }
        if newCursor.selected >= newCursor.offset + page { newCursor.offset = newCursor.selected - page + 1 }
        newCursor.offset = max(0, min(newCursor.offset, max(0, count - page)))
        cursor = newCursor
    }

    // MARK: Navigation

    mutating func drillDown() {
        guard let target = rows().row(at: cursor.selected)?.target else { return }
        go(to: target)
    }

    /// Shows a location, remembering the current one for `back`.
    package mutating func go(to target: Location) {
        guard target != location else { return }
        history.append(location)
        if history.count > 64 { history.removeFirst() }
        forwardHistory.removeAll()
        location = target
        clampCursor()
    }

    /// Goes up one level of the breadcrumb: a workload's namespace, a namespace's mesh.
    mutating func goUp() {
        guard let parent = location.parent else { return message = StatusMessage("at the top: the mesh overview") }
        go(to: parent)
    }

    mutating func goBack() {
        guard let previous = history.popLast() else { return message = StatusMessage("no earlier screen") }
        forwardHistory.append(location)
        location = previous
        clampCursor()
    }

    mutating func goForward() {
        guard let next = forwardHistory.popLast() else { return message = StatusMessage("no later screen") }
        history.append(location)
        location = next
        clampCursor()
    }

    mutating func show(_ kind: ScreenKind) {
        let screen = kind.screen
        guard let entry = screen.entry(from: self) else {
            return message = StatusMessage(screen.nothingToShow, isError: true)
        }
        go(to: entry)
    }

    /// Where the highlighted row leads, if anywhere.
    var highlighted: Location? { rows().row(at: cursor.selected)?.target }

    /// The current or most recently visited screen that `matches`.
    func lastVisited(where matches: (Location) -> Bool) -> Location? {
        ([location] + history.reversed()).first(where: matches)
    }

    mutating func focusPane(by delta: Int) {
        let count = location.panes.count
        guard count > 1 else { return }
        focusedPane[location] = ((focusedPane[location] ?? 0) + delta + count) % count
        clampCursor()
    }

    // MARK: Sorting

    mutating func shiftSort(by delta: Int) {
        let table = rows()
        let count = table.data.columns.count
        let column = ((table.sort.column + delta) % count + count) % count
        let first = table.data.sortKeys(column: column).first
        let numeric = first.map { if case .number = $0 { true } else { false } } ?? false
        sorts[pane] = SortOrder(column: column, descending: numeric)
        message = StatusMessage("sorted by \(table.data.columns[column].title)")
    }

    mutating func reverseSort() {
        let current = rows().sort
        sorts[pane] = SortOrder(column: current.column, descending: !current.descending)
    }

    // MARK: Mouse

    mutating func click(x: Int, y: Int) {
        let frame = layout
        if frame.tabs.contains(column: x, line: y) {
            let counts = location.panes.map { rows(of: $0).count }
            for (index, span) in FrameLayout.tabSpans(location.panes, rowCounts: counts, x: frame.tabs.x).enumerated()
            where x >= span.x && x < span.x + span.width {
                focusedPane[location] = index
                clampCursor()
            }
        } else if frame.table.contains(column: x, line: y), y > frame.table.y {
            let position = cursor.offset + (y - frame.table.y - 1)
            guard position < rows().count else { return }
            if position == cursor.selected {
                drillDown()
            } else {
                move(to: position)
            }
        }
    }
}
