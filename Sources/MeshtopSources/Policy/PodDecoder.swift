import MeshtopModel

/// Reads workloads and their pod labels from `kubectl get pods -A -o yaml|json`, for selector matching.
package enum PodDecoder {
    /// The workloads of the pods in `text`, one per namespace and workload name (the first pod's labels).
    ///
    /// The workload is the pod's controller: a ReplicaSet's Deployment (the ReplicaSet name less its
    /// `pod-template-hash`), a StatefulSet, DaemonSet or Job; a pod without one is named by its `app` label.
    package static func decode(_ text: String, file: String, notes: inout [String]) throws(PolicyLoadError)
        -> [PolicyWorkload]
    {
        let stream = try KubernetesObjectStream(text: text, file: file)
        var workloads: [PolicyWorkload] = []
        var seen: Set<String> = []
        for object in stream.objects {
            guard object.kind == "Pod" else {
                notes.append(
                    "\(file): document \(object.document): skipped \(object.kind.isEmpty ? "an object without kind" : object.kind) (not a Pod)"
                )
                continue
            }
            do {
                let workload = try self.workload(object.node)
                if seen.insert(workload.description).inserted { workloads.append(workload) }
            } catch {
                throw stream.error(error, document: object.document)
            }
        }
        return workloads
    }

    private static func workload(_ pod: PolicyNode) throws(PolicyNode.Failure) -> PolicyWorkload {
        let metadata = try pod.required("metadata")
        let podName = try metadata.required("name").string()
        let namespace = try metadata.optional("namespace")?.string() ?? "default"
        let labels = try metadata.optional("labels")?.labels() ?? [:]
        var name = labels["app"] ?? labels["app.kubernetes.io/name"] ?? podName
        for owner in try metadata.optional("ownerReferences")?.elements() ?? [] {
            let kind = try owner.required("kind").string()
            let ownerName = try owner.required("name").string()
            if try owner.optional("controller")?.string() == "false" { continue }
            name = kind == "ReplicaSet" ? deploymentName(ofReplicaSet: ownerName, labels: labels) : ownerName
            break
        }
        return PolicyWorkload(namespace: namespace, name: name, labels: labels, labelSource: .pods)
    }

    /// `cart-7d9f8b6c5` → `cart`, using the `pod-template-hash` label when present.
    static func deploymentName(ofReplicaSet name: String, labels: [String: String]) -> String {
        if let hash = labels["pod-template-hash"], name.hasSuffix("-\(hash)") {
            return String(name.dropLast(hash.count + 1))
        }
        guard let dash = name.lastIndex(of: "-") else { return name }
        return String(name[..<dash])
    }
}
