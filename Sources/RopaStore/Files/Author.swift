import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who a version is recorded as written by: `ROPA_AUTHOR`, else git's `user.name <user.email>` for the
/// repository the register is in, else the login name at the host.
public enum Author {
    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment, folder: String? = nil) -> String {
        if let author = environment["ROPA_AUTHOR"]?.trimmingCharacters(in: .whitespacesAndNewlines), !author.isEmpty {
            return author
        }
        if let folder, let author = GitRepository.author(in: folder, environment: environment) { return author }
        return "\(userName())@\(hostName())"
    }

    public static func userName() -> String {
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return ProcessInfo.processInfo.environment["USER"] ?? "unknown"
    }

    public static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return "localhost" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// The author asked for on another thread, so that starting git (a few milliseconds) overlaps the reading a
/// save does before it records the version; `name` waits for the answer the first time and keeps it.
public final class PendingAuthor: @unchecked Sendable {
    private let answered = DispatchGroup()
    private let lock = NSLock()
    private var answer = ""

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, folder: String?) {
        answered.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let author = Author.current(environment: environment, folder: folder)
            lock.withLock { answer = author }
            answered.leave()
        }
    }

    public var name: String {
        answered.wait()
        return lock.withLock { answer }
    }
}

/// UTC timestamps as versions record them: 2026-11-23T18:05:00Z.
public enum Timestamp {
    public static func now(_ date: Date = Date()) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
