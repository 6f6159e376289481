import Foundation
import RopaConcurrency
import RopaHash
import RopaJSON
import RopaModel

/// A change being made under the register's write lock: the register as the head has it (read after the
/// lock was taken, with no unrecorded hand edits), the files it was read from, and the new version's message.
public struct RegisterEdit {
    public var register: Register
    /// The files `register` was read from, for edits that work on the stored JSON (`ropa set`).
    public let files: RegisterFiles
    public var message: String
}

/// The one commit path. Every write (`ropa set`, `import`, `review --mark-reviewed`, `commit`, `restore`,
/// the UI's save and restore, `init`) goes through `transact`: take the write lock (or use the one this
/// store holds for its session), then read what the write depends on, refuse unrecorded hand edits, apply
/// the change, and write it as one version in one transaction (`write(_:)`, SaveTransaction.swift).
extension RegisterStore {
    /// What a save did.
    public struct SaveResult: Equatable {
        public let version: Version
        public let changedFiles: Int
    }

    /// Edits the register as one new version: `change` gets the register as the head has it, read under the
    /// lock. Nil when the change changed nothing.
    @discardableResult
    public func edit(message: String, author: @autoclosure () -> String, time: Date = Date(),
                     _ change: (inout Register) throws -> Void) throws -> SaveResult? {
        try edit(author: author(), time: time) { edit in
            edit.message = message
            try change(&edit.register)
        }
    }

    /// Edits the register as one new version, the message chosen by `change` (from what it found).
    @discardableResult
    public func edit(author: @autoclosure () -> String, time: Date = Date(), _ change: (inout RegisterEdit) throws -> Void) throws -> SaveResult? {
        try transact(recordingHandEdits: true) {
            // Decoded first, so that a broken file is named as such rather than as an unrecorded change.
            let (register, encodings) = try RegisterStore.conflictsExplained(workingFiles, folder: folder) {
                try RegisterCodec.decodeNotingEncodings(workingFiles, folder: folder)
            }
            self.encodings = encodings
            // Files the `.ropa-index` vouches for are not hashed again: the save hashes what it changes.
            self.encodings.takeHashes(vouchedHashes)
            try refuseUnrecordedChanges()
            var edit = RegisterEdit(register: register, files: workingFiles, message: "")
            try change(&edit)
            return try saveRegister(edit.register, message: edit.message, author: author(), time: time)
        }
    }

    /// Saves a register the caller loaded from this store and changed (the UI), as one new version; nil when
    /// nothing changed. Refused when the files changed on disk since they were read.
    @discardableResult
    public func save(_ register: Register, message: String, author: @autoclosure () -> String, time: Date = Date()) throws -> SaveResult? {
        try transact(recordingHandEdits: false) {
            try saveRegister(register, message: message, author: author(), time: time)
        }
    }

    /// Records the working files as they are (hand edits, a git merge) as one new version: `ropa commit`.
    @discardableResult
    public func commit(message: String, author: @autoclosure () -> String, time: Date = Date()) throws -> SaveResult? {
        // One head and files decodable alone: only the changed files are read (TouchedFileSaves.swift).
        try commitTouched(message: message, author: author(), time: time).result { try commitWhole(message: message, author: author(), time: time) }
    }

    private func commitWhole(message: String, author: @autoclosure () -> String, time: Date) throws -> SaveResult? {
        try transact(recordingHandEdits: true) {
            let (register, encodings) = try RegisterStore.conflictsExplained(workingFiles, folder: folder) {
                try RegisterCodec.decodeNotingEncodings(workingFiles, folder: folder)
            }
            self.encodings = encodings
            // Files the `.ropa-index` vouches for are not hashed again: the save hashes what it changes.
            self.encodings.takeHashes(vouchedHashes)
            return try saveRegister(register, message: message, author: author(), time: time, canonicalising: true)
        }
    }

    /// Makes an old version the new head, as a new version; history is never rewritten. Without a message
    /// the version says "Restore version N" in `language`. Nil, writing nothing, when the head already is it.
    @discardableResult
    public func restore(_ reference: String, message: String?, author: @autoclosure () -> String, time: Date = Date(),
                        language: Language = .en) throws -> SaveResult? {
        // At the only head: only the files that differ are read from the history (TouchedFileSaves.swift).
        try restoreTouched(reference, message: message, author: author(), time: time, language: language).result {
            try restoreWhole(reference, message: message, author: author(), time: time, language: language)
        }
    }

    private func restoreWhole(_ reference: String, message: String?, author: @autoclosure () -> String, time: Date, language: Language) throws -> SaveResult? {
        try transact(recordingHandEdits: false) {
            let hash = try history.resolve(reference)
            // Every object is checked against its hash as it is read, so the manifest's hashes are the files'.
            let files = try history.files(at: hash)
            _ = try RegisterCodec.decode(files, folder: "\(folder)@\(reference)")
            let number = history.version(hash)?.label ?? "0"
            let text = message ?? StoreMessage.restoreDefaultMessage.text(language, number)
            encodingsVersion = nil
            let manifest = try history.manifest(at: hash)
            var encoded: [String: EncodedFile] = [:]
            for (path, bytes) in files {
                encoded[path] = EncodedFile(bytes: bytes, hash: manifest[path] ?? SHA256.hex(bytes))
            }
            return try save(encoded: encoded, message: text, author: author(), time: time, canonicalising: false)
        }
    }

    // MARK: The lock

    /// Takes the write lock for as long as this store is open for editing (the UI), or throws `.locked`
    /// naming the holder. Edits take it for their own duration otherwise.
    public func lockForSession() throws {
        guard sessionLock == nil else { return }
        sessionLock = try RegisterLock.acquire(folder: folder)
    }

    /// Reads the register again from disk, forgetting everything read before (after a git pull, say).
    public func reload() throws -> Register {
        readHistory = try History(folder: folder)
        historyIsUnread = false
        try readHistory.requireValid()
        historyIsWhole = true
        encodings = EncodingCache()
        encodingsVersion = nil
        hasReadFiles = false
        hasSweptAll = false
        return try load()
    }

    /// Whether this store holds the lock for a session.
    public var isLockedForSession: Bool { sessionLock != nil }

    public func unlock() {
        sessionLock?.release()
        sessionLock = nil
    }

    /// Runs a write under the lock, after bringing what it depends on up to date.
    func transact(recordingHandEdits: Bool, _ write: () throws -> SaveResult?) throws -> SaveResult? {
        if holdsLock {
            try prepareForWrite()
            if !recordingHandEdits { try refuseUnrecordedChanges() }
            return try write()
        }
        let lock = try RegisterLock.acquire(folder: folder)
        editLock = lock
        defer {
            editLock = nil
            lock.release()
        }
        try prepareForWrite()
        if !recordingHandEdits { try refuseUnrecordedChanges() }
        return try write()
    }

    /// Under the lock: the history and working files as they are now, and an interrupted save finished.
    private func prepareForWrite() throws {
        // Never write on top of a history not read whole and checked (a store that deferred it).
        try readWholeHistory()
        if hasReadFiles {
            // Read before: a store open for a session watches the folders; any other checks the history too,
            // since it may have read it before another writer's save.
            if sessionLock == nil, !(try history.isCurrent()) {
                throw StoreError.changedOnDisk(path: folder, files: [RegisterLayout.versionsFolder])
            }
            try refuseIfChangedOnDisk()
        } else {
            try refreshHistory()
            _ = try readFiles()
            sweepTemporaryFiles()
        }
        if case .refused(let reason)? = pendingJournal {
            throw StoreError.journalRefused(path: "\(folder)/\(RegisterLayout.journalFile)", reason: reason)
        }
    }

    /// Reads the history again when its versions folder no longer holds exactly the records read.
    func refreshHistory() throws {
        guard historyIsWhole else { return try readWholeHistory() }
        if try !history.isCurrent() {
            history = try History(folder: folder)
            try history.requireValid()
        }
    }

    /// Never write over what someone else changed since we read it; then clear what a killed write left.
    func refuseIfChangedOnDisk() throws {
        let changed = try changedOnDisk()
        if !changed.isEmpty { throw StoreError.changedOnDisk(path: folder, files: changed) }
        sweepTemporaryFiles()
    }

    /// A save records only its own change: working files that differ from every head (a hand edit not yet
    /// recorded with `ropa commit`) are refused, never folded into the version.
    func refuseUnrecordedChanges() throws {
        let heads = history.heads
        if heads.isEmpty || workingFilesMatchHeads == heads { return }
        let changed = try filesDifferingFromHeads(workingFiles)
        // Files that are the field-wise merge of two heads (ropa's merge driver) are the merge, not a hand edit.
        if !changed.isEmpty, try filesDifferingFromMergeOfHeads(workingFiles)?.isEmpty != true {
            throw StoreError.unrecordedChanges(path: folder, files: changed)
        }
        workingFilesMatchHeads = heads
    }

    /// Tracked files that none of the heads has as they are (after a git merge, each file as one of the
    /// branches has it is recorded; the merge is recorded with the next save).
    func filesDifferingFromHeads(_ files: RegisterFiles) throws -> [String] {
        let manifests = try history.heads.map { try history.manifest(at: $0) }
        let paths = Array(Set(files.keys).union(manifests.flatMap(\.keys)))
        // Files the `.ropa-index` vouches for are not hashed again (see `vouchedHashes`).
        let vouched = files == workingFiles ? vouchedHashes : [:]
        let hashes = OrderedConcurrentMap.map(paths) { path in files[path].map { vouched[path] ?? SHA256.hex($0) } }
        var changed: [String] = []
        for (path, hash) in zip(paths, hashes) where !manifests.contains(where: { $0[path] == hash }) {
            changed.append(path)
        }
        return changed.sorted()
    }

    // MARK: Planning a version

    /// Saves `register` as one new version, or returns nil when nothing changed.
    private func saveRegister(_ register: Register, message: String, author: @autoclosure () -> String, time: Date,
                              canonicalising: Bool = false) throws -> SaveResult? {
        if let version = encodingsVersion, history.heads == [version], let delta = try encodings.delta(to: register) {
            // Only what changed is checked: checking 10 000 activities on every keystroke-sized save cost more than the save.
            try ValueRules.check(register, files: delta.written.map { $0.path }, folder: folder)
            return try save(delta: delta, message: message, author: author(), time: time)
        }
        try ValueRules.check(register, folder: folder)
        // Entities equal to what was last loaded or saved keep their bytes and hashes (see EncodingCache).
        encodingsVersion = nil
        let result = try save(encoded: try RegisterCodec.encode(register, cache: &encodings), message: message, author: author(),
                              time: time, canonicalising: canonicalising)
        // The files now are those of the head: the cache holds them.
        if history.heads.count == 1, workingFilesMatchHeads == history.heads { encodingsVersion = history.head }
        return result
    }

    /// A save right after a save: the head's files are known (they are in `encodings` and `workingFiles`),
    /// so the version records the entities that differ from them, found by comparing values, and nothing
    /// else is encoded, hashed or compared. The cost grows with what changed, not with the size of the
    /// register or of its history.
    private func save(delta: EncodingDelta, message: String, author: @autoclosure () -> String, time: Date) throws -> SaveResult? {
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
        let files = PlannedWrite(writes: delta.written.map { ($0.path, $0.file.bytes) }.sorted { $0.0 < $1.0 },
                                 removals: delta.removed.filter { workingFiles[$0] != nil })
        let result = try record(changes: changes, removed: delta.removed, objects: objects, files: files,
                                message: message, author: author(), time: time)
        encodings = delta.cache
        encodingsVersion = result.version.hash
        return result
    }

    /// A save of a complete set of files: the version records those that differ from the head's.
    private func save(encoded newFiles: [String: EncodedFile], message: String, author: @autoclosure () -> String, time: Date,
                      canonicalising: Bool) throws -> SaveResult? {
        let heads = history.heads
        let base = try heads.first.map { try history.manifest(at: $0) } ?? [:]
        var changes: [String: String] = [:]
        var objects: [String: [UInt8]] = [:]
        for (path, file) in newFiles where base[path] != file.hash {
            changes[path] = file.hash
            objects[file.hash] = file.bytes
        }
        let removed = base.keys.filter { newFiles[$0] == nil }.sorted()
        // Only the files that differ are written (in path order): unchanged files usually share their bytes
        // with `workingFiles`, so comparing them is cheap.
        var files = PlannedWrite()
        files.writes = newFiles.filter { workingFiles[$0.key] != $0.value.bytes }.map { ($0.key, $0.value.bytes) }.sorted { $0.0 < $1.0 }
        files.removals = workingFiles.keys.filter { newFiles[$0] == nil }.sorted()
        if changes.isEmpty, removed.isEmpty, heads.count <= 1 {
            // Nothing new to record. `ropa commit` still makes hand-edited files canonical.
            if canonicalising, !files.isEmpty {
                try writeFiles(files)
                noteFolders()
            }
            return nil
        }
        return try record(changes: changes, removed: removed, objects: objects, files: files,
                          message: message, author: author(), time: time)
    }

    private func record(changes: [String: String], removed: [String], objects: [String: [UInt8]], files: PlannedWrite,
                        message: String, author: @autoclosure () -> String, time: Date) throws -> SaveResult {
        let record = VersionRecord(parents: history.heads, time: Timestamp.now(time), author: author(), message: message,
                                   changes: changes, removed: removed, schemaVersion: RegisterSettings.currentSchemaVersion)
        let recordBytes = try record.canonicalBytes()
        // Nothing is written that no command could read back: every file within the limit reads enforce.
        for (path, bytes) in files.writes where bytes.count > FileIO.maximumFileSize {
            throw StoreError.invalidContent(path: "\(folder)/\(path)", problem: LocalizedText(.fileTooLarge, "\(bytes.count / 1_048_576)",
                                                                                               "\(FileIO.maximumFileSize / 1_048_576)"))
        }
        if recordBytes.count > FileIO.maximumFileSize {
            throw StoreError.invalidContent(path: "\(folder)/\(RegisterLayout.versionsFolder)", problem: LocalizedText(.fileTooLarge, "\(recordBytes.count / 1_048_576)",
                                                                                                "\(FileIO.maximumFileSize / 1_048_576)"))
        }
        let hash = SHA256.hex(recordBytes)
        try write(PlannedVersion(record: record, hash: hash, objects: objects, files: files))
        workingFilesMatchHeads = [hash]
        noteFolders()
        guard let version = history.version(hash) else {
            throw StoreError.history(path: folder, problem: LocalizedText(.problemVersionNotRecorded))
        }
        return SaveResult(version: version, changedFiles: changes.count + removed.count)
    }
}
