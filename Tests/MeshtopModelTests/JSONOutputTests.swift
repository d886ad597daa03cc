import MeshtopModel
import Testing

@Suite struct JSONOutputTests {
    @Test func streamedJSONEqualsTheWholeDocument() {
        let snapshot = TwoScrapeMeshTests.snapshot(scrapes: 2)
        var bytes: [UInt8] = []
        snapshot.writeJSON { bytes.append(contentsOf: $0) }
        #expect(String(decoding: bytes, as: UTF8.self) == snapshot.json())
        #expect(snapshot.json().hasSuffix("}\n"))
    }

    @Test func controlCharactersAndQuotesAreEscaped() {
        var writer = JSONWriter(pretty: false)
        writer.object { object in
            object.string("a", "x\u{1B}[2J\"\\\n")
            object.number("b", .nan)
            object.number("c", 2.5)
            object.integer("d", nil)
            object.strings("e", ["é"])
        }
        #expect(writer.text == #"{"a":"x\u001b[2J\"\\\n","b":null,"c":2.5,"d":null,"e":["é"]}"#)
    }

    @Test func classObjectsFoldUnverifiedIntoUnknown() {
        let sample = MeshSamples.istio(
            "istio_tcp_connections_opened_total",
            reporter: "destination",
            from: "a/x",
            to: "b/y",
            policy: "unknown",
            3
        )
        let json = MeshModel.single([sample]).json(pretty: false)
        #expect(json.contains(#""tcp_connections":{"mutual_tls":0,"none":0,"unknown":3}"#))
    }
}
