import MeshtopTelemetry

#if canImport(Glibc)
    import Glibc
#endif

/// Counts what a parser hands out and touches every byte of it, so the sanitizer sees each view's memory.
private struct TouchingConsumer: SampleConsumer {
    var samples = 0
    var checksum: UInt64 = 0
    var issues = 0

    mutating func consume(_ sample: SampleView) {
        samples += 1
        for byte in sample.name { checksum &+= UInt64(byte) }
        for byte in sample.family { checksum &+= UInt64(byte) }
        for label in sample.labels {
            for byte in label.name { checksum &+= UInt64(byte) }
            for byte in label.rawValue { checksum &+= UInt64(byte) }
            _ = label.value
        }
        checksum &+= sample.value.bitPattern &+ (sample.exactValue ?? 0)
    }

    mutating func report(_ issue: ParseIssue) {
        issues += 1
        precondition(issue.line >= 1 && issue.column >= 1, "issue without a location: \(issue)")
    }
}

/// Runs one fuzz input through the streaming parser, split into chunks whose size the input's first byte picks,
/// so that line carry-over across chunk boundaries is fuzzed too.
package func fuzzParse(_ data: UnsafePointer<UInt8>, _ size: Int, format: TelemetryFormat?) -> Int32 {
    guard size > 0 else { return 0 }
    let chunkSize = Int(data[0] % 64) + 1
    let body = UnsafeRawBufferPointer(start: data + 1, count: size - 1)
    var parser = TelemetryParser(options: ParseOptions(format: format, maxLineLength: 4096))
    var consumer = TouchingConsumer()
    var offset = 0
    while offset < body.count {
        let end = min(offset + chunkSize, body.count)
        parser.feed(UnsafeRawBufferPointer(rebasing: body[offset..<end]), into: &consumer)
        offset = end
    }
    parser.finish(into: &consumer)
    return 0
}

/// libFuzzer's driver, linked in by `-sanitize=fuzzer`.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The format the running fuzzer forces (nil: sniffed); set once before the driver starts.
nonisolated(unsafe) private var fuzzFormat: TelemetryFormat?

/// Hands control to libFuzzer, which calls the parser with each input until it finds a crash or its time is up.
package func runFuzzer(format: TelemetryFormat?) -> Never {
    fuzzFormat = format
    runFuzzer { data, size in
        guard let data else { return 0 }
        return fuzzParse(data, size, format: fuzzFormat)
    }
}

/// Hands control to libFuzzer, which calls `callback` with each input until it finds a crash or its time is up.
package func runFuzzer(_ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Never {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, callback))
}

/// The entry point libFuzzer's own objects reference; parses with the format the running target chose.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    return fuzzParse(data, size, format: fuzzFormat)
}
