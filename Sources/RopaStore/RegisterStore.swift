import Foundation
import RopaConcurrency
import RopaHash
import RopaJSON
import RopaModel

/// A register folder on disk with its history: load, save as a new version, restore, read old versions.
///
/// Every write goes through one commit path (`edit`, `save`, `commit`, `restore` in RegisterStore+Edit.swift):
/// it takes the write lock, reads what the write depends on, applies the change and writes it as one
/// transaction (SaveTransaction.swift). Reading never writes: a pending journal is reported, and finished only
/// by the next writer (Journal.swift).
public final class RegisterStore {
    public let folder: String
    /// The register's history. A store opened with `deferringHistory` reads it whole here on first use, so
    /// no caller sees it without its versions; when it cannot be read at all, it stays empty and the
    /// methods that need it report why.
    public internal(set) var history: History {
        get {
            if historyIsUnread { try? readWholeHistory() }
            return readHistory
        }
        set { readHistory = newValue }
    }
    /// The history as far as it was read: nothing while `historyIsUnread`, the head alone during a
    /// touched-file save (see `touchedFileSave`), else the whole history.
    var readHistory: History
    /// True while a store opened with `deferringHistory` has read no record of its history.
    var historyIsUnread = false
    /// The history read whole, refused when invalid: what a store opened with `deferringHistory` reads
    /// before it shows versions (`history` reads it too, but cannot say why it could not).
    public func wholeHistory() throws -> History {
        try readWholeHistory()
        return readHistory
    }

    /// The newest `count` versions, newest first: from the history when this store has read it, else from
    /// `.ropa-history` when it answers (reading only those records, as `ropa log -n` does), else by reading
    /// the history whole, which writes the index for the next time.
    public func newestVersions(_ count: Int) throws -> RecentVersions {
        if historyIsUnread, try RegisterFolderCheck.isFolder(folder, RegisterLayout.versionsFolder),
           let recent = HistoryIndex.newest(count, folder: folder) {
            return recent
        }
        let history = try wholeHistory()
        history.writeIndex()
        return RecentVersions(versions: history.versions.suffix(count).reversed(), heads: history.heads, count: history.count)
    }

    /// The register's files as last read or written by this store: the base a save compares with.
    public internal(set) var workingFiles: RegisterFiles = [:]
    /// How each of those files looked on disk, to notice cheaply when another program changed them.
    var fingerprints: [String: FileIO.Fingerprint] = [:]
    /// Whether `workingFiles` came from disk (and so can be checked against it before a save).
    var hasReadFiles = false
    /// Whether a save swept every watched folder: files left before this store was opened are there.
    var hasSweptAll = false
    /// How the folders holding those files looked (see `noteFolders`).
    var folderFingerprints: [String: FileIO.Fingerprint?] = [:]
    /// The canonical bytes of the entities last loaded or saved, so a save encodes only what changed.
    var encodings = EncodingCache()
    /// Set after a save to the version it recorded: then `encodings` and `workingFiles` hold exactly that
    /// version's files, and the next save only needs what differs from them (see `plan(delta:)`).
    var encodingsVersion: String?
    /// The heads the working files were last found to match (every file as one of the heads has it), so a
    /// save checks for unrecorded hand edits once per read, not once per save.
    var workingFilesMatchHeads: [String]?
    /// Hashes of the files last read from disk, as the `.ropa-index` vouches for them: a save need not hash
    /// those files again to know which ones changed.
    var vouchedHashes: [String: String] = [:]
    /// The lock this store holds for a whole session (the UI), if any; edits otherwise lock for their own duration.
    var sessionLock: RegisterLock?
    /// What the last read found of an interrupted save's journal, when it did not finish it (a reader never writes).
    public internal(set) var pendingJournal: PendingJournal?
    /// The lock an edit took for its own duration.
    var editLock: RegisterLock?

    /// Opens the register in `folder` without changing anything unless an interrupted save must be finished
    /// and the lock is free.
    /// `checkingHistory` false is for `verify` alone, which reports an invalid history instead of refusing it.
    /// `deferringHistory` is for a command that makes one save (`ropa set`, `commit`, `review
    /// --mark-reviewed`): the history is read (and refused when invalid) by the first method that needs it,
    /// and a save on top of the only head may never need it whole (see `touchedFileSave`). Until a method
    /// has read it, `history` holds no versions.
    public init(folder: String, checkingHistory: Bool = true, deferringHistory: Bool = false) throws {
        let trimmed = try RegisterStore.registerFolder(folder)
        self.folder = trimmed
        if deferringHistory {
            readHistory = History(unreadIn: trimmed)
            historyIsWhole = false
            historyIsUnread = true
            return
        }
        readHistory = try History(folder: trimmed)
        if checkingHistory { try readHistory.requireValid() }
    }

    /// False while `history` is not the whole history: not read yet, or only the head a save appends to.
    var historyIsWhole = true

    /// Reads the history whole, refusing an invalid one, when this store has not (see `deferringHistory`).
    func readWholeHistory() throws {
        guard !historyIsWhole else { return }
        let read = try History(folder: folder)
        readHistory = read
        historyIsUnread = false
        try read.requireValid()
        historyIsWhole = true
    }

    /// The register folder `folder` names (without a trailing slash), checked to hold a register.
    public static func registerFolder(_ folder: String) throws -> String {
        let trimmed = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        switch FileIO.kind(trimmed) {
        case .missing: throw StoreError.notFound(path: trimmed)
        case .folder: break
        default: throw StoreError.notAFolder(path: trimmed)
        }
        let settings = "\(trimmed)/\(RegisterLayout.settingsFile)"
        switch FileIO.entryKind(settings) {
        case .file: break
        case .missing: throw StoreError.notARegister(path: trimmed)
        case .link: throw StoreError.symbolicLink(path: settings)
        case .folder: throw StoreError.invalidContent(path: settings, problem: LocalizedText(.problemExpectedFile))
        case .other: throw StoreError.notARegularFile(path: settings)
        }
        return trimmed
    }

    /// Whether a folder holds a register.
    public static func isRegister(_ folder: String) -> Bool {
        FileIO.entryKind("\(folder)/\(RegisterLayout.settingsFile)") == .file
    }

    // MARK: Reading

    /// Reads the register's tracked files from disk. A reader never writes: when an interrupted save's
    /// journal names a recorded version, it reads that version from the history and reports the journal
    /// (`pendingJournal`); only a store holding the write lock finishes the save (or drops a journal whose
    /// save never reached its commit point).
    public func readFiles() throws -> RegisterFiles {
        // Reading the files needs the history only to check an interrupted save's journal against it
        // (`Journal.inspect` reads it then): a store that deferred it (the UI, one-save commands) reads it
        // when a method needs it, and before any write.
        if !historyIsUnread { try readWholeHistory() }
        encodingsVersion = nil
        workingFilesMatchHeads = nil
        pendingJournal = nil
        let onDisk = try readTrackedFiles()
        hasReadFiles = true
        workingFiles = onDisk
        guard let journal = try Journal.inspect(self, workingFiles: onDisk) else { return onDisk }
        switch journal {
        case .interrupted(let version):
            if holdsLock {
                try rollForward(to: version)
                return workingFiles
            }
            pendingJournal = journal
            // The files on disk are a mix of the head's parent and the head: show the head.
            vouchedHashes = [:]
            workingFiles = try history.files(at: version)
            hasReadFiles = false
            return workingFiles
        case .notRecorded:
            if holdsLock { try Journal.remove(self) } else { pendingJournal = journal }
        case .refused:
            pendingJournal = journal
        }
        return onDisk
    }

    /// Whether this store holds the register's write lock (for a session, or for the edit under way).
    var holdsLock: Bool { sessionLock != nil || editLock != nil }

    public func load() throws -> Register {
        let files = try readFiles()
        let (register, encodings) = try RegisterStore.conflictsExplained(files, folder: folder) {
            try RegisterCodec.decodeNotingEncodings(files, folder: folder)
        }
        self.encodings = encodings
        self.encodings.takeHashes(vouchedHashes)
        return register
    }

    /// The register as it was at a version (by number or hash prefix).
    public func register(at reference: String) throws -> Register {
        try readWholeHistory()
        let hash = try history.resolve(reference)
        return try RegisterCodec.decode(try history.files(at: hash), folder: "\(folder)@\(reference)")
    }

    func readTrackedFiles() throws -> RegisterFiles {
        // Noted before listing: a change made while reading shows as a changed folder at the next save.
        noteFolders()
        let paths = try trackedPathsOnDisk()
        // Read on every core: opening a large register reads 10 000 files.
        let folder = folder
        let read = try OrderedConcurrentMap.map(paths) { path in try FileIO.readFile("\(folder)/\(path)") }
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
        // Every folder ropa reads from or writes to is a real folder inside the register, never a link.
        for relative in RegisterLayout.innerFolders { _ = try RegisterFolderCheck.isFolder(folder, relative) }
        for path in [RegisterLayout.settingsFile, RegisterLayout.organisationFile, RegisterLayout.countriesFile]
        where FileIO.entryKind("\(folder)/\(path)") != .missing {
            paths.append(path)
        }
        for (_, entityFolder) in RegisterLayout.entityFolders {
            guard try RegisterFolderCheck.isFolder(folder, entityFolder) else { continue }
            for name in try FileIO.list("\(folder)/\(entityFolder)") {
                if RegisterLayout.isStoredJSON(name) {
                    guard RegisterLayout.isEntityFileName(name) else {
                        throw StoreError.invalidID(path: "\(folder)/\(entityFolder)/\(name)", id: String(name.dropLast(5)))
                    }
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

    func fullPath(ofFolder relative: String) -> String {
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
    func foldersChangedSinceNoted() -> [String] {
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
        guard FileIO.entryKind(full) == .folder else { return [] }
        if relative.isEmpty {
            return [RegisterLayout.settingsFile, RegisterLayout.organisationFile].filter { FileIO.entryKind("\(folder)/\($0)") == .file }
        }
        if relative == FileIO.parentFolder(of: RegisterLayout.countriesFile) {
            return FileIO.entryKind("\(folder)/\(RegisterLayout.countriesFile)") == .file ? [RegisterLayout.countriesFile] : []
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
        let fingerprints = fingerprints
        let moved = OrderedConcurrentMap.map(paths) { path in
            guard let register, let noted = fingerprints[path] else { return true }
            return register.fingerprint(of: path) != noted
        }
        for (path, hasMoved) in zip(paths, moved) where hasMoved && !changed.contains(path) {
            guard let known = workingFiles[path], FileIO.entryKind("\(folder)/\(path)") == .file else {
                changed.insert(path)
                continue
            }
            if try FileIO.read("\(folder)/\(path)") != known { changed.insert(path) }
        }
        if changedFolders.contains(RegisterLayout.versionsFolder) {
            let versionsPath = "\(folder)/\(RegisterLayout.versionsFolder)"
            if FileIO.entryKind(versionsPath) == .folder {
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
            guard FileIO.entryKind(path) == .folder, let names = try? FileIO.list(path) else { continue }
            for name in names where RegisterStore.isLeftover(name) {
                try? FileIO.remove("\(path)/\(name)")
            }
        }
    }

    /// Whether a file name is a temporary file of a write (`.NAME.tmp-PID`).
    static func isLeftover(_ name: String) -> Bool {
        name.hasPrefix(".") && name.contains(".tmp-")
    }

    // MARK: Checks

    /// Tracked files whose content differs from the head version: changed outside ropa and not yet recorded.
    public func unrecordedChanges() throws -> [String] {
        try changedFromHead(try readFiles())
    }

    /// The tracked files whose content is not the head's, as this store last read them (`load()`): what a
    /// spreadsheet or document made from that register is stamped from, without reading it all again.
    public func unrecordedChangesInFilesRead() throws -> [String] {
        guard hasReadFiles else { return try unrecordedChanges() }
        return try changedFromHead(workingFiles)
    }

    /// Files that differ from the head: hashes the `.ropa-index` vouched for as they were read are taken
    /// as they are, the others computed on every core.
    private func changedFromHead(_ files: RegisterFiles) throws -> [String] {
        try readWholeHistory()
        let manifest = try history.head.map { try history.manifest(at: $0) } ?? [:]
        var hashes = vouchedHashes.filter { files[$0.key] != nil }
        let unvouched = files.keys.filter { hashes[$0] == nil }
        let computed = OrderedConcurrentMap.map(unvouched) { path in files[path].map { SHA256.hex($0) } }
        for (path, hash) in zip(unvouched, computed) { hashes[path] = hash }
        var changed: [String] = []
        for path in Set(files.keys).union(manifest.keys).sorted() where hashes[path] != manifest[path] {
            changed.append(path)
        }
        return changed
    }
}
