import MeshtopDashboard
import MeshtopModel
import Testing

/// Summary lines that do not fit are cut between words, never inside one, and figures keep their unit.
struct SummaryLineTests {
    static let locations: [Location] = [
        .mesh, .namespace("payments"), .workload(SampleModel.api), .alerts, .certificates, .edges, .readiness,
        .sources,
    ]

    /// The summary lines of `location` at 80 columns: the rows between the title and the table.
    func summaryLines(_ location: Location) -> [String] {
        var state = SampleModel.stateWithPolicy(width: 80, height: 24)
        state.go(to: location)
        let rows = DashboardRenderer.render(state).plainText().split(separator: "\n", omittingEmptySubsequences: false)
        let count = state.layout.summary.height
        return rows.dropFirst(state.layout.summary.y).prefix(count).map(String.init)
    }

    @Test(arguments: locations)
    func `a summary line too long for 80 columns is cut between words`(_ location: Location) {
        for line in summaryLines(location) where line.hasSuffix("…") {
            #expect(line.dropLast().hasSuffix(" "), "cut inside a word: \(line)")
        }
    }

    @Test func `the Inbound line fits at 80 columns with its total and unit`() {
        for location in [Location.namespace("payments"), .workload(SampleModel.api)] {
            let inbound = summaryLines(location).first { $0.hasPrefix(" Inbound:") }
            #expect(inbound?.hasSuffix("req+conn/s") == true, "\(inbound ?? "no Inbound line")")
        }
    }
}
