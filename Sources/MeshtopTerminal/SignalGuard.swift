import CNcursesw
import Glibc
import Synchronization

/// Restores the terminal on every signal that would end the process, so none leaves the shell in raw
/// mode on the alternate screen with mouse tracking on and the cursor hidden.
///
/// Signals that end a process by default without a crash (SIGINT, SIGTERM, SIGHUP, SIGQUIT from Ctrl-\,
/// SIGUSR1, SIGUSR2, SIGALRM and the like) only set a flag that the main loop polls between frames, so the
/// terminal is restored by ordinary code; a second one while the loop has not yet ended restores the
/// terminal in the handler and ends the process by that signal. SIGPIPE is ignored: a closed pipe is a
/// write error, not a reason to die. Crash signals restore the terminal in the handler as a last resort and
/// then re-raise to the handler that was there before (the Swift runtime's backtracer), so the crash still
/// reports, on a usable terminal.
enum SignalGuard {
    /// Signals whose default action ends the process and that mean "stop", not "crashed".
    static let quitSignals: [Int32] = [
        SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGIO, SIGXCPU, SIGXFSZ,
        SIGPWR, SIGSTKFLT,
    ]
    /// Signals a terminal program ignores.
    static let ignoredSignals: [Int32] = [SIGPIPE]
    /// Signals that mean the program crashed.
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS]

    private static let quitSignal = Atomic<Int32>(0)
    private static let installed = Atomic<Bool>(false)
    /// The actions crash signals had before, by signal number, reinstated before a crash is re-raised.
    /// Written once in ``install()`` before any handler can run, only read afterwards.
    nonisolated(unsafe) private static let previousActions: UnsafeMutablePointer<sigaction> = {
        let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
        actions.initialize(repeating: sigaction(), count: 65)
        return actions
    }()

    static var quitRequested: Bool { quitSignal.load(ordering: .relaxed) != 0 }

    /// The signal that asked to quit, or 0.
    static var requestingSignal: Int32 { quitSignal.load(ordering: .relaxed) }

    static func install() {
        guard !installed.exchange(true, ordering: .relaxed) else { return }
        for signal in ignoredSignals { Glibc.signal(signal, SIG_IGN) }
        for signal in quitSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                // The first asks the main loop to quit; a second one means the loop is not answering.
                guard SignalGuard.quitSignal.exchange(number, ordering: .relaxed) != 0 else { return }
                endwin()
                Glibc.signal(number, SIG_DFL)
                raise(number)
            }
            sigaction(signal, &action, nil)
        }
        let previous = previousActions
        for signal in crashSignals where signal < 65 {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                endwin()
                if number > 0, number < 65 {
                    sigaction(number, SignalGuard.previousActions + Int(number), nil)
                } else {
                    Glibc.signal(number, SIG_DFL)
                }
                raise(number)
            }
            sigaction(signal, &action, previous + Int(signal))
        }
    }
}
