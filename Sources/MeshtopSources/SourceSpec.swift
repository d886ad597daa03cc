import Foundation

/// A source as given on the command line: `URL`, `PATH`, `DIR`, `-`, `name=…` or `ns/workload=…`.
package struct SourceSpec: Sendable, Equatable {
    /// Where the telemetry comes from.
    package enum Location: Sendable, Equatable {
        /// An HTTP or HTTPS URL.
        case http(String)
        /// A file, re-read when it changes.
        case file(String)
        /// A directory of dumps; its newest dump is the current scrape.
        case directory(String)
        /// Standard input, read once.
        case standardInput
    }

    /// The display name: given by the user, or derived without credentials from the location.
    package var name: String
    /// Where to read.
    package var location: Location
    /// The workload a raw per-pod dump belongs to (`ns/workload=URL`).
    package var workload: WorkloadAttribution?

    /// Creates a spec.
    package init(name: String, location: Location, workload: WorkloadAttribution? = nil) {
        self.name = name
        self.location = location
        self.workload = workload
    }

    /// Parses a command-line source argument.
    ///
    /// - Throws: ``SourceError/invalidArgument(_:)`` for an empty name or location.
    package init(parsing argument: String) throws {
        var label: String?
        var target = argument
        if let equals = argument.firstIndex(of: "=") {
            let prefix = String(argument[..<equals])
            if Self.isLabel(prefix) {
                label = prefix
                target = String(argument[argument.index(after: equals)...])
            }
        }
        guard !target.isEmpty else { throw SourceError.invalidArgument("source '\(argument)' has no location") }
        let location = Self.location(of: target)
        self.location = location
        workload = label.flatMap { WorkloadAttribution(parsing: $0) }
        name = label ?? Self.defaultName(for: location)
    }

    private static func isLabel(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, CharacterSet.alphanumerics.contains(first) else { return false }
        if text.contains(":") || text.contains(" ") { return false }
        return !text.contains("/") || WorkloadAttribution(parsing: text) != nil
    }

    private static func location(of target: String) -> Location {
        if target == "-" { return .standardInput }
        let lowered = target.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") { return .http(target) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue {
            return .directory(target)
        }
        return .file(target)
    }

    private static func defaultName(for location: Location) -> String {
        switch location {
        case .http(let url): return Redaction.displayName(forURL: url)
        case .file(let path), .directory(let path): return path
        case .standardInput: return "stdin"
        }
    }
}
