import Foundation

/// A `meshtop` run in a fresh temporary directory holding the given files, for the tests that check a
/// command's exit status and message against what it could read.
struct TruthfulRun {
    var output: String
    var error: String
    var status: Int32
    /// The names in the directory after the run.
    var leftBehind: [String]
    /// What a second command, run in the same directory afterwards, printed.
    var followUpOutput = ""

    /// Writes `files` (name → bytes) into a new directory and runs `meshtop arguments` there.
    /// `followUp`, when given, runs next in the same directory (to read what the first command wrote).
    init(
        files: [String: [UInt8]] = [:],
        directories: [String] = [],
        _ arguments: [String],
        then followUp: [String]? = nil
    ) throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("meshtop-truth-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, bytes) in files { try Data(bytes).write(to: directory.appendingPathComponent(name)) }
        for name in directories {
            try FileManager.default.createDirectory(
                at: directory.appendingPathComponent(name),
                withIntermediateDirectories: true
            )
        }
        let result = try ProcessCapture.run(MeshtopBinary.url, arguments, in: directory)
        (output, error, status) = (result.output, result.error, result.status)
        leftBehind = (try? FileManager.default.contentsOfDirectory(atPath: directory.path))?.sorted() ?? []
        if let followUp { followUpOutput = try ProcessCapture.run(MeshtopBinary.url, followUp, in: directory).output }
    }

    /// The start of a PNG file, then bytes that are mostly not text.
    static let picture: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + (0..<600).map { UInt8($0 % 32) }

    /// The bundled sample recording.
    static let sampleRecording = MeshtopBinary.packageRoot.appendingPathComponent("sample-telemetry/mesh.mtrec.gz").path
}
