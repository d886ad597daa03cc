/// The stable codes of meshtop's policy findings, with the equivalent Kiali or istioctl check where one exists.
///
/// Codes never change meaning; new checks get new codes. `MT1xx`: client and server disagree, `MT2xx`:
/// policy configuration, `MT3xx`: what the traffic shows.
package enum FindingCode: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A DestinationRule originates plaintext (or TLS without a client certificate) to a STRICT workload.
    case destinationRuleBreaksStrict = "MT101"
    /// A DestinationRule originates mutual TLS to a workload whose mode is DISABLE.
    case destinationRuleMutualToDisabled = "MT102"
    /// More than one selector-less PeerAuthentication in a namespace: only the oldest counts.
    case duplicateNamespacePolicy = "MT201"
    /// More than one selector-less PeerAuthentication in the root namespace: only the oldest counts.
    case duplicateMeshPolicy = "MT202"
    /// More than one PeerAuthentication selects the same workload: only the oldest counts.
    case overlappingWorkloadPolicies = "MT203"
    /// A PeerAuthentication selector matches no known workload.
    case selectorMatchesNothing = "MT204"
    /// A PeerAuthentication with a selector in the root namespace, which Istio ignores.
    case selectorInRootNamespace = "MT205"
    /// `portLevelMtls` in a PeerAuthentication without a selector, which Istio ignores.
    case portLevelWithoutSelector = "MT206"
    /// Plaintext reaches a workload or port whose effective mode is STRICT.
    case plaintextIntoStrict = "MT301"
    /// Plaintext reaches a PERMISSIVE workload or port: migration debt.
    case plaintextIntoPermissive = "MT302"
    /// Plaintext reaches a workload or port whose mode is DISABLE.
    case plaintextIntoDisabled = "MT303"
    /// A caller without a proxy sends to a STRICT workload (it would be refused).
    case unmeshedCallerIntoStrict = "MT304"

    /// What the finding means, in a few words.
    package var title: String {
        switch self {
        case .destinationRuleBreaksStrict: "DestinationRule sends non-mTLS to a STRICT workload"
        case .destinationRuleMutualToDisabled: "DestinationRule sends mTLS to a DISABLE workload"
        case .duplicateNamespacePolicy: "several namespace-wide PeerAuthentications; newer ones ignored"
        case .duplicateMeshPolicy: "several mesh-wide PeerAuthentications; newer ones ignored"
        case .overlappingWorkloadPolicies: "several PeerAuthentications select one workload; newer ones ignored"
        case .selectorMatchesNothing: "PeerAuthentication selector matches no workload"
        case .selectorInRootNamespace: "PeerAuthentication with a selector in the root namespace is ignored"
        case .portLevelWithoutSelector: "portLevelMtls without a selector is ignored"
        case .plaintextIntoStrict: "plaintext into a STRICT workload or port"
        case .plaintextIntoPermissive: "plaintext into a PERMISSIVE workload (migration debt)"
        case .plaintextIntoDisabled: "plaintext into a DISABLE workload or port"
        case .unmeshedCallerIntoStrict: "caller without a proxy sends to a STRICT workload"
        }
    }

    /// The Kiali validation that checks the same thing, if any.
    package var kialiEquivalent: String? {
        switch self {
        case .destinationRuleBreaksStrict: "KIA0207/KIA0208"
        case .destinationRuleMutualToDisabled: "KIA0505/KIA0506"
        case .duplicateNamespacePolicy, .duplicateMeshPolicy: "KIA0002"
        case .overlappingWorkloadPolicies: "KIA0003"
        case .selectorMatchesNothing: "KIA0004"
        default: nil
        }
    }

    /// The `istioctl analyze` message that checks the same thing, if any.
    package var istioctlEquivalent: String? {
        switch self {
        case .destinationRuleBreaksStrict, .destinationRuleMutualToDisabled: "IST0113 (older istioctl releases)"
        case .selectorMatchesNothing: "IST0127"
        case .unmeshedCallerIntoStrict: "IST0103"
        default: nil
        }
    }

    /// `KIA0207/KIA0208, IST0113 (…)` or `none`.
    package var equivalents: String {
        let names = [kialiEquivalent, istioctlEquivalent].compactMap { $0 }
        return names.isEmpty ? "none" : names.joined(separator: ", ")
    }

    /// Orders by code.
    package static func < (lhs: FindingCode, rhs: FindingCode) -> Bool { lhs.rawValue < rhs.rawValue }
}
