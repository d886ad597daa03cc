/// The dashboard's whole state; `reduce` derives the next state from an event.
///
/// Nothing here touches a terminal or a clock: time arrives as `tick` events and side effects
/// leave as `requests`, which the main loop drains.
package struct AppState {
    /// Selection and scroll of one pane.
    package struct PaneCursor: Hashable, Sendable {
        /// Selected row index in the filtered, sorted rows.
        package var selected = 0
        /// First row shown.
        package var offset = 0
    }

    /// Sort column and direction of a pane.
    package struct SortOrder: Hashable, Sendable {
        /// Column index.
        package var column: Int
        /// Whether the order is descending.
        package var descending: Bool

        /// Creates a sort order.
        package init(column: Int, descending: Bool) {
            self.column = column
            self.descending = descending
        }
    }

    /// The data shown.
    package private(set) var model: DashboardModel
    /// Bumped on every model update; caches key on it.
    package private(set) var generation = 0
    /// The screen shown.
    package var location: Location = .mesh
    /// Screens to go back to, oldest first.
    package var history: [Location] = []
    /// `:` command lines run, oldest first, for ↑/↓ in the command prompt.
    package var commandHistory: [String] = []
    /// Which history entry the command prompt shows (an index into ``commandHistory``), while browsing it.
    package var commandHistoryPosition: Int?
    /// Screens left by walking back (`[`), for walking forward again (`]`).
    package var forwardHistory: [Location] = []
    /// The focused pane index per screen.
    package var focusedPane: [Location: Int] = [:]
    /// Selection and scroll per screen and pane.
    package var cursors: [PaneKey: PaneCursor] = [:]
    /// Sort order per pane kind; tables fall back to their default.
    package var sorts: [Pane: SortOrder] = [:]
    /// The row filter, kept across screens until cleared.
    package var filter: RowFilter?
    /// The prompt being typed, if any.
    package var prompt: Prompt?
    /// Whether the help overlay is shown.
    package var showHelp = false
    /// The first help line shown, for scrolling the overlay.
    package var helpOffset = 0
    /// The certificate timeline's horizon.
    package var horizon: CertificateHorizon = .week
    /// The name of the theme in use.
    package var themeName: String
    /// The zone times are shown in.
    package var zone: DisplayZone = .utc
    /// What the data is, shown in the title bar (`sample: PERMISSIVE → STRICT migration`), if said.
    package var title: String?
    /// Terminal size.
    package var width: Int, height: Int
    /// Whether glyphs must be ASCII.
    package var ascii: Bool
    /// Where the data sits in time.
    package var time = TimeStatus(mode: .live)
    /// The wall clock from the last tick, for data age.
    package var now: Int64?
    /// The status-bar message.
    package var message: StatusMessage?
    /// The recording of the live view in progress, if any.
    package var recording: RecordingStatus?
    /// Set when the user asked to quit.
    package var shouldQuit = false
    /// Side effects for the main loop, oldest first.
    package var requests: [AppRequest] = []
    /// The keys in use.
    package var keyMap: KeyMap
    /// Filtered and sorted rows, rebuilt only when the model or view changes.
    let cache = TableCache()

    /// A pane on a screen.
    package struct PaneKey: Hashable, Sendable {
        /// The screen.
        package var location: Location
        /// The pane.
        package var pane: Pane
    }

    /// Creates a state showing `model` on a terminal of the given size.
    package init(
        model: DashboardModel = .empty,
        width: Int,
        height: Int,
        ascii: Bool = false,
        themeName: String = "default",
        keyMap: KeyMap = .standard
    ) {
        self.model = model
        self.width = width
        self.height = height
        self.ascii = ascii
        self.themeName = themeName
        self.keyMap = keyMap
    }

    /// The glyph set for the current mode.
    package var glyphs: Glyphs { ascii ? .ascii : .unicode }

    /// The pane that has the focus on the current screen.
    package var pane: Pane {
        let panes = location.panes
        return panes[min(focusedPane[location] ?? 0, panes.count - 1)]
    }

    /// The current pane's key.
    package var paneKey: PaneKey { PaneKey(location: location, pane: pane) }

    /// The current pane's cursor.
    package var cursor: PaneCursor {
        get { cursors[paneKey] ?? PaneCursor() }
        set { cursors[paneKey] = newValue }
    }

    /// Replaces the model and invalidates cached rows.
    package mutating func replaceModel(_ newModel: DashboardModel) {
        model = newModel
        generation &+= 1
    }

    /// The focused pane's rows, filtered and sorted.
    package func rows(of pane: Pane? = nil) -> ResolvedTable {
        let shown = pane ?? self.pane
        return cache.resolve(
            TableCache.Key(
                generation: generation,
                location: location,
                pane: shown,
                filter: filter,
                sort: sorts[shown],
                horizon: horizon,
                ascii: ascii,
                now: referenceTime,
                zone: zone
            ),
            model: model
        )
    }

    /// The time figures are relative to: the data time, else the wall clock, else zero.
    package var referenceTime: Int64 { model.dataTime ?? now ?? 0 }
}
