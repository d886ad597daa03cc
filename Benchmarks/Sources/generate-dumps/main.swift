import Foundation
import MeshDumpGenerator

// Usage: generate-dumps STYLE LINES OUTPUT [SEED [ELAPSED_SECONDS]]
// Writes a deterministic dump (STYLE: federate, exposition or envoy) for whole-process measurements; dumps
// of one style, size and seed taken at different elapsed seconds are successive scrapes of one mesh.
let arguments = CommandLine.arguments
guard arguments.count >= 4, let style = MeshDumpGenerator.Style(rawValue: arguments[1]), let lines = Int(arguments[2])
else {
    FileHandle.standardError.write(
        Data("usage: generate-dumps federate|exposition|envoy LINES OUTPUT [SEED [ELAPSED_SECONDS]]\n".utf8)
    )
    exit(2)
}
let seed = arguments.count > 4 ? UInt64(arguments[4]) ?? 42 : 42
let elapsedSeconds = arguments.count > 5 ? Int(arguments[5]) ?? 0 : 0
guard FileManager.default.createFile(atPath: arguments[3], contents: nil),
    let handle = FileHandle(forWritingAtPath: arguments[3])
else {
    FileHandle.standardError.write(Data("generate-dumps: cannot write \(arguments[3])\n".utf8))
    exit(1)
}
MeshDumpGenerator.write(style: style, lines: lines, seed: seed, elapsedSeconds: elapsedSeconds) {
    handle.write(Data($0.utf8))
}
try handle.close()
