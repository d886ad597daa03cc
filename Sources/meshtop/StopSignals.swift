import Foundation

/// SIGINT and SIGTERM as events, so a command can stop cleanly instead of dying mid-write.
enum StopSignals {
    /// Installs handlers that call `stop`; cancel the returned sources to restore nothing more than silence.
    static func install(_ stop: @escaping @Sendable () -> Void) -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler(handler: stop)
            source.resume()
            return source
        }
    }
}
