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

    /// The local files that must never be shared through git.
    public static let gitignoreContent = "# Local to one machine: the edit lock, an interrupted save's journal, unsaved edits, the stat cache.\n\(lockFile)\n\(journalFile)\n\(recoveryFile)\n\(statIndexFile)\n.*.tmp-*\n"

    /// The folders that hold one file per entity, in the order a register lists them.
    public static let entityFolders: [(kind: EntityKind, folder: String)] = EntityKind.allCases.compactMap { kind in
        kind.folder.map { (kind, $0) }
    }

    /// Whether a name in an entity or versions folder is one of the register's JSON files, not a hidden
    /// temporary file of an interrupted write.
    public static func isStoredJSON(_ name: String) -> Bool {
        name.hasSuffix(".json") && !name.hasPrefix(".")
    }

    public static func path(for kind: EntityKind, id: String) -> String {
        guard let folder = kind.folder else { return organisationFile }
        return "\(folder)/\(id).json"
    }

    /// The kind of entity a register file holds, or nil for settings and reference data.
    public static func kind(ofFile path: String) -> EntityKind? {
        if path == organisationFile { return .organisation }
        for (kind, folder) in entityFolders where path.hasPrefix(folder + "/") { return kind }
        return nil
    }

    /// The id an entity file is named by.
    public static func id(ofFile path: String) -> String? {
        guard kind(ofFile: path) != nil, path != organisationFile else { return nil }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".json") ? String(name.dropLast(5)) : nil
    }
}
