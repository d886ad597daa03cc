import Foundation
import MeshtopTelemetry

/// A plain telemetry dump on disk, timed by its name (see ``DumpTime``) or else its modification time.
struct DumpFile: Sendable {
    /// The file.
    var path: String
    /// Its time, unix ms.
    var timestampMilliseconds: Int64
    /// The source it is attributed to: the name without its time and extension, or the directory's name.
    var source: String

    var sourceID: UInt32 { RecordingIndex.sourceID(source) }

    init(path: String, fallbackSource: String) throws {
        self.path = path
        let name = Self.baseName(path)
        if let found = DumpTime.find(in: name) {
            timestampMilliseconds = found.milliseconds
            let prefix = String(decoding: Array(name.utf8)[..<found.range.lowerBound], as: UTF8.self)
            let trimmed = prefix.trimmingCharacters(in: CharacterSet(charactersIn: "-_. "))
            source = trimmed.isEmpty ? fallbackSource : trimmed
        } else {
            let attributes = try Self.attributes(path)
            let modified = (attributes[.modificationDate] as? Date) ?? Date(timeIntervalSince1970: 0)
            // A modification time past year 9999 (or before year 0) is taken as that end of the accepted span.
            let milliseconds = modified.timeIntervalSince1970 * 1_000
            timestampMilliseconds =
                UnixMilliseconds.checked(milliseconds)
                ?? (milliseconds > 0 ? UnixMilliseconds.range.upperBound : UnixMilliseconds.range.lowerBound)
            source = fallbackSource
        }
    }

    /// Reads the dump as a frame; a gzip-compressed dump is read as the text it holds.
    func read() throws -> ScrapeFrame {
        let bytes = try Self.text(FileDescriptor.readAll(path: path) ?? [], path: path)
        return ScrapeFrame(bytes: bytes, source: source, timestampMilliseconds: timestampMilliseconds)
    }

    /// A dump file's text: `bytes`, or their inflated text when they are gzip-compressed.
    ///
    /// - Throws: ``SourceError`` when gzip data is damaged.
    static func text(_ bytes: [UInt8], path: String) throws -> [UInt8] {
        guard GzipStream.isGzip(bytes) else { return bytes }
        guard let text = GzipStream.text(of: bytes) else {
            throw SourceError.invalidRecording(path: path, reason: "gzip-compressed dump is damaged or cut short")
        }
        return text
    }

    /// The visible regular files of `directory`, as dumps attributed to the directory's name by default.
    static func list(directory: String) throws -> [DumpFile] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw SourceError.invalidRecording(path: directory, reason: "cannot list the directory")
        }
        let fallback = baseName(directory)
        return try names.sorted().compactMap { name in
            guard !name.hasPrefix(".") else { return nil }
            let path = (directory as NSString).appendingPathComponent(name)
            guard (try attributes(path))[.type] as? FileAttributeType == .typeRegular else { return nil }
            return try DumpFile(path: path, fallbackSource: fallback)
        }
    }

    /// The last path component.
    static func baseName(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return trimmed.split(separator: "/").last.map(String.init) ?? String(trimmed)
    }

    private static func attributes(_ path: String) throws -> [FileAttributeKey: Any] {
        do {
            return try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw SourceError.system(path: path, operation: "stat", errno: ENOENT)
        }
    }
}
