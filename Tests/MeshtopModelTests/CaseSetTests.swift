import MeshtopModel
import Testing

struct CaseSetTests {
    @Test func holdsEachCaseOnceAndListsThemInDeclarationOrder() {
        var kinds: CaseSet<ProxyKind> = []
        #expect(kinds.isEmpty)
        kinds.insert(.envoy)
        kinds.insert(.sidecar)
        kinds.insert(.envoy)
        #expect(kinds.count == 2)
        #expect(kinds.contains(.sidecar) && kinds.contains(.envoy) && !kinds.contains(.ztunnel))
        #expect(Array(kinds) == [.sidecar, .envoy])
        #expect(kinds == [.envoy, .sidecar])
        #expect(kinds != [.envoy])
        for kind in ProxyKind.allCases {
            let single: CaseSet<ProxyKind> = [kind]
            #expect(Array(single) == [kind])
        }
    }
}
