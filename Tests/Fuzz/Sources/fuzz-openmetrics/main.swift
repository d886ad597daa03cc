import FuzzDriver

// libFuzzer target: parses each input as openmetrics telemetry. Built only with -sanitize=fuzzer (see Package.swift).
runFuzzer(format: .openMetrics)
