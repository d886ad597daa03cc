import MeshtopDashboard
import Testing

/// Golden-screen tests: every screen at 80x24, 120x40, 160x48 and 200x60 with a fixed model.
struct ScreenSnapshotTests {
    static let sizes = [(80, 24), (120, 40), (160, 48), (200, 60)]

    static let locations: [(String, Location)] = [
        ("mesh", .mesh),
        ("namespace", .namespace("payments")),
        ("workload", .workload(SampleModel.api)),
        ("alerts", .alerts),
        ("certificates", .certificates),
        ("edges", .edges),
    ]

    @Test(arguments: locations.map(\.0))
    func screenMatchesItsSnapshotAtBothSizes(_ name: String) throws {
        let location = try #require(Self.locations.first { $0.0 == name }?.1)
        for (width, height) in Self.sizes {
            var state = SampleModel.state(width: width, height: height)
            state.go(to: location)
            try Snapshot.assertMatches(DashboardRenderer.render(state), named: "\(name)-\(width)x\(height)")
        }
    }

    @Test func replayShowsTheTimelineBarAndTheSampleTitle() throws {
        var state = SampleModel.state(width: 100, height: 24)
        var model = state.model
        let now = SampleModel.now
        model.timeline = TimelineMarks(
            first: now - 30 * 60_000,
            last: now,
            position: now - 15 * 60_000,
            alertStarts: [now - 30 * 60_000, now - 15 * 60_000 - 1],
            alertEnds: [now - 5 * 60_000]
        )
        model.rateWindowMilliseconds = 60_000
        state.apply(.model(model))
        state.apply(.time(TimeStatus(mode: .paused, frame: (60, 120))))
        state.title = "sample: PERMISSIVE → STRICT migration"
        try Snapshot.assertMatches(DashboardRenderer.render(state), named: "mesh-replay-100x24")
    }

    static let readinessLocations: [(String, Location)] = [
        ("readiness", .readiness),
        ("readiness-payments", .namespaceReadiness("payments")),
    ]

    @Test(arguments: readinessLocations.map(\.0))
    func readinessScreenMatchesItsSnapshotAtBothSizes(_ name: String) throws {
        let location = try #require(Self.readinessLocations.first { $0.0 == name }?.1)
        for (width, height) in Self.sizes {
            var state = SampleModel.stateWithPolicy(width: width, height: height)
            state.go(to: location)
            try Snapshot.assertMatches(DashboardRenderer.render(state), named: "\(name)-\(width)x\(height)")
        }
    }

    @Test func readinessBlockersPaneMatchesItsSnapshot() throws {
        var state = SampleModel.stateWithPolicy(width: 100, height: 20)
        state.go(to: .namespaceReadiness("payments"))
        state.apply(.key(.tab))
        #expect(state.pane == .blockers)
        try Snapshot.assertMatches(DashboardRenderer.render(state), named: "readiness-blockers-100x20")
    }

    @Test func readinessScreenWithoutPoliciesSaysHowToPassThem() throws {
        var state = SampleModel.state(width: 80, height: 24)
        state.go(to: .readiness)
        let text = DashboardRenderer.render(state).plainText()
        #expect(text.contains("No policies given: add --policies FILE|DIR|- (kubectl get pa,dr -A -o yaml)"))
        #expect(state.rows().count == 0)
        try Snapshot.assertMatches(DashboardRenderer.render(state), named: "readiness-nopolicy-80x24")
    }

    @Test func workloadPanesMatchTheirSnapshots() throws {
        var state = SampleModel.state(width: 100, height: 20)
        state.go(to: .workload(SampleModel.api))
        for pane in Location.workload(SampleModel.api).panes.dropFirst() {
            state.apply(.key(.tab))
            try Snapshot.assertMatches(DashboardRenderer.render(state), named: "workload-\(pane.rawValue)-100x20")
        }
    }

    @Test func helpOverlayMatchesItsSnapshot() throws {
        var state = SampleModel.state(width: 80, height: 24)
        state.apply(.key(.character("?")))
        try Snapshot.assertMatches(DashboardRenderer.render(state), named: "help-80x24")
    }

    @Test func asciiModeMatchesItsSnapshot() throws {
        let state = SampleModel.state(width: 80, height: 24, ascii: true)
        let grid = DashboardRenderer.render(state)
        #expect(grid.cells.allSatisfy { $0.symbol.unicodeScalars.allSatisfy(\.isASCII) })
        try Snapshot.assertMatches(grid, named: "mesh-ascii-80x24")
    }

    @Test func tooSmallTerminalSaysWhatItNeeds() {
        let grid = DashboardRenderer.render(SampleModel.state(width: 40, height: 8))
        let text = grid.plainText()
        #expect(text.contains("Terminal 40x8"))
        #expect(text.contains("needs 50x10"))
    }
}
