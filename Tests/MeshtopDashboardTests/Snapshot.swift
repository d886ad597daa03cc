import Foundation
import MeshtopDashboard
import Testing

/// Compares a rendered grid with a golden text file in `Snapshots/`; `RECORD_SNAPSHOTS=1` rewrites it.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Snapshots"
    )

    static func assertMatches(_ grid: CellGrid, named name: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let actual = grid.plainText()
        let url = directory.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record(
                "no snapshot \(name).txt yet: recorded it, check it and run again",
                sourceLocation: sourceLocation
            )
            return
        }
        #expect(
            actual == expected,
            "screen differs from Snapshots/\(name).txt:\n\(actual)",
            sourceLocation: sourceLocation
        )
    }
}
