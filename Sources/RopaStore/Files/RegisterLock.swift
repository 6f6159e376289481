import Foundation
import RopaModel
#if canImport(Glibc)
import Glibc
#endif

/// The register's write lock: an advisory `flock` on `.ropa-lock`, holding who took it. The kernel
/// releases it when the holder dies, so a lock left by a dead process is simply free again.
public final class RegisterLock {
    public let path: String
    private var descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    /// Takes the lock of the register in `folder`, or throws `.locked` naming the holder.
    /// The lock file exists only while held: release unlinks it, so a refused command leaves no trace.
    public static func acquire(folder: String) throws -> RegisterLock {
        let path = "\(folder)/\(RegisterLayout.lockFile)"
        for _ in 0..<100 {
            // Never through a symlink, never a FIFO or device: a planted `.ropa-lock` must not make ropa write
            // "user@host pid …" into a file elsewhere, nor block.
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, FileIO.fileMode)
            guard descriptor >= 0 else {
                if errno == ELOOP { throw StoreError.notARegularFile(path: path) }
                throw StoreError.writeFailed(path: folder, reason: FileIO.lastError())
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                close(descriptor)
                throw StoreError.locked(path: folder, holder: holderDescription(path: path))
            }
            // The previous holder may have unlinked the file between our open and flock: then we hold
            // a lock on a file nobody else can see, and must try again with the one at the path.
            var opened = stat(), named = stat()
            if fstat(descriptor, &opened) == 0, lstat(path, &named) == 0,
               opened.st_dev == named.st_dev, opened.st_ino == named.st_ino {
                guard opened.st_mode & S_IFMT == S_IFREG, opened.st_nlink == 1 else {
                    close(descriptor)
                    throw StoreError.notARegularFile(path: path)
                }
                let lock = RegisterLock(path: path, descriptor: descriptor)
                lock.recordHolder()
                return lock
            }
            close(descriptor)
        }
        throw StoreError.locked(path: folder, holder: LocalizedText(.lockHolderChanging))
    }

    /// Whether another process holds the lock right now.
    public static func isHeld(folder: String) -> Bool {
        let path = "\(folder)/\(RegisterLayout.lockFile)"
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        if flock(descriptor, LOCK_SH | LOCK_NB) != 0 { return true }
        flock(descriptor, LOCK_UN)
        return false
    }

    private func recordHolder() {
        let holder = LockHolder.current()
        let text = "\(holder.user)@\(holder.host) pid \(holder.pid) since \(holder.since)\n"
        ftruncate(descriptor, 0)
        _ = text.withCString { pointer in pwrite(descriptor, pointer, strlen(pointer), 0) }
    }

    /// Who holds the lock, as its file says: "user@host pid 123 since …", worded in either language when the
    /// line has that form, else as written.
    static func holderDescription(path: String) -> LocalizedText {
        let text = (try? FileIO.read(path)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let line = text.split(separator: "\n").first.map(String.init) ?? ""
        guard !line.isEmpty else { return LocalizedText(.lockHolderUnknown) }
        if let pidRange = line.range(of: " pid "), let sinceRange = line.range(of: " since ", range: pidRange.upperBound..<line.endIndex) {
            let who = String(line[..<pidRange.lowerBound]), pid = String(line[pidRange.upperBound..<sinceRange.lowerBound])
            let since = String(line[sinceRange.upperBound...])
            if !who.isEmpty, !pid.isEmpty, pid.allSatisfy(\.isNumber) {
                return LocalizedText(.lockHolder, TerminalText.escape(who), pid, TerminalText.escape(since))
            }
        }
        return .verbatim(TerminalText.escape(line))
    }

    public func release() {
        guard descriptor >= 0 else { return }
        unlink(path)
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}

/// Who is editing: user, host, process and since when.
public struct LockHolder {
    public let user: String
    public let host: String
    public let pid: Int32
    public let since: String

    public static func current() -> LockHolder {
        LockHolder(user: Author.userName(), host: Author.hostName(), pid: getpid(), since: Timestamp.now())
    }
}
