import Foundation
import RopaModel
#if canImport(Glibc)
import Glibc
#endif

extension RegisterStore {
    /// Creates a register in `folder`, which must not exist or be empty, with `register` as its first version.
    ///
    /// All or nothing: the register is built in a hidden folder beside `folder` and renamed into place once its
    /// first version is recorded, so a crash or a refusal leaves no half-made register behind.
    public static func create(_ register: Register, at folder: String, message: String, author: @autoclosure () -> String,
                              time: Date = Date()) throws -> RegisterStore {
        let target = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        try checkCanCreate(at: target)
        let (parentPath, name) = (FileIO.parentFolder(of: target), FileIO.fileName(of: target))
        try makeParents(parentPath)
        sweepStagingFolders(of: name, in: parentPath)
        let staging = "\(parentPath)/.\(name).ropa-init-\(getpid())-\(UUID().uuidString.prefix(8))"
        guard mkdir(staging, FileIO.folderMode) == 0 else {
            throw StoreError.writeFailed(path: staging, reason: FileIO.lastError())
        }
        // Owner-only and usable whatever the umask (under 0177 mkdir gives a folder nobody can enter).
        chmod(staging, FileIO.folderMode)
        do {
            try FileIO.writeAtomically(try RegisterCodec.canonicalBytes(register.settings), to: "\(staging)/\(RegisterLayout.settingsFile)")
            let store = try RegisterStore(folder: staging)
            try store.save(register, message: message, author: author(), time: time)
            // rename(2) replaces an empty folder at the target, and fails if one with content appeared meanwhile.
            guard rename(staging, target) == 0 else { throw StoreError.writeFailed(path: target, reason: FileIO.lastError()) }
            try FileIO.syncFolder(parentPath)
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
        return try RegisterStore(folder: target)
    }

    /// Removes the hidden folders `init` runs that were killed left beside the target
    /// (`.<name>.ropa-init-<pid>-<tag>` of processes that are gone): each holds a copy of a register.
    static func sweepStagingFolders(of name: String, in parent: String) {
        let prefix = ".\(name).ropa-init-"
        guard let names = try? FileIO.list(parent) else { return }
        for entry in names where entry.hasPrefix(prefix) {
            guard let pid = Int32(entry.dropFirst(prefix.count).prefix { $0 != "-" }), !FileIO.isRunning(pid) else { continue }
            let path = "\(parent)/\(entry)"
            // A real folder only: a link planted under that name is removed, never followed.
            if FileIO.entryKind(path) == .folder { try? FileManager.default.removeItem(atPath: path) } else { unlink(path) }
        }
    }

    /// Creates the folders leading to a new register, owner-only like every folder ropa makes.
    static func makeParents(_ path: String) throws {
        guard FileIO.kind(path) == .missing else {
            if FileIO.kind(path) != .folder { throw StoreError.notAFolder(path: path) }
            return
        }
        try makeParents(FileIO.parentFolder(of: path))
        if mkdir(path, FileIO.folderMode) != 0 {
            if errno != EEXIST { throw StoreError.writeFailed(path: path, reason: FileIO.lastError()) }
        } else {
            chmod(path, FileIO.folderMode)
        }
    }

    /// Refuses a target that is a file, or a folder with anything in it.
    public static func checkCanCreate(at folder: String) throws {
        switch FileIO.kind(folder) {
        case .missing:
            return
        case .folder:
            if !(try FileIO.list(folder)).isEmpty {
                throw StoreError.invalidContent(path: folder, problem: LocalizedText(.problemFolderNotEmpty))
            }
        default:
            throw StoreError.notAFolder(path: folder)
        }
    }
}
