import MeshtopDashboard
import Synchronization

/// The newest view model, time status and message, handed from the engines to the UI, which never waits:
/// a newer post replaces an older one not yet taken.
package final class DashboardMailbox: Sendable {
    /// What one ``take()`` returns; each part is nil when nothing new was posted.
    package struct Update: Sendable {
        /// The newest view model.
        package var model: DashboardModel?
        /// The newest time status.
        package var time: TimeStatus?
        /// The newest message for the status line.
        package var message: StatusMessage?
    }

    private let newest = Mutex(Update())

    /// Creates an empty mailbox.
    package init() {}

    /// Posts a view model and, when given, the time status that goes with it.
    package func post(_ model: DashboardModel, time: TimeStatus? = nil) {
        newest.withLock { update in
            update.model = model
            if let time { update.time = time }
        }
    }

    /// Posts a message for the status line.
    package func post(message: StatusMessage) {
        newest.withLock { $0.message = message }
    }

    /// Takes what was posted since the last take.
    package func take() -> Update {
        newest.withLock { update in
            defer { update = Update() }
            return update
        }
    }
}
