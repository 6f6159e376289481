import RopaConcurrency
import RopaHash
import RopaJSON
import RopaModel

/// What the journal of an interrupted save says, once checked against the history and the files.
public enum PendingJournal: Equatable, Sendable {
    /// A save was interrupted after recording `version` (its commit point), and the files are a mix of its
    /// parent and it: readers show that version, the next write finishes writing its files.
    case interrupted(version: String)
    /// A save was interrupted before recording `version`: the files were never touched, and the next write
    /// removes the journal.
    case notRecorded(version: String)
    /// A journal that does not describe an interrupted save of the head (stale, planted or damaged): it is
    /// never applied, and writes are refused until someone removes it.
    case refused(reason: LocalizedText)
}

/// `.ropa-journal`: the one line a save writes before anything else, naming the version it is about to
/// record. It is only ever applied when it still describes that save: the version is recorded, it is the
/// only head (a child of every head the save was written against), and every tracked file is as either the
/// version or its parent has it. A stale journal naming an old version would otherwise roll the register back.
enum Journal {
    static func path(_ store: RegisterStore) -> String {
        "\(store.folder)/\(RegisterLayout.journalFile)"
    }

    static func write(_ version: String, in store: RegisterStore) throws {
        try FileIO.writeAtomically(Array("\(version)\n".utf8), to: path(store))
    }

    static func remove(_ store: RegisterStore) throws {
        try FileIO.remove(path(store))
    }

    /// The journal's state, or nil when there is none.
    static func inspect(_ store: RegisterStore, workingFiles: RegisterFiles) throws -> PendingJournal? {
        let path = path(store)
        switch FileIO.entryKind(path) {
        case .missing: return nil
        case .file: break
        default: return .refused(reason: LocalizedText(.journalNotAFile))
        }
        // Checked against the whole history, refused when invalid (a store that deferred it reads it now).
        try store.readWholeHistory()
        let bytes: [UInt8]
        do {
            bytes = try FileIO.read(path, limit: 4096)
        } catch {
            return .refused(reason: LocalizedText(.journalUnreadable))
        }
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard RegisterLayout.isVersionHash(text) else { return .refused(reason: LocalizedText(.journalUnreadable)) }
        if store.history.records[text] == nil {
            // Another process may have recorded it since the history was read.
            try store.refreshHistory()
            if store.history.records[text] == nil { return .notRecorded(version: text) }
        }
        guard let record = store.history.records[text] else { return .notRecorded(version: text) }
        let label = String(text.prefix(12))
        guard store.history.heads == [text] else { return .refused(reason: LocalizedText(.journalNotTheHead, label)) }
        // Every file as the version or one of its parents has it: anything else is not what this save wrote.
        var manifests = [try store.history.manifest(at: text)]
        for parent in record.parents { manifests.append(try store.history.manifest(at: parent)) }
        let paths = Array(Set(workingFiles.keys).union(manifests.flatMap(\.keys)))
        let hashes = OrderedConcurrentMap.map(paths) { path in workingFiles[path].map { SHA256.hex($0) } }
        for (path, hash) in zip(paths, hashes) where !manifests.contains(where: { $0[path] == hash }) {
            return .refused(reason: LocalizedText(.journalFileOfNeither, TerminalText.escape(path), label))
        }
        return .interrupted(version: text)
    }
}

extension RegisterStore {
    /// Finishes an interrupted save: writes the files of the version the journal names. Only under the lock.
    func rollForward(to version: String) throws {
        let files = try history.files(at: version)
        let plan = PlannedWrite(writes: files.filter { workingFiles[$0.key] != $0.value }.map { ($0.key, $0.value) }.sorted { $0.0 < $1.0 },
                                removals: workingFiles.keys.filter { files[$0] == nil }.sorted())
        try writeFiles(plan)
        try Journal.remove(self)
        workingFiles = files
        hasReadFiles = true
        workingFilesMatchHeads = [version]
        noteFolders()
    }
}
