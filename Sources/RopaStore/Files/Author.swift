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

/// UTC timestamps as versions record them: 2026-11-23T18:05:00Z.
public enum Timestamp {
    public static func now(_ date: Date = Date()) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
