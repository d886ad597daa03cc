import MeshtopDashboard
import MeshtopModel
import Testing

struct TableLayoutTests {
    let columns = [
        ColumnLayout("NAME", min: 10, ideal: 20, priority: 0, flexible: true),
        ColumnLayout("RATE", min: 6, priority: 1, alignment: .right),
        ColumnLayout("TREND", min: 8, priority: 3),
        ColumnLayout("CERT", min: 8, priority: 2),
    ]

    @Test func columnsWithTheHighestPriorityNumberAreDroppedFirst() {
        #expect(Table.layout(columns, width: 35).map(\.index) == [0, 1, 2, 3])
        #expect(Table.layout(columns, width: 34).map(\.index) == [0, 1, 3])
        #expect(Table.layout(columns, width: 18).map(\.index) == [0, 1])
        #expect(Table.layout(columns, width: 5).map(\.index) == [0])
    }

    @Test func spareWidthGoesToFlexibleColumns() {
        let layout = Table.layout(columns, width: 60)
        #expect(layout.map(\.index) == [0, 1, 2, 3])
        #expect(layout.reduce(0) { $0 + $1.width } + 3 == 60)
        #expect(layout[0].width == 60 - 3 - 6 - 8 - 8)
    }

    @Test func onlyVisibleRowsAreRequested() {
        var requested: [Int] = []
        let table = Table(columns: columns, rowCount: 100_000, selected: 50_000, offset: 49_995) { index in
            requested.append(index)
            return [TableCell("row \(index)")]
        }
        var grid = CellGrid(width: 40, height: 11)
        table.render(in: grid.bounds, into: &grid)
        #expect(requested == Array(49_995..<50_005))
        #expect(grid.lines()[6].hasPrefix("row 50000"))
        #expect(grid[0, 6].attributes.contains(.reverse))
    }

    @Test func sortIndicatorShowsEvenWhenTheTitleIsCut() {
        let table = Table(columns: [ColumnLayout("PLAINTEXT", min: 5)], rowCount: 0, sort: (0, true)) { _ in [] }
        var grid = CellGrid(width: 5, height: 2)
        table.render(in: grid.bounds, into: &grid)
        #expect(grid.lines()[0] == "PLA…▼")
    }
}

struct WidgetTests {
    @Test func stackedBarWidthsSumToTheBarWidth() {
        #expect(StackedBar.widths(of: [92.7, 5.7, 1.6], width: 20) == [19, 1, 0])
        #expect(StackedBar.widths(of: [1, 1, 1], width: 10).reduce(0, +) == 10)
        #expect(StackedBar.widths(of: [0, 0], width: 10) == [0, 0])
    }

    @Test func sparklineKeepsNonZeroValuesAboveTheFloor() {
        #expect(Sparkline.levels([0, 0.01, 5, 10], levels: 8) == [0, 1, 4, 7])
        #expect(Sparkline.levels([0, 0], levels: 8) == [0, 0])
    }

    @Test func timelineMarkerSitsWhereTheCertificateExpires() {
        var grid = CellGrid(width: 11, height: 1)
        TimelineAxis(position: 0.5, role: .certWarning).render(in: grid.bounds, into: &grid)
        #expect(grid.lines() == ["─────◆─────"])
        TimelineAxis(position: -0.1, role: .certExpired).render(in: grid.bounds, into: &grid)
        #expect(grid.lines() == ["<──────────"])
    }

    @Test func certificateMarksFollowTheModelsLimitsAndAddSoonWithinTwiceTheWarning() {
        #expect(ExpiryMark(secondsLeft: -1) == ExpiryMark(.expired))
        #expect(ExpiryMark(secondsLeft: 0) == ExpiryMark(.expired))
        #expect(ExpiryMark(secondsLeft: 3_600) == ExpiryMark(.critical))
        #expect(ExpiryMark(secondsLeft: 86_400) == ExpiryMark(.critical))
        #expect(ExpiryMark(secondsLeft: 3 * 86_400) == ExpiryMark(.warning))
        #expect(ExpiryMark(secondsLeft: 7 * 86_400) == ExpiryMark(.warning))
        #expect(ExpiryMark(secondsLeft: 10 * 86_400).word == "SOON")
        #expect(ExpiryMark(secondsLeft: 20 * 86_400) == ExpiryMark(.ok))
        let workload = Thresholds().certificateLimits(of: .workload)
        #expect(ExpiryMark(secondsLeft: 3 * 3_600, limits: workload).word == "SOON")
        let model = Thresholds().urgency(of: .workload, secondsLeft: 90 * 60)
        #expect(ExpiryMark(secondsLeft: 90 * 60, limits: workload).urgency == model)
        #expect(ExpiryMark.legend.map(\.word) == ["EXPIRED", "CRIT", "WARN", "SOON", "OK"])
        #expect(ExpiryMark.legend == ExpiryMark.legend.sorted(by: >))
    }

    @Test func aHugeWarningLimitSaturatesTheNoticeStepInsteadOfTrapping() {
        let limits = CertificateLimits(warning: .max, critical: 1)
        #expect(limits.notice == .max)
        #expect(ExpiryMark(secondsLeft: .max, limits: limits) == ExpiryMark(.warning))
    }

    @Test func clockFormatsUnixMillisecondsAsUTC() {
        #expect(Format.clock(milliseconds: 0) == "1970-01-01 00:00:00")
        #expect(Format.clock(milliseconds: SampleModel.now) == "2026-08-21 14:02:15")
        #expect(Format.duration(seconds: 90_061) == "1d 1h")
    }
}

struct ModeColumnTests {
    @Test func modeColumnIsLeftOutWhenNoPolicyGaveAnyMode() {
        var model = DashboardModel(dataTime: SampleModel.now)
        model.namespaces = [
            NamespaceFigures(name: "a", requests: ClassCounts(plaintext: 1)), NamespaceFigures(name: "b"),
        ]
        let withoutModes = AppState(model: model, width: 100, height: 30).rows()
        #expect(!withoutModes.data.columns.map(\.title).contains("MODE"))
        #expect(withoutModes.data.columns[withoutModes.sort.column].title == "PLAIN/S")
        let withModes = SampleModel.state(width: 100, height: 30).rows()
        #expect(withModes.data.columns[1].title == "MODE")
        #expect(withModes.data.columns[withModes.sort.column].title == "PLAIN/S")
    }
}

/// Columns follow their content: a wide terminal does not stretch a short name column.
struct ContentWidthLayoutTests {
    @Test func `no column grows past its widest text, and the figures sit next to the names`() {
        let columns = [
            ColumnLayout("NAMESPACE", min: 10, ideal: 20, priority: 0, flexible: true),
            ColumnLayout("REQ/S", min: 7, priority: 1, alignment: .right),
        ]
        let stretched = Table.layout(columns, width: 200)
        #expect(stretched[0].width > 100)
        let fitted = Table.layout(columns, width: 200, contentWidths: [14, 5])
        #expect(fitted[0].width == 14)
        #expect(fitted[1].x == 15)
        // A long name still gets the room it needs, up to what the terminal has.
        #expect(Table.layout(columns, width: 60, contentWidths: [90, 5])[0].width == 52)
    }

    @Test func onlyColumnsThatCanGrowAreMeasuredAndEachOnlyUpToTheWidestItCanBeShown() {
        var limits: [Int] = []
        let data = TableData(
            columns: [
                ColumnLayout("FIXED", min: 5),
                ColumnLayout("IDEAL", min: 5, ideal: 12),
                ColumnLayout("FLEX", min: 5, flexible: true),
            ],
            rowCount: 3,
            defaultSort: .init(column: 0, descending: false),
            emptyText: "",
            row: { _ in RowData(cells: []) },
            sortKeys: { _ in [] },
            measure: { asked in
                limits = asked
                return asked.map { min($0, 7) }
            }
        )
        #expect(data.contentWidths == [0, 7, 7])
        #expect(limits == [0, 12, 200])
    }

    @Test func aLongNameOnTheLastRowStillWidensItsColumn() throws {
        var model = SampleModel.model
        let names = (0..<300).map { "cert-\($0)" } + ["a-certificate-name-that-is-long"]
        model.certificates = names.enumerated().map { position, name in
            CertificateSummary(
                namespace: "payments",
                workload: nil,
                kind: "x509",
                expiresAt: SampleModel.now + Int64(position) * SampleModel.hour,
                name: name
            )
        }
        var state = AppState(model: model, width: 200, height: 30)
        state.location = .certificates
        let owner = try #require(state.rows().data.columns.firstIndex { $0.title == "OWNER" })
        #expect(state.rows().contentWidths[owner] >= 22)
    }
}
