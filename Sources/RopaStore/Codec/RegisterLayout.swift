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
        var name = name
        return name.withUTF8 { bytes in bytes.count > 5 && bytes[(bytes.count - 5)...].elementsEqual(".json".utf8) && isValidID(bytes[..<(bytes.count - 5)]) }
    }

    /// Whether a path named by a version record or a journal is one a register has: a known top-level file
    /// or `<known folder>/<id>.json`. Anything else (`../outside.txt`, an absolute path, a control character)
    /// makes the record invalid: a path from the history is never used to reach outside the register.
    public static func isTrackedPath(_ path: String) -> Bool {
        if path == settingsFile || path == organisationFile || path == countriesFile { return true }
        var path = path
        return path.withUTF8 { parseEntityPath($0)?.id != nil }
    }

    /// The entity folders' names in UTF-8, for the parser of paths, which works on bytes.
    static let entityFolderBytes: [(kind: EntityKind, bytes: [UInt8])] = entityFolders.map { ($0.kind, Array($0.folder.utf8)) }

    /// What a path in an entity folder names: the folder's kind, and the id when the rest of the path is
    /// `<id>.json` for a valid id (nil for a name that is not, a deeper folder, or nothing). Nil for a path
    /// outside the entity folders, the organisation's file included (its id is inside it).
    ///
    /// The one parser of entity paths: `isTrackedPath`, `kind(ofFile:)`, `kindOfEntity(ofFile:)`, `id(ofFile:)`
    /// and `entity(ofFile:)` all answer from it. It reads the path's bytes once, without splitting it: the first
    /// version of a large register names 10 000 paths, and reading or importing part of a register looks at each.
    public static func entityPath(_ path: String) -> (kind: EntityKind, id: String?)? {
        var path = path
        return path.withUTF8 { bytes in
            parseEntityPath(bytes).map { parsed in (parsed.kind, parsed.id.map { String(decoding: bytes[$0], as: UTF8.self) }) }
        }
    }

    private static func parseEntityPath(_ bytes: UnsafeBufferPointer<UInt8>) -> (kind: EntityKind, id: Range<Int>?)? {
        guard let slash = bytes.firstIndex(of: UInt8(ascii: "/")),
              let kind = entityFolderBytes.first(where: { $0.bytes.elementsEqual(bytes[..<slash]) })?.kind else { return nil }
        let start = slash + 1, end = bytes.count - 5
        guard end > start, bytes[end...].elementsEqual(".json".utf8), isValidID(bytes[start..<end]) else { return (kind, nil) }
        return (kind, start..<end)
    }

    /// `EntityID.isValid` on UTF-8 bytes: 1 to 120 of a–z, 0–9 and '-', not starting with '-' (a slash,
    /// a dot or any byte of a non-ASCII character is none of them).
    private static func isValidID(_ id: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard !id.isEmpty, id.count <= 120, id.first != UInt8(ascii: "-") else { return false }
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

    /// The kind of entity a register file holds (any path in an entity folder, so that a badly named file is
    /// decoded and refused by name), or nil for settings and reference data.
    public static func kind(ofFile path: String) -> EntityKind? {
        if path == organisationFile { return .organisation }
        // Without making the id: asked for every file a register is decoded from.
        var path = path
        return path.withUTF8 { parseEntityPath($0)?.kind }
    }

    /// The id an entity file is named by: nil unless the path is `<entity folder>/<id>.json` for a valid id.
    public static func id(ofFile path: String) -> String? {
        entityPath(path)?.id
    }

    /// The kind `entity(ofFile:)` answers, without making the id.
    static func kindOfEntity(ofFile path: String) -> EntityKind? {
        var path = path
        return path.withUTF8 { bytes in parseEntityPath(bytes).flatMap { $0.id == nil ? nil : $0.kind } }
    }

    /// The kind and id of an entity file (`processors/<id>.json`, a valid id), or nil.
    static func entity(ofFile path: String) -> (kind: EntityKind, id: String)? {
        guard let (kind, id) = entityPath(path), let id else { return nil }
        return (kind, id)
    }
}
