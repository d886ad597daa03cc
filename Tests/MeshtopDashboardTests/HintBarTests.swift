import MeshtopDashboard
import Testing

/// The hint bar is generated from the key map in use, as the help overlay is.
struct HintBarTests {
    /// The line above the status bar, where hints are shown.
    func hintLine(keyMap: KeyMap) -> String {
        let state = AppState(model: SampleModel.model, width: 160, height: 30, keyMap: keyMap)
        let lines = DashboardRenderer.render(state).plainText().split(separator: "\n")
        return String(lines[lines.count - 2])
    }

    @Test func `the hint bar names every screen key the key map binds`() {
        let line = hintLine(keyMap: .standard)
        #expect(line.contains("1-\(ScreenKind.allCases.count):screens"))
        #expect(line.hasPrefix("?:help  Enter:open  Esc:back  /:filter  <>:sort  r:reverse  Tab:pane"))
    }

    @Test func `a rebound key shows in the hint bar under its new key`() throws {
        var keyMap = KeyMap.standard
        let quit = try #require(keyMap.bindings.firstIndex { $0.action == .quit })
        keyMap.bindings[quit].keys = [.function(10)]
        let line = hintLine(keyMap: keyMap)
        #expect(line.contains("F10:quit"))
        #expect(!line.contains("q:quit"))
    }

    @Test func `an unhinted binding stays out of the hint bar`() {
        var keyMap = KeyMap.standard
        keyMap.bindings.removeAll { $0.action == .help }
        #expect(!hintLine(keyMap: keyMap).contains("help"))
    }
}
