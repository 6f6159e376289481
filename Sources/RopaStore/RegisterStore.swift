import Foundation
import RopaJSON
import RopaModel

/// A register folder on disk with its history: load, save as a new version, restore, read old versions.
///
/// A save writes, in this order: a journal naming the new version, the pack of the file objects it
/// introduces, the version record (the commit point), the register's files, and finally removes the journal. Opening a register
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
    /// Whether a save swept every watched folder: files left before this store was opened are there.
    private var hasSweptAll = false
    /// How the folders holding those files looked (see `noteFolders`).
    private var folderFingerprints: [String: FileIO.Fingerprint?] = [:]
    /// The canonical bytes of the entities last loaded or saved, so a save encodes only what changed.
    private var encodings = EncodingCache()
    /// Hashes of the files last read from disk, as the `.ropa-index` vouches for them: a save need not hash
    /// those files again to know which ones changed.
    private var vouchedHashes: [String: String] = [:]
    /// Set after a save to the version it recorded: then `encodings` and `workingFiles` hold exactly that
    /// version's files, and the next save only needs what differs from them (see `saveDelta`).
    private var encodingsVersion: String?

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
        encodingsVersion = nil
        if let pending = try pendingVersion() {
            if let lock = try? RegisterLock.acquire(folder: folder) {
                defer { lock.release() }
                try rollForward(to: pending)
            } else {
                // Another process is saving right now: read the version it is writing.
                vouchedHashes = [:]
                workingFiles = try history.files(at: pending)
                return workingFiles
            }
        }
        workingFiles = try readTrackedFiles()
        hasReadFiles = true
        return workingFiles
    }

    public func load() throws -> Register {
        let (register, encodings) = try RegisterCodec.decodeNotingEncodings(try readFiles(), folder: folder)
        self.encodings = encodings
        self.encodings.takeHashes(vouchedHashes)
        return register
    }

    /// The register as it was at a version (by number or hash prefix).
    public func register(at reference: String) throws -> Register {
        let hash = try history.resolve(reference)
        return try RegisterCodec.decode(try history.files(at: hash), folder: "\(folder)@\(reference)")
    }

    func readTrackedFiles() throws -> RegisterFiles {
        // Noted before listing: a change made while reading shows as a changed folder at the next save.
        noteFolders()
        let paths = try trackedPathsOnDisk()
        // Read on every core: opening a large register reads 10 000 files.
        let read = try OrderedConcurrentMap.map(paths) { path in
            guard let file = try FileIO.readFile("\(folder)/\(path)") else {
                throw StoreError.invalidContent(path: "\(folder)/\(path)", problem: LocalizedText(.problemExpectedFile))
            }
            return file
        }
        var files: RegisterFiles = [:]
        files.reserveCapacity(paths.count)
        fingerprints = [:]
        fingerprints.reserveCapacity(paths.count)
        let index = StatIndex.read(folder: folder)
        vouchedHashes = [:]
        for (path, file) in zip(paths, read) {
            files[path] = file.bytes
            fingerprints[path] = file.fingerprint
            if let hash = index.hash(of: path, stat: file.fingerprint) { vouchedHashes[path] = hash }
        }
        return files
    }

    /// The tracked files in the register's folder: settings, organisation, reference data, every entity file.
    /// `leftover` is told of each temporary file a killed write left in an entity folder.
    func trackedPathsOnDisk(leftover: ((String) -> Void)? = nil) throws -> [String] {
        var paths: [String] = []
        for path in [RegisterLayout.settingsFile, RegisterLayout.organisationFile, RegisterLayout.countriesFile]
        where FileIO.kind("\(folder)/\(path)") != .missing {
            paths.append(path)
        }
        for (_, entityFolder) in RegisterLayout.entityFolders {
            let full = "\(folder)/\(entityFolder)"
            switch FileIO.kind(full) {
            case .missing: continue
            case .folder: break
            default: throw StoreError.notAFolder(path: full)
            }
            for name in try FileIO.list(full) {
                if RegisterLayout.isStoredJSON(name) {
                    paths.append("\(entityFolder)/\(name)")
                } else if let leftover, RegisterStore.isLeftover(name) {
                    leftover("\(entityFolder)/\(name)")
                }
            }
        }
        return paths
    }

    /// The folders whose entries a save checks: where tracked files live, the history's versions and the
    /// staging folder of its objects (where a killed write leaves temporary files).
    var watchedFolders: [String] {
        ["", "reference", RegisterLayout.historyFolder, RegisterLayout.versionsFolder, RegisterLayout.objectsFolder]
            + RegisterLayout.entityFolders.map(\.folder)
    }

    private func fullPath(ofFolder relative: String) -> String {
        relative.isEmpty ? folder : "\(folder)/\(relative)"
    }

    /// Notes how every watched folder looks now: called after this store listed or wrote them.
    func noteFolders() {
        folderFingerprints = [:]
        for relative in watchedFolders {
            folderFingerprints[relative] = .some(FileIO.fingerprint(fullPath(ofFolder: relative)))
        }
    }

    /// The watched folders whose entries may have changed since `noteFolders`: a file created, renamed
    /// or removed in a folder changes its time. The others need not be listed again, which was most of
    /// the cost of a save in a register of 10 000 files.
    private func foldersChangedSinceNoted() -> [String] {
        watchedFolders.filter { relative in
            guard let noted = folderFingerprints[relative] else { return true }
            // Missing then and now is unchanged too.
            return FileIO.fingerprint(fullPath(ofFolder: relative)) != noted
        }
    }

    /// Whether a tracked file's path names a file directly in `relative` ("" for the register's folder).
    private static func path(_ path: String, isDirectlyIn relative: String) -> Bool {
        if relative.isEmpty { return !path.utf8.contains(UInt8(ascii: "/")) }
        guard path.hasPrefix(relative), path.utf8.count > relative.utf8.count else { return false }
        let rest = path.utf8.dropFirst(relative.utf8.count)
        return rest.first == UInt8(ascii: "/") && !rest.dropFirst().contains(UInt8(ascii: "/"))
    }

    /// The tracked files directly in a folder (relative to the register).
    private func trackedPaths(in relative: String) throws -> [String] {
        let full = fullPath(ofFolder: relative)
        guard FileIO.kind(full) == .folder else { return [] }
        if relative.isEmpty {
            return [RegisterLayout.settingsFile, RegisterLayout.organisationFile].filter { FileIO.kind("\(folder)/\($0)") == .file }
        }
        if relative == FileIO.parentFolder(of: RegisterLayout.countriesFile) {
            return FileIO.kind("\(folder)/\(RegisterLayout.countriesFile)") == .file ? [RegisterLayout.countriesFile] : []
        }
        guard RegisterLayout.entityFolders.contains(where: { $0.folder == relative }) else { return [] }
        return try FileIO.list(full).filter(RegisterLayout.isStoredJSON).map { "\(relative)/\($0)" }
    }

    /// Files another program changed, added or removed since this store last read or wrote them (a git
    /// pull, a hand edit), and whether it recorded versions meanwhile. Folders are listed only when their
    /// entries changed; files are read only when their size, time or inode moved.
    public func changedOnDisk() throws -> [String] {
        guard hasReadFiles else { return [] }
        var changed = Set<String>()
        let changedFolders = foldersChangedSinceNoted()
        for relative in changedFolders where relative != RegisterLayout.versionsFolder && relative != RegisterLayout.objectsFolder {
            let onDisk = Set(try trackedPaths(in: relative))
            let known = workingFiles.keys.filter { RegisterStore.path($0, isDirectlyIn: relative) }
            changed.formUnion(onDisk.symmetricDifference(known))
        }
        // A file changed in place leaves its folder as it was: every file's own fingerprint is looked at.
        // Stat'ed relative to the open folder, on every core: building 10 000 full paths cost more than the
        // stat calls. A file without a fingerprint, or a folder that cannot be opened, counts as moved.
        let paths = Array(workingFiles.keys)
        let register = FileIO.FolderHandle(folder)
        let moved = OrderedConcurrentMap.map(paths) { path in
            guard let register, let noted = fingerprints[path] else { return true }
            return register.fingerprint(of: path) != noted
        }
        for (path, hasMoved) in zip(paths, moved) where hasMoved && !changed.contains(path) {
            guard let known = workingFiles[path], FileIO.kind("\(folder)/\(path)") == .file else {
                changed.insert(path)
                continue
            }
            if try FileIO.read("\(folder)/\(path)") != known { changed.insert(path) }
        }
        if changedFolders.contains(RegisterLayout.versionsFolder) {
            let versionsPath = "\(folder)/\(RegisterLayout.versionsFolder)"
            if FileIO.kind(versionsPath) == .folder {
                let names = try FileIO.list(versionsPath).filter(RegisterLayout.isStoredJSON)
                if Set(names.map { String($0.dropLast(5)) }) != Set(history.records.keys) { changed.insert(RegisterLayout.versionsFolder) }
            }
        }
        return changed.sorted()
    }

    /// Removes temporary files left by a write that was killed; safe only while holding the lock. The
    /// first sweep looks everywhere; later ones only in folders whose entries changed since this store
    /// last looked, the only ones that can hold new leftovers.
    func sweepTemporaryFiles() {
        let folders = hasSweptAll ? foldersChangedSinceNoted() : watchedFolders
        hasSweptAll = true
        sweepTemporaryFiles(in: folders)
    }

    /// Removes temporary files left by killed writes in these folders (relative to the register).
    func sweepTemporaryFiles(in folders: [String]) {
        for relative in folders {
            let path = fullPath(ofFolder: relative)
            guard FileIO.kind(path) == .folder, let names = try? FileIO.list(path) else { continue }
            for name in names where RegisterStore.isLeftover(name) {
                try? FileIO.remove("\(path)/\(name)")
            }
        }
    }

    /// Whether a file name is a temporary file of a write (`.NAME.tmp-PID`).
    static func isLeftover(_ name: String) -> Bool {
        name.hasPrefix(".") && name.contains(".tmp-")
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
        try refuseIfChangedOnDisk()
        if let version = encodingsVersion, history.heads == [version], let delta = try encodings.delta(to: register) {
            return try saveDelta(delta, message: message, author: author, time: time)
        }
        // Entities equal to what was last loaded or saved keep their bytes and hashes (see EncodingCache).
        encodingsVersion = nil
        let result = try save(encoded: try RegisterCodec.encode(register, cache: &encodings), message: message, author: author, time: time)
        // The files now are those of the head: the cache holds them.
        if history.heads.count == 1 { encodingsVersion = history.head }
        return result
    }

    /// A save right after a save: the head's files are known (they are in `encodings` and `workingFiles`),
    /// so the version records the entities that differ from them, found by comparing values, and nothing
    /// else is encoded, hashed, compared or written. The cost grows with what changed, not with the size of
    /// the register or of its history. Same version, same files and same order of writes as `save(encoded:)`.
    private func saveDelta(_ delta: EncodingDelta, message: String, author: String, time: Date) throws -> SaveResult? {
        guard !delta.isEmpty else {
            encodings = delta.cache
            return nil
        }
        encodingsVersion = nil
        var changes: [String: String] = [:]
        var objects: [String: [UInt8]] = [:]
        for (path, file) in delta.written {
            changes[path] = file.hash
            objects[file.hash] = file.bytes
        }
        let record = VersionRecord(parents: history.heads, time: Timestamp.now(time), author: author, message: message,
                                   changes: changes, removed: delta.removed, schemaVersion: RegisterSettings.currentSchemaVersion)
        let hash = SHA256.hex(try record.canonicalBytes())
        try writeJournal(hash)
        try history.append(record, objects: objects)
        let written = delta.written.sorted { $0.path < $1.path }
        for path in Set(written.map { FileIO.parentFolder(of: $0.path) }).sorted() where path != "." {
            try FileIO.makeFolder("\(folder)/\(path)")
        }
        for (path, file) in written {
            try FileIO.writeAtomically(file.bytes, to: "\(folder)/\(path)")
            workingFiles[path] = file.bytes
            fingerprints[path] = FileIO.fingerprint("\(folder)/\(path)")
        }
        for path in delta.removed where workingFiles[path] != nil {
            try FileIO.remove("\(folder)/\(path)")
            workingFiles[path] = nil
            fingerprints[path] = nil
        }
        hasReadFiles = true
        try ensureGitignore()
        try FileIO.remove("\(folder)/\(RegisterLayout.journalFile)")
        noteFolders()
        encodings = delta.cache
        encodingsVersion = hash
        guard let version = history.version(hash) else { throw StoreError.history(path: folder, problem: LocalizedText(.problemVersionNotRecorded)) }
        return SaveResult(version: version, changedFiles: changes.count + delta.removed.count)
    }

    /// Saves a complete set of files as one new version (restore shares this with save). `knownHashes`,
    /// when given, are the files' hashes already checked (a restore's objects were checked as they were
    /// read): hashing 25 MB again was a third of a restore's time.
    @discardableResult
    func save(files: RegisterFiles, knownHashes: [String: String]? = nil, message: String, author: String, time: Date) throws -> SaveResult? {
        try refuseIfChangedOnDisk()
        encodingsVersion = nil
        let paths = Array(files.keys)
        let hashes = try OrderedConcurrentMap.map(paths) { knownHashes?[$0] ?? SHA256.hex(files[$0] ?? []) }
        var encoded: [String: EncodedFile] = [:]
        for (path, hash) in zip(paths, hashes) { encoded[path] = EncodedFile(bytes: files[path] ?? [], hash: hash) }
        return try save(encoded: encoded, message: message, author: author, time: time)
    }

    /// Never write over what someone else changed since we read it; then clear what a killed write left.
    private func refuseIfChangedOnDisk() throws {
        let changed = try changedOnDisk()
        if !changed.isEmpty { throw StoreError.changedOnDisk(path: folder, files: changed) }
        sweepTemporaryFiles()
    }

    private func save(encoded newFiles: [String: EncodedFile], message: String, author: String, time: Date) throws -> SaveResult? {
        let heads = history.heads
        let base = try heads.first.map { try history.manifest(at: $0) } ?? [:]
        var changes: [String: String] = [:]
        var objects: [String: [UInt8]] = [:]
        for (path, file) in newFiles where base[path] != file.hash {
            changes[path] = file.hash
            objects[file.hash] = file.bytes
        }
        let removed = base.keys.filter { newFiles[$0] == nil }.sorted()
        let bytes = newFiles.mapValues(\.bytes)
        if changes.isEmpty, removed.isEmpty, heads.count <= 1 {
            // Nothing new to record; still make the files canonical if they were not.
            if workingFiles != bytes {
                try materialise(bytes)
                noteFolders()
            }
            return nil
        }
        let record = VersionRecord(parents: heads, time: Timestamp.now(time), author: author, message: message,
                                   changes: changes, removed: removed, schemaVersion: RegisterSettings.currentSchemaVersion)
        let recordBytes = try record.canonicalBytes()
        let hash = SHA256.hex(recordBytes)
        try writeJournal(hash)
        try history.append(record, objects: objects)
        try materialise(bytes)
        try FileIO.remove("\(folder)/\(RegisterLayout.journalFile)")
        noteFolders()
        guard let version = history.version(hash) else { throw StoreError.history(path: folder, problem: LocalizedText(.problemVersionNotRecorded)) }
        return SaveResult(version: version, changedFiles: changes.count + removed.count)
    }

    /// Makes an old version the new head, as a new version; history is never rewritten. Without a message
    /// the version says "Restore version N" in `language`.
    @discardableResult
    public func restore(_ reference: String, message: String?, author: String, time: Date = Date(),
                        language: Language = .en) throws -> SaveResult? {
        let hash = try history.resolve(reference)
        // Every object is checked against its hash as it is read, so the manifest's hashes are the files'.
        let files = try history.files(at: hash)
        _ = try RegisterCodec.decode(files, folder: "\(folder)@\(reference)")
        let number = history.version(hash)?.number ?? 0
        let text = message ?? Message.restoreDefaultMessage.text(language, "\(number)")
        return try save(files: files, knownHashes: try history.manifest(at: hash), message: text, author: author, time: time)
    }

    /// Writes `files` over the register's tracked files and removes tracked files not among them. The
    /// caller notes the folders (`noteFolders`) once its last write, the journal's removal, is done.
    private func materialise(_ files: RegisterFiles) throws {
        // Only the files that differ are written (in path order), and only their folders made: sorting
        // and checking all 10 000 paths of a large register on every save cost more than the writing.
        // Unchanged files usually share their bytes with `workingFiles`, so comparing them is cheap.
        let changed = files.filter { workingFiles[$0.key] != $0.value }.keys.sorted()
        for path in Set(changed.map { FileIO.parentFolder(of: $0) }).sorted() where path != "." {
            try FileIO.makeFolder("\(folder)/\(path)")
        }
        for path in changed {
            try FileIO.writeAtomically(files[path] ?? [], to: "\(folder)/\(path)")
            fingerprints[path] = FileIO.fingerprint("\(folder)/\(path)")
        }
        for path in workingFiles.keys.filter({ files[$0] == nil }).sorted() {
            try FileIO.remove("\(folder)/\(path)")
            fingerprints[path] = nil
        }
        workingFiles = files
        hasReadFiles = true
        try ensureGitignore()
    }

    func ensureGitignore() throws {
        let path = "\(folder)/\(RegisterLayout.gitignoreFile)"
        if FileIO.kind(path) == .missing {
            try FileIO.writeAtomically(Array(RegisterLayout.gitignoreContent.utf8), to: path)
        }
    }

    // MARK: Journal

    func writeJournal(_ hash: String) throws {
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
        encodingsVersion = nil
        workingFiles = try readTrackedFiles()
        try materialise(try history.files(at: hash))
        try FileIO.remove("\(folder)/\(RegisterLayout.journalFile)")
        noteFolders()
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
