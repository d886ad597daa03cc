import MeshtopDashboard
import Testing

/// Figures fit their columns whole: rates keep one decimal while small, counts are whole, big values get a
/// unit suffix, and no value can trap the formatter.
struct FormatTests {
    @Test(arguments: [
        (0.0, "-"), (0.04, "<0.1"), (0.05, "0.1"), (1.25, "1.3"), (99.94, "99.9"), (99.96, "100"), (123.4, "123"),
        (9_999.4, "9999"), (12_345, "12.3k"), (123_556, "124k"), (999_400, "999k"), (1_234_567, "1.2M"),
        (5e9, "5.0G"), (1e300, ">999E"), (-2.5, "-2.5"), (.infinity, "∞"), (.nan, "?"),
    ])
    func `a rate fits in five columns`(value: Double, shown: String) {
        #expect(Format.rate(value, dashForZero: true) == shown)
        #expect(Format.rate(value).count <= 6)
    }

    @Test(arguments: [(40.0, "40"), (0.0, "-"), (0.4, "<1"), (9_999, "9999"), (10_000, "10.0k"), (2.5e7, "25.0M")])
    func `a count is whole`(value: Double, shown: String) {
        #expect(Format.count(value, dashForZero: true) == shown)
    }

    @Test(arguments: [
        (0.0, "0.0%"), (0.0004, "<0.1%"), (0.0006, "0.1%"), (0.9996, ">99.9%"), (1.0, "100.0%"), (0.5, "50.0%"),
    ])
    func `a share above zero never reads zero, one below one never reads a hundred`(share: Double, shown: String) {
        #expect(Format.percent(share) == shown)
    }

    @Test func `a share that is not a number is unknown`() {
        #expect(Format.percent(nil) == "-")
        #expect(Format.percent(.nan) == "-")
    }
}

/// Colour follows meaning: no plaintext is not drawn as plaintext, no data is not drawn as mTLS.
struct FigureColourTests {
    @Test func `an all-zero trend is dim and an unknown share is not green`() throws {
        var model = SampleModel.model
        model.namespaces = [NamespaceFigures(name: "quiet", workloadCount: 1, plaintextTrend: [0, 0, 0, 0])]
        let state = AppState(model: model, width: 120, height: 20)
        let grid = DashboardRenderer.render(state)
        let lines = grid.plainText().split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(lines.firstIndex { $0.hasPrefix("quiet") })
        let cells = (0..<grid.width).map { grid[$0, row] }
        let trend = cells.filter { ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"].contains($0.symbol) }
        #expect(!trend.isEmpty)
        #expect(trend.allSatisfy { $0.role == .dim })
        let line = String(lines[row])
        let dash = try #require(line.firstIndex(of: "-")).utf16Offset(in: line)
        #expect(cells[dash].role != .mtls)
    }
}

/// The help explains every column header any screen shows.
struct ColumnGlossaryTests {
    @Test func `every header of every screen is explained in one line that fits the help`() {
        var state = SampleModel.stateWithPolicy(width: 200, height: 50)
        var headers: Set<String> = []
        let locations: [Location] = [
            .mesh, .namespace("payments"), .workload(SampleModel.api), .alerts, .certificates, .edges, .readiness,
            .sources,
        ]
        for location in locations {
            state.go(to: location)
            for pane in location.panes {
                for column in state.rows(of: pane).data.columns { headers.insert(column.title) }
            }
        }
        let explained = Set(ColumnGlossary.entries.map(\.header))
        let names: Set<String> = [
            "NAMESPACE", "WORKLOAD", "SOURCE", "DESTINATION", "ALERT", "FROM", "TO", "WHAT IT MEANS",
        ]
        let unexplained = headers.subtracting(explained).subtracting(names)
        #expect(unexplained.isEmpty, "\(unexplained.sorted())")
        for line in ColumnGlossary.lines() { #expect(DisplayWidth.of(line) <= HelpOverlay.columnWidth) }
        #expect(HelpOverlay(keyMap: .standard).lines().contains { $0.text.hasPrefix("HSFAIL/S") })
    }
}

/// Ctrl-S hands the table shown to the executable as CSV.
struct TableExportTests {
    @Test func `ctrl-S exports the table as shown, filtered and sorted, as CSV`() throws {
        var state = SampleModel.state(width: 120, height: 30)
        state.apply(.key(.control("s")))
        guard case .export(let name, let csv) = try #require(state.requests.last) else {
            Issue.record("Ctrl-S asks for an export")
            return
        }
        #expect(name.hasPrefix("meshtop-mesh-namespaces-") && name.hasSuffix(".csv"))
        let lines = csv.split(separator: "\r\n").map(String.init)
        #expect(lines.first?.hasPrefix("NAMESPACE,") == true)
        #expect(lines.count == state.rows().count + 1)
        #expect(lines[1].hasPrefix("payments,"))
        // A filter narrows the export as it narrows the table.
        for key in [Key.character("/")] + "legacy".map({ Key.character($0) }) + [.enter] { state.apply(.key(key)) }
        state.apply(.key(.control("s")))
        guard case .export(_, let filtered) = try #require(state.requests.last) else { return }
        #expect(filtered.split(separator: "\r\n").count == 2)
    }
}

/// The help never cuts its own entries.
struct HelpOverlayTests {
    @Test func `every help line fits its column whole`() {
        for line in HelpOverlay(keyMap: .standard).lines() {
            #expect(DisplayWidth.of(line.text) <= HelpOverlay.columnWidth, "\(line.text)")
        }
    }
}

/// Durations read in their largest units.
struct DurationFormatTests {
    static let cases: [(Int64, String)] = [
        (42, "42s"), (3_720, "1h 2m"), (90_000, "1d 1h"), (150 * 86_400, "150d"), (365 * 86_400, "1y"),
        (430 * 86_400, "1y 2mo"), (3285 * 86_400, "9y"), (-90_000, "-1d 1h"),
    ]

    @Test(arguments: cases)
    func `a duration is shown in its two largest units`(seconds: Int64, shown: String) {
        #expect(Format.duration(seconds: seconds) == shown)
    }
}

/// `y` hands the selected row's name to the executable for the terminal's clipboard.
struct CopyRowTests {
    @Test func `y copies the selected row's name, never its control characters`() throws {
        var state = SampleModel.state(width: 120, height: 30)
        state.apply(.key(.character("y")))
        #expect(state.requests.last == .copy("payments"))
        state.apply(.key(.character("6")))
        state.apply(.key(.down))
        state.apply(.key(.character("y")))
        guard case .copy(let text) = try #require(state.requests.last) else { return }
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
    }
}
