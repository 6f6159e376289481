import RopaModel

/// An old version's files worked out from the head's files and the few records between them, as
/// `History.manifest` has them, without reading the whole history: what `ropa restore` of a recent version
/// needs. The head's files come from `.ropa-index` (see `RegisterStore.touchedFileSave`), the versions'
/// order and numbers from `.ropa-history`; every record read is checked against its name.
///
/// A version's files are its first parent's with its own changes applied. So the target's files are the
/// head's, except for the paths changed by a version between them; each of those is as the nearest record
/// at or before the target that wrote or removed it says (absent when none did). When that takes more than
/// `limit` records, the target is no first-parent ancestor of the head, or a record cannot be read and
/// checked, there is no answer and the caller reads the history whole.
struct HistoryWalk {
    /// Path → object hash of the target version.
    let files: [String: String]
    /// For each path the walk had to look up, the version whose record wrote its object: the first place to
    /// look for that object.
    let writtenBy: [String: String]

    static let defaultLimit = 256

    init?(from head: String, headFiles: [String: String], to target: String, versionsFolder: String, limit: Int = defaultLimit) {
        var read = 0
        func record(_ hash: String) -> VersionRecord? {
            read += 1
            guard read <= limit else { return nil }
            return HistoryIndex.readRecord(hash, in: versionsFolder)
        }
        // The paths the versions after the target changed.
        var touched = Set<String>()
        var cursor = head
        while cursor != target {
            guard let current = record(cursor), let parent = current.parents.first else { return nil }
            touched.formUnion(current.changes.keys)
            touched.formUnion(current.removed)
            cursor = parent
        }
        var files = headFiles
        var writtenBy: [String: String] = [:]
        for path in touched { files[path] = nil }
        // Each of them as the nearest record at or before the target left it.
        var open = touched
        var at: String? = target
        while !open.isEmpty, let version = at {
            guard let current = record(version) else { return nil }
            for path in open {
                if let object = current.changes[path] {
                    files[path] = object
                    writtenBy[path] = version
                    open.remove(path)
                } else if current.removed.contains(path) {
                    open.remove(path)
                }
            }
            at = current.parents.first
        }
        self.files = files
        self.writtenBy = writtenBy
    }
}
