import RopaModel

/// Where each part of a register lives inside its folder (see docs/FORMAT.md).
public enum RegisterLayout {
    public static let settingsFile = "register.json"
    public static let organisationFile = "organisation.json"
    public static let countriesFile = "reference/countries.json"
    public static let historyFolder = "history"
    public static let versionsFolder = "history/versions"
    /// Loose objects, one file each: what ropa wrote before packs; still read, no longer written.
    public static let objectsFolder = "history/objects"
    /// One pack per version: the objects that version introduced, compressed.
    public static let packsFolder = "history/packs"
    public static let lockFile = ".ropa-lock"
    public static let journalFile = ".ropa-journal"
    public static let recoveryFile = ".ropa-recovery.json"
    public static let gitignoreFile = ".gitignore"
    /// Each tracked file's stat data and hash, so a save hashes only files that moved (see `StatIndex`).
    public static let statIndexFile = ".ropa-index"
    /// The versions' order, numbers and heads, so `log -n` reads only what it shows (see `HistoryIndex`).
    public static let historyIndexFile = ".ropa-history"

    /// The local files that must never be shared through git.
    public static let gitignoreContent = "# Local to one machine: the edit lock, an interrupted save's journal, unsaved edits, the caches.\n\(lockFile)\n\(journalFile)\n\(recoveryFile)\n\(statIndexFile)\n\(historyIndexFile)\n.*.tmp-*\n"

    /// What ropa wrote as `.gitignore` before: a save replaces exactly these with `gitignoreContent`.
    public static let earlierGitignoreContents = [
        "# Local to one machine: the edit lock, an interrupted save's journal, unsaved edits.\n\(lockFile)\n\(journalFile)\n\(recoveryFile)\n.*.tmp-*\n",
        "# Local to one machine: the edit lock, an interrupted save's journal, unsaved edits, the stat cache.\n\(lockFile)\n\(journalFile)\n\(recoveryFile)\n\(statIndexFile)\n.*.tmp-*\n",
    ]

    /// The folders that hold one file per entity, in the order a register lists them.
    public static let entityFolders: [(kind: EntityKind, folder: String)] = EntityKind.allCases.compactMap { kind in
        kind.folder.map { (kind, $0) }
    }

    /// Whether a name in an entity or versions folder is one of the register's JSON files, not a hidden
    /// temporary file of an interrupted write.
    public static func isStoredJSON(_ name: String) -> Bool {
        name.hasSuffix(".json") && !name.hasPrefix(".")
    }

    /// Every folder inside a register that ropa reads or writes.
    public static let innerFolders: [String] = ["reference", historyFolder, versionsFolder, objectsFolder, packsFolder]
        + entityFolders.map(\.folder)

    /// Whether a name in an entity folder is `<id>.json` for a valid id.
    public static func isEntityFileName(_ name: String) -> Bool {
        name.hasSuffix(".json") && EntityID.isValid(String(name.dropLast(5)))
    }

    /// Whether a path named by a version record or a journal is one a register has: a known top-level file
    /// or `<known folder>/<id>.json`. Anything else (`../outside.txt`, an absolute path, a control character)
    /// makes the record invalid: a path from the history is never used to reach outside the register.
    public static func isTrackedPath(_ path: String) -> Bool {
        if path == settingsFile || path == organisationFile || path == countriesFile { return true }
        // Byte by byte where the text is contiguous: the first version of a large register names 10 000
        // paths, and every command checks them all as it reads the history.
        if let tracked = path.utf8.withContiguousStorageIfAvailable(isEntityPath) { return tracked }
        for (_, folder) in entityFolders where path.hasPrefix(folder) {
            let rest = path.utf8.dropFirst(folder.utf8.count)
            guard rest.first == UInt8(ascii: "/") else { continue }
            return isEntityFileName(String(decoding: rest.dropFirst(), as: UTF8.self))
        }
        return false
    }

    /// The entity folders' names in UTF-8, for the parsers of paths that work on bytes.
    static let entityFolderBytes: [(kind: EntityKind, bytes: [UInt8])] = entityFolders.map { ($0.kind, Array($0.folder.utf8)) }

    /// `<entity folder>/<id>.json` in UTF-8: what `isTrackedPath` accepts besides the top-level files.
    private static func isEntityPath(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let slash = bytes.firstIndex(of: UInt8(ascii: "/")),
              entityFolderBytes.contains(where: { $0.bytes.elementsEqual(bytes[..<slash]) }) else { return false }
        let name = bytes[(slash + 1)...]
        guard name.count > 5, name.suffix(5).elementsEqual(".json".utf8) else { return false }
        // EntityID.isValid: 1 to 120 of a–z, 0–9 and '-', not starting with '-'.
        let id = name.dropLast(5)
        guard id.count <= 120, id.first != UInt8(ascii: "-") else { return false }
        return id.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
        }
    }

    /// Whether text is a version's name: 64 lower-case hexadecimal digits (a SHA-256).
    public static func isVersionHash(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    public static func path(for kind: EntityKind, id: String) -> String {
        guard let folder = kind.folder else { return organisationFile }
        return "\(folder)/\(id).json"
    }

    /// The kind of entity a register file holds, or nil for settings and reference data.
    public static func kind(ofFile path: String) -> EntityKind? {
        if path == organisationFile { return .organisation }
        // Compared as bytes, without making "<folder>/" for each folder: asked once for every file read.
        let bytes = path.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            for (kind, folder) in entityFolders where path.hasPrefix(folder + "/") { return kind }
            return nil
        }
        for (kind, folder) in entityFolders {
            let prefix = folder.utf8
            if bytes.count > prefix.count, bytes.starts(with: prefix), bytes[bytes.index(bytes.startIndex, offsetBy: prefix.count)] == UInt8(ascii: "/") {
                return kind
            }
        }
        return nil
    }

    /// The id an entity file is named by.
    public static func id(ofFile path: String) -> String? {
        guard kind(ofFile: path) != nil, path != organisationFile else { return nil }
        let name = lastComponent(of: path)
        guard name.hasSuffix(".json") else { return nil }
        // Dropping five bytes where the name ends in ASCII: dropping five characters walked the whole name.
        let utf8 = name.utf8
        return utf8.allSatisfy({ $0 < 0x80 }) ? String(Substring(utf8.dropLast(5))) : String(name.dropLast(5))
    }

    /// What follows the last "/" that has something after it. An ASCII path is split on its bytes: splitting
    /// it into characters was a tenth of opening a register of 10 000 files, once per file.
    static func lastComponent(of path: String) -> Substring {
        let bytes = path.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return path.split(separator: "/").last ?? path[...] }
        let slash = UInt8(ascii: "/")
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == slash { end = bytes.index(before: end) }
        guard end > bytes.startIndex else { return path[...] }
        let start = bytes[..<end].lastIndex(of: slash).map { bytes.index(after: $0) } ?? bytes.startIndex
        return path[start..<end]
    }
}
