import FuzzDriver

/// libFuzzer entry point: parses the input as sniffed telemetry.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    fuzzParse(data, size, format: nil)
}
