/// What one scrape of one source contributed: the values of the series the model tracks, and counts.
///
/// Built by ``FrameAccumulator`` while parsing; hand it to ``MeshModel/add(_:)``.
package struct Frame: Sendable {
    /// The source's index in the model's catalog.
    package var sourceIndex: Int32
    /// The scrape time (unix milliseconds).
    package var time: Int64
    /// Values of the tracked series, in input order.
    package var values: [SeriesValue]
    /// Every sample the parser handed over.
    package var samples: Int
    /// Parse problems reported.
    package var issues: Int
    /// Whether listener or (non control-plane) cluster `ssl.*` stats were present.
    package var sslStatsPresent: Bool
    /// The newest timestamp a sample carried (unix milliseconds), for callers that date a dump by it.
    package var newestSampleTimestamp: Int64?
    /// The proxy components the scrape announced (`istio_build{component="ztunnel"}` sets ``ProxyKind/ztunnel``).
    package var announcedProxyKind: ProxyKind?

    /// Whether the scrape held Istio's own traffic series (``TelemetryShape/istio``).
    package var holdsIstioTraffic = false
    /// Whether the scrape held Cloud Service Mesh traffic series (``TelemetryShape/cloudMonitoring``).
    package var holdsCloudMonitoringTraffic = false

    /// The shape the model counts from this scrape: Istio's own metrics when present (a source holding both
    /// shapes would otherwise count every request twice), else Cloud Monitoring's; nil without either.
    package var countedShape: TelemetryShape? {
        if holdsIstioTraffic { return .istio }
        return holdsCloudMonitoringTraffic ? .cloudMonitoring : nil
    }

    /// Creates an empty frame.
    package init(sourceIndex: Int32, time: Int64) {
        self.sourceIndex = sourceIndex
        self.time = time
        self.values = []
        self.samples = 0
        self.issues = 0
        self.sslStatsPresent = false
        self.announcedProxyKind = nil
        self.newestSampleTimestamp = nil
    }
}

/// One tracked series' value in a frame.
package struct SeriesValue: Sendable, Hashable {
    /// The series' index in the model's catalog.
    package var series: Int32
    /// Its value in the scrape.
    package var value: Double

    /// Creates a value.
    package init(series: Int32, value: Double) {
        self.series = series
        self.value = value
    }
}
