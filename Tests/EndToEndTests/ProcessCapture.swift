import Foundation

/// Runs a command to completion with its output captured in temporary files.
///
/// Files, not pipes: a pipe read can end early when a signal interrupts it (Swift Testing's process gets
/// SIGCHLD from every child the suites start), which cut error messages short to their first byte.
enum ProcessCapture {
    /// What a finished command printed and how it exited.
    struct Result {
        var output: String
        var error: String
        var status: Int32
    }

    /// Runs `executable` with `arguments` (in `directory`, reading `input`) and waits for it to exit.
    static func run(
        _ executable: URL,
        _ arguments: [String],
        in workingDirectory: URL? = nil,
        input: String = ""
    ) throws -> Result {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("meshtop-capture-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outputURL = directory.appendingPathComponent("stdout")
        let errorURL = directory.appendingPathComponent("stderr")
        let inputURL = directory.appendingPathComponent("stdin")
        try Data(input.utf8).write(to: inputURL)
        guard FileManager.default.createFile(atPath: outputURL.path, contents: nil),
            FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        else { throw CocoaError(.fileWriteUnknown) }
        let output = try FileHandle(forWritingTo: outputURL)
        let error = try FileHandle(forWritingTo: errorURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = try FileHandle(forReadingFrom: inputURL)
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        process.standardOutput = output
        process.standardError = error
        try process.run()
        process.waitUntilExit()
        try output.close()
        try error.close()
        return Result(
            output: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
            error: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self),
            status: process.terminationStatus
        )
    }
}
