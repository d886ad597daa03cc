import Foundation

/// Finds the bundled `sample-telemetry/` directory next to the executable or in the working directory.
enum SampleTelemetry {
    /// The candidate directories, most specific first.
    static func directories() -> [URL] {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        var candidates = [
            executable.appendingPathComponent("sample-telemetry"),
            executable.appendingPathComponent("../share/meshtop/sample-telemetry"),
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("sample-telemetry"),
        ]
        // A development build lives in .build/<triple>/debug: the package root is three levels up.
        var root = executable
        for _ in 0..<4 {
            root.deleteLastPathComponent()
            candidates.append(root.appendingPathComponent("sample-telemetry"))
        }
        return candidates.map(\.standardizedFileURL)
    }

    /// What the bundled sample shows, for the title bar.
    static let title = "sample: PERMISSIVE → STRICT migration"

    /// The name of the sample mesh's policy file inside the sample directory.
    static let policyFile = "policies.yaml"

    /// What the first sample directory found holds for the dashboard.
    struct Contents {
        /// The sample recording, or else the dump files.
        var files: [String]
        /// The mTLS policies of the sample mesh (`policies.yaml`), when the directory has them.
        var policies: String?
    }

    /// The sample recording, or else the dump files, of the first sample directory found, with its policies.
    static func contents() -> Contents? {
        for directory in directories() {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { continue }
            let policies = names.contains(policyFile) ? directory.appendingPathComponent(policyFile).path : nil
            // The sample recording replays the whole mesh; the loose dumps are single scrapes of it.
            if let recording = names.filter({ $0.hasSuffix(".mtrec.gz") }).sorted().first {
                return Contents(files: [directory.appendingPathComponent(recording).path], policies: policies)
            }
            let dumps = names.filter { $0.hasSuffix(".prom") || $0.hasSuffix(".txt") || $0.hasSuffix(".stats") }
                .sorted()
            if !dumps.isEmpty {
                return Contents(files: dumps.map { directory.appendingPathComponent($0).path }, policies: policies)
            }
        }
        return nil
    }
}
