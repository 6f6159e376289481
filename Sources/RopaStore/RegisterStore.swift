import Foundation
import RopaJSON
import RopaModel

/// A register folder on disk with its history: load, save as a new version, restore, read old versions.
///
/// A save writes, in this order: the new file objects, a journal naming the new version, the version
/// record (the commit point), the register's files, and finally removes the journal. Opening a register
/// whose journal names a recorded version finishes that save (roll forward), so after a crash at any
/// instant the register is at the old or the new version, never a mix.
public final class RegisterStore {
    public let folder: String
    public private(set) var history: History
    /// The register's files as last read or written by this store: the base a save compares with.
    public private(set) var workingFiles: RegisterFiles = [:]
    /// How each of those files looked on disk, to notice cheaply when another program changed them.
    private var fingerprints: [String: FileIO.Fingerprint] = [:]
    /// Whether `workingFiles` came from disk (and so can be checked against it before a save).
    private var hasReadFiles = false

    /// Opens the register in `folder` without changing anything unless an interrupted save must be finished
    /// and the lock is free.
    public init(folder: String) throws {
        let trimmed = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        self.folder = trimmed
        switch FileIO.kind(trimmed) {
        case .missing: throw StoreError.notFound(path: trimmed)
        case .folder: break
        default: throw StoreError.notAFolder(path: trimmed)
        }
        switch FileIO.kind("\(trimmed)/\(RegisterLayout.settingsFile)") {
        case .file: break
        case .missing: throw StoreError.notARegister(path: trimmed)
        default: throw StoreError.invalidContent(path: "\(trimmed)/\(RegisterLayout.settingsFile)", problem: LocalizedText(.problemExpectedFile))
        }
        history = try History(folder: trimmed)
    }

    /// Whether a folder holds a register.
    public static func isRegister(_ folder: String) -> Bool {
        FileIO.kind("\(folder)/\(RegisterLayout.settingsFile)") == .file
    }

    // MARK: Reading

    /// Reads the register's tracked files from disk, finishing an interrupted save first.
    public func readFiles() throws -> RegisterFiles {
        if let pending = try pendingVersion() {
            if let lock = try? RegisterLock.acquire(folder: folder) {
                defer { lock.release() }
                try rollForward(to: pending)
            } else {
                // Another process is saving right now: read the version it is writing.
                workingFiles = try history.files(at: pending)
                return workingFiles
            }
        }
        workingFiles = try readTrackedFiles()
        hasReadFiles = true
        return workingFiles
    }

    public func load() throws -> Register {
        try RegisterCodec.decode(try readFiles(), folder: folder)
    }

    /// The register as it was at a version (by number or hash prefix).
    public func register(at reference: String) throws -> Register {
        let hash = try history.resolve(reference)
        return try RegisterCodec.decode(try history.files(at: hash), folder: "\(folder)@\(reference)")
    }

    func readTrackedFiles() throws -> RegisterFiles {
        var files: RegisterFiles = [:]
        for path in [RegisterLayout.settingsFile, RegisterLayout.organisationFile, RegisterLayout.countriesFile] {
            let full = "\(folder)/\(path)"
            switch FileIO.kind(full) {
            case .missing: continue
            case .file: files[path] = try FileIO.read(full)
            default: throw StoreError.invalidContent(path: full, problem: LocalizedText(.problemExpectedFile))
            }
        }
        for (_, entityFolder) in RegisterLayout.entityFolders {
            let full = "\(folder)/\(entityFolder)"
            switch FileIO.kind(full) {
            case .missing: continue
            case .folder: break
            default: throw StoreError.notAFolder(path: full)
            }
            for name in try FileIO.list(full) where name.hasSuffix(".json") && !name.hasPrefix(".") {
                let path = "\(entityFolder)/\(name)"
                guard FileIO.kind("\(folder)/\(path)") == .file else {
                    throw StoreError.invalidContent(path: "\(folder)/\(path)", problem: LocalizedText(.problemExpectedFile))
                }
                files[path] = try FileIO.read("\(folder)/\(path)")
            }
        }
        fingerprints = [:]
        for path in files.keys { fingerprints[path] = FileIO.fingerprint("\(folder)/\(path)") }
        return files
    }

    /// The tracked files on disk now: their paths, without reading them.
    private func trackedPaths() throws -> Set<String> {
        var paths = Set<String>()
        for path in [RegisterLayout.settingsFile, RegisterLayout.organisationFile, RegisterLayout.countriesFile]
        where FileIO.kind("\(folder)/\(path)") == .file {
            paths.insert(path)
        }
        for (_, entityFolder) in RegisterLayout.entityFolders where FileIO.kind("\(folder)/\(entityFolder)") == .folder {
            for name in try FileIO.list("\(folder)/\(entityFolder)") where name.hasSuffix(".json") && !name.hasPrefix(".") {
                paths.insert("\(entityFolder)/\(name)")
            }
        }
        return paths
    }

    /// Files another program changed, added or removed since this store last read or wrote them (a git
    /// pull, a hand edit), and whether it recorded versions meanwhile. Only files whose size, time or
    /// inode moved are read.
    public func changedOnDisk() throws -> [String] {
        guard hasReadFiles else { return [] }
        var changed: [String] = []
        let paths = try trackedPaths()
        for path in paths.union(workingFiles.keys).sorted() {
            guard paths.contains(path), let known = workingFiles[path] else {
                changed.append(path)
                continue
            }
            if let print = fingerprints[path], print == FileIO.fingerprint("\(folder)/\(path)") { continue }
            if try FileIO.read("\(folder)/\(path)") != known { changed.append(path) }
        }
        let versionsPath = "\(folder)/\(RegisterLayout.versionsFolder)"
        if FileIO.kind(versionsPath) == .folder {
            let names = try FileIO.list(versionsPath).filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            if Set(names.map { String($0.dropLast(5)) }) != Set(history.records.keys) { changed.append(RegisterLayout.versionsFolder) }
        }
        return changed
    }

    /// Removes temporary files left by a write that was killed; safe only while holding the lock.
    private func sweepTemporaryFiles() {
        let folders = ["", RegisterLayout.versionsFolder, RegisterLayout.objectsFolder] + RegisterLayout.entityFolders.map(\.folder) + ["reference"]
        for relative in folders {
            let path = relative.isEmpty ? folder : "\(folder)/\(relative)"
            guard FileIO.kind(path) == .folder, let names = try? FileIO.list(path) else { continue }
            for name in names where name.hasPrefix(".") && name.contains(".tmp-") {
                try? FileIO.remove("\(path)/\(name)")
            }
        }
    }

    // MARK: Writing

    /// What a save did.
    public struct SaveResult: Equatable {
        public let version: Version
        public let changedFiles: Int
    }

    /// Saves the register as one new version, or returns nil when nothing changed.
    /// The caller holds the register's lock.
    @discardableResult
    public func save(_ register: Register, message: String, author: String, time: Date = Date()) throws -> SaveResult? {
        try save(files: try RegisterCodec.encode(register), message: message, author: author, time: time)
    }

    /// Saves a complete set of files as one new version (restore and save share this).
    @discardableResult
    func save(files newFiles: RegisterFiles, message: String, author: String, time: Date) throws -> SaveResult? {
        // Never write over what someone else changed since we read it.
        let changed = try changedOnDisk()
        if !changed.isEmpty { throw StoreError.changedOnDisk(path: folder, files: changed) }
        sweepTemporaryFiles()
        let heads = history.heads
        let base = try heads.first.map { try history.manifest(at: $0) } ?? [:]
        var changes: [String: String] = [:]
        var objects: [String: [UInt8]] = [:]
        for (path, bytes) in newFiles {
            let hash = SHA256.hex(bytes)
            if base[path] != hash {
                changes[path] = hash
                objects[hash] = bytes
            }
        }
        let removed = base.keys.filter { newFiles[$0] == nil }.sorted()
        if changes.isEmpty, removed.isEmpty, heads.count <= 1 {
            // Nothing new to record; still make the files canonical if they were not.
            if workingFiles != newFiles { try materialise(newFiles) }
            return nil
        }
        let record = VersionRecord(parents: heads, time: Timestamp.now(time), author: author, message: message,
                                   changes: changes, removed: removed, schemaVersion: RegisterSettings.currentSchemaVersion)
        let recordBytes = try record.canonicalBytes()
        let hash = SHA256.hex(recordBytes)
        try writeJournal(hash)
        try history.append(record, objects: objects)
        try materialise(newFiles)
        try FileIO.remove("\(folder)/\(RegisterLayout.journalFile)")
        guard let version = history.version(hash) else { throw StoreError.history(path: folder, problem: LocalizedText(.problemVersionNotRecorded)) }
        return SaveResult(version: version, changedFiles: changes.count + removed.count)
    }

    /// Makes an old version the new head, as a new version; history is never rewritten. Without a message
    /// the version says "Restore version N" in `language`.
    @discardableResult
    public func restore(_ reference: String, message: String?, author: String, time: Date = Date(),
                        language: Language = .en) throws -> SaveResult? {
        let hash = try history.resolve(reference)
        let files = try history.files(at: hash)
        _ = try RegisterCodec.decode(files, folder: "\(folder)@\(reference)")
        let number = history.version(hash)?.number ?? 0
        let text = message ?? Message.restoreDefaultMessage.text(language, "\(number)")
        return try save(files: files, message: text, author: author, time: time)
    }

    /// Writes `files` over the register's tracked files and removes tracked files not among them.
    private func materialise(_ files: RegisterFiles) throws {
        for path in Set(files.keys.map { FileIO.parentFolder(of: $0) }).sorted() where path != "." {
            try FileIO.makeFolder("\(folder)/\(path)")
        }
        for (path, bytes) in files.sorted(by: { $0.key < $1.key }) where workingFiles[path] != bytes {
            try FileIO.writeAtomically(bytes, to: "\(folder)/\(path)")
        }
        for path in workingFiles.keys.sorted() where files[path] == nil {
            try FileIO.remove("\(folder)/\(path)")
        }
        workingFiles = files
        hasReadFiles = true
        fingerprints = [:]
        for path in files.keys { fingerprints[path] = FileIO.fingerprint("\(folder)/\(path)") }
        try ensureGitignore()
    }

    private func ensureGitignore() throws {
        let path = "\(folder)/\(RegisterLayout.gitignoreFile)"
        if FileIO.kind(path) == .missing {
            try FileIO.writeAtomically(Array(RegisterLayout.gitignoreContent.utf8), to: path)
        }
    }

    // MARK: Journal

    private func writeJournal(_ hash: String) throws {
        try FileIO.writeAtomically(Array("\(hash)\n".utf8), to: "\(folder)/\(RegisterLayout.journalFile)")
    }

    /// The version an interrupted save was writing, if its record made it to disk.
    func pendingVersion() throws -> String? {
        let path = "\(folder)/\(RegisterLayout.journalFile)"
        guard FileIO.kind(path) == .file else { return nil }
        let hash = String(decoding: try FileIO.read(path), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if history.records[hash] == nil {
            // The crash came before the commit point: the files were never touched. Reload the history
            // in case the record appeared since (another process is saving).
            history = try History(folder: folder)
            if history.records[hash] == nil {
                if !RegisterLock.isHeld(folder: folder) { try? FileIO.remove(path) }
                return nil
            }
        }
        return hash
    }

    private func rollForward(to hash: String) throws {
        workingFiles = try readTrackedFiles()
        try materialise(try history.files(at: hash))
        try FileIO.remove("\(folder)/\(RegisterLayout.journalFile)")
    }

    // MARK: Checks

    /// Tracked files whose content differs from the head version: changed outside ropa and not yet recorded.
    public func unrecordedChanges() throws -> [String] {
        let files = try readFiles()
        let manifest = try history.head.map { try history.manifest(at: $0) } ?? [:]
        var changed: [String] = []
        for path in Set(files.keys).union(manifest.keys).sorted() {
            let hash = files[path].map { SHA256.hex($0) }
            if hash != manifest[path] { changed.append(path) }
        }
        return changed
    }
}
