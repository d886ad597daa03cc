import FuzzDriver
import ModelFuzzDriver

// libFuzzer target: the model, snapshot and dashboard view model on two frames of each input. Built only with
// -sanitize=fuzzer (see Package.swift).
runFuzzer { data, size in
    guard let data else { return 0 }
    return fuzzModel(data, size)
}
