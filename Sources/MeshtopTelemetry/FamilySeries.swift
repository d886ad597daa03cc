/// One metric family of an input with its kind and how many series it has there: a row of
/// `meshtop inspect --families`, as Prometheus lists its "highest cardinality metric names".
package struct FamilySeries: Equatable, Sendable {
    /// The family's name (the `# TYPE` name, or the sample name when undeclared).
    package var name: String
    /// The family's kind, `.untyped` when nothing declared or implied one.
    package var kind: MetricKind
    /// The samples of the family in the input: one per series in a scrape (every bucket, `_sum` and `_count`
    /// of a histogram counts), 0 for a family declared without samples.
    package var series: Int

    /// Creates a row.
    package init(name: String, kind: MetricKind, series: Int) {
        self.name = name
        self.kind = kind
        self.series = series
    }

    /// Whether `self` comes before `other` in the listing: more series first, then by name.
    package func precedes(_ other: FamilySeries) -> Bool {
        series != other.series ? series > other.series : name < other.name
    }
}
