import MeshtopDashboard
import Testing

/// The mode label in the title bar, and the data age beside the time that only live data has.
struct ModeLabelTests {
    @Test(arguments: [
        (TimeStatus.Mode.snapshot, "SNAPSHOT"), (.live, "LIVE"), (.stale, "STALE"),
    ])
    func `the label names the mode`(mode: TimeStatus.Mode, label: String) {
        var state = AppState(width: 100, height: 30, ascii: true, themeName: "default")
        state.time = TimeStatus(mode: mode)
        let title = DashboardRenderer.render(state).plainText().split(separator: "\n").first ?? ""
        #expect(title.hasSuffix(" " + label))
    }
}
