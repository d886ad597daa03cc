import Foundation
import MeshtopModel
import Testing

/// JSON from any encoder leaves no character that could steer or reorder a terminal.
@Suite struct JSONTextTests {
    struct Named: Codable, Equatable {
        var name: String
    }

    @Test func encoderOutputHasC1AndBidiControlsEscapedAndDecodesToTheSameValue() throws {
        let value = Named(name: "w\u{9B}31mcart \u{202E}txt \u{7F} \u{E0041} é 表")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted]
        let encoded = try encoder.encode(value)
        let safe = JSONText.escapingUnsafeCharacters(encoded)
        let text = String(decoding: safe, as: UTF8.self)
        #expect(text.contains("\\u009b"))
        #expect(text.contains("\\u202e"))
        #expect(!text.unicodeScalars.contains { $0.value == 0x9B || $0.value == 0x202E || $0.value == 0x7F })
        #expect(text.contains("é 表"))
        #expect(text.contains("\n"))
        #expect(try JSONDecoder().decode(Named.self, from: safe) == value)
    }
}
