import Foundation
import MeshtopSources
import Testing

extension PrometheusSuites {
    /// Federation says when a mesh is too big for it, against a real server: the shop mesh is small, so a
    /// test-only byte budget below its size stands in for a mesh of a million series.
    @Suite(
        "Prometheus federate budget",
        .serialized,
        .tags(.prometheus),
        .enabled(if: PrometheusServer.isInstalled, "prometheus is not installed (apt-get install prometheus)")
    )
    struct PrometheusFederateBudgetTests {
        private static let advice = "per refresh — use --prometheus-mode query for a mesh this size"

        @Test func aFederationOverItsBudgetAdvisesQueryModeInReportAndDashboard() async throws {
            try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
            let sidecars = try FakeSidecarServer(mesh: .shop)
            defer { sidecars.stop() }
            try await withPrometheus(scraping: sidecars.targets) { server in
                try await PrometheusPolling.waitForScrapes(sidecars, atLeast: 2)
                let federate = ["--prometheus", server.baseURL, "--prometheus-mode", "federate"]
                let small = ["--federate-budget-bytes", "1000"]

                let report = try ProcessCapture.run(MeshtopBinary.url, ["report"] + federate + small)
                #expect(report.status == 0, "\(report.error)")
                #expect(report.output.contains("shop"))
                #expect(report.error.contains("\(server.baseURL): federate fetched "), "\(report.error)")
                #expect(report.error.contains(Self.advice), "\(report.error)")

                let dashboard = try ProcessCapture.run(
                    MeshtopBinary.url,
                    federate + small + ["--once", "--width", "400"]
                )
                #expect(dashboard.status == 0, "\(dashboard.error)")
                #expect(dashboard.output.contains("shop"))
                #expect(dashboard.output.contains(Self.advice), "\(dashboard.output)")

                let withinBudget = try ProcessCapture.run(MeshtopBinary.url, ["report"] + federate)
                #expect(withinBudget.status == 0)
                #expect(!withinBudget.error.contains("federate fetched"), "\(withinBudget.error)")
                let queried = try ProcessCapture.run(
                    MeshtopBinary.url,
                    ["report", "--prometheus", server.baseURL, "--prometheus-mode", "query"] + small
                )
                #expect(queried.status == 0)
                #expect(!queried.error.contains("federate fetched"), "\(queried.error)")
            }
        }
    }
}
