import Foundation
import MeshtopModel

/// Reads policy and pod files from paths, directories or standard input (`-`).
package enum PolicyFiles {
    /// The file name extensions read from a directory.
    static let extensions: Set<String> = ["yaml", "yml", "json"]

    /// Decodes every policy in `paths` (files, directories of `.yaml`/`.yml`/`.json`, or `-`).
    package static func loadPolicies(_ paths: [String]) throws(PolicyLoadError) -> PolicyDecoder.Result {
        var result = PolicyDecoder.Result()
        for path in paths {
            for (name, text) in try read(path) {
                try PolicyDecoder.decode(text, file: name, into: &result)
            }
        }
        return result
    }

    /// Decodes the workloads in a pod listing at `path` (or `-`).
    package static func loadPods(_ path: String, notes: inout [String]) throws(PolicyLoadError) -> [PolicyWorkload] {
        var workloads: [PolicyWorkload] = []
        for (name, text) in try read(path) {
            workloads += try PodDecoder.decode(text, file: name, notes: &notes)
        }
        return workloads
    }

    /// The texts at `path`: the file, each matching file of a directory (sorted, recursively), or stdin.
    static func read(_ path: String) throws(PolicyLoadError) -> [(name: String, text: String)] {
        if path == "-" {
            let bytes: [UInt8]
            do throws(SourceError) {
                bytes = try StandardInputReader().readAll()
            } catch {
                throw PolicyLoadError(file: "-", reason: error.description)
            }
            return [("-", try text(Data(bytes), file: "-"))]
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw PolicyLoadError(file: path, reason: "no such file or directory")
        }
        guard isDirectory.boolValue else { return [(path, try contents(of: path))] }
        let files = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
            .filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }
            .sorted()
        var texts: [(name: String, text: String)] = []
        for file in files {
            let full = (path as NSString).appendingPathComponent(file)
            texts.append((full, try contents(of: full)))
        }
        return texts
    }

    private static func contents(of path: String) throws(PolicyLoadError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PolicyLoadError(file: path, reason: "cannot read the file")
        }
        return try text(data, file: path)
    }

    private static func text(_ data: Data, file: String) throws(PolicyLoadError) -> String {
        guard let text = String(data: data, encoding: .utf8) else {
            throw PolicyLoadError(file: file, reason: "not UTF-8 text")
        }
        return text
    }
}
