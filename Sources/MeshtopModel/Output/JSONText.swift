import Foundation

/// JSON text safe to print on a terminal, whichever encoder wrote it.
package enum JSONText {
    /// `json` (valid JSON, from `JSONEncoder` say) with every character ``TerminalSafeText`` calls unsafe
    /// written as a `\u` escape, so `meshtop check --format json` cannot emit a raw U+009B or U+202E.
    /// Such characters only occur inside JSON strings, where the escape means the same character.
    package static func escapingUnsafeCharacters(_ json: Data) -> Data {
        var buffer = JSONBuffer(capacity: json.count + 64)
        json.withUnsafeBytes { buffer.appendEscapingUnsafe($0.assumingMemoryBound(to: UInt8.self)) }
        return Data(buffer.bytes)
    }
}
