/// Where an alert is in its lifecycle at the moment shown.
package enum AlertState: String, Sendable, Hashable {
    /// Its condition holds in the window ending at the moment shown.
    case firing
    /// Its condition held earlier and no longer does.
    case resolved
}
