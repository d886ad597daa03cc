import FuzzDriver

// libFuzzer target: parses each input as prometheus telemetry. Built only with -sanitize=fuzzer (see Package.swift).
runFuzzer(format: .prometheusText)
