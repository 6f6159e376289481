import Foundation
import RopaHash
import RopaJSON
import RopaModel

/// What a save that reads only the files it touches did.
enum TouchedFileSave: Equatable {
    case saved(RegisterStore.SaveResult)
    /// The register already is as asked: no version recorded.
    case nothingToSave
    /// The save refused what it was asked (and said why): nothing is written, not even the index.
    case refused
    /// The register is in a state this save does not handle alone (a journal, two heads after a git merge,
    /// files changed outside ropa, a change to the settings or reference data, a store already reading the
    /// register for a session): the full commit path reads, checks and saves the whole register instead.
    case needsFullSave
    /// The caches did not answer for what the save needs of the history: the caller tries again with the
    /// history read whole (never seen outside the store's saves).
    case needsWholeHistory

    /// The save's result, or nil when there was nothing to save; `full` runs when a full save is needed.
    func result(orElse full: () throws -> RegisterStore.SaveResult?) rethrows -> RegisterStore.SaveResult? {
        switch self {
        case .saved(let result): return result
        case .nothingToSave, .refused: return nil
        case .needsFullSave, .needsWholeHistory: return try full()
        }
    }
}

/// Saves that cost what they touch: `ropa set`, `ropa commit` and `ropa restore` on a register whose files
/// are those of its only head. The `.ropa-index` says which files are unchanged without reading them; only
/// the files that change are read, decoded (every check decoding makes: syntax, known fields, vocabularies,
/// the id), encoded and recorded. A register file is decoded on its own, so the rest of the register
/// cannot change whether it is valid; the findings across entities are `ropa validate`'s, as after a full
/// save. Taken under the write lock, with the history read again under it, and written by the one
/// transaction every save ends in (`write(_:)`), so a kill or a failed write at any step leaves the old or
/// the new version.
extension RegisterStore {
    /// `ropa set`: changes fields of the entity with `id` (or "organisation") as one new version; nil when
    /// they already hold those values.
    @discardableResult
    public func set(_ assignments: [FieldAssignment], ofEntity id: String, message: String, author: @autoclosure () -> String,
                    time: Date = Date()) throws -> SaveResult? {
        try setTouched(assignments, ofEntity: id, message: message, author: author(), time: time).result {
            try edit(author: author(), time: time) { edit in
                edit.register = try FieldAssignment.apply(assignments, toEntity: id, in: edit.files).register
                edit.message = message
            }
        }
    }

    func setTouched(_ assignments: [FieldAssignment], ofEntity id: String, message: String, author: @autoclosure () -> String,
                    time: Date = Date()) throws -> TouchedFileSave {
        try touchedFileSave { base in
            guard base.tree.matchesHead else { return .needsFullSave }
            guard let path = try entityPath(id, in: base.tree) else { throw StoreError.unknownEntity(id) }
            let bytes = try content(of: path, in: base.tree)
            var entity = try RegisterCodec.parse(bytes, path: path)
            for assignment in assignments {
                entity = try assignment.applied(to: entity) { _ = try RegisterCodec.canonicalFile(path: path, bytes: CanonicalJSON.bytes($0)) }
            }
            // Stored as the model writes it, so the file is canonical down to defaulted fields.
            let canonical = try RegisterCodec.canonicalFile(path: path, bytes: CanonicalJSON.bytes(entity))
            guard canonical != bytes else { return .nothingToSave }
            let file = EncodedFile(bytes: canonical, hash: SHA256.hex(canonical))
            return .saved(try recordTouched(written: [(path, file)], removed: [], base: base, message: message, author: author(), time: time))
        }
    }

    /// `ropa commit` of files changed outside ropa, each checked and made canonical on its own.
    func commitTouched(message: String, author: @autoclosure () -> String, time: Date = Date()) throws -> TouchedFileSave {
        try touchedFileSave { base in
            let differing = base.tree.differing
            if differing.isEmpty { return .nothingToSave }
            guard differing.allSatisfy(RegisterStore.isDecodedAlone) else { return .needsFullSave }
            var written: [(path: String, file: EncodedFile)] = []
            var removed: [String] = []
            for path in differing {
                guard base.tree.hashes[path] != nil else {
                    // The organisation cannot be removed: the full commit says so.
                    guard path != RegisterLayout.organisationFile else { return .needsFullSave }
                    removed.append(path)
                    continue
                }
                let canonical = try RegisterCodec.canonicalFile(path: path, bytes: try content(of: path, in: base.tree), shownIn: folder)
                let file = EncodedFile(bytes: canonical, hash: SHA256.hex(canonical))
                // Written in another form but equal to the head once canonical: the full commit rewrites it
                // without recording a change.
                if file.hash == base.tree.head[path] { return .needsFullSave }
                written.append((path, file))
            }
            return .saved(try recordTouched(written: written, removed: removed, base: base, message: message, author: author(), time: time))
        }
    }

    /// `ropa restore`: makes an old version the new head, reading from the history only the files that differ
    /// from the head. Without a message the version says "Restore version N" in `language`.
    ///
    /// A store that has not read its history tries the caches first: `.ropa-history` resolves the version
    /// and numbers it, and the target's files are worked out from the head's and the records between them
    /// (`HistoryWalk`); when they do not answer, the history is read whole and the save starts again.
    func restoreTouched(_ reference: String, message: String?, author: @autoclosure () -> String, time: Date = Date(),
                        language: Language = .en) throws -> TouchedFileSave {
        func readingWholeHistory(_ base: TouchedBase) throws -> TouchedFileSave {
            let target = try self.history.resolve(reference)
            guard base.tree.matchesHead else { return .needsFullSave }
            // Every object is checked against its hash as it is read, so the manifest's hashes are the files'.
            return try self.recordRestore(number: self.history.version(target)?.number ?? 0, files: try self.history.manifest(at: target),
                                          differing: { try self.history.differingFiles(from: base.head, to: target).after },
                                          reference: reference, base: base, message: message, author: author(), time: time, language: language)
        }
        return try touchedFileSaveTryingCaches { base in
            guard let index = base.index else { return try readingWholeHistory(base) }
            return try restoreFromCaches(reference, index: index, base: base, message: message, author: author(), time: time, language: language)
        }
    }

    /// `save` through the caches first, when this store has not read its history whole (`base.index` says
    /// whether they answered for the head), and again over the whole history when `save` finds they do not
    /// answer (`.needsWholeHistory`).
    func touchedFileSaveTryingCaches(_ save: (TouchedBase) throws -> TouchedFileSave) throws -> TouchedFileSave {
        if !historyIsWhole {
            // When the caches did not answer for the head, the save has read the history whole already.
            let cached = try touchedFileSave(save)
            if cached != .needsWholeHistory { return cached }
        }
        return try touchedFileSave(needingWholeHistory: true, save)
    }

    /// `restoreTouched` through the caches: the version resolved as the whole history would resolve it
    /// (`.ropa-history` lists every version), its files from the head's and the records since it, and the
    /// files that differ read from the packs of the versions that wrote them (each checked against its hash).
    private func restoreFromCaches(_ reference: String, index: HistoryIndex, base: TouchedBase, message: String?, author: @autoclosure () -> String,
                                   time: Date, language: Language) throws -> TouchedFileSave {
        let listing = History(folder: folder, listing: index)
        let target = try listing.resolve(reference)
        guard base.tree.matchesHead else { return .needsFullSave }
        guard let number = listing.number(of: target),
              let walk = HistoryWalk(from: base.head, headFiles: base.tree.head, to: target,
                                     versionsFolder: "\(folder)/\(RegisterLayout.versionsFolder)", lineage: base.tree.headLineage) else {
            return .needsWholeHistory
        }
        let differing = { () -> RegisterFiles? in
            let objects = ObjectStore(folder: self.folder)
            let versionsFolder = "\(self.folder)/\(RegisterLayout.versionsFolder)"
            var after: RegisterFiles = [:]
            for (path, object) in walk.files where base.tree.head[path] != object {
                // Paths named by records are checked against the layout before anything is read for them; an
                // object not found along first parents from the version that wrote it: the whole history finds it.
                guard RegisterLayout.isTrackedPath(path), let version = walk.writtenBy[path],
                      let bytes = objects.object(object, namedBy: version, versionsFolder: versionsFolder) else { return nil }
                after[path] = bytes
            }
            return after
        }
        return try recordRestore(number: number, files: walk.files, differing: differing, reference: reference, base: base,
                                 message: message, author: author(), time: time, language: language)
    }

    /// Records the restore of the version numbered `number`, whose files are `targetFiles`; `differing` reads
    /// the content of those that differ from the head (nil: the history must be read whole).
    private func recordRestore(number: Int, files targetFiles: [String: String], differing: () throws -> RegisterFiles?, reference: String,
                               base: TouchedBase, message: String?, author: @autoclosure () -> String, time: Date, language: Language) throws -> TouchedFileSave {
        // Settings and reference data apply to every file: a version that differs in them is checked whole.
        for path in [RegisterLayout.settingsFile, RegisterLayout.countriesFile] where targetFiles[path] != base.tree.head[path] {
            return .needsFullSave
        }
        guard let after = try differing() else { return .needsWholeHistory }
        var written: [(path: String, file: EncodedFile)] = []
        for (path, bytes) in after.sorted(by: { $0.key < $1.key }) {
            guard RegisterStore.isDecodedAlone(path), let hash = targetFiles[path] else { return .needsFullSave }
            _ = try RegisterCodec.canonicalFile(path: path, bytes: bytes, shownIn: "\(folder)@\(reference)")
            written.append((path, EncodedFile(bytes: bytes, hash: hash)))
        }
        let removed = base.tree.head.keys.filter { targetFiles[$0] == nil }.sorted()
        guard removed.allSatisfy(RegisterStore.isDecodedAlone), !removed.contains(RegisterLayout.organisationFile) else { return .needsFullSave }
        if written.isEmpty && removed.isEmpty { return .nothingToSave }
        let text = message ?? StoreMessage.restoreDefaultMessage.text(language, "\(number)")
        // Every file written was read from the history: its object is stored there already.
        return .saved(try recordTouched(written: written, removed: removed, base: base, message: text, author: author(), time: time,
                                        storedObjects: Set(written.map(\.file.hash))))
    }

    // MARK: Shared

    /// What a touched-file save starts from: the only head, and the working tree compared with it.
    struct TouchedBase {
        let head: String
        let tree: WorkingTree
        /// The register's settings, read and checked under the lock.
        let settings: RegisterSettings
        /// `.ropa-history` when the head came from the caches (the history was not read whole).
        let index: HistoryIndex?
    }

    /// Runs `save` under the write lock, with the history read again under it, when the register is in a
    /// state a touched-file save handles: a store not already reading the register (the command line), no
    /// journal, one head, settings of this ropa's schema. Else, or when `save` says so, `.needsFullSave`.
    /// A store that has not read its history (`deferringHistory`) and does not need it whole takes the head
    /// and its files from the caches when they answer (see `indexedHead`) and reads no other record.
    func touchedFileSave(needingWholeHistory: Bool = false, _ save: (TouchedBase) throws -> TouchedFileSave) throws -> TouchedFileSave {
        guard !holdsLock, !hasReadFiles else { return .needsFullSave }
        let lock = try RegisterLock.acquire(folder: folder)
        editLock = lock
        var indexed: HistoryIndex?
        let deferred = !historyIsWhole
        defer {
            editLock = nil
            lock.release()
            // Only the touched files were read: the next save of this store reads the register whole.
            workingFiles = [:]
            fingerprints = [:]
            vouchedHashes = [:]
            hasReadFiles = false
            encodingsVersion = nil
            workingFilesMatchHeads = nil
            // A history of the head alone is never left for other methods to read.
            if indexed != nil {
                readHistory = History(unreadIn: folder)
                historyIsUnread = true
            }
        }
        guard FileIO.entryKind("\(folder)/\(RegisterLayout.journalFile)") == .missing else { return .needsFullSave }
        let known = StatIndex.read(folder: folder)
        let head: String
        let tree: WorkingTree
        if !historyIsWhole, !needingWholeHistory, let (index, only, headHistory) = indexedHead(claimedBy: known) {
            indexed = index
            readHistory = headHistory
            historyIsUnread = false
            head = only
            tree = try scanWorkingTree(head: head, files: known.entries.mapValues(\.hash), known: known)
        } else {
            try refreshHistory()
            guard history.heads.count == 1, let only = history.head else { return .needsFullSave }
            head = only
            tree = try scanWorkingTree(head: only, files: try history.manifest(at: only), history: history.lineage(at: only), known: known)
        }
        // The settings decide how every file is read (the schema version): they must be ones this ropa
        // reads as they are, and are checked as a full save checks them.
        guard tree.hashes[RegisterLayout.settingsFile] != nil else { return .needsFullSave }
        let settingsBytes = try content(of: RegisterLayout.settingsFile, in: tree)
        let settingsPath = "\(folder)/\(RegisterLayout.settingsFile)"
        let value = try RegisterCodec.parse(settingsBytes, path: settingsPath)
        guard case .int(let version) = value["schemaVersion"] ?? .null, version == RegisterSettings.currentSchemaVersion else { return .needsFullSave }
        let migrated = try SchemaMigration.migrate([:], settings: value, settingsPath: settingsPath)
        let settings: RegisterSettings = try RegisterCodec.decodeValue(migrated.settings, path: settingsPath)
        try ValueRules.check(settings, path: settingsPath)
        let result = try save(TouchedBase(head: head, tree: tree, settings: settings, index: indexed))
        // What the scan hashed is kept when there was nothing to save (a save writes the index itself): the
        // next command would otherwise hash it again. A refusal, or a hand-over to the full save, writes nothing.
        if result == .nothingToSave { tree.writeIndexIfChanged(folder: folder) }
        // The caches answer for the next such save: the history's order with the version just recorded on top
        // (written whole when a deferring store had to read the history).
        if case .saved(let saved) = result, deferred {
            if let next = indexed?.appending(saved.version.hash) {
                next.write(folder: folder)
            } else if historyIsWhole {
                history.writeIndex()
            }
        }
        return result
    }

    /// The only head and a history holding just it, when the caches answer for them: `.ropa-history` for the
    /// versions folder as it is (its records are exactly those the index was written for, and one of them is
    /// the only head), and `.ropa-index` for that head's files (written by a command that compared the files
    /// with it or recorded it). The head's record is read and checked against its name. Nil: read the
    /// history whole.
    private func indexedHead(claimedBy known: StatIndex) -> (index: HistoryIndex, head: String, history: History)? {
        guard let head = known.head, let index = HistoryIndex.current(folder: folder), index.heads == [head],
              let entry = index.entries.last, entry.hash == head, let number = entry.number,
              let record = HistoryIndex.readRecord(head, in: "\(folder)/\(RegisterLayout.versionsFolder)") else { return nil }
        return (index, head, History(folder: folder, head: head, record: record, number: number))
    }

    /// Whether a file is checked completely by decoding it alone: the organisation and the entity files.
    /// Paths named by the history are checked against the layout too: never one that leaves the register.
    static func isDecodedAlone(_ path: String) -> Bool {
        RegisterLayout.isTrackedPath(path) && RegisterLayout.kind(ofFile: path) != nil
    }

    /// The file of the entity with `id`; the organisation also answers to "organisation" and to its own id.
    private func entityPath(_ id: String, in tree: WorkingTree) throws -> String? {
        if id == "organisation" { return tree.hashes[RegisterLayout.organisationFile] == nil ? nil : RegisterLayout.organisationFile }
        if EntityID.isValid(id) {
            for (kind, entityFolder) in RegisterLayout.entityFolders where kind != .organisation {
                let path = "\(entityFolder)/\(id).json"
                if tree.hashes[path] != nil { return path }
            }
        }
        guard tree.hashes[RegisterLayout.organisationFile] != nil else { return nil }
        let organisation = try content(of: RegisterLayout.organisationFile, in: tree)
        return (try? JSONParser.parse(organisation))?["id"]?.stringValue == id ? RegisterLayout.organisationFile : nil
    }

    /// Records the written and removed files as one version on top of the head, through the transaction
    /// every save ends in; then brings the index up to date with the files written.
    ///
    /// `storedObjects`: objects of `written` the history already holds (a restore's, read from it), which a
    /// history holding the head alone cannot know of: they are not packed again.
    func recordTouched(written: [(path: String, file: EncodedFile)], removed: [String], base: TouchedBase,
                       message: String, author: @autoclosure () -> String, time: Date, storedObjects: Set<String> = []) throws -> SaveResult {
        // What killed writes left: in the entity folders as the scan listed them, elsewhere by listing.
        for leftover in base.tree.leftovers { try? FileIO.remove("\(folder)/\(leftover)") }
        let entityFolders = Set(RegisterLayout.entityFolders.map(\.folder))
        sweepTemporaryFiles(in: watchedFolders.filter { !entityFolders.contains($0) })
        var changes: [String: String] = [:]
        var objects: [String: [UInt8]] = [:]
        var plan = PlannedWrite()
        for (path, file) in written.sorted(by: { $0.path < $1.path }) {
            changes[path] = file.hash
            if !storedObjects.contains(file.hash) { objects[file.hash] = file.bytes }
            if base.tree.hashes[path] != file.hash { plan.writes.append((path, file.bytes)) }
        }
        plan.removals = removed
        // The content each changed file has now, so that a failed write puts it back.
        for path in plan.writes.map(\.path) + removed where base.tree.hashes[path] != nil {
            workingFiles[path] = try content(of: path, in: base.tree)
        }
        let record = VersionRecord(parents: [base.head], time: Timestamp.now(time), author: author(), message: message,
                                   changes: changes, removed: removed, schemaVersion: RegisterSettings.currentSchemaVersion)
        let hash = SHA256.hex(try record.canonicalBytes())
        try write(PlannedVersion(record: record, hash: hash, objects: objects, files: plan))
        var index = base.tree.index
        let register = FileIO.FolderHandle(folder)
        // Every file that differed from the head is written or removed: the entries become the new version's.
        let recorded = Set(written.map(\.path) + removed)
        var everyFileEntered = base.tree.differing.allSatisfy(recorded.contains)
        for (path, file) in written {
            // This version's record names the object: its pack, or (a restore's, packed before) an older one's.
            index.entries[path] = register?.regularFileFingerprint(of: path).map { StatIndex.Entry(stat: $0, hash: file.hash, writer: hash) }
            if index.entries[path] == nil { everyFileEntered = false }
        }
        for path in removed { index.entries[path] = nil }
        index.head = everyFileEntered ? hash : nil
        index.lineage = everyFileEntered
            ? base.tree.headLineage?.advanced(to: hash, previous: { path in base.tree.head[path].map { ($0, base.tree.headWriter(path)) } },
                                              changes: changes, removed: removed) : nil
        index.write(folder: folder, order: base.tree.order)
        guard let version = history.version(hash) else { throw StoreError.history(path: folder, problem: LocalizedText(.problemVersionNotRecorded)) }
        return SaveResult(version: version, changedFiles: changes.count + removed.count)
    }
}

extension WorkingTree {
    func writeIndexIfChanged(folder: String) {
        if indexChanged { index.write(folder: folder, order: order) }
    }
}

extension RegisterCodec {
    /// Decodes one organisation or entity file on its own, with every check a whole register's decoding
    /// makes of it, and returns the bytes the model writes for it. `shownIn` prefixes paths in messages.
    static func canonicalFile(path: String, bytes: [UInt8], shownIn folder: String = "") throws -> [UInt8] {
        let shown = folder.isEmpty ? path : "\(folder)/\(path)"
        let value = try parse(bytes, path: shown)
        func encoded<T: RegisterEntity>(_ type: T.Type) throws -> [UInt8] {
            let (entity, _): (T, Bool) = try decodeEntity(value, path: path, shown: shown)
            return try canonicalBytes(entity)
        }
        guard let kind = RegisterLayout.kind(ofFile: path) else {
            throw StoreError.invalidContent(path: shown, problem: LocalizedText(.problemExpectedFile))
        }
        if let type = kind.listedType { return try encoded(type) }
        let organisation: Organisation = try decodeValue(value, path: shown)
        try ValueRules.check(organisation, path: shown)
        return try canonicalBytes(organisation)
    }
}
