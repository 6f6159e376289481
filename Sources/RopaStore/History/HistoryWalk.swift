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
        self.init(from: head, headFiles: headFiles, to: target, limit: limit) { HistoryIndex.readRecord($0, in: versionsFolder) }
    }

    /// The same walk over records `read` gives (from disk, checked, or a history already read).
    init?(from head: String, headFiles: [String: String], to target: String, limit: Int, read: (String) -> VersionRecord?) {
        var count = 0
        func record(_ hash: String) -> VersionRecord? {
            count += 1
            guard count <= limit else { return nil }
            return read(hash)
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

// MARK: Two versions compared

/// What differs between a version and one of its first-parent ancestors, from the records between them
/// and, for the paths those changed, the records before the ancestor: what `ropa diff` of two recent
/// versions needs, without the whole history. Each path's object comes with the version whose record
/// wrote it, the first place to look for the object.
struct VersionComparison {
    struct State: Equatable {
        let object: String
        let writtenBy: String
    }

    /// The changed paths as the ancestor had them (absent: not in it).
    let before: [String: State]
    /// The changed paths as the version has them.
    let after: [String: State]

    /// Nil when `ancestor` is not reached along first parents, a record cannot be read and checked, or
    /// it takes more than `limit` records.
    init?(from ancestor: String?, to version: String, versionsFolder: String, limit: Int) {
        var read = 0
        func record(_ hash: String) -> VersionRecord? {
            read += 1
            guard read <= limit else { return nil }
            return HistoryIndex.readRecord(hash, in: versionsFolder)
        }
        // Each changed path as the nearest record at or before `start` left it, reading back until every
        // one is known (or the first version is passed: then it is absent).
        func states(of paths: Set<String>, at start: String?) -> [String: State]? {
            var states: [String: State] = [:]
            var open = paths
            var at = start
            while !open.isEmpty, let hash = at {
                guard let current = record(hash) else { return nil }
                for path in open {
                    if let object = current.changes[path] {
                        states[path] = State(object: object, writtenBy: hash)
                        open.remove(path)
                    } else if current.removed.contains(path) {
                        open.remove(path)
                    }
                }
                at = current.parents.first
            }
            return states
        }
        var changed = Set<String>()
        var cursor: String? = version
        while cursor != ancestor {
            guard let hash = cursor, let current = record(hash) else { return nil }
            changed.formUnion(current.changes.keys)
            changed.formUnion(current.removed)
            cursor = current.parents.first
        }
        guard let after = states(of: changed, at: version), let before = states(of: changed, at: ancestor) else { return nil }
        self.before = before
        self.after = after
    }
}

// MARK: Finding an object

extension ObjectStore {
    /// Object `hash`, which the record of `version` names: from that version's pack, else (a restore, or a
    /// file written again as it was, packs nothing new) from the pack of the nearest version before it along
    /// first parents whose record names the object too, reading at most `limit` records; every record read
    /// is checked against its name, the object against its hash. Nil when it is not found that way: the
    /// whole history knows every version that holds it.
    func object(_ hash: String, namedBy version: String, versionsFolder: String, limit: Int = 256) -> [UInt8]? {
        if let bytes = try? object(hash, candidates: [version]) { return bytes }
        var read = 0
        var cursor = HistoryIndex.readRecord(version, in: versionsFolder)?.parents.first
        while let current = cursor, read < limit {
            read += 1
            guard let record = HistoryIndex.readRecord(current, in: versionsFolder) else { return nil }
            if record.changes.values.contains(hash), let bytes = try? object(hash, candidates: [current]) { return bytes }
            cursor = record.parents.first
        }
        return nil
    }
}
