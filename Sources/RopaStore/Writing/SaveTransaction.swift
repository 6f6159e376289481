import RopaJSON
import RopaModel

/// The register files a write changes: bytes to write (in path order) and files to remove.
struct PlannedWrite {
    var writes: [(path: String, bytes: [UInt8])] = []
    var removals: [String] = []

    var isEmpty: Bool { writes.isEmpty && removals.isEmpty }
}

/// A version ready to be written: its record, the objects it introduces and the files it changes.
struct PlannedVersion {
    let record: VersionRecord
    let hash: String
    let objects: [String: [UInt8]]
    let files: PlannedWrite
}

extension RegisterStore {
    /// The one transaction every save ends in: a journal naming the new version, the version's pack, its
    /// record (the commit point), the register's files, the journal's removal. A failure reported to the
    /// caller never becomes the head: whatever was written is undone (files back, record and pack removed,
    /// journal removed). Only a crash, or a failure of the undoing itself, leaves the journal for the next
    /// writer to finish (after the commit point) or drop (before it).
    func write(_ version: PlannedVersion) throws {
        var undo = Undo()
        do {
            try Journal.write(version.hash, in: self)
            undo.journal = true
            undo.pack = true
            try history.append(version.record, objects: version.objects)
            undo.record = true
            try writeFiles(version.files, undo: &undo)
            try ensureGitignore()
            try Journal.remove(self)
        } catch {
            roll(back: undo, of: version)
            throw error
        }
    }

    /// Writes files and removes others, noting each so that a failure can put them back.
    func writeFiles(_ plan: PlannedWrite) throws {
        var undo = Undo()
        try writeFiles(plan, undo: &undo)
    }

    private func writeFiles(_ plan: PlannedWrite, undo: inout Undo) throws {
        for path in Set(plan.writes.map { FileIO.parentFolder(of: $0.path) }).sorted() where path != "." {
            try FileIO.makeFolder("\(folder)/\(path)")
        }
        // Each file is noted once written: a write that failed left its file as it was.
        for (path, bytes) in plan.writes {
            try FileIO.writeAtomically(bytes, to: "\(folder)/\(path)")
            undo.files.append((path, workingFiles[path]))
            workingFiles[path] = bytes
            vouchedHashes[path] = nil
            fingerprints[path] = FileIO.fingerprint("\(folder)/\(path)")
        }
        for path in plan.removals {
            try FileIO.remove("\(folder)/\(path)")
            undo.files.append((path, workingFiles[path]))
            workingFiles[path] = nil
            vouchedHashes[path] = nil
            fingerprints[path] = nil
        }
        hasReadFiles = true
    }

    /// What a failed save had done when it failed.
    struct Undo {
        var journal = false
        var pack = false
        var record = false
        /// Each file written or removed, with what it held before (nil: it did not exist).
        var files: [(path: String, before: [UInt8]?)] = []
    }

    /// Undoes a failed save, newest step first. If a step cannot be undone (the disk is still full), the
    /// journal stays, so that the next writer finishes or drops the save as after a crash.
    private func roll(back undo: Undo, of version: PlannedVersion) {
        do {
            for (path, before) in undo.files.reversed() {
                if let before {
                    try FileIO.writeAtomically(before, to: "\(folder)/\(path)")
                    fingerprints[path] = FileIO.fingerprint("\(folder)/\(path)")
                } else {
                    try FileIO.remove("\(folder)/\(path)")
                    fingerprints[path] = nil
                }
                workingFiles[path] = before
                vouchedHashes[path] = nil
            }
            if undo.record || undo.pack { try history.discard(version.hash) }
            if undo.journal { try Journal.remove(self) }
        } catch {
            // Left for the next writer: the journal still names the version.
        }
        encodingsVersion = nil
        workingFilesMatchHeads = nil
        noteFolders()
    }

    func ensureGitignore() throws {
        let path = "\(folder)/\(RegisterLayout.gitignoreFile)"
        switch FileIO.entryKind(path) {
        case .missing:
            try FileIO.writeAtomically(Array(RegisterLayout.gitignoreContent.utf8), to: path)
        case .file:
            // One that an earlier ropa wrote, unchanged since, gains the newer local files; any other is the user's.
            if let bytes = try? FileIO.read(path, limit: 4096),
               RegisterLayout.earlierGitignoreContents.contains(where: { Array($0.utf8) == bytes }) {
                try FileIO.writeAtomically(Array(RegisterLayout.gitignoreContent.utf8), to: path)
            }
        default:
            break
        }
    }
}
