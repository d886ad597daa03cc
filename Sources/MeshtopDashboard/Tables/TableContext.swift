import MeshtopModel

/// What a pane's table is built from besides its declaration: the model, the screen's subject and display
/// options.
struct TableContext {
    var model: DashboardModel
    var location: Location
    var horizon: CertificateHorizon
    var glyphs: Glyphs
    /// The time "now" for relative figures (the data time when known).
    var now: Int64
    /// The zone times are shown in.
    var zone: DisplayZone = .utc

    /// Whether figures are a single scrape's counter totals rather than rates.
    var counts: Bool { model.isCumulative }
}
