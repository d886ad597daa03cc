/// One object a migration plan asks to apply, with why, and what would break without it.
package struct PlannedResource: Sendable, Hashable {
    /// The object as meshtop's policy model sees it, to check the plan against.
    package var object: PolicyObject
    /// True when it replaces an object of the same kind, namespace and name; false when it is new.
    package var replaces: Bool
    /// Why the plan asks for it, in one line.
    package var reason: String
    /// For an exception: what would break without it.
    package var breaksWithout: String?
    /// The whole object to apply (`apiVersion`, `kind`, `metadata` with the reason as annotations, `spec`).
    package var manifest: ManifestValue

    /// Creates a planned resource.
    package init(
        object: PolicyObject,
        replaces: Bool,
        reason: String,
        breaksWithout: String? = nil,
        manifest: ManifestValue
    ) {
        self.object = object
        self.replaces = replaces
        self.reason = reason
        self.breaksWithout = breaksWithout
        self.manifest = manifest
    }

    /// The annotation that carries ``reason`` on the applied object.
    package static let reasonAnnotation = "meshtop/reason"
    /// The annotation that carries ``breaksWithout`` on the applied object.
    package static let breaksWithoutAnnotation = "meshtop/breaks-without"

    /// `PeerAuthentication payments/meshtop-strict (new)`.
    package var title: String {
        "\(object.reference.kind.rawValue) \(object.reference) (\(replaces ? "replaces the existing one" : "new"))"
    }
}
