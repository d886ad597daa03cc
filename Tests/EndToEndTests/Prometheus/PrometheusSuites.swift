import Testing

/// Every suite that starts a real Prometheus, run one after another: several servers at once on two
/// cores would crowd out the scrapes the tests wait for. `swift test --filter Prometheus` selects them.
@Suite(
    .serialized,
    .tags(.prometheus),
    .enabled(if: PrometheusServer.isInstalled, "prometheus is not installed (apt-get install prometheus)")
)
enum PrometheusSuites {}
