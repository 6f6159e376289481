#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The monotonic clock (CLOCK_MONOTONIC): never jumps with the wall clock, so intervals are honest.
enum Clock {
    /// Nanoseconds since an arbitrary fixed point.
    static func now() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    static func milliseconds(since start: UInt64) -> Double {
        Double(now() - start) / 1_000_000
    }

    /// Runs `body` and returns its result with the milliseconds it took.
    static func time<T>(_ body: () throws -> T) rethrows -> (result: T, milliseconds: Double) {
        let start = now()
        let result = try body()
        return (result, milliseconds(since: start))
    }
}

/// Peak resident memory, from getrusage: the most this process (or its finished children) ever held.
enum PeakMemory {
    /// Mebibytes; Linux reports ru_maxrss in KiB.
    static func ofSelf() -> Double { maxResident(RUSAGE_SELF) }

    /// The largest peak of any waited-for child process (here: `ropa validate` and jq).
    static func ofChildren() -> Double { maxResident(RUSAGE_CHILDREN) }

    private static func maxResident(_ who: __rusage_who) -> Double {
        var usage = rusage()
        guard getrusage(__rusage_who_t(who.rawValue), &usage) == 0 else { return 0 }
        return Double(usage.ru_maxrss) / 1024
    }
}
