import Foundation
import MeshtopDashboard
import Testing
import Yams

struct ThemeTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes")

    static let files = ["default", "light", "high-contrast", "deuteranopia", "mono"]

    func decode(_ name: String) throws -> Theme {
        let text = try String(contentsOf: Self.directory.appendingPathComponent(name + ".yaml"), encoding: .utf8)
        return try YAMLDecoder().decode(Theme.self, from: text)
    }

    @Test(arguments: files)
    func everyShippedThemeDecodesAndDefinesEveryRole(_ name: String) throws {
        let text = try String(contentsOf: Self.directory.appendingPathComponent(name + ".yaml"), encoding: .utf8)
        let theme = try decode(name)
        #expect(theme.name == name)
        for role in StyleRole.allCases {
            #expect(text.contains("  \(role.rawValue):"), "\(name).yaml does not set role \(role.rawValue)")
        }
    }

    @Test func defaultFileEqualsTheBuiltInTheme() throws {
        #expect(try decode("default") == Theme.builtinDefault)
    }

    @Test func selectionIsReverseVideoInEveryTheme() throws {
        for name in Self.files {
            #expect(try decode(name).style(for: .selection).attributes.contains(.reverse))
        }
    }

    @Test func unknownRolesAndColoursAreErrors() {
        #expect(throws: (any Error).self) {
            try YAMLDecoder().decode(Theme.self, from: "roles:\n  plaintxt: {fg: red}\n")
        }
        #expect(throws: (any Error).self) {
            try YAMLDecoder().decode(Theme.self, from: "roles:\n  mtls: {fg: grene}\n")
        }
    }

    @Test func missingRolesInheritTheDefault() throws {
        let theme = try YAMLDecoder().decode(Theme.self, from: "name: tiny\nroles:\n  mtls: {fg: '#2fafff'}\n")
        #expect(theme.style(for: .mtls).fg == .rgb(0x2F, 0xAF, 0xFF))
        #expect(theme.style(for: .plaintext) == Theme.builtinDefault.style(for: .plaintext))
    }

    @Test func colourTextRoundTrips() {
        for text in ["default", "red", "bright-cyan", "#0a0b0c", "196"] {
            #expect(ThemeColor(text: text)?.text == text)
        }
    }
}
