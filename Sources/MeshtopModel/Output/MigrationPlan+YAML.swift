extension MigrationPlan {
    /// The objects to apply as a multi-document YAML stream for `kubectl apply -f`, each after `#`
    /// comments saying which step it belongs to, why, and what would break without it.
    package func yaml() -> String {
        var lines = [
            ManifestValue.yamlComment(
                "meshtop plan: \(resources.count) object(s) to apply, in this order (kubectl apply -f); "
                    + "every reason is also in the annotation \(PlannedResource.reasonAnnotation)"
            )
        ]
        for (number, step) in steps.enumerated() {
            for resource in step.resources {
                lines.append("---")
                lines.append(
                    ManifestValue.yamlComment(
                        "step \(number + 1), \(step.namespace) (\(step.verdict)): \(resource.title)"
                    )
                )
                lines.append(ManifestValue.yamlComment(resource.reason))
                if let breaks = resource.breaksWithout {
                    lines.append(ManifestValue.yamlComment("without it these break: \(breaks)"))
                }
                lines += resource.manifest.yamlLines()
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
