import CNcursesw
import Glibc
import Synchronization

/// Signal handling for the interactive screen.
///
/// SIGINT, SIGTERM, SIGHUP and SIGQUIT only record the signal; the main loop (which polls every
/// 100 ms) then restores the terminal and exits with 128 + the signal number. Crash signals
/// restore the terminal before the process dies. Installed before curses starts, so ncurses does
/// not install handlers of its own.
enum Signals {
    static let pending = Atomic<Int32>(0)
    /// Set by SIGWINCH: the window changed size.
    static let resized = Atomic<Bool>(false)

    static let graceful: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    static let crashes: [Int32] = [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE]

    static func install() {
        // A parent (a test runner, a service manager) may have blocked these; curses needs
        // SIGWINCH to notice resizes.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signal in graceful + [SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&unblock, signal) }
        sigprocmask(SIG_UNBLOCK, &unblock, nil)

        for signal in graceful {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in Signals.pending.store(number, ordering: .relaxed) }
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
        // Keys are read without curses, so the resize is noticed here (and curses, finding a
        // handler installed, installs none of its own).
        var resize = sigaction()
        resize.__sigaction_handler.sa_handler = { _ in Signals.resized.store(true, ordering: .relaxed) }
        sigemptyset(&resize.sa_mask)
        sigaction(SIGWINCH, &resize, nil)
        for signal in crashes {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                endwin()
                Glibc.signal(number, SIG_DFL)
                raise(number)
            }
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
    }

    /// Whether the window was resized since the last call.
    static func takeResize() -> Bool { resized.exchange(false, ordering: .relaxed) }

    /// The signal received since the last call, or 0.
    static func take() -> Int32 { pending.exchange(0, ordering: .relaxed) }
}
