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
        for (number, step) in steps.enumerated() { lines += Self.yamlLines(of: step, number: number + 1) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The objects of one namespace's step alone, as ``yaml()`` writes them; nil when it has none.
    package func yaml(ofNamespace namespace: String) -> String? {
        guard let number = steps.firstIndex(where: { $0.namespace == namespace }), !steps[number].resources.isEmpty
        else { return nil }
        return Self.yamlLines(of: steps[number], number: number + 1).joined(separator: "\n") + "\n"
    }

    private static func yamlLines(of step: MigrationStep, number: Int) -> [String] {
        var lines: [String] = []
        for resource in step.resources {
            lines.append("---")
            lines.append(
                ManifestValue.yamlComment("step \(number), \(step.namespace) (\(step.verdict)): \(resource.title)")
            )
            lines.append(ManifestValue.yamlComment(resource.reason))
            if let breaks = resource.breaksWithout {
                lines.append(ManifestValue.yamlComment("without it these break: \(breaks)"))
            }
            lines += resource.manifest.yamlLines()
        }
        return lines
    }
}
