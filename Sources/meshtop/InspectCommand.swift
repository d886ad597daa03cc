import ArgumentParser

/// `meshtop inspect`: what a telemetry dump holds and what is wrong with it.
struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show the format, families, samples and problems of telemetry dumps."
    )

    @Argument(help: "Files or URLs to read; '-' reads standard input.")
    var inputs: [String] = []

    func run() async throws {
        throw ValidationError("inspect is not implemented yet")
    }
}
