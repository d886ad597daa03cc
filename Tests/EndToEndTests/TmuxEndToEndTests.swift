import Foundation
import Testing

/// Drives the built `meshtop` binary in a private tmux server: keys, resize, quit.
@Suite(
    .serialized,
    .enabled(if: TmuxSession.tmux != nil, "tmux is not installed: skipping the end-to-end dashboard tests")
)
struct TmuxEndToEndTests {
    /// Starts meshtop on the bundled sample; the shell prints its exit status when it ends.
    func start(_ arguments: String = "", width: Int = 100, height: Int = 30, in directory: URL? = nil) throws
        -> TmuxSession
    {
        let path = MeshtopBinary.url.path
        try #require(FileManager.default.isExecutableFile(atPath: path), "no meshtop binary at \(path)")
        let session = try TmuxSession(
            command:
                "cd '\((directory ?? MeshtopBinary.packageRoot).path)' && '\(path)' \(arguments); echo EXIT=$?; sleep 60",
            width: width,
            height: height
        )
        // The first frame comes before the data; wait until the status bar shows the data's time.
        try session.waitFor("the first data") { $0.contains("NAMESPACE") && $0.contains(" data 2") }
        return session
    }

    @Test func startsOnTheMeshOverviewAndQuitsWithQ() throws {
        let session = try start()
        let screen = try session.capture()
        #expect(screen.hasPrefix(" mesh "))
        // With no arguments the bundled sample recording plays.
        #expect(screen.contains("REPLAY"))
        try session.send("q")
        try session.waitFor("EXIT=0")
    }

    @Test func numberKeysSwitchScreensBracketsWalkTheHistoryAndEscapeGoesUp() throws {
        let session = try start()
        try session.send("4")
        try session.waitFor("mesh ▸ alerts")
        try session.send("5")
        try session.waitFor("mesh ▸ certificates")
        try session.send("[", literal: true)
        try session.waitFor("mesh ▸ alerts")
        try session.send("]", literal: true)
        try session.waitFor("mesh ▸ certificates")
        try session.send("Escape")
        try session.waitFor("the mesh overview again") { $0.hasPrefix(" mesh  ") }
        try session.send("BSpace")
        try session.waitFor("at the top: the mesh overview")
        try session.send("q")
        try session.waitFor("EXIT=0")
    }

    @Test func controlSWritesTheTableShownToACSVFileInTheWorkingDirectory() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let recording = MeshtopBinary.packageRoot.appendingPathComponent("sample-telemetry/mesh.mtrec.gz").path
        let session = try start("replay '\(recording)' --at +10m", in: directory)
        try session.send("C-s")
        try session.waitFor("wrote meshtop-mesh-namespaces-")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".csv") }
        #expect(files.count == 1)
        let csv = try String(contentsOf: directory.appendingPathComponent(files[0]), encoding: .utf8)
        #expect(csv.hasPrefix("NAMESPACE,"))
        #expect(csv.contains("payments,"))
        try session.send("q")
        try session.waitFor("EXIT=0")
    }

    @Test func enterDrillsDownToANamespaceAndAWorkloadAndEscapeComesBack() throws {
        let session = try start()
        func crumbs(_ screen: String) -> Int {
            (screen.split(separator: "\n").first ?? "").components(separatedBy: "▸").count - 1
        }
        try session.send("Enter")
        try session.waitFor("the namespace screen") { crumbs($0) == 1 && $0.contains("WORKLOAD") }
        try session.send("Enter")
        try session.waitFor("the workload screen") { crumbs($0) == 2 && $0.contains("Inbound [") }
        try session.send("Tab")
        try session.waitFor("the outbound pane") { $0.contains("TO ") }
        try session.send("Escape")
        try session.waitFor("the namespace screen again") { crumbs($0) == 1 }
        try session.send("q")
        try session.waitFor("EXIT=0")
    }

    @Test func timeKeysPauseStepAndRewindTheReplay() throws {
        let session = try start()
        try session.send("Space")
        try session.waitFor("PAUSED")
        try session.send("R")
        try session.waitFor("PAUSED 1/")
        try session.send("t")
        try session.waitFor("PAUSED 2/")
        try session.send("E")
        let end = try session.waitFor("the last frame") { screen in
            guard let title = screen.split(separator: "\n").first, let range = title.range(of: "PAUSED ") else {
                return false
            }
            let frame = title[range.upperBound...].split(separator: " ").first ?? ""
            let parts = frame.split(separator: "/")
            return parts.count == 2 && parts[0] == parts[1]
        }
        #expect(end.contains("PAUSED"))
        try session.send("q")
        try session.waitFor("EXIT=0")
    }

    @Test func helpOverlayOpensAndAnyKeyClosesIt() throws {
        let session = try start()
        try session.send("?")
        try session.waitFor("Help: j/k scroll")
        try session.send("x")
        try session.waitFor("help closed") { !$0.contains("Help: j/k scroll") }
        try session.send("q")
        try session.waitFor("EXIT=0")
    }

    @Test func filterPromptShowsWhatIsTypedAndStaysActive() throws {
        let session = try start()
        try session.send("/")
        try session.send("pay", literal: true)
        try session.waitFor("/pay")
        try session.send("Enter")
        try session.waitFor("filter /pay")
        try session.send("C-u")
        try session.waitFor("filter cleared") { !$0.contains("filter /pay") }
        try session.send("q")
        try session.waitFor("EXIT=0")
    }

    @Test func sortKeysMoveTheSortColumn() throws {
        let session = try start()
        try session.send(">")
        try session.waitFor("sorted by UNKN")
        try session.send("q")
        try session.waitFor("EXIT=0")
    }

    @Test func themeCommandSwitchesThemesAndReportsUnknownOnes() throws {
        let session = try start()
        try session.send(":")
        try session.send("theme light", literal: true)
        try session.send("Enter")
        try session.waitFor("theme light")
        try session.send(":")
        try session.send("theme no-such-theme", literal: true)
        try session.send("Enter")
        try session.waitFor("no theme 'no-such-theme'")
        try session.send("q")
        try session.waitFor("EXIT=0")
    }

    @Test func resizingRedrawsAndSmallTerminalsSayWhatTheyNeed() throws {
        let session = try start(width: 100, height: 30)
        try session.resize(width: 130, height: 30)
        // The mode ("REPLAY 3/120 ▶ 4x") ends one column from the right edge (capture-pane drops trailing spaces).
        try session.waitFor("a 130-column title line") { screen in
            let title = screen.split(separator: "\n").first ?? ""
            return title.hasSuffix("x") && title.count == 129
        }
        try session.resize(width: 40, height: 8)
        try session.waitFor("needs 50x10")
        try session.resize(width: 90, height: 25)
        try session.waitFor("NAMESPACE")
        try session.send("q")
        try session.waitFor("EXIT=0")
    }

    @Test func controlCQuitsWithTheInterruptStatusAndRestoresTheTerminal() throws {
        let session = try start()
        try session.send("C-c")
        // Ctrl-C is SIGINT in the dashboard's cbreak mode: it ends the dashboard as 128 + 2, as a shell says.
        let screen = try session.waitFor("EXIT=130")
        // After endwin the shell's output appears on a normal screen below, not inside the dashboard.
        #expect(!screen.contains("NAMESPACE") || screen.contains("EXIT=130"))
    }

    @Test func onceRendersAFrameWithoutATerminal() throws {
        let output = try run(MeshtopBinary.url.path, ["--once", "--width", "70", "--height", "12"])
        #expect(output.status == 0)
        #expect(output.text.split(separator: "\n", omittingEmptySubsequences: false).count == 13)
        #expect(output.text.hasPrefix(" mesh "))
    }

    @Test func refusesToRunWithoutATerminal() throws {
        let output = try run(MeshtopBinary.url.path, [])
        #expect(output.status == 2)
    }

    /// Runs the binary from the package root with `arguments`; standard input is empty.
    static func run(_ arguments: [String]) throws -> (status: Int32, text: String) {
        try TmuxEndToEndTests().run(MeshtopBinary.url.path, arguments)
    }

    private func run(_ path: String, _ arguments: [String]) throws -> (status: Int32, text: String) {
        let result = try ProcessCapture.run(URL(fileURLWithPath: path), arguments, in: MeshtopBinary.packageRoot)
        return (result.status, result.output)
    }
}
