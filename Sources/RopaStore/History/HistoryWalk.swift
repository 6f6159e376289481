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

    /// `lineage`: what the index keeps of the history behind `head`, which answers for a path the versions
    /// after the target changed without reading back to the version that wrote it before them.
    init?(from head: String, headFiles: [String: String], to target: String, versionsFolder: String, limit: Int = defaultLimit,
          lineage: PathLineage? = nil) {
        self.init(from: head, headFiles: headFiles, to: target, limit: limit, lineage: lineage) { HistoryIndex.readRecord($0, in: versionsFolder) }
    }

    /// The same walk over records `read` gives (from disk, checked, or a history already read).
    init?(from head: String, headFiles: [String: String], to target: String, limit: Int, lineage: PathLineage? = nil,
          read: @escaping (String) -> VersionRecord?) {
        var records = FirstParentRecords(limit: limit, read: read)
        // The paths the versions after the target changed, each as the nearest record at or before the
        // target left it: from the lineage where it holds what the oldest of those versions replaced, else
        // read back.
        guard let touched = records.changedPaths(from: head, backTo: target) else { return nil }
        var states: [String: FirstParentRecords.PathState] = [:]
        var unanswered = Set<String>()
        for path in touched {
            guard let lineage, let state = HistoryWalk.state(of: path, before: records.changes[path] ?? [], lineage: lineage) else {
                unanswered.insert(path)
                continue
            }
            if let state { states[path] = state }
        }
        guard let read = records.states(of: unanswered, at: target) else { return nil }
        states.merge(read) { kept, _ in kept }
        var files = headFiles
        for path in touched { files[path] = states[path]?.object }
        self.files = files
        self.writtenBy = states.mapValues(\.writer)
    }

    /// `path` as it was before the oldest of `changes` (its changes by the versions walked, newest first),
    /// from what the lineage says each of them replaced: `.some(nil)` absent; nil when the lineage does not
    /// keep every one of those versions or says other than the records read (it describes another head).
    private static func state(of path: String, before changes: [FirstParentRecords.PathChange], lineage: PathLineage) -> PathLineage.State?? {
        guard let oldest = changes.last, let before = lineage.replaced(by: oldest.version)?[path] else { return nil }
        // Each change replaced what the change before it (older) wrote.
        for (newer, older) in zip(changes, changes.dropFirst()) {
            let written = older.object.map { PathLineage.State(object: $0, writer: older.version) }
            guard lineage.replaced(by: newer.version)?[path] == .some(written) else { return nil }
        }
        return .some(before)
    }
}

// MARK: Two versions compared

/// What differs between a version and one of its first-parent ancestors, from the records between them
/// and, for the paths those changed, the records before the ancestor: what `ropa diff` of two recent
/// versions needs, without the whole history. Each path's object comes with the version whose record
/// wrote it, the first place to look for the object.
struct VersionComparison {
    typealias State = FirstParentRecords.PathState

    /// The changed paths as the ancestor had them (absent: not in it).
    let before: [String: State]
    /// The changed paths as the version has them.
    let after: [String: State]

    /// Nil when `ancestor` is not reached along first parents, a record cannot be read and checked, or
    /// it takes more than `limit` records.
    init?(from ancestor: String?, to version: String, versionsFolder: String, limit: Int) {
        var records = FirstParentRecords(limit: limit) { HistoryIndex.readRecord($0, in: versionsFolder) }
        guard let changed = records.changedPaths(from: version, backTo: ancestor),
              let after = records.states(of: changed, at: version), let before = records.states(of: changed, at: ancestor) else { return nil }
        self.before = before
        self.after = after
    }
}

// MARK: Reading back along first parents

/// Version records read back along first parents for `HistoryWalk` and `VersionComparison`: at most
/// `limit` of them in all, each as `read` gives it (checked against its name).
struct FirstParentRecords {
    /// A path's object at a version, and the version whose record wrote it.
    typealias PathState = PathLineage.State

    /// A version's change to a path: the object it wrote, nil when it removed the path.
    struct PathChange: Equatable {
        let version: String
        let object: String?
    }

    private let limit: Int
    private let read: (String) -> VersionRecord?
    private var count = 0
    /// Each path `changedPaths` found changed, with every change to it read, newest first.
    private(set) var changes: [String: [PathChange]] = [:]

    init(limit: Int, read: @escaping (String) -> VersionRecord?) {
        self.limit = limit
        self.read = read
    }

    private mutating func record(_ hash: String) -> VersionRecord? {
        count += 1
        guard count <= limit else { return nil }
        return read(hash)
    }

    /// The paths the versions from `start` back to `end` (not included) changed or removed; nil when `end`
    /// is not reached along first parents or a record cannot be read.
    mutating func changedPaths(from start: String, backTo end: String?) -> Set<String>? {
        var cursor: String? = start
        while cursor != end {
            guard let hash = cursor, let current = record(hash) else { return nil }
            for path in current.removed where current.changes[path] == nil {
                changes[path, default: []].append(PathChange(version: hash, object: nil))
            }
            for (path, object) in current.changes { changes[path, default: []].append(PathChange(version: hash, object: object)) }
            cursor = current.parents.first
        }
        return Set(changes.keys)
    }

    /// Each path as the nearest record at or before `start` left it, reading back until every one is known
    /// (or the first version is passed: then it is absent, as is a path removed).
    mutating func states(of paths: Set<String>, at start: String?) -> [String: PathState]? {
        var states: [String: PathState] = [:]
        var open = paths
        var at = start
        while !open.isEmpty, let hash = at {
            guard let current = record(hash) else { return nil }
            for path in open {
                if let object = current.changes[path] {
                    states[path] = PathState(object: object, writer: hash)
                    open.remove(path)
                } else if current.removed.contains(path) {
                    open.remove(path)
                }
            }
            at = current.parents.first
        }
        return states
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
