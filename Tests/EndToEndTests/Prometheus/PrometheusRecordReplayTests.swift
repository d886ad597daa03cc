import Foundation
import MeshtopSources
import Testing

extension PrometheusSuites {
    /// `record --prometheus --prometheus-mode query` and then `replay` of the recording: the same figures the
    /// server showed live (`replay --prometheus --once`, the query-mode dashboard's moment) at the same moment.
    @Suite(
        "Prometheus record and replay",
        .serialized,
        .tags(.prometheus),
        .enabled(if: PrometheusServer.isInstalled, "prometheus is not installed (apt-get install prometheus)")
    )
    struct PrometheusRecordReplayTests {
        @Test func aReplayedRecordingShowsWhatTheServerShowedLive() async throws {
            try #require(FileManager.default.isExecutableFile(atPath: MeshtopBinary.url.path), "build meshtop first")
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("meshtop-prom-rec-\(UUID())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let recording = folder.appendingPathComponent("mesh.mtrec.gz")
            let sidecars = try FakeSidecarServer(mesh: .shop)
            defer { sidecars.stop() }
            try await withPrometheus(scraping: sidecars.targets) { server in
                let client = try PrometheusQueryClient(base: server.baseURL)
                try await PrometheusPolling.waitForScrapes(sidecars, atLeast: 1)
                let first = try await PrometheusPolling.freezeAndSettle(sidecars, client)
                let start = PrometheusClock.nowMilliseconds()
                let recorder = try ChildProcess(
                    executable: MeshtopBinary.url.path,
                    arguments: [
                        "record", "--prometheus", server.baseURL, "--prometheus-mode", "query", "-o", recording.path,
                        "--interval", "1s", "--quiet",
                    ],
                    logPath: folder.appendingPathComponent("record.log").path
                )
                defer { recorder.stop() }
                // Frames of the frozen mesh after `start`, then traffic, then frames of the mesh frozen again.
                let recorded = await PrometheusPolling.eventually(within: 20) {
                    FileManager.default.fileExists(atPath: recording.path)
                }
                #expect(recorded, "the recorder wrote its first frame")
                try await Task.sleep(for: .milliseconds(2_500))
                sidecars.resume()
                try await PrometheusPolling.waitForScrapes(sidecars, atLeast: (first.values.max() ?? 0) + 3)
                _ = try await PrometheusPolling.freezeAndSettle(sidecars, client)
                try await Task.sleep(for: .milliseconds(2_500))

                let window = PrometheusClock.nowMilliseconds() - start
                // The live dashboard's view of now, as its --once prints it.
                let live = try ProcessCapture.run(
                    MeshtopBinary.url,
                    [
                        "--prometheus", server.baseURL, "--prometheus-mode", "query", "--window", "\(window)ms",
                        "--once", "--format", "json",
                    ]
                )
                #expect(live.status == 0, "\(live.error)")
                try await Task.sleep(for: .milliseconds(2_000))
                recorder.stop()

                let moment = try #require(
                    (try JSONSerialization.jsonObject(with: Data(live.output.utf8)) as? [String: Any])?["time"]
                        as? Int
                )
                let replayed = try ProcessCapture.run(
                    MeshtopBinary.url,
                    [
                        "replay", recording.path, "--at", "\(moment)",
                        "--window", "\(window)ms", "--once", "--format", "json",
                    ]
                )
                #expect(replayed.status == 0, "\(replayed.error)")
                let served = try RecordedFigures(live.output)
                let fromRecording = try RecordedFigures(replayed.output)
                #expect(served.edges.count >= 6)
                #expect(served.alerts.contains("MTLS001 payments ledger firing"), "\(served.alerts)")
                #expect(
                    fromRecording.namespaces == served.namespaces,
                    "\(fromRecording.namespaces) \(served.namespaces)"
                )
                #expect(fromRecording.workloads == served.workloads, "\(fromRecording.workloads) \(served.workloads)")
                #expect(fromRecording.edges == served.edges, "\(fromRecording.edges) \(served.edges)")
                #expect(
                    fromRecording.certificates == served.certificates,
                    "\(fromRecording.certificates) \(served.certificates)"
                )
                #expect(fromRecording.alerts == served.alerts, "\(fromRecording.alerts) \(served.alerts)")
            }
        }
    }
}
