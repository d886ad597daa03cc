extension PolicyOverlay {
    /// The `Policy` section of `meshtop report`'s text: each namespace's and workload's effective mode
    /// and STRICT readiness, with the blockers of a BLOCKED verdict.
    package func textSection(for snapshot: MeshSnapshot) -> String {
        var out = "\nPolicy (effective mTLS mode; STRICT readiness)\n"
        for namespace in snapshot.namespaces {
            out += "  \(MeshSnapshot.safe(namespace.name))\n"
            out += "    mode             \(MeshSnapshot.safe(mode(ofNamespace: namespace.name).description))\n"
            Self.append(readiness(ofNamespace: namespace.name), label: "    readiness        ", to: &out)
            for workload in snapshot.workloads where workload.id.namespace == namespace.name {
                out += "    \(MeshSnapshot.safe(workload.id.name))\n"
                out += "      mode           \(MeshSnapshot.safe(mode(of: workload.id).description))\n"
                Self.append(readiness(of: workload.id), label: "      readiness      ", to: &out)
            }
        }
        return out
    }

    /// Appends `label` and the verdict, then one line per blocker, indented as the label is.
    private static func append(_ readiness: StrictReadiness, label: String, to out: inout String) {
        out += "\(label)\(readiness)\n"
        let indent = String(label.prefix { $0 == " " })
        for blocker in readiness.blockers {
            out += "\(indent)  - \(MeshSnapshot.safe(blocker.description))\n"
        }
    }
}
