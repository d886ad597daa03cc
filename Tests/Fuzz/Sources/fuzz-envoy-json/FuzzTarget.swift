import FuzzDriver

/// libFuzzer entry point: parses the input as envoy-json telemetry.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    fuzzParse(data, size, format: .envoyStatsJSON)
}
