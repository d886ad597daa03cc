extension MigrationPlan {
    /// The objects to apply as a Kubernetes `List` (`kubectl apply -f` takes it), each carrying its
    /// reason in `metadata.annotations`.
    package func json() -> String {
        var writer = JSONWriter()
        writer.object { writer in
            writer.string("apiVersion", "v1")
            writer.string("kind", "List")
            writer.object("metadata") { _ in }
            writer.array("items") { writer in
                for resource in resources { resource.manifest.write(to: &writer) }
            }
        }
        writer.raw("\n")
        return writer.text
    }
}
