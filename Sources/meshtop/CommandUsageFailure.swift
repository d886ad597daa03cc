import ArgumentParser

/// Reports a ``ValidationError`` that a command's `run()` throws (a bad theme, `--cacert`, a missing sample
/// directory) as ArgumentParser reports one from `validate()`: the message and the usage line of the
/// command that failed, not the top-level one; exit 64.
enum CommandUsageFailure {
    static func reporting<T>(
        _ command: any ParsableCommand.Type,
        _ body: () async throws -> T
    ) async throws -> T {
        do {
            return try await body()
        } catch let error as ValidationError {
            let name = command.configuration.commandName ?? ""
            let usage = Meshtop.usageString(for: command).split(separator: "\n").joined(separator: "\n  ")
            printError(
                "Error: \(error.message)\nUsage: \(usage)\n  See 'meshtop help \(name)' for more information."
            )
            throw ExitCode.validationFailure
        }
    }
}
