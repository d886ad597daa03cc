import MeshtopDashboard
import MeshtopModel
import Testing

/// Screens by number open what is highlighted; Esc goes up the breadcrumb; `[` and `]` walk the history.
struct NavigationTests {
    func state(_ keys: [Key]) -> AppState {
        keys.reduce(SampleModel.state(width: 100, height: 30)) { AppState.reduce($0, .key($1)) }
    }

    func selected(_ state: AppState) -> Location? { state.rows().row(at: state.cursor.selected)?.target }

    @Test func `2 opens the highlighted namespace, not the first one`() throws {
        let moved = state([.down])
        let highlighted = try #require(selected(moved))
        #expect(highlighted != state([]).rows().row(at: 0)?.target)
        #expect(state([.down, .character("2")]).location == highlighted)
    }

    @Test func `3 opens the highlighted workload, and 2 from there its namespace`() throws {
        let inNamespace = state([.enter, .down])
        guard case .workload(let id) = try #require(selected(inNamespace)) else {
            Issue.record("the namespace screen's rows lead to workloads")
            return
        }
        #expect(state([.enter, .down, .character("3")]).location == .workload(id))
        #expect(state([.enter, .down, .character("3"), .character("2")]).location == .namespace(id.namespace))
    }

    @Test func `escape goes up one level whatever the history`() {
        // mesh → alerts → mesh → namespace → workload: Esc from the workload is its namespace, then the mesh.
        let deep = state([.character("4"), .character("1"), .enter, .enter])
        #expect(deep.location == .workload(SampleModel.api))
        let up = AppState.reduce(deep, .key(.escape))
        #expect(up.location == .namespace("payments"))
        let top = AppState.reduce(up, .key(.escape))
        #expect(top.location == .mesh)
        let stay = AppState.reduce(top, .key(.escape))
        #expect(stay.location == .mesh)
        #expect(stay.message?.text.contains("at the top") == true)
    }

    @Test func `brackets walk back and forward through the screens visited`() {
        let visited = state([.character("4"), .character("5"), .character("6")])
        #expect(visited.location == .edges)
        let back = state([.character("4"), .character("5"), .character("6"), .character("["), .character("[")])
        #expect(back.location == .alerts)
        let forward = AppState.reduce(back, .key(.character("]")))
        #expect(forward.location == .certificates)
        // Going somewhere new forgets the screens ahead.
        let elsewhere = AppState.reduce(AppState.reduce(forward, .key(.character("1"))), .key(.character("]")))
        #expect(elsewhere.location == .mesh)
        #expect(elsewhere.message?.text == "no later screen")
    }

    @Test func `a key that does nothing says so, and F10 quits`() {
        let idle = state([.character("Z")])
        #expect(idle.message?.text == "Z does nothing here: ? lists the keys")
        #expect(state([.function(10)]).shouldQuit)
    }
}

/// The `:` prompt remembers what was run and completes words with Tab.
struct CommandPromptTests {
    func typing(_ text: String) -> [Key] { text.map { Key.character($0) } }

    func state(_ keys: [Key]) -> AppState {
        keys.reduce(SampleModel.state(width: 100, height: 30)) { AppState.reduce($0, .key($1)) }
    }

    @Test func `up and down recall earlier command lines`() {
        let keys = [.character(":")] + typing("certs") + [.enter, .character(":")] + typing("alerts") + [.enter]
        let recalled = state(keys + [.character(":"), .up])
        #expect(recalled.prompt == .command("alerts"))
        #expect(state(keys + [.character(":"), .up, .up]).prompt == .command("certs"))
        #expect(state(keys + [.character(":"), .up, .up, .down]).prompt == .command("alerts"))
        #expect(state(keys + [.character(":"), .up, .down]).prompt == .command(""))
    }

    @Test func `tab completes commands, namespaces and workloads`() {
        #expect(state([.character(":")] + typing("cer") + [.tab]).prompt == .command("certs "))
        #expect(state([.character(":")] + typing("ns pay") + [.tab]).prompt == .command("ns payments"))
        let workload = state([.character(":")] + typing("wl payments/a") + [.tab])
        #expect(workload.prompt == .command("wl payments/api"))
        // Several matches complete their common prefix and are listed.
        let several = state([.character(":")] + typing("ho") + [.tab])
        #expect(several.prompt?.text.hasPrefix("ho") == true)
        let completed = state([.character(":")] + typing("ns pay") + [.tab, .enter])
        #expect(completed.location == .namespace("payments"))
    }

    @Test func `completion lists the choices when they differ`() {
        let completion = CommandCompletion(
            commands: ["next", "nextalert", "nextpane"],
            namespaces: [],
            workloads: [],
            horizons: []
        )
        let result = completion.complete("ne")
        #expect(result.text == "next")
        #expect(result.candidates == ["next", "nextalert", "nextpane"])
    }
}

/// Screen 8 lists the sources with their figures and health.
struct SourcesScreenTests {
    @Test func `8 and :sources list every source with its health in words`() {
        var state = SampleModel.state(width: 160, height: 30)
        var model = state.model
        var healthy = SourceStatus(name: "http://10.0.0.7:15090/stats/prometheus")
        healthy.scrapes = 4
        healthy.samples = 1200
        healthy.samplesUsed = 90
        healthy.issues = 0
        healthy.lastScrape = SampleModel.now - 5_000
        model.sources = [healthy, SourceStatus(name: "ledger.stats", error: "stale since 14:00:00")]
        state.apply(.model(model))
        state.apply(.key(.character("8")))
        #expect(state.location == .sources)
        let screen = DashboardRenderer.render(state).plainText()
        #expect(screen.contains("mesh ▸ sources"))
        #expect(screen.contains("2 sources, 1 failing"))
        let row = screen.split(separator: "\n").first { $0.contains("15090") } ?? ""
        #expect(row.contains("http"))
        #expect(row.contains("1200"))
        #expect(row.contains(" 5s "))
        #expect(row.contains("ok"))
        #expect(screen.contains("stale since 14:00:00"))
        var typed = SampleModel.state(width: 160, height: 30)
        for key in [Key.character(":")] + "sources".map({ Key.character($0) }) + [.enter] { typed.apply(.key(key)) }
        #expect(typed.location == .sources)
    }
}

/// The mouse wheel scrolls tables and the help.
struct MouseWheelTests {
    @Test func `the wheel moves the selection three rows a notch, and scrolls the help when it is open`() {
        var state = SampleModel.state(width: 100, height: 30)
        state.apply(.key(.enter))
        state.apply(.scroll(lines: 3))
        #expect(state.cursor.selected == min(3, state.rows().count - 1))
        state.apply(.scroll(lines: -3))
        #expect(state.cursor.selected == 0)
        state.apply(.key(.character("?")))
        state.apply(.scroll(lines: 3))
        #expect(state.helpOffset == 3)
        #expect(state.showHelp)
    }
}

/// Enter on an alert opens what fired, since when, its state, its evidence and what to do.
struct AlertDetailTests {
    @Test func `enter on an alert opens its detail, and escape goes back to the list`() throws {
        var state = SampleModel.state(width: 120, height: 30)
        var model = state.model
        model.alerts[0].advice = "Give the callers a sidecar."
        state.apply(.model(model))
        state.apply(.key(.character("4")))
        let selected = try #require(state.rows().row(at: state.cursor.selected))
        guard case .alert(let id) = try #require(selected.target) else {
            Issue.record("an alert row opens the alert")
            return
        }
        state.apply(.key(.enter))
        #expect(state.location == .alert(id))
        let screen = DashboardRenderer.render(state).plainText()
        let alert = try #require(state.model.alerts.first { $0.id == id })
        #expect(screen.contains("mesh ▸ alerts ▸"))
        #expect(screen.contains(alert.resolvedAt == nil ? "firing" : "RESOLVED"))
        #expect(screen.contains("since"))
        #expect(screen.contains(String(alert.message.prefix(30))))
        if alert.id == model.alerts[0].id { #expect(screen.contains("What to do: Give the callers a sidecar.")) }
        state.apply(.key(.escape))
        #expect(state.location == .alerts)
    }

    @Test func `a resolved alert says when it resolved`() throws {
        var state = SampleModel.state(width: 120, height: 30)
        let resolved = try #require(state.model.alerts.first { $0.resolvedAt != nil })
        state.go(to: .alert(resolved.id))
        #expect(DashboardRenderer.render(state).plainText().contains("RESOLVED"))
    }
}
