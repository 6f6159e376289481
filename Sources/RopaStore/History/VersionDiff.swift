import RopaModel

/// Two versions and the files that differ between them, each as that version has it: what `ropa diff`
/// shows. A file with the same object in both is left out.
public struct VersionDiff {
    /// Nil: the empty register before the first version.
    public let from: Version?
    public let to: Version
    public let before: RegisterFiles
    public let after: RegisterFiles

    /// The diff between the versions `fromReference` and `toReference` name (by default the head, and the
    /// version's first parent), reading the whole history.
    public static func reading(_ history: History, from fromReference: String?, to toReference: String?) throws -> VersionDiff? {
        guard let head = history.head else { return nil }
        let to = try toReference.map(history.resolve) ?? head
        guard let toVersion = history.version(to) else { return nil }
        let from = try fromReference.map(history.resolve) ?? toVersion.record.parents.first
        let files = try history.differingFiles(from: from, to: to)
        return VersionDiff(from: from.flatMap(history.version), to: toVersion, before: files.before, after: files.after)
    }

    /// The same diff through `.ropa-history`, reading only the records of the two versions, those between
    /// them and, for the files that differ, those before the older version back to where each was last
    /// written (every record checked against its name, every object against its hash), and the packs
    /// holding those objects. Nil when the index does not answer for the versions folder, there is no
    /// version, the older version is not a first-parent ancestor of the newer, it takes more than `limit`
    /// records, or an object is not found along first parents from the version that wrote it: then the
    /// history is read whole. A reference no version answers to is refused as the whole history refuses it.
    public static func throughIndex(folder: String, from fromReference: String?, to toReference: String?, limit: Int = 4_096) throws -> VersionDiff? {
        for relative in [RegisterLayout.historyFolder, RegisterLayout.packsFolder, RegisterLayout.objectsFolder] {
            _ = try RegisterFolderCheck.isFolder(folder, relative)
        }
        guard try RegisterFolderCheck.isFolder(folder, RegisterLayout.versionsFolder), let index = HistoryIndex.current(folder: folder) else { return nil }
        let versionsFolder = "\(folder)/\(RegisterLayout.versionsFolder)"
        let listing = History(folder: folder, listing: index)
        guard let head = listing.head else { return nil }
        let to = try toReference.map(listing.resolve) ?? head
        guard let toRecord = HistoryIndex.readRecord(to, in: versionsFolder), let toVersion = listing.listedVersion(to, record: toRecord) else { return nil }
        let from = try fromReference.map(listing.resolve) ?? toRecord.parents.first
        var fromVersion: Version?
        if let from {
            guard let record = HistoryIndex.readRecord(from, in: versionsFolder), let version = listing.listedVersion(from, record: record) else { return nil }
            fromVersion = version
        }
        guard let comparison = VersionComparison(from: from, to: to, versionsFolder: versionsFolder, limit: limit) else { return nil }
        let objects = ObjectStore(folder: folder)
        var before: RegisterFiles = [:], after: RegisterFiles = [:]
        func load(_ state: VersionComparison.State) -> [UInt8]? {
            objects.object(state.object, namedBy: state.writer, versionsFolder: versionsFolder)
        }
        for path in Set(comparison.before.keys).union(comparison.after.keys) {
            let old = comparison.before[path], new = comparison.after[path]
            guard old?.object != new?.object else { continue }
            if let old {
                guard let bytes = load(old) else { return nil }
                before[path] = bytes
            }
            if let new {
                guard let bytes = load(new) else { return nil }
                after[path] = bytes
            }
        }
        return VersionDiff(from: fromVersion, to: toVersion, before: before, after: after)
    }
}
