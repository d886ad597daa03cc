import Foundation
import MeshtopDashboard
import Yams

/// Loads `--theme NAME|PATH`: the built-in default, a file from a `themes/` directory, or a YAML path.
enum ThemeFile {
    /// Why a theme could not be loaded.
    struct LoadError: Error, CustomStringConvertible {
        var description: String
    }

    /// The theme for a name or path.
    static func load(_ request: String) throws -> Theme {
        let looksLikePath = request.contains("/") || request.hasSuffix(".yaml") || request.hasSuffix(".yml")
        if looksLikePath { return try decode(URL(fileURLWithPath: request)) }
        for directory in directories() {
            let url = directory.appendingPathComponent(request + ".yaml")
            if FileManager.default.fileExists(atPath: url.path) { return try decode(url) }
        }
        if request == Theme.builtinDefault.name { return .builtinDefault }
        throw LoadError(
            description: "no theme '\(request)' (looked in \(directories().map(\.path).joined(separator: ", ")))"
        )
    }

    private static func decode(_ url: URL) throws -> Theme {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw LoadError(description: "\(url.path): cannot read the theme: \(error.localizedDescription)")
        }
        do {
            return try YAMLDecoder().decode(Theme.self, from: text)
        } catch let error as DecodingError {
            throw LoadError(description: "\(url.path): \(describe(error))")
        } catch {
            throw LoadError(description: "\(url.path): \(error)")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context), .typeMismatch(_, let context), .valueNotFound(_, let context),
            .keyNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return (path.isEmpty ? "" : path + ": ") + context.debugDescription
        @unknown default:
            return "\(error)"
        }
    }

    /// Where theme files are looked for: next to the binary, the user's config, the working directory and
    /// the binary's parent directories; each once, in that order (near the file system's root the
    /// candidates coincide).
    static func directories() -> [URL] {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        var candidates = [
            executable.appendingPathComponent("themes"),
            executable.appendingPathComponent("../share/meshtop/themes"),
        ]
        let environment = ProcessInfo.processInfo.environment
        if let config = environment["XDG_CONFIG_HOME"] ?? environment["HOME"].map({ $0 + "/.config" }) {
            candidates.append(URL(fileURLWithPath: config).appendingPathComponent("meshtop/themes"))
        }
        candidates.append(
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("themes")
        )
        var root = executable
        for _ in 0..<4 {
            root.deleteLastPathComponent()
            candidates.append(root.appendingPathComponent("themes"))
        }
        var seen: Set<String> = []
        return candidates.map(\.standardizedFileURL).filter { seen.insert($0.path).inserted }
    }
}
