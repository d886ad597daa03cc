/// Something the user can ask for, by key or by `:` command.
package enum Action: Hashable, Sendable {
    /// Move the selection.
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    /// Open the selected row; go up one level of the breadcrumb.
    case drillDown, up
    /// Walk back or forward through the screens visited, as a browser does.
    case back, forward
    /// Open the filter prompt; clear the filter.
    case filter, clearFilter
    /// Sort by the previous or next column; reverse the order.
    case sortPrevious, sortNext, reverseSort
    /// Focus the next or previous pane.
    case nextPane, previousPane
    /// Show one of the seven screens.
    case show(ScreenKind)
    /// Open the `:` command line.
    case commandLine
    /// Toggle the help overlay.
    case help
    /// Cycle the certificate timeline's horizon.
    case cycleHorizon
    /// Open the go-to-time prompt.
    case goToTime
    /// Forward a time action.
    case time(TimeAction)
    /// Start or stop recording the live view.
    case toggleRecording
    /// Write the table shown, filtered and sorted as shown, to a CSV file.
    case exportTable
    /// Copy the selected row's name to the terminal's clipboard.
    case copyRow
    /// Quit.
    case quit
}

/// A binding of keys to an action, with what the help overlay says about it.
package struct KeyBinding: Hashable, Sendable {
    /// The keys that trigger it; the first is shown first.
    package var keys: [Key]
    /// The action.
    package var action: Action
    /// The `:` command that does the same.
    package var command: String
    /// One line of help.
    package var summary: String
    /// The help section it is listed under.
    package var section: String
    /// How it shows in the hint bar, if it does.
    package var hint: KeyHint?

    /// Creates a binding.
    package init(
        _ keys: [Key],
        _ action: Action,
        command: String,
        _ summary: String,
        section: String,
        hint: KeyHint? = nil
    ) {
        self.keys = keys
        self.action = action
        self.command = command
        self.summary = summary
        self.section = section
        self.hint = hint
    }
}
