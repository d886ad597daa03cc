import MeshtopDashboard
import MeshtopModel
import Testing

struct ReducerTests {
    func state(_ keys: [Key], width: Int = 100, height: Int = 30) -> AppState {
        keys.reduce(SampleModel.state(width: width, height: height)) { AppState.reduce($0, .key($1)) }
    }

    func selectedText(_ state: AppState) -> String? {
        state.rows().row(at: state.cursor.selected)?.cells.first?.text
    }

    @Test func startsOnTheMeshOverviewWithTheWorstNamespaceFirst() {
        let start = state([])
        #expect(start.location == .mesh)
        #expect(selectedText(start) == "payments")
    }

    @Test func enterDrillsDownAndEscapeComesBack() {
        let inWorkload = state([.enter, .enter])
        #expect(inWorkload.location == .workload(SampleModel.api))
        #expect(state([.enter, .enter, .escape]).location == .namespace("payments"))
        #expect(state([.enter, .enter, .escape, .backspace]).location == .mesh)
        #expect(state([.escape]).location == .mesh)
    }

    @Test func sevenAndTheReadyCommandOpenTheReadinessScreen() {
        #expect(state([.character("7")]).location == .readiness)
        let typed = state([.character(":")] + "ready".map { Key.character($0) } + [.enter])
        #expect(typed.location == .readiness)
        #expect(typed.history == [.mesh])
        #expect(KeyMap.standard.bindings.contains { $0.command == "ready" && $0.keys == [.character("7")] })
    }

    @Test func enterOnAReadinessRowListsTheNamespaceWorkloadsThenOpensOne() {
        var start = SampleModel.stateWithPolicy(width: 100, height: 30)
        start.apply(.key(.character("7")))
        #expect(start.rows().row(at: 0)?.cells.first?.text == "payments")
        start.apply(.key(.enter))
        #expect(start.location == .namespaceReadiness("payments"))
        #expect(start.rows().row(at: 0)?.cells.first?.text == "api")
        start.apply(.key(.enter))
        #expect(start.location == .workload(SampleModel.api))
    }

    @Test func capitalWAndTheRecordCommandAskToToggleTheRecording() {
        #expect(state([.character("W")]).requests == [.toggleRecording])
        #expect(state([.character("W"), .character("W")]).requests == [.toggleRecording, .toggleRecording])
        let typed = state([.character(":")] + "record".map { Key.character($0) } + [.enter])
        #expect(typed.requests == [.toggleRecording])
    }

    @Test func theStatusBarShowsTheRecordingInProgressUntilItStops() {
        var recording = SampleModel.state(width: 120, height: 24)
        recording.apply(.recording(RecordingStatus(file: "meshtop-20260821T140215Z.mtrec.gz", frames: 12)))
        let status = DashboardRenderer.render(recording).lines().last ?? ""
        #expect(status.hasPrefix(" ● REC meshtop-20260821T140215Z.mtrec.gz 12"))
        recording.apply(.recording(nil))
        #expect(!(DashboardRenderer.render(recording).lines().last ?? "").contains("REC"))
    }

    @Test func movementStaysWithinTheRows() {
        #expect(state([.character("j")]).cursor.selected == 1)
        #expect(state([.character("G")]).cursor.selected == 2)
        #expect(state([.character("G"), .down, .down]).cursor.selected == 2)
        #expect(state([.character("G"), .character("g")]).cursor.selected == 0)
        #expect(state([.up]).cursor.selected == 0)
    }

    @Test func pagingScrollsSoTheSelectionStaysVisible() {
        var many = DashboardModel()
        many.namespaces = (0..<200).map {
            NamespaceFigures(name: "ns\($0)", requests: ClassCounts(plaintext: Double($0)))
        }
        var state = AppState(model: many, width: 80, height: 24)
        state.apply(.key(.pageDown))
        state.apply(.key(.pageDown))
        let page = state.layout.bodyHeight
        #expect(state.cursor.selected == 2 * page)
        #expect(state.cursor.offset <= state.cursor.selected && state.cursor.selected < state.cursor.offset + page)
        state.apply(.key(.character("G")))
        #expect(state.cursor.selected == 199)
        #expect(state.cursor.offset == 200 - page)
    }

    @Test func filterIsARegexThatPersistsAcrossScreensUntilCleared() {
        var filtered = state([.character("/")] + "check".map { .character($0) } + [.enter])
        #expect(filtered.filter == RowFilter(typed: "check"))
        #expect(filtered.rows().count == 1)
        #expect(selectedText(filtered) == "checkout")
        filtered.apply(.key(.character("6")))
        #expect(filtered.location == .edges)
        #expect(filtered.rows().count == 1)
        filtered.apply(.key(.control("u")))
        #expect(filtered.rows().count == 4)
    }

    @Test func bangInvertsTheFilter() {
        let inverted = state([.character("/"), .character("!"), .character("^"), .character("p"), .enter])
        #expect(inverted.filter?.inverted == true)
        #expect(inverted.rows().order.count == 2)
        #expect(
            !inverted.rows().data.rows.indices.filter(inverted.rows().order.contains).contains {
                inverted.rows().data.rows[$0].cells[0].text == "payments"
            }
        )
    }

    @Test func escapeCancelsThePromptButKeepsTheLiveFilter() {
        let typed = state([.character("/"), .character("l"), .character("e"), .escape])
        #expect(typed.prompt == nil)
        #expect(typed.rows().count == 1)
    }

    @Test func sortKeysChangeColumnAndDirection() {
        let start = state([])
        #expect(start.rows().sort == AppState.SortOrder(column: 4, descending: true))
        let next = state([.character(">")])
        #expect(next.rows().sort.column == 5)
        let previous = state([.character("<"), .character("<"), .character("<"), .character("<")])
        #expect(previous.rows().sort.column == 0)
        #expect(selectedText(previous) == "checkout")
        #expect(
            selectedText(state([.character("<"), .character("<"), .character("<"), .character("<"), .character("r")]))
                == "payments"
        )
    }

    @Test func numberKeysSwitchScreensAndTabSwitchesPanes() {
        #expect(state([.character("4")]).location == .alerts)
        #expect(state([.character("5")]).location == .certificates)
        #expect(state([.character("2")]).location == .namespace("payments"))
        let panes = state([.enter, .tab])
        #expect(panes.pane == .plaintextInbound)
        #expect(state([.enter, .tab, .backTab]).pane == .workloads)
    }

    @Test func enterOnAnAlertOpensTheAlertThenAnEvidenceRowItsWorkload() {
        let detail = state([.character("4"), .enter])
        guard case .alert = detail.location else {
            Issue.record("Enter on an alert opens the alert, not \(detail.location)")
            return
        }
        #expect(detail.rows().count > 0)
        #expect(state([.character("4"), .enter, .enter]).location == .workload(SampleModel.api))
    }

    @Test func commandLineRunsCommands() {
        func run(_ line: String, from start: AppState? = nil) -> AppState {
            var state = start ?? self.state([])
            state.apply(.key(.character(":")))
            for character in line { state.apply(.key(.character(character))) }
            state.apply(.key(.enter))
            return state
        }
        #expect(run("ns checkout").location == .namespace("checkout"))
        #expect(run("certs").location == .certificates)
        #expect(run("edges").location == .edges)
        #expect(run("alerts").location == .alerts)
        #expect(run("wl payments/ledger").location == .workload(SampleModel.ledger))
        #expect(run("theme light").requests == [.theme("light")])
        #expect(run("horizon 30d").horizon == .month)
        #expect(run("q").shouldQuit)
        #expect(run("ns nowhere").message?.isError == true)
        #expect(run("reverse").rows().sort.descending == false)
    }

    @Test func timeKeysAreForwardedAsRequests() {
        let forwarded = state([
            .character("t"), .character("T"), .character(" "), .character("+"), .character("-"),
            .character("R"), .character("E"), .character("{"), .character("}"),
        ])
        #expect(
            forwarded.requests == [
                .time(.stepForward), .time(.stepBack), .time(.togglePlay), .time(.faster), .time(.slower),
                .time(.toStart), .time(.toEnd), .time(.previousAlert), .time(.nextAlert),
            ]
        )
        let jump = state([.character("b"), .character("-"), .character("5"), .character("m"), .enter])
        #expect(jump.requests == [.time(.goTo("-5m"))])
    }

    @Test func statusBarShowsTheModeAndFrameReportedByTheTimeOwner() {
        var replay = state([])
        replay.apply(.time(TimeStatus(mode: .replay, frame: (12, 240), speed: 2)))
        let top = DashboardRenderer.render(replay).lines()[0]
        #expect(top.hasSuffix("REPLAY 12/240 ▶ 2x "))
        #expect(!DashboardRenderer.render(replay).plainText().contains("(age "))
        #expect(DashboardRenderer.render(state([])).plainText().contains("data 2026-08-21 14:02:15 UTC (age 15s)"))
    }

    @Test func helpOpensWithQuestionMarkAndAnyKeyClosesIt() {
        #expect(state([.character("?")]).showHelp)
        #expect(!state([.character("?"), .character("x")]).showHelp)
        #expect(state([.character("?"), .character("q")]).shouldQuit == false)
        #expect(state([.character("q")]).shouldQuit)
    }

    @Test func clicksSelectRowsTabsAndOpenTheSelectedRow() {
        var clicked = state([.enter])
        let layout = clicked.layout
        clicked.apply(.click(x: 20, y: layout.tabs.y))
        #expect(clicked.pane == .plaintextInbound)
        clicked.apply(.click(x: 2, y: layout.table.y + 2))
        #expect(clicked.cursor.selected == 1)
        clicked.apply(.click(x: 2, y: layout.table.y + 2))
        #expect(clicked.location == .workload(SampleModel.batch))
    }

    @Test func aNewModelKeepsTheSelectionInRange() {
        var shrinking = state([.character("G")])
        var smaller = SampleModel.model
        smaller.namespaces.removeLast(2)
        shrinking.apply(.model(smaller))
        #expect(shrinking.cursor.selected == 0)
    }
}
