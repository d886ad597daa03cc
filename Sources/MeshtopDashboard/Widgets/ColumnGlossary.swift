/// One line for every column header the screens show, for the help overlay: `/S` is always per second over
/// the window, and a single scrape's totals drop the `/S`.
package enum ColumnGlossary {
    /// Header and meaning, in the order the overview shows them, then the other screens'.
    package static let entries: [(header: String, meaning: String)] = [
        ("READY?", "could switch to STRICT now"),
        ("MODE", "mTLS mode the policies enforce"),
        ("mTLS%", "share of requests+conns in mTLS"),
        ("REQ/S", "requests received per second"),
        ("PLAIN/S", "plaintext requests per second"),
        ("UNKN/S", "requests of unknown security /s"),
        ("CONN M/S", "mTLS TCP connections per second"),
        ("CONN P/S", "plaintext TCP connections /s"),
        ("PT SRC", "callers sending plaintext"),
        ("HSFAIL/S", "failed TLS handshakes per second"),
        ("FAIL/S", "handshakes failed for a reason /s"),
        ("CERT", "most urgent certificate: time left"),
        ("PT TREND", "plaintext /s, last 12 windows"),
        ("CLASS", "mTLS, plaintext, unverified"),
        ("CONN/S", "TCP connections per second"),
        ("SEV", "severity, or resolved"),
        ("AGE", "since the alert started firing"),
        ("SAMPLES", "samples in the source's last scrape"),
        ("USED", "of them read by the model"),
        ("SCRAPES", "scrapes inside the window"),
        ("LAST SCRAPE", "when its newest scrape was taken"),
        ("ISSUES", "lines of it that could not be read"),
        ("HEALTH", "ok, or what is wrong, in words"),
        ("KIND", "certificate or source kind"),
        ("TELEMETRY", "traffic shape: istio, cloud-monitoring"),
        ("OWNER", "workload or namespace holding it"),
        ("LEFT", "time left before it expires"),
        ("URGENCY", "against its kind's thresholds"),
        ("LIMITS", "its kind's warn and critical thresholds"),
        ("EXPIRES", "not-after time, in the zone shown"),
        ("TIMELINE", "expiry on the horizon (H)"),
        ("SOURCES", "the sources that reported it"),
        ("VERDICT", "READY, BLOCKED, NO DATA, STRICT"),
        ("BLOCKERS", "what would break under STRICT"),
        ("PLAN STEP", "its step of meshtop plan; y copies YAML"),
        ("REASON", "the ssl.* counter that counted it"),
        ("FIGURE", "what the series counts"),
        ("SERIES", "the series, labels and all"),
        ("VALUE", "its figure in the window"),
        ("SOURCE PRINCIPAL", "the caller's identity"),
        ("PEER PRINCIPAL", "the other side's identity"),
    ]

    /// The help overlay's lines for the glossary, each at most `width` columns.
    package static func lines(width: Int = HelpOverlay.columnWidth) -> [String] {
        entries.map { entry in
            let header = entry.header + String(repeating: " ", count: max(1, 10 - DisplayWidth.of(entry.header)))
            return header + entry.meaning
        }
    }
}
