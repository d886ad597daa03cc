import CNcursesw
import Glibc
import Synchronization

/// Restores the terminal when the process is told to stop or crashes.
///
/// SIGINT, SIGTERM and SIGHUP only set a flag that the main loop polls between frames, so the
/// terminal is restored by ordinary code. Crash signals restore it in the handler as a last resort
/// and then re-raise with the default action, so the crash still reports.
enum SignalGuard {
    private static let quitSignal = Atomic<Int32>(0)
    private static let installed = Atomic<Bool>(false)

    static var quitRequested: Bool { quitSignal.load(ordering: .relaxed) != 0 }

    static func install() {
        guard !installed.exchange(true, ordering: .relaxed) else { return }
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                SignalGuard.quitSignal.store(number, ordering: .relaxed)
            }
            sigaction(signal, &action, nil)
        }
        for signal in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
            var action = sigaction()
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            action.__sigaction_handler.sa_handler = { number in
                endwin()
                raise(number)
            }
            sigaction(signal, &action, nil)
        }
    }
}
