import Foundation

/// Values kept alive until the process exits (`CommandContext.leaveToExit`).
final class ExitLeftovers: @unchecked Sendable {
    static let shared = ExitLeftovers()

    private let lock = NSLock()
    private var kept: [Any] = []

    func keep(_ values: [Any]) {
        lock.withLock { kept.append(values) }
    }
}
