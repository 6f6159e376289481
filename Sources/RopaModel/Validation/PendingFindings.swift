import Dispatch
import Synchronization

/// Findings worked out on another thread while the caller does other work: a document is written section by
/// section and needs its findings only for the appendix, so validating at the start kept one core idle
/// through half of a large register's export.
public final class PendingFindings: Sendable {
    private let result = Mutex<[Finding]?>(nil)
    private let done = DispatchSemaphore(value: 0)

    /// Starts `Validator(register:asOf:).findings()`.
    public init(_ register: Register, asOf: CalendarDate) {
        DispatchQueue.global().async { self.finish(Validator(register: register, asOf: asOf).findings()) }
    }

    private func finish(_ findings: [Finding]) {
        result.withLock { $0 = findings }
        done.signal()
    }

    /// The findings, waiting for them if they are not ready yet. Asked once.
    public func wait() -> [Finding] {
        done.wait()
        return result.withLock { $0 } ?? []
    }
}
