extension ManifestValue {
    /// Writes the value with `writer`, as the member `key` (or an element when `key` is nil).
    package func write(to writer: inout JSONWriter, key: String? = nil) {
        switch self {
        case .string(let text): writer.string(key, text)
        case .number(let text):
            if Self.isJSONNumber(text) { writer.literal(key, text) } else { writer.string(key, text) }
        case .bool(let value): writer.bool(key, value)
        case .null: writer.literal(key, "null")
        case .list(let elements):
            writer.array(key) { writer in
                for element in elements { element.write(to: &writer) }
            }
        case .map(let entries):
            writer.object(key) { writer in
                for entry in entries { entry.value.write(to: &writer, key: entry.key) }
            }
        }
    }
}
