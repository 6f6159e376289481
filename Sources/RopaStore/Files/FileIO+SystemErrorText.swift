import Foundation
import RopaModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension FileIO {
    /// The error of the last system call, in either language: the errors a register's files meet (a missing
    /// file, a refused permission, a full disk, …) from the catalogue, any other as the system words it.
    public static func lastError() -> LocalizedText {
        systemError(errno)
    }

    static func systemError(_ code: Int32) -> LocalizedText {
        let known: [Int32: StoreMessage] = [
            ENOENT: .systemNoSuchFile, EACCES: .systemPermissionDenied, EPERM: .systemNotPermitted,
            ENOSPC: .systemNoSpace, EDQUOT: .systemQuotaExceeded, EROFS: .systemReadOnly, EEXIST: .systemExists,
            ENOTDIR: .systemNotADirectory, EISDIR: .systemIsADirectory, ENOTEMPTY: .systemDirectoryNotEmpty,
            EIO: .systemIOError, EMFILE: .systemTooManyOpenFiles, ENAMETOOLONG: .systemNameTooLong,
            ELOOP: .systemTooManyLinks, EBUSY: .systemBusy,
        ]
        if let message = known[code] { return LocalizedText(message) }
        return .verbatim(String(cString: strerror(code)))
    }
}
