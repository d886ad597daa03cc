import FuzzDriver

// libFuzzer target: parses each input as envoy telemetry. Built only with -sanitize=fuzzer (see Package.swift).
runFuzzer(format: .envoyStats)
