import MeshtopModel
import Testing

@Suite struct SecurityClassTests {
    @Test func onlyMutualTLSCountsAsSecure() {
        #expect(SecurityClass.allCases.filter(\.isSecure) == [.mutualTLS])
    }
}
