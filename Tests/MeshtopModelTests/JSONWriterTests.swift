import MeshtopModel
import Testing

@Suite struct JSONWriterTests {
    /// The compact document `body` writes into a top-level array.
    private static func compact(_ body: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter(pretty: false)
        writer.array(nil, body)
        return writer.text
    }

    @Test(arguments: [
        ("plain", #""plain""#),
        ("a\"b\\c", #""a\"b\\c""#),
        ("line\nreturn\rtab\t", #""line\nreturn\rtab\t""#),
        ("\u{00}\u{01}\u{1B}[31m\u{1F}", #""\u0000\u0001\u001b[31m\u001f""#),
        ("del\u{7F}", #""del\u007f""#),
        ("c1\u{80}\u{85}\u{9B}\u{9F}", #""c1\u0080\u0085\u009b\u009f""#),
        ("sep\u{2028}\u{2029}", #""sep\u2028\u2029""#),
        ("bidi\u{202E}\u{2066}\u{2069}", #""bidi\u202e\u2066\u2069""#),
        ("tag\u{E0041}", #""tag\udb40\udc41""#),
    ])
    func controlCharactersQuotesAndBackslashesAreEscaped(value: String, expected: String) {
        #expect(Self.compact { $0.string(nil, value) } == "[\(expected)]")
    }

    @Test(arguments: [
        "é ü ß", "日本語", "😀 flags 🇩🇪", "\u{A0}nbsp", "\u{2027} and € are not separators", "\u{A1}\u{FF}",
    ])
    func printableNonASCIITextIsCopiedAsItIs(value: String) {
        #expect(Self.compact { $0.string(nil, value) } == "[\"\(value)\"]")
    }

    @Test func escapesInTheMiddleOfLongRunsKeepTheTextAroundThem() {
        let run = String(repeating: "abcdefgh", count: 40)
        let value = run + "\u{1B}" + run + "é\"" + run
        let expected = "[\"" + run + "\\u001b" + run + "é\\\"" + run + "\"]"
        #expect(Self.compact { $0.string(nil, value) } == expected)
    }

    @Test func keysAreEscapedLikeValues() {
        var writer = JSONWriter(pretty: false)
        writer.object { $0.bool("k\"\u{07}", true) }
        #expect(writer.text == #"{"k\"\u0007":true}"#)
    }

    @Test func integersAreWrittenInFull() {
        let text = Self.compact { array in
            for value: Int64 in [0, 7, 10, -1, -90, 1_000_000, .max, .min] { array.integer(nil, value) }
            array.integer(nil, nil)
        }
        #expect(text == "[0,7,10,-1,-90,1000000,9223372036854775807,-9223372036854775808,null]")
    }

    @Test func integralNumbersHaveNoFractionAndOthersTheirShortestForm() {
        let text = Self.compact { array in
            for value in [0.0, -0.0, 3.0, -42.0, 999_999_999_999_999.0, 2.5, -0.25, 0.1, 1.0 / 3.0] {
                array.number(nil, value)
            }
        }
        #expect(text == "[0,0,3,-42,999999999999999,2.5,-0.25,0.1,0.3333333333333333]")
    }

    @Test func numbersFromOneQuadrillionOnKeepTheirDoubleFormWithExponentsWhenHuge() {
        let text = Self.compact { array in
            for value in [1e15, 1e16, -2e20, 1.5e300, 1e-7] { array.number(nil, value) }
        }
        #expect(text == "[1000000000000000.0,1e+16,-2e+20,1.5e+300,1e-07]")
    }

    @Test func nonFiniteAndMissingNumbersAreNull() {
        let text = Self.compact { array in
            for value in [Double.nan, .infinity, -.infinity, nil] { array.number(nil, value) }
        }
        #expect(text == "[null,null,null,null]")
    }

    @Test func compactDocumentsHaveCommasBetweenMembersOnly() {
        var writer = JSONWriter(pretty: false)
        writer.object { object in
            object.string("s", nil)
            object.object("empty") { _ in }
            object.array("list") { list in
                list.object { $0.integer("a", 1) }
                list.array { _ in }
                list.bool(nil, false)
            }
            object.strings("names", ["x", "y"])
        }
        #expect(writer.text == #"{"s":null,"empty":{},"list":[{"a":1},[],false],"names":["x","y"]}"#)
    }

    @Test func prettyDocumentsPutOneMemberPerLineIndentedByTwoSpaces() {
        var writer = JSONWriter()
        writer.object { object in
            object.integer("a", 1)
            object.object("empty") { _ in }
            object.array("nested") { array in
                array.object { inner in
                    inner.array("deep") { $0.string(nil, "x") }
                }
            }
        }
        writer.raw("\n")
        let expected = """
            {
              "a": 1,
              "empty": {},
              "nested": [
                {
                  "deep": [
                    "x"
                  ]
                }
              ]
            }

            """
        #expect(writer.text == expected)
    }

    @Test func indentationDeeperThanThirtyTwoLevelsStaysTwoSpacesALevel() {
        var writer = JSONWriter()
        func nest(_ writer: inout JSONWriter, _ depth: Int) {
            if depth == 0 { return writer.integer(nil, 0) }
            writer.array { nest(&$0, depth - 1) }
        }
        nest(&writer, 40)
        let lines = writer.text.split(separator: "\n")
        #expect(lines.count == 81)
        #expect(lines[40] == Substring(String(repeating: " ", count: 80) + "0"))
        #expect(lines[79] == Substring(String(repeating: " ", count: 2) + "]"))
    }

    @Test(arguments: [true, false])
    func aSinkReceivesTheSameBytesAsOneDocumentInPiecesOfAbout64KiB(pretty: Bool) {
        func document(_ writer: inout JSONWriter) {
            writer.array { array in
                for index in 0..<20_000 {
                    array.object { object in
                        object.integer("index", Int64(index))
                        object.string("name", "wörkload-\(index)\u{1B}")
                        object.number("share", Double(index) / 8)
                    }
                }
            }
            writer.raw("\n")
        }
        var whole = JSONWriter(pretty: pretty)
        document(&whole)
        var pieces: [[UInt8]] = []
        var streamed = JSONWriter(pretty: pretty) { pieces.append(Array($0)) }
        document(&streamed)
        streamed.flush()
        #expect(streamed.bytes.isEmpty)
        #expect(pieces.count > 10)
        #expect(pieces.dropLast().allSatisfy { $0.count >= 1 << 16 && $0.count < (1 << 16) + 1024 })
        #expect(pieces.flatMap { $0 } == whole.bytes)
    }
}
