/// A Kubernetes object (or any part of one) as a YAML or JSON document holds it: mappings keep their
/// keys in the order written, so an object read and written again keeps its shape.
///
/// Policy files are decoded into ``PeerAuthentication`` and ``DestinationRule``, which keep only what
/// decides mutual TLS; a `ManifestValue` keeps everything else (load balancing, connection pools, labels),
/// so that a rewritten rule loses none of its other fields.
package indirect enum ManifestValue: Sendable, Hashable, Codable {
    /// Text.
    case string(String)
    /// A number, as JSON writes it (`8080`, `0.5`, `1e3`).
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
    /// An explicit null.
    case null
    /// A sequence.
    case list([ManifestValue])
    /// A mapping, its entries in the order written.
    case map([Entry])

    /// One entry of a mapping.
    package struct Entry: Sendable, Hashable, Codable {
        /// The key.
        package var key: String
        /// The value.
        package var value: ManifestValue

        /// Creates an entry.
        package init(_ key: String, _ value: ManifestValue) {
            self.key = key
            self.value = value
        }
    }

    /// The value under `key` of a mapping; `nil` for a missing key or a value that is not a mapping.
    package subscript(key: String) -> ManifestValue? {
        guard case .map(let entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }

    /// The text of a string value.
    package var text: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The entries of a mapping (empty for anything else).
    package var entries: [Entry] {
        if case .map(let entries) = self { return entries }
        return []
    }

    /// The elements of a list (empty for anything else).
    package var elements: [ManifestValue] {
        if case .list(let elements) = self { return elements }
        return []
    }

    /// This mapping with `key` set to `value`: replaced where it is, else appended. Anything that is not a
    /// mapping becomes one.
    package func setting(_ key: String, to value: ManifestValue) -> ManifestValue {
        var entries = self.entries
        if let index = entries.firstIndex(where: { $0.key == key }) {
            entries[index].value = value
        } else {
            entries.append(Entry(key, value))
        }
        return .map(entries)
    }

    /// This mapping without `key`.
    package func removing(_ key: String) -> ManifestValue {
        .map(entries.filter { $0.key != key })
    }

    /// A mapping from string pairs, sorted by key (labels, selectors).
    package static func strings(_ pairs: [String: String]) -> ManifestValue {
        .map(pairs.sorted { $0.key < $1.key }.map { Entry($0.key, .string($0.value)) })
    }

    /// Whether `text` is a number in JSON's grammar (`-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`).
    package static func isJSONNumber(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        func digits() -> Int {
            let count = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        let whole = bytes.first == UInt8(ascii: "0") ? 1 : 0
        if whole == 1 {
            bytes = bytes.dropFirst()
        } else if digits() == 0 {
            return false
        }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            if digits() == 0 { return false }
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            if digits() == 0 { return false }
        }
        return bytes.isEmpty
    }
}
