import Foundation
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

    /// Set to false to skip fsync, for measuring what durability costs (the benchmark only).
    nonisolated(unsafe) public static var syncsToDisk = true

    public enum Kind { case missing, file, folder, other }

    public static func kind(_ path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    public static func read(_ path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw StoreError.unreadable(path: path, reason: lastError()) }
        defer { close(descriptor) }
        // Read straight into an array of the file's size (one byte more, to see the end in the same call):
        // zero-filling a 64 KiB chunk for every file cost more than the reading itself when opening a
        // register of 10 000 small files. A file that grew since fstat is read on in chunks below.
        var info = stat()
        let expected = fstat(descriptor, &info) == 0 && info.st_size > 0 ? Int(info.st_size) : 0
        var failure: String?
        var bytes = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, initialised in
            initialised = 0
            guard let base = buffer.baseAddress else { return }
            while initialised < buffer.count {
                let count = Glibc.read(descriptor, base + initialised, buffer.count - initialised)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = lastError()
                    return
                }
                if count == 0 { return }
                initialised += count
            }
        }
        if let failure { throw StoreError.unreadable(path: path, reason: failure) }
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
        if kind(path) == .folder { return }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path, kind(parent) == .missing { try makeFolder(parent) }
        if mkdir(path, folderMode) != 0, errno != EEXIST {
            throw StoreError.writeFailed(path: path, reason: lastError())
        }
    }

    /// Replaces `path` with `bytes` so that after a crash it holds either the old or the new content.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = "\(folder.isEmpty ? "." : folder)/.\((path as NSString).lastPathComponent).tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, fileMode)
        guard descriptor >= 0 else { throw StoreError.writeFailed(path: path, reason: lastError()) }
        var written = 0
        let failure: String? = bytes.withUnsafeBytes { buffer -> String? in
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
        if syncsToDisk, fsync(descriptor) != 0 {
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
        try syncFolder(folder.isEmpty ? "." : folder)
    }

    /// Writes a file that is named by its content and so never changes once written.
    public static func writeIfMissing(_ bytes: [UInt8], to path: String) throws {
        if kind(path) == .file { return }
        try writeAtomically(bytes, to: path)
    }

    public static func remove(_ path: String) throws {
        guard kind(path) != .missing else { return }
        guard unlink(path) == 0 else { throw StoreError.writeFailed(path: path, reason: lastError()) }
        try syncFolder((path as NSString).deletingLastPathComponent)
    }

    public static func syncFolder(_ path: String) throws {
        guard syncsToDisk else { return }
        let descriptor = open(path.isEmpty ? "." : path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw StoreError.writeFailed(path: path, reason: lastError()) }
        defer { close(descriptor) }
        if fsync(descriptor) != 0 { throw StoreError.writeFailed(path: path, reason: lastError()) }
    }

    public static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
