import ArgumentParser
import MeshtopModel
import MeshtopSources
import MeshtopTelemetry

#if canImport(Glibc)
    import Glibc
#endif

extension ReportCommand {
    /// True for a source read frame by frame through ``TelemetryWindow``: a recording, a directory of
    /// dumps, or, with `--from`/`--to`, any file without a `NS/WORKLOAD=` prefix (standard input never).
    func isRecorded(_ argument: String) -> Bool {
        guard argument != "-", Self.split(argument).attribution == nil else { return false }
        if from != nil || to != nil || argument.hasSuffix(".mtrec.gz") { return true }
        var info = stat()
        return stat(argument, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Adds the frames of `paths` inside `--from`/`--to` to `model`; a bad time or an unreadable path exits 2.
    func loadWindow(_ paths: [String], into model: MeshModel) throws {
        let window = TelemetryWindow(from: try time(from, option: "--from"), to: try time(to, option: "--to"))
        guard !paths.isEmpty else { return }
        do {
            try window.load(paths, into: model) { printError("meshtop report: \(Terminal.safe($0))") }
        } catch {
            printError("meshtop report: \(Terminal.safe(String(describing: error)))")
            throw ExitCode(2)
        }
    }

    /// `--time` in unix milliseconds; a time outside years 0000–9999 exits 2.
    func judgingTime() throws -> Int64? {
        guard let time else { return nil }
        guard let milliseconds = UnixMilliseconds.fromSeconds(time) else {
            printError("meshtop report: --time: \(time) is not a unix time (seconds) in years 0000–9999")
            throw ExitCode(2)
        }
        return milliseconds
    }

    private func time(_ text: String?, option: String) throws -> TimeExpression? {
        guard let text else { return nil }
        do {
            return try TimeExpression(parsing: text)
        } catch {
            printError("meshtop report: \(option): \(Terminal.safe(error.description))")
            throw ExitCode(2)
        }
    }
}
