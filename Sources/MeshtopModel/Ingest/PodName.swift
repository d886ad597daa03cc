/// Derives a workload name from a Kubernetes pod name.
enum PodName {
    /// The owner's name: `reviews-v1-7f8c9d-x2k4p` → `reviews-v1` (Deployment), `web-5k2xq` → `web`
    /// (DaemonSet), `db-0` → `db` (StatefulSet); a name without such suffixes is returned whole.
    static func workload(of pod: String) -> String {
        var parts = pod.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, let last = parts.last else { return pod }
        if last.allSatisfy(\.isNumber) {
            parts.removeLast()
            return parts.joined(separator: "-")
        }
        guard last.count == 5, isHashLike(last) else { return pod }
        parts.removeLast()
        if parts.count >= 2, let template = parts.last, (6...10).contains(template.count), isHashLike(template),
            template.contains(where: \.isNumber)
        {
            parts.removeLast()
        }
        return parts.joined(separator: "-")
    }

    private static func isHashLike(_ text: Substring) -> Bool {
        text.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") }
    }
}
