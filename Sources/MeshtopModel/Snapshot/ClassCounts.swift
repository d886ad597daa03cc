/// A figure split by ``SecurityClass``: counts, increases or per-second rates.
package struct ClassCounts: Sendable, Hashable {
    /// Traffic the destination saw as mutual TLS.
    package var mutualTLS: Double
    /// Traffic the destination saw as plaintext.
    package var plaintext: Double
    /// Traffic the destination reported as `unknown` (ambient plaintext passthrough).
    package var unverified: Double
    /// Traffic only the calling side reported.
    package var unknown: Double

    /// Creates counts; every class defaults to zero.
    package init(mutualTLS: Double = 0, plaintext: Double = 0, unverified: Double = 0, unknown: Double = 0) {
        self.mutualTLS = mutualTLS
        self.plaintext = plaintext
        self.unverified = unverified
        self.unknown = unknown
    }

    /// All zero.
    package static let zero = ClassCounts()

    /// The figure of one class.
    package subscript(securityClass: SecurityClass) -> Double {
        get {
            switch securityClass {
            case .mutualTLS: mutualTLS
            case .plaintext: plaintext
            case .unverified: unverified
            case .unknown: unknown
            }
        }
        set {
            switch securityClass {
            case .mutualTLS: mutualTLS = newValue
            case .plaintext: plaintext = newValue
            case .unverified: unverified = newValue
            case .unknown: unknown = newValue
            }
        }
    }

    /// The sum over the classes the destination decided (mTLS, plaintext, unverified).
    package var destinationReported: Double { mutualTLS + plaintext + unverified }

    /// The sum over every class.
    package var total: Double { destinationReported + unknown }

    /// Whether every class is zero.
    package var isZero: Bool { total == 0 }

    /// The share of destination-reported traffic that is not mutual TLS (plaintext or unverified), or nil
    /// when the destination reported nothing.
    package var insecureShare: Double? {
        let reported = destinationReported
        return reported > 0 ? (plaintext + unverified) / reported : nil
    }

    /// Adds `other` class by class.
    package static func + (lhs: ClassCounts, rhs: ClassCounts) -> ClassCounts {
        ClassCounts(
            mutualTLS: lhs.mutualTLS + rhs.mutualTLS,
            plaintext: lhs.plaintext + rhs.plaintext,
            unverified: lhs.unverified + rhs.unverified,
            unknown: lhs.unknown + rhs.unknown
        )
    }

    /// Adds `rhs` to `lhs` class by class.
    package static func += (lhs: inout ClassCounts, rhs: ClassCounts) { lhs = lhs + rhs }

    /// Every class divided by `seconds` (a rate); zero when `seconds` is not positive.
    package func perSecond(over seconds: Double) -> ClassCounts {
        guard seconds > 0 else { return .zero }
        return ClassCounts(
            mutualTLS: mutualTLS / seconds,
            plaintext: plaintext / seconds,
            unverified: unverified / seconds,
            unknown: unknown / seconds
        )
    }
}
