import MeshtopDashboard
import Testing

struct DashboardDriverTests {
    func driver(width: Int = 80, height: Int = 24) -> DashboardDriver {
        DashboardDriver(state: SampleModel.state(width: width, height: height), theme: .builtinDefault)
    }

    @Test func drawsOnceThenOnlyWhenSomethingChanged() {
        var driver = driver()
        let terminal = InMemoryTerminal(width: 80, height: 24)
        _ = driver.step(on: terminal, timeoutMilliseconds: 0)
        _ = driver.step(on: terminal, timeoutMilliseconds: 0)
        #expect(terminal.drawCount == 1)
        terminal.pendingEvents = [.key(.character("4"))]
        _ = driver.step(on: terminal, timeoutMilliseconds: 0)
        _ = driver.step(on: terminal, timeoutMilliseconds: 0)
        #expect(terminal.drawCount == 2)
        #expect(terminal.lastFrame?.grid.lines()[0].hasPrefix(" mesh ▸ alerts") == true)
    }

    @Test func queuedInputIsAppliedBeforeTheNextFrame() {
        var driver = driver()
        let terminal = InMemoryTerminal(
            width: 80,
            height: 24,
            events: [.key(.enter), .key(.enter), .resize(width: 120, height: 30)]
        )
        _ = driver.step(on: terminal, timeoutMilliseconds: 0)
        _ = driver.step(on: terminal, timeoutMilliseconds: 0)
        #expect(terminal.drawCount == 2)
        let frame = terminal.lastFrame?.grid
        #expect(frame?.width == 120 && frame?.height == 30)
        #expect(frame?.lines()[0].hasPrefix(" mesh ▸ payments ▸ api") == true)
    }

    @Test func requestsAreHandedToTheCallerOnce() {
        var driver = driver()
        let terminal = InMemoryTerminal(width: 80, height: 24, events: [.key(.character("t")), .key(.character(" "))])
        #expect(driver.step(on: terminal, timeoutMilliseconds: 0) == [.time(.stepForward), .time(.togglePlay)])
        #expect(driver.step(on: terminal, timeoutMilliseconds: 0).isEmpty)
    }

    @Test func monochromeTerminalsGetTheThemeWithoutColours() {
        var driver = driver()
        let terminal = InMemoryTerminal(width: 80, height: 24, colorDepth: .monochrome)
        _ = driver.step(on: terminal, timeoutMilliseconds: 0)
        let theme = terminal.lastFrame?.theme
        #expect(theme?.roles.values.allSatisfy { $0.fg == nil && $0.bg == nil } == true)
        #expect(theme?.style(for: .selection).attributes.contains(.reverse) == true)
    }

    @Test func quitStopsTheDriver() {
        var driver = driver()
        let terminal = InMemoryTerminal(width: 80, height: 24, events: [.key(.character("q")), .key(.character("4"))])
        _ = driver.step(on: terminal, timeoutMilliseconds: 0)
        #expect(driver.isFinished)
        #expect(terminal.pendingEvents == [.key(.character("4"))])
    }
}
