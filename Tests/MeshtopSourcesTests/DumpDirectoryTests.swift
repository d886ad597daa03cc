import Foundation
import MeshtopSources
import Testing

@Suite struct DumpDirectoryTests {
    @Test(
        arguments: [
            ("mesh-20261123T140215Z.prom", 1_795_442_535_000),
            ("20261123T140215Z", 1_795_442_535_000),
            ("stats_2026-11-23T14:02:15Z.txt", 1_795_442_535_000),
            ("stats_2026-11-23T14-02-15Z.txt", 1_795_442_535_000),
            ("stats_2026-11-23_14-02-15.txt", 1_795_442_535_000),
            ("scrape.1795442535.prom", 1_795_442_535_000),
            ("scrape-1795442535250.prom", 1_795_442_535_250),
        ] as [(String, Int64)]
    )
    func dumpNamesGiveTheirTime(name: String, milliseconds: Int64) {
        #expect(DumpTime.find(in: name)?.milliseconds == milliseconds)
    }

    @Test(arguments: ["sidecar.prom", "pod-7.prom", "build-123456.txt", "20261399T140215Z.prom", "v1.2.3"])
    func namesWithoutATimeGiveNone(name: String) {
        #expect(DumpTime.find(in: name) == nil)
    }

    @Test func aDirectoryOfDumpsReadsAsARecordingTimedByNamesOrModificationTimes() throws {
        let directory = try TemporaryDirectory()
        let names = [
            "productpage-20261123T140230Z.prom", "productpage-20261123T140215Z.prom", "ratings-20261123T140215Z.prom",
            "ratings-20261123T140230Z.prom",
        ]
        for name in names {
            try Data("up{file=\"\(name)\"} 1\n".utf8).write(to: directory.url.appendingPathComponent(name))
        }
        let undated = directory.url.appendingPathComponent("later.prom")
        try Data("up 1\n".utf8).write(to: undated)
        let modified = Date(timeIntervalSince1970: 1_795_442_600)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: undated.path)
        try Data().write(to: directory.url.appendingPathComponent(".hidden"))

        let reader = try RecordingReader(path: directory.url.path)
        #expect(reader.kind == .dumpDirectory)
        #expect(reader.frameCount == 5)
        let frames = try (0..<5).map { try reader.frame(at: $0) }
        #expect(
            frames.map(\.timestampMilliseconds) == [
                1_795_442_535_000, 1_795_442_535_000, 1_795_442_550_000, 1_795_442_550_000, 1_795_442_600_000,
            ]
        )
        #expect(
            frames.map(\.source) == [
                "productpage", "ratings", "productpage", "ratings", DumpFileName.directory(directory),
            ]
        )
        #expect(
            String(decoding: frames[0].bytes, as: UTF8.self) == "up{file=\"productpage-20261123T140215Z.prom\"} 1\n"
        )
        #expect(reader.ticks == [0..<2, 2..<4, 4..<5])
    }

    @Test func aSingleDumpIsAOneFrameRecording() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("sidecar-1795442535.prom")
        try Data("up 1\n".utf8).write(to: URL(fileURLWithPath: path))
        let reader = try RecordingReader(path: path)
        #expect(reader.kind == .singleDump)
        #expect(reader.frameCount == 1)
        #expect(reader.timeRange == 1_795_442_535_000...1_795_442_535_000)
        #expect(try reader.frame(at: 0).source == "sidecar")
    }
}

/// What a directory's dumps are attributed to when their names carry no source.
enum DumpFileName {
    static func directory(_ directory: TemporaryDirectory) -> String { directory.url.lastPathComponent }
}
