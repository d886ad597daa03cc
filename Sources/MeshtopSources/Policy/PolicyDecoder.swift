import MeshtopModel

/// Reads PeerAuthentications and DestinationRules from the YAML or JSON `kubectl get … -o yaml|json` prints.
package struct PolicyDecoder {
    /// What one or more policy streams held.
    package struct Result: Sendable {
        /// The PeerAuthentications, in input order.
        package var peerAuthentications: [PeerAuthentication] = []
        /// The DestinationRules, in input order.
        package var destinationRules: [DestinationRule] = []
        /// What was skipped or assumed, one line each (`file: document 2: skipped Service shop/cart`).
        package var notes: [String] = []
        /// Every resource as read, whole, so that a rewrite of one keeps the fields the model leaves out.
        package var manifests: [PolicyReference: ManifestValue] = [:]
        /// Where each resource sits in its list, to find a redefinition without a scan.
        private var positions: [PolicyReference: Int] = [:]

        /// Creates an empty result.
        package init() {}

        /// Adds `resource`, or replaces an earlier one with the same kind, namespace and name (the same
        /// object given twice: the later definition wins, as with `kubectl apply`), noting the replacement.
        mutating func replaceOrAppend<Resource>(
            _ resource: Resource,
            at list: WritableKeyPath<Result, [Resource]>,
            reference: KeyPath<Resource, PolicyReference>,
            place: String
        ) {
            let name = resource[keyPath: reference]
            if let index = positions[name] {
                self[keyPath: list][index] = resource
                notes.append("\(place): \(name.kind.rawValue) \(name) is defined again; this later definition is used")
            } else {
                positions[name] = self[keyPath: list].count
                self[keyPath: list].append(resource)
            }
        }

        /// The policies as a `MeshPolicy` with `rootNamespace`.
        package func meshPolicy(rootNamespace: String) -> MeshPolicy {
            MeshPolicy(
                peerAuthentications: peerAuthentications,
                destinationRules: destinationRules,
                rootNamespace: rootNamespace
            )
        }
    }

    /// The `apiVersion`s accepted per kind.
    static let apiVersions: [String: Set<String>] = [
        "PeerAuthentication": ["security.istio.io/v1", "security.istio.io/v1beta1"],
        "DestinationRule": ["networking.istio.io/v1", "networking.istio.io/v1beta1", "networking.istio.io/v1alpha3"],
    ]

    /// Decodes `text` (named `file` in errors and notes) and appends what it holds to `result`.
    package static func decode(_ text: String, file: String, into result: inout Result) throws(PolicyLoadError) {
        let stream = try KubernetesObjectStream(text: text, file: file)
        for object in stream.objects {
            let place = "\(file): document \(object.document)"
            guard let accepted = apiVersions[object.kind] else {
                let why = object.kind.isEmpty ? "" : " (not a PeerAuthentication or DestinationRule)"
                result.notes.append("\(place): skipped \(describe(object))\(why)")
                continue
            }
            do {
                let apiVersion = try object.node.optional("apiVersion")?.string() ?? ""
                guard accepted.contains(apiVersion) else {
                    result.notes.append(
                        "\(place): skipped \(describe(object)): unsupported apiVersion \"\(apiVersion)\""
                    )
                    continue
                }
                let metadata = try Metadata(object.node)
                if metadata.namespaceWasMissing {
                    result.notes.append(
                        "\(place): \(object.kind) \(metadata.name) has no namespace; assumed \"default\""
                    )
                }
                let manifest = ManifestValue(node: object.node.node)
                if object.kind == "PeerAuthentication" {
                    let policy = try peerAuthentication(object.node, metadata)
                    result.manifests[policy.reference] = manifest
                    result.replaceOrAppend(policy, at: \.peerAuthentications, reference: \.reference, place: place)
                } else {
                    let rule = try destinationRule(object.node, metadata)
                    result.manifests[rule.reference] = manifest
                    result.replaceOrAppend(rule, at: \.destinationRules, reference: \.reference, place: place)
                }
            } catch {
                throw stream.error(error, document: object.document)
            }
        }
    }

    private static func describe(_ object: KubernetesObjectStream.Object) -> String {
        let metadata = try? object.node.optional("metadata")
        let name = (try? metadata?.optional("name")?.string()) ?? "?"
        let namespace = (try? metadata?.optional("namespace")?.string()).map { "\($0)/" } ?? ""
        return object.kind.isEmpty
            ? "an object without kind (\(namespace)\(name))" : "\(object.kind) \(namespace)\(name)"
    }
}

/// The `metadata` fields policies use.
struct Metadata {
    var name: String
    var namespace: String
    var namespaceWasMissing: Bool
    var creationTime: Int64?

    init(_ object: PolicyNode) throws(PolicyNode.Failure) {
        let metadata = try object.required("metadata")
        name = try metadata.required("name").string()
        let namespace = try metadata.optional("namespace")?.string()
        self.namespace = namespace ?? "default"
        namespaceWasMissing = namespace == nil
        if let stamp = try metadata.optional("creationTimestamp") {
            guard let seconds = KubernetesTimestamp.seconds(from: try stamp.string()) else {
                throw stamp.failure("not an RFC 3339 time such as 2024-05-01T12:30:00Z")
            }
            creationTime = seconds
        }
    }
}
