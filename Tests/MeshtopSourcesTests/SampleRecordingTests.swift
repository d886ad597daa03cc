import Foundation
import MeshtopSources
import MeshtopTelemetry
import Testing

/// The bundled sample (`sample-telemetry/`), written by `generate.py`, must read back as meshtop expects.
@Suite struct SampleRecordingTests {
    private static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("sample-telemetry")

    @Test func theBundledRecordingHasThirtyMinutesOfThreeSourcesAndAValidIndex() throws {
        let reader = try RecordingReader(path: Self.directory.appendingPathComponent("mesh.mtrec.gz").path)
        #expect(reader.kind == .recording)
        #expect(reader.frameCount == 360)
        #expect(reader.framesMissingFromIndex == 0, "the generator's index must match meshtop's format")
        #expect(reader.droppedTail == false)
        #expect(reader.ticks.count == 120)
        #expect(reader.ticks.allSatisfy { $0.count == 3 })
        let range = try #require(reader.timeRange)
        #expect(range.upperBound - range.lowerBound < 30 * 60_000)
        let first = try reader.frames(inTick: 0)
        #expect(Set(first.map(\.source)) == ["prometheus", "payments/api", "payments/ledger"])
        let ledger = try #require(first.first { $0.source == "payments/ledger" })
        #expect(ledger.format == .envoyStats)
        #expect(ledger.workload == WorkloadAttribution(namespace: "payments", workload: "ledger"))
        #expect(
            String(decoding: ledger.bytes, as: UTF8.self).contains("listener.0.0.0.0_15006.ssl.fail_verify_no_cert: ")
        )
    }

    @Test func theStrictFlipShowsAsHandshakeFailuresFromMinuteFifteen() throws {
        let reader = try RecordingReader(path: Self.directory.appendingPathComponent("mesh.mtrec.gz").path)
        func failures(atTick tick: Int) throws -> Int? {
            let api = try reader.frames(inTick: tick).first { $0.source == "payments/api" }
            let text = String(decoding: api?.bytes ?? [], as: UTF8.self)
            let line = text.split(separator: "\n").first { $0.hasPrefix("envoy_listener_ssl_fail_verify_no_cert{") }
            return line?.split(separator: " ").last.flatMap { Int($0) }
        }
        #expect(try failures(atTick: 59) == 0)
        #expect(try (failures(atTick: 70) ?? 0) > 0)
        #expect(try (failures(atTick: 119) ?? 0) == (failures(atTick: 96) ?? -1), "no failures after recovery")
    }
}
