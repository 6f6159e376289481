import Foundation
import RopaModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// File operations with the guarantees the register needs: owner-only permissions (the register holds
/// personal data), and writes that are atomic and durable (temp file, fsync, rename, fsync the folder).
public enum FileIO {
    public static let fileMode: mode_t = 0o600
    public static let folderMode: mode_t = 0o700

    /// How the writes of the current scope behave: durable unless a caller binds another policy with
    /// `FileIO.$writing.withValue(policy) { … }`. A task-local value, so a test that makes writes fail, or
    /// the benchmark measuring without fsync, changes only its own writes, never another test's.
    @TaskLocal public static var writing = WritePolicy.durable

    /// The largest file ropa reads into a register (see `RegisterLimits`).
    public static let maximumFileSize = RegisterLimits.maximumFileSize

    /// What a write does beyond writing: whether it syncs to disk, and whether it should fail.
    public struct WritePolicy: Sendable {
        /// False skips fsync, for measuring what durability costs (the benchmark only).
        public var syncsToDisk: Bool
        /// Lets tests make a write fail as a full disk or a refused permission would (`ENOSPC`, `EACCES`):
        /// called with the path before each write, an errno returned makes that write fail.
        public var failure: (@Sendable (String) -> Int32?)?

        public init(syncsToDisk: Bool = true, failure: (@Sendable (String) -> Int32?)? = nil) {
            self.syncsToDisk = syncsToDisk
            self.failure = failure
        }

        /// Every write synced to disk, none made to fail: what ropa does.
        public static let durable = WritePolicy()
        /// No fsync: the benchmark's generated registers, and files that are only ever a cache.
        public static let unsynced = WritePolicy(syncsToDisk: false)
    }

    /// What identifies a file's content without reading it: size, modification and change time, inode.
    /// The change time cannot be set by a program, so a file rewritten with its old size and modification
    /// time (`touch -d`, `cp -p`) still shows as moved.
    public struct Fingerprint: Equatable, Sendable {
        let size: Int64
        let modified: Int64
        let changed: Int64
        let inode: UInt64

        init(_ info: stat) {
            size = Int64(info.st_size)
            modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
            inode = UInt64(info.st_ino)
        }

        init(size: Int64, modified: Int64, changed: Int64, inode: UInt64) {
            self.size = size
            self.modified = modified
            self.changed = changed
            self.inode = inode
        }
    }

    public static func fingerprint(_ path: String) -> Fingerprint? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Fingerprint(info)
    }

    /// An open folder, for looking at many files in it without building their full paths.
    public final class FolderHandle: Sendable {
        private let descriptor: Int32

        public init?(_ path: String) {
            descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if descriptor < 0 { return nil }
        }

        deinit { close(descriptor) }

        /// The fingerprint of a file at `relativePath` in the folder, or nil when it cannot be stat'ed.
        public func fingerprint(of relativePath: String) -> Fingerprint? {
            var info = stat()
            guard relativePath.withCString({ fstatat(descriptor, $0, &info, 0) }) == 0 else { return nil }
            return Fingerprint(info)
        }

        /// The fingerprint of a regular file at `relativePath`, never following a symlink; nil for anything else.
        public func regularFileFingerprint(of relativePath: String) -> Fingerprint? {
            var info = stat()
            guard relativePath.withCString({ fstatat(descriptor, $0, &info, AT_SYMLINK_NOFOLLOW) }) == 0,
                  info.st_mode & S_IFMT == S_IFREG else { return nil }
            return Fingerprint(info)
        }
    }

    public enum Kind { case missing, file, folder, other }

    /// The folder holding `path`: "." for a bare name, "/" for a file at the root. (Foundation's
    /// `deletingLastPathComponent` traps on some one-character paths, so ropa does not use it.)
    public static func parentFolder(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        if slash == trimmed.startIndex { return "/" }
        return String(trimmed[..<slash])
    }

    /// The last component of `path`.
    public static func fileName(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return String(trimmed) }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    public static func kind(_ path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    /// What is at a path inside a register, without following a symbolic link: a link is `.link`.
    public enum EntryKind { case missing, file, folder, link, other }

    public static func entryKind(_ path: String) -> EntryKind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK: return .link
        default: return .other
        }
    }

    /// Opens a file of the register for reading: never through a symbolic link, never blocking on a FIFO,
    /// and only a regular file (a register comes from someone else: every name in it may be hostile).
    private static func openRegisterFile(_ path: String) throws -> (descriptor: Int32, info: stat) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else {
            if errno == ELOOP { throw StoreError.symbolicLink(path: path) }
            throw StoreError.unreadable(path: path, reason: lastError())
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let reason = lastError()
            close(descriptor)
            throw StoreError.unreadable(path: path, reason: reason)
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw StoreError.notARegularFile(path: path)
        }
        return (descriptor, info)
    }

    /// Reads a whole regular file of the register of at most `limit` bytes (a register file's limit unless
    /// said otherwise); a symbolic link, FIFO, socket or device is refused.
    public static func read(_ path: String, limit: Int = maximumFileSize) throws -> [UInt8] {
        let (descriptor, info) = try openRegisterFile(path)
        defer { close(descriptor) }
        return try read(descriptor, info: info, path: path, limit: limit)
    }

    /// Reads a file the user named on the command line (which may be a link, or a pipe).
    public static func readNamedByUser(_ path: String, limit: Int = maximumFileSize) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw StoreError.unreadable(path: path, reason: lastError()) }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) != 0 { info.st_size = 0 }
        if info.st_mode & S_IFMT == S_IFDIR { throw StoreError.notARegularFile(path: path) }
        return try read(descriptor, info: info, path: path, limit: limit)
    }

    /// Reads a regular file of the register and its fingerprint, taken from the open file (one stat instead
    /// of three when a register's 10 000 files are read); a link, FIFO or device is refused.
    public static func readFile(_ path: String) throws -> (bytes: [UInt8], fingerprint: Fingerprint) {
        let (descriptor, info) = try openRegisterFile(path)
        defer { close(descriptor) }
        return (try read(descriptor, info: info, path: path, limit: maximumFileSize), Fingerprint(info))
    }

    private static func read(_ descriptor: Int32, info: stat, path: String, limit: Int) throws -> [UInt8] {
        // Read straight into an array of the file's size (one byte more, to see the end in the same call):
        // zero-filling a 64 KiB chunk for every file cost more than the reading itself when opening a
        // register of 10 000 small files. A file that grew since fstat is read on in chunks below.
        let expected = info.st_size > 0 ? Int(info.st_size) : 0
        guard expected <= limit else {
            throw StoreError.unreadable(path: path, reason: LocalizedText(.fileTooLarge, "\(expected / 1_048_576)", "\(limit / 1_048_576)"))
        }
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, initialised in
            initialised = 0
            guard let base = buffer.baseAddress else { return }
            while initialised < buffer.count {
                let count = Glibc.read(descriptor, base + initialised, buffer.count - initialised)
                if count < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    return
                }
                if count == 0 { return }
                initialised += count
            }
        }
        if failed { throw StoreError.unreadable(path: path, reason: lastError()) }
        guard bytes.count > expected else { return bytes }
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw StoreError.unreadable(path: path, reason: lastError())
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit {
                throw StoreError.unreadable(path: path, reason: LocalizedText(.fileTooLargeWhileReading, "\(limit / 1_048_576)"))
            }
        }
        return bytes
    }

    /// Names in a folder, sorted, without "." and "..".
    public static func list(_ path: String) throws -> [String] {
        guard let directory = opendir(path) else { throw StoreError.unreadable(path: path, reason: lastError()) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Creates a folder and its parents, owner-only.
    public static func makeFolder(_ path: String) throws {
        switch entryKind(path) {
        case .folder: return
        case .link: throw StoreError.symbolicLink(path: path)
        case .file, .other: throw StoreError.notAFolder(path: path)
        case .missing: break
        }
        let parent = parentFolder(of: path)
        if parent != path, kind(parent) == .missing { try makeFolder(parent) }
        if mkdir(path, folderMode) != 0 {
            if errno == EEXIST, entryKind(path) == .folder { return }
            throw StoreError.writeFailed(path: path, reason: lastError())
        }
        // Owner-only whatever the umask.
        chmod(path, folderMode)
    }

    /// Replaces `path` with `bytes` so that after a crash it holds either the old or the new content.
    /// `stagingFolder` (on the same file system) holds the temporary file when the target's own folder is
    /// one of many, so that a sweep of leftovers from killed writers has one place to look.
    /// `syncing` false is for local caches (`.ropa-index`, `.ropa-history`): after a crash one is at worst
    /// damaged, then rebuilt.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, stagingFolder: String? = nil, syncing: Bool = true) throws {
        if let code = writing.failure?(path) {
            errno = code
            throw StoreError.writeFailed(path: path, reason: lastError())
        }
        let folder = parentFolder(of: path)
        let temporary = "\(stagingFolder ?? folder)/.\(fileName(of: path)).tmp-\(getpid())"
        let descriptor = try createExclusively(temporary, reportingAs: path)
        var written = 0
        let failure: LocalizedText? = bytes.withUnsafeBytes { buffer -> LocalizedText? in
            while written < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return lastError()
                }
                written += count
            }
            return nil
        }
        if let failure {
            close(descriptor)
            unlink(temporary)
            throw StoreError.writeFailed(path: path, reason: failure)
        }
        if writing.syncsToDisk, syncing, fsync(descriptor) != 0 {
            let reason = lastError()
            close(descriptor)
            unlink(temporary)
            throw StoreError.writeFailed(path: path, reason: reason)
        }
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let reason = lastError()
            unlink(temporary)
            throw StoreError.writeFailed(path: path, reason: reason)
        }
        if syncing { try syncFolder(folder.isEmpty ? "." : folder) }
    }

    /// Creates a new owner-only file for writing: `O_EXCL | O_NOFOLLOW`, so a name planted in its place (a
    /// symbolic link to a file elsewhere) is never written through. A leftover at the name (a killed writer's
    /// temporary file, or a planted link) is removed, never followed, and the creation tried once more.
    public static func createExclusively(_ path: String, reportingAs shown: String? = nil) throws -> Int32 {
        for attempt in 0..<2 {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, fileMode)
            if descriptor >= 0 {
                // The mode is the owner's whatever the umask; the umask can only take bits away.
                fchmod(descriptor, fileMode)
                return descriptor
            }
            guard errno == EEXIST, attempt == 0, entryKind(path) != .folder else { break }
            unlink(path)
        }
        throw StoreError.writeFailed(path: shown ?? path, reason: lastError())
    }

    /// Removes what killed writers left beside `target`: `.<name>.tmp-<pid>` files of processes that are gone.
    public static func sweepTemporaryFiles(of target: String) {
        let folder = parentFolder(of: target)
        let prefix = ".\(fileName(of: target)).tmp-"
        guard let names = try? list(folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), !isRunning(pid) else { continue }
            unlink("\(folder)/\(name)")
        }
    }

    /// Whether a process with this id exists.
    public static func isRunning(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }

    public static func remove(_ path: String) throws {
        guard entryKind(path) != .missing else { return }
        guard unlink(path) == 0 else { throw StoreError.writeFailed(path: path, reason: lastError()) }
        try syncFolder(parentFolder(of: path))
    }

    public static func syncFolder(_ path: String) throws {
        guard writing.syncsToDisk else { return }
        let descriptor = open(path.isEmpty ? "." : path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw StoreError.writeFailed(path: path, reason: lastError()) }
        defer { close(descriptor) }
        if fsync(descriptor) != 0 { throw StoreError.writeFailed(path: path, reason: lastError()) }
    }
}
