import RopaConcurrency
import RopaHash
import RopaJSON
import RopaModel

/// The register's tracked files as they are on disk, each with the hash of its content, compared with
/// the head version. Files whose stat data the `.ropa-index` vouches for are not read: a register of
/// 10 000 files is listed and stat'ed, and only the files that moved are read and hashed.
struct WorkingTree {
    /// Every tracked file on disk → the SHA-256 of its content.
    var hashes: [String: String] = [:]
    /// The content of the files that had to be read (the others are known by their hash only).
    var read: RegisterFiles = [:]
    /// The index brought up to date with what was seen; written back when `indexChanged`.
    var index = StatIndex()
    var indexChanged = false
    /// The head's files (path → object hash) that the comparison was made with.
    var head: [String: String] = [:]
    /// What is known of the history behind the head (see `PathLineage`), when it is known.
    var headLineage: PathLineage?
    /// The version whose record wrote a head file's object, when known.
    var headWriter: (String) -> String? = { _ in nil }
    /// The tracked files in the order they were listed: the index is written in it.
    var order: [String] = []
    /// Temporary files that killed writes left in the entity folders, found while listing them.
    var leftovers: [String] = []

    /// Whether every tracked file is the head's and no other: `differing` is empty, known without sorting
    /// 10 000 paths, and as soon as one file differs.
    var matchesHead: Bool {
        hashes.count == head.count && hashes.allSatisfy { head[$0.key] == $0.value }
    }

    /// Tracked files whose content is not the head's: changed, added or removed since the last version.
    var differing: [String] {
        var paths = hashes.filter { head[$0.key] != $0.value }.map(\.key)
        paths += head.keys.filter { hashes[$0] == nil }
        return paths.sorted()
    }
}

extension RegisterStore {
    /// Lists, stats and where needed reads the tracked files, and compares them with `files`, those of the
    /// version `head`; `known` is the `.ropa-index` as read. The head's lineage and the versions that wrote
    /// its files come from `history` (read whole), else from `known` when it names `head`.
    func scanWorkingTree(head: String, files: [String: String], history: (lineage: PathLineage, writers: [String: String])? = nil,
                         known: StatIndex) throws -> WorkingTree {
        // Taken before any file is looked at: a file written from now on has a time at or after it.
        // (The index was read just before: the times it vouches for are older than this cutoff.)
        let cutoff = StatIndex.cutoffNow()
        var leftovers: [String] = []
        let paths = try trackedPathsOnDisk { leftovers.append($0) }
        let register = FileIO.FolderHandle(folder)
        let stats = OrderedConcurrentMap.map(paths) { register?.regularFileFingerprint(of: $0) }
        let knownIsHead = known.head == head
        let lineage = history?.lineage ?? (knownIsHead ? known.lineage : nil)
        let headWriter: (String) -> String? = history.map { worked in { worked.writers[$0] } }
            ?? (knownIsHead ? { known.entries[$0]?.writer } : { _ in nil })
        /// The writer of `hash`, when it is the head's object for `path`.
        func writer(_ path: String, _ hash: String) -> String? {
            files[path] == hash ? headWriter(path) : nil
        }
        var tree = WorkingTree(head: files, headLineage: lineage, headWriter: headWriter, order: paths, leftovers: leftovers)
        tree.index.cutoff = cutoff
        tree.hashes.reserveCapacity(paths.count)
        tree.index.entries.reserveCapacity(paths.count)
        var unknown: [String] = []
        var writersChanged = false
        for (path, stat) in zip(paths, stats) {
            if let stat, let entry = known.vouchedEntry(of: path, stat: stat) {
                tree.hashes[path] = entry.hash
                // Without the history, a vouched entry of the head's own index is its writer's answer already
                // (what `writer` gives, without two lookups for each of 10 000 files).
                let written = history == nil ? (knownIsHead ? entry.writer : nil) : writer(path, entry.hash)
                if written != entry.writer { writersChanged = true }
                tree.index.entries[path] = StatIndex.Entry(stat: stat, hash: entry.hash, writer: written)
            } else {
                unknown.append(path)
            }
        }
        // Read and hashed on every core; the stat data recorded are those of the file that was read.
        let folder = folder
        let read = try OrderedConcurrentMap.map(unknown) { path -> (bytes: [UInt8], fingerprint: FileIO.Fingerprint, hash: String) in
            let file = try FileIO.readFile("\(folder)/\(path)")
            return (file.bytes, file.fingerprint, SHA256.hex(file.bytes))
        }
        for (path, file) in zip(unknown, read) {
            tree.hashes[path] = file.hash
            tree.read[path] = file.bytes
            tree.index.entries[path] = StatIndex.Entry(stat: file.fingerprint, hash: file.hash, writer: writer(path, file.hash))
        }
        tree.index.head = tree.matchesHead ? head : nil
        tree.index.lineage = tree.matchesHead ? lineage : nil
        // Lineages of one head compare by their newest version kept (comparing every path was a tenth of a save).
        tree.indexChanged = !unknown.isEmpty || writersChanged || known.entries.count != tree.index.entries.count
            || known.head != tree.index.head || known.lineage?.replaced.last?.version != tree.index.lineage?.replaced.last?.version
        return tree
    }

    /// The content of a tracked file, checked against the hash the working tree knows for it.
    func content(of path: String, in tree: WorkingTree) throws -> [UInt8] {
        if let bytes = tree.read[path] { return bytes }
        let bytes = try FileIO.readFile("\(folder)/\(path)").bytes
        guard SHA256.hex(bytes) == tree.hashes[path] else { throw StoreError.changedOnDisk(path: folder, files: [path]) }
        return bytes
    }
}
