import Foundation
import RopaJSON
import RopaModel

/// What a save that reads only the files it touches did.
public enum TouchedFileSave: Equatable {
    case saved(RegisterStore.SaveResult)
    /// The register already is as asked: no version recorded.
    case nothingToSave
    /// The register is in a state this save does not handle alone (an interrupted save, two heads after a
    /// git merge, files changed outside ropa, a change to the settings or reference data): the caller
    /// reads, checks and saves the whole register instead.
    case needsFullSave
}

/// Saves that cost what they touch: `ropa set`, `ropa commit` and `ropa restore` on a register whose files
/// are those of its head. The `.ropa-index` says which files are unchanged without reading them; only the
/// files that change are read, decoded (every check decoding makes: syntax, known fields, vocabularies,
/// the id), encoded and recorded. A register file is decoded on its own, so the rest of the register
/// cannot change whether it is valid; the findings across entities are `ropa validate`'s, as after a full
/// save. The writes are a full save's, in the same order (journal, pack, record, files), so a kill at any
/// instant leaves the old or the new version.
///
/// The caller holds the register's lock.
extension RegisterStore {
    /// `ropa set`: changes fields of the entity with `id` (or "organisation").
    public func setFields(_ assignments: [FieldAssignment], ofEntity id: String, message: String, author: String,
                          time: Date = Date()) throws -> TouchedFileSave {
        guard let base = try touchedFileBase(), base.tree.differing.isEmpty else { return .needsFullSave }
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
        return .saved(try recordTouched(written: [(path, file)], removed: [], base: base, message: message, author: author, time: time))
    }

    /// `ropa commit`: records the files changed outside ropa, each checked and made canonical on its own.
    public func commitChangedFiles(message: String, author: String, time: Date = Date()) throws -> TouchedFileSave {
        guard let base = try touchedFileBase() else { return .needsFullSave }
        let differing = base.tree.differing
        if differing.isEmpty {
            base.tree.writeIndexIfChanged(folder: folder)
            return .nothingToSave
        }
        guard differing.allSatisfy(RegisterStore.isDecodedAlone) else { return .needsFullSave }
        var written: [(path: String, file: EncodedFile)] = []
        var removed: [String] = []
        for path in differing {
            guard base.tree.hashes[path] != nil else {
                // The organisation cannot be removed: the full save says so.
                guard path != RegisterLayout.organisationFile else { return .needsFullSave }
                removed.append(path)
                continue
            }
            let canonical = try RegisterCodec.canonicalFile(path: path, bytes: try content(of: path, in: base.tree), shownIn: folder)
            let file = EncodedFile(bytes: canonical, hash: SHA256.hex(canonical))
            // Written in another form but equal to the head once canonical: the full save rewrites it
            // without recording a change.
            if file.hash == base.tree.head[path] { return .needsFullSave }
            written.append((path, file))
        }
        return .saved(try recordTouched(written: written, removed: removed, base: base, message: message, author: author, time: time))
    }

    /// `ropa restore`: makes an old version the new head, reading from the history only the files that differ
    /// from the head. Without a message the version says "Restore version N" in `language`.
    public func restoreTouched(_ reference: String, message: String?, author: String, time: Date = Date(),
                               language: Language = .en) throws -> TouchedFileSave {
        let target = try history.resolve(reference)
        guard let base = try touchedFileBase(), base.tree.differing.isEmpty else { return .needsFullSave }
        let targetFiles = try history.manifest(at: target)
        // Settings and reference data apply to every file: a version that differs in them is checked whole.
        for path in [RegisterLayout.settingsFile, RegisterLayout.countriesFile] where targetFiles[path] != base.tree.head[path] {
            return .needsFullSave
        }
        // Every object is checked against its hash as it is read, so the manifest's hashes are the files'.
        let (_, after) = try history.differingFiles(from: history.head, to: target)
        var written: [(path: String, file: EncodedFile)] = []
        for (path, bytes) in after.sorted(by: { $0.key < $1.key }) {
            guard RegisterStore.isDecodedAlone(path), let hash = targetFiles[path] else { return .needsFullSave }
            _ = try RegisterCodec.canonicalFile(path: path, bytes: bytes, shownIn: "\(folder)@\(reference)")
            written.append((path, EncodedFile(bytes: bytes, hash: hash)))
        }
        let removed = base.tree.head.keys.filter { targetFiles[$0] == nil }.sorted()
        guard removed.allSatisfy(RegisterStore.isDecodedAlone), !removed.contains(RegisterLayout.organisationFile) else { return .needsFullSave }
        if written.isEmpty && removed.isEmpty { return .nothingToSave }
        let number = history.version(target)?.number ?? 0
        let text = message ?? Message.restoreDefaultMessage.text(language, "\(number)")
        return .saved(try recordTouched(written: written, removed: removed, base: base, message: text, author: author, time: time))
    }

    // MARK: Shared

    /// What a touched-file save starts from: one head, no interrupted save, settings this ropa reads, and
    /// the working tree compared with the head. Nil when only a full save can go on.
    private func touchedFileBase() throws -> (head: String, tree: WorkingTree)? {
        guard try pendingVersion() == nil, history.heads.count == 1, let head = history.head else { return nil }
        let tree = try scanWorkingTree(head: try history.manifest(at: head))
        // The settings decide how every file is read (the schema version): they must be ones this ropa
        // reads as they are, exactly as a full save would find them.
        guard tree.hashes[RegisterLayout.settingsFile] != nil else { return nil }
        let settingsBytes = try content(of: RegisterLayout.settingsFile, in: tree)
        let settingsPath = "\(folder)/\(RegisterLayout.settingsFile)"
        let value = try RegisterCodec.parse(settingsBytes, path: settingsPath)
        guard case .int(let version) = value["schemaVersion"] ?? .null, version == RegisterSettings.currentSchemaVersion else { return nil }
        let migrated = try SchemaMigration.migrate([:], settings: value, settingsPath: settingsPath)
        let _: RegisterSettings = try RegisterCodec.decodeValue(migrated.settings, path: settingsPath)
        return (head, tree)
    }

    /// Whether a file is checked completely by decoding it alone: the organisation and the entity files.
    static func isDecodedAlone(_ path: String) -> Bool {
        RegisterLayout.kind(ofFile: path) != nil
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

    /// Records the written and removed files as one version on top of the head and writes them, in a full
    /// save's order: the journal, the history (pack, then record: the commit point), the files, the journal
    /// removed. Then the index is brought up to date with the files written.
    private func recordTouched(written: [(path: String, file: EncodedFile)], removed: [String], base: (head: String, tree: WorkingTree),
                               message: String, author: String, time: Date) throws -> SaveResult {
        // What killed writes left: in the entity folders as the scan listed them, elsewhere by listing.
        for leftover in base.tree.leftovers { try? FileIO.remove("\(folder)/\(leftover)") }
        let entityFolders = Set(RegisterLayout.entityFolders.map(\.folder))
        sweepTemporaryFiles(in: watchedFolders.filter { !entityFolders.contains($0) })
        var changes: [String: String] = [:]
        var objects: [String: [UInt8]] = [:]
        for (path, file) in written {
            changes[path] = file.hash
            objects[file.hash] = file.bytes
        }
        let record = VersionRecord(parents: [base.head], time: Timestamp.now(time), author: author, message: message,
                                   changes: changes, removed: removed, schemaVersion: RegisterSettings.currentSchemaVersion)
        let hash = SHA256.hex(try record.canonicalBytes())
        try writeJournal(hash)
        try history.append(record, objects: objects)
        for path in Set(written.map { FileIO.parentFolder(of: $0.path) }).sorted() where path != "." {
            try FileIO.makeFolder("\(folder)/\(path)")
        }
        var index = base.tree.index
        let register = FileIO.FolderHandle(folder)
        for (path, file) in written.sorted(by: { $0.path < $1.path }) {
            if base.tree.hashes[path] != file.hash {
                try FileIO.writeAtomically(file.bytes, to: "\(folder)/\(path)")
            }
            index.entries[path] = register?.regularFileFingerprint(of: path).map { StatIndex.Entry(stat: $0, hash: file.hash) }
        }
        for path in removed {
            try FileIO.remove("\(folder)/\(path)")
            index.entries[path] = nil
        }
        try ensureGitignore()
        try FileIO.remove("\(folder)/\(RegisterLayout.journalFile)")
        noteFolders()
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
        switch RegisterLayout.kind(ofFile: path) {
        case .organisation:
            let organisation: Organisation = try decodeValue(value, path: shown)
            return try canonicalBytes(organisation)
        case .activity: return try encoded(Activity.self)
        case .processor: return try encoded(Processor.self)
        case .transfer: return try encoded(Transfer.self)
        case .jointController: return try encoded(JointController.self)
        case .securityMeasure: return try encoded(SecurityMeasure.self)
        case nil: throw StoreError.invalidContent(path: shown, problem: LocalizedText(.problemExpectedFile))
        }
    }
}
