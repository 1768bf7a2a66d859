#if canImport(Glibc)
    import Glibc
#endif

/// A monotonic clock in seconds, and sleeping on it: the probe's interval is kept on it, never
/// on the wall clock.
enum MonotonicClock {
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func sleep(until deadline: Double) {
        while true {
            let left = deadline - now()
            guard left > 0 else { return }
            var request = timespec(tv_sec: Int(left), tv_nsec: Int((left - Double(Int(left))) * 1e9))
            _ = nanosleep(&request, nil)
        }
    }
}
