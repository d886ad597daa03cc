import FuzzDriver

// libFuzzer target: parses each input as sniffed telemetry. Built only with -sanitize=fuzzer (see Package.swift).
runFuzzer(format: nil)
