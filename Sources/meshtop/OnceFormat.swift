import ArgumentParser

/// What `--once` prints, for the dashboard and `replay` alike: the overview screen as text, the `report` JSON
/// of the window shown, or the overview table as CSV.
enum OnceFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv

    /// The option's help, one wording for every command that takes it.
    static let help: ArgumentHelp =
        "What --once prints: text (the overview), json (the report JSON) or csv (the overview table)."
}
