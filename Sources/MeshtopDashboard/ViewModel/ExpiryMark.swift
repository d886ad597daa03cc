import MeshtopModel

/// How a certificate's time left is marked: the model's ``CertificateUrgency`` by the limits of its kind, and
/// for an OK certificate within the notice step (``CertificateLimits/notice``) the mark SOON.
///
/// SOON is the only part the model lacks: the model judges with warning and critical limits alone.
package struct ExpiryMark: Hashable, Sendable, Comparable {
    /// The model's urgency.
    package var urgency: CertificateUrgency
    /// Whether an OK certificate is within twice its warning limit.
    package var isSoon: Bool

    /// The mark of a certificate with `secondsLeft` (zero or less: expired) under `limits`.
    package init(secondsLeft: Int64, limits: CertificateLimits = .unspecified) {
        urgency = limits.urgency(secondsLeft: secondsLeft)
        isSoon = urgency == .ok && secondsLeft <= limits.notice
    }

    /// Creates a mark from its parts (SOON only over OK).
    package init(_ urgency: CertificateUrgency, soon: Bool = false) {
        self.urgency = urgency
        self.isSoon = soon && urgency == .ok
    }

    /// The marks the certificate summary counts, most urgent first.
    package static let legend: [ExpiryMark] = [
        ExpiryMark(.expired), ExpiryMark(.critical), ExpiryMark(.warning), ExpiryMark(.ok, soon: true),
        ExpiryMark(.ok),
    ]

    /// Its place in ``legend``; nil for the marks of certificates without a usable expiry, which are not shown.
    package var legendPosition: Int? {
        switch urgency {
        case .expired: return 0
        case .critical: return 1
        case .warning: return 2
        case .ok: return isSoon ? 3 : 4
        case .invalid, .notIssued: return nil
        }
    }

    /// Orders marks from least to most urgent: SOON between OK and warning.
    package static func < (lhs: ExpiryMark, rhs: ExpiryMark) -> Bool {
        lhs.urgency != rhs.urgency ? lhs.urgency < rhs.urgency : !lhs.isSoon && rhs.isSoon
    }

    /// The label shown next to the time left, so that colour is never the only signal.
    package var word: String { isSoon ? "SOON" : urgency.word }

    /// The style role the theme colours it with.
    package var role: StyleRole { isSoon ? .certNotice : urgency.role }
}
