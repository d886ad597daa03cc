import ArgumentParser
import MeshtopSources

/// The telemetry options `check` and `plan` share: the window frames are cut to, how much traffic a
/// verdict needs, and the CA for https sources.
struct JudgedWindowArguments: ParsableArguments {
    // Unconditional, as in `report`: `--from -5m` takes `-5m` as the time, not as an option.
    @Option(
        parsing: .unconditional,
        help: "Judge only recorded frames from this time: +10m (from the start), -5m (from the end), 14:10, ISO, epoch."
    )
    var from: String?

    @Option(parsing: .unconditional, help: "Judge only recorded frames up to this time, in the same forms as --from.")
    var to: String?

    @Option(help: "Requests plus connections a namespace or workload needs before it can be READY.")
    var minObservations: Double = 100

    @Option(name: .customLong("cacert"), help: ArgumentHelp(CAFile.help, valueName: "file"))
    var caFile: String?

    /// The telemetry reader for these options; its notes on stderr name `command`.
    func telemetry(command: String) -> WindowedTelemetry {
        WindowedTelemetry(from: from, to: to, caFile: caFile, command: command)
    }
}
