import MeshtopSources

/// Where the engines get the time: a clock to sleep on and the wall time in unix milliseconds.
///
/// The executable passes ``wall``; tests pass a clock they advance by hand, so no test sleeps.
package struct SessionClock<C: Clock>: Sendable where C.Duration == Duration {
    /// What the engines sleep on between playback steps and health refreshes.
    package var clock: C
    /// The wall time, unix milliseconds.
    package var now: @Sendable () -> Int64

    /// Creates a session clock.
    package init(clock: C, now: @escaping @Sendable () -> Int64) {
        self.clock = clock
        self.now = now
    }
}

extension SessionClock where C == ContinuousClock {
    /// The real clock: `ContinuousClock` for sleeping, the system's wall time for data ages.
    package static var wall: SessionClock<ContinuousClock> {
        SessionClock(clock: ContinuousClock(), now: { WallClock.nowMilliseconds() })
    }
}
