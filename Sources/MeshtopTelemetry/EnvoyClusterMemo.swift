/// The cluster name of the last cluster stat whose split was worked out, so that the stats after it in a
/// sorted `/stats` dump (every stat of one cluster is listed together) skip the split.
///
/// Where `cluster.<name>.<stat>` splits depends on the stat alone once the name is known to end at a dot:
/// the split is the rightmost dot that leaves a known stat, so a stat that is known as a whole and holds
/// no known stat after any of its own dots (see ``EnvoyScopedNameCache/Entry/splitsAlone``) splits right
/// after whatever name comes before it. The exception is the `internal.`/`external.`/`canary.` qualifier
/// that an `upstream_*` stat takes over from the end of the name, which the memo notes.
final class EnvoyClusterMemo {
    private static let capacity = 256
    /// The text after `cluster.` up to and including the split dot.
    private let prefix = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    /// The length of ``prefix``, 0 when nothing is remembered.
    private(set) var prefixCount = 0
    /// Where the cluster name ends (before a `;` delimiter, if any).
    private(set) var nameEnd = 0
    /// Whether the name ends in a qualifier an `upstream_*` stat would take over.
    private(set) var endsInQualifier = false

    deinit { prefix.deallocate() }

    /// Remembers the split of `rest` (the text after `cluster.`); names too long for the memo are not kept.
    func remember(_ rest: UnsafeBufferPointer<UInt8>, nameEnd: Int, statStart: Int) {
        guard let base = rest.baseAddress, statStart <= Self.capacity else {
            prefixCount = 0
            return
        }
        prefix.update(from: base, count: statStart)
        prefixCount = statStart
        self.nameEnd = nameEnd
        let name = rest.slice(upTo: statStart - 1)
        endsInQualifier =
            ByteText.hasSuffix(name, ".internal") || ByteText.hasSuffix(name, ".external")
            || ByteText.hasSuffix(name, ".canary")
    }

    /// Whether `rest` starts with the remembered name and split dot and has a stat after them.
    @inline(__always)
    func matches(_ rest: UnsafeBufferPointer<UInt8>) -> Bool {
        prefixCount > 0 && rest.count > prefixCount
            && ByteText.equal(rest.slice(upTo: prefixCount), UnsafeBufferPointer(start: prefix, count: prefixCount))
    }
}
