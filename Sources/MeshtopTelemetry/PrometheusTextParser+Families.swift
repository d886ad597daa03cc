extension PrometheusTextParser {
    /// The family a sample name belongs to: its length (a prefix of `name`) and kind.
    ///
    /// `x_bucket`, `x_sum`, `x_count`, `x_created` and `x_total` samples belong to a declared family `x`
    /// of a kind that has such series; an undeclared name is its own untyped family.
    @inline(__always)
    mutating func resolveFamily(_ name: UnsafeBufferPointer<UInt8>) -> (length: Int, kind: MetricKind) {
        if let cached = cachedFamily, name.count >= cached.name.count {
            let matches = cached.name.withUnsafeBufferPointer { prefix in
                ByteText.equal(UnsafeBufferPointer(rebasing: name[..<prefix.count]), prefix)
            }
            if matches,
                name.count == cached.name.count
                    || Self.allowsSuffix(UnsafeBufferPointer(rebasing: name[cached.name.count...]), kind: cached.kind)
            {
                if !cached.sampled { markCachedFamilySampled() }
                return (cached.name.count, cached.kind)
            }
        }
        return resolveFamilyInTable(name)
    }

    private mutating func markCachedFamilySampled() {
        guard let index = cachedFamily?.index else { return }
        families[index].sampled = true
        cachedFamily?.sampled = true
    }

    @inline(never)
    private mutating func resolveFamilyInTable(_ name: UnsafeBufferPointer<UInt8>) -> (length: Int, kind: MetricKind) {
        if let index = families.index(of: name), families[index].declared {
            return remember(index, name: name)
        }
        for suffix in Self.seriesSuffixes
        where name.count > suffix.utf8CodeUnitCount && ByteText.hasSuffix(name, suffix) {
            let family = UnsafeBufferPointer(rebasing: name[..<(name.count - suffix.utf8CodeUnitCount)])
            if let index = families.index(of: family), families[index].declared,
                Self.allowsSuffix(UnsafeBufferPointer(rebasing: name[family.count...]), kind: families[index].kind)
            {
                return remember(index, name: family)
            }
        }
        return remember(insertFamily(name), name: name)
    }

    private mutating func remember(_ index: Int, name: UnsafeBufferPointer<UInt8>) -> (length: Int, kind: MetricKind) {
        families[index].sampled = true
        let kind = families[index].kind
        cachedFamily = CachedFamily(index: index, kind: kind, sampled: true, name: Array(name))
        return (name.count, kind)
    }

    private static let seriesSuffixes: [StaticString] = [
        "_bucket", "_sum", "_count", "_created", "_total", "_gsum", "_gcount", "_info",
    ]

    /// Whether a family of `kind` has series named with `suffix` (e.g. `_bucket` for histograms).
    @inline(__always)
    static func allowsSuffix(_ suffix: UnsafeBufferPointer<UInt8>, kind: MetricKind) -> Bool {
        switch kind {
        case .histogram:
            ByteText.equal(suffix, "_bucket") || ByteText.equal(suffix, "_sum") || ByteText.equal(suffix, "_count")
                || ByteText.equal(suffix, "_created")
        case .summary:
            ByteText.equal(suffix, "_sum") || ByteText.equal(suffix, "_count") || ByteText.equal(suffix, "_created")
        case .counter:
            ByteText.equal(suffix, "_total") || ByteText.equal(suffix, "_created")
        case .gaugeHistogram:
            ByteText.equal(suffix, "_bucket") || ByteText.equal(suffix, "_gsum") || ByteText.equal(suffix, "_gcount")
        case .info:
            ByteText.equal(suffix, "_info")
        case .gauge, .untyped, .stateSet, .textReadout:
            false
        }
    }
}
