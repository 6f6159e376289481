import RopaHash
import RopaJSON

extension History {
    /// The common ancestor of two versions that is nearest to them (the highest number), or nil when their
    /// histories never met.
    public func mergeBase(_ first: String, _ second: String) -> String? {
        let left = ancestors(of: first)
        var best: String?
        var queue = [second]
        var seen: Set<String> = [second]
        while let current = queue.popLast() {
            if left.contains(current) {
                if best.map({ (version($0)?.number ?? 0) < (version(current)?.number ?? 0) }) ?? true { best = current }
                continue
            }
            for parent in records[current]?.parents ?? [] where seen.insert(parent).inserted { queue.append(parent) }
        }
        return best
    }

    /// A version and every version it builds on.
    func ancestors(of hash: String) -> Set<String> {
        var seen: Set<String> = [hash]
        var queue = [hash]
        while let current = queue.popLast() {
            for parent in records[current]?.parents ?? [] where seen.insert(parent).inserted { queue.append(parent) }
        }
        return seen
    }
}

extension RegisterStore {
    /// The files that keep the register's files from being exactly the field-wise merge of its two heads
    /// (empty: they are that merge, what git leaves after merging two branches with ropa's driver, a rebase
    /// or a forge's merge button: a valid state, which the next save records with both heads as parents).
    /// Nil when the history does not have two heads with a common ancestor. Only the files the heads or the
    /// disk disagree on are read from the history.
    public func filesDifferingFromMergeOfHeads() throws -> [String]? {
        guard history.heads.count == 2 else { return nil }
        return try filesDifferingFromMergeOfHeads(try readFiles())
    }

    /// The same for files already read.
    func filesDifferingFromMergeOfHeads(_ files: RegisterFiles) throws -> [String]? {
        let heads = history.heads
        guard heads.count == 2, let base = history.mergeBase(heads[0], heads[1]) else { return nil }
        let first = try history.manifest(at: heads[0]), second = try history.manifest(at: heads[1])
        let ancestor = try history.manifest(at: base)
        var paths = Set(first.keys).union(second.keys).filter { first[$0] != second[$0] }
        for (path, bytes) in files where first[path] == nil || SHA256.hex(bytes) != first[path] { paths.insert(path) }
        for path in first.keys where files[path] == nil { paths.insert(path) }
        var differing: [String] = []
        for path in paths.sorted() {
            let disk = files[path]
            func object(_ hash: String?) throws -> [UInt8]? { try hash.map { try history.object($0) } }
            let (left, right, old) = (try object(first[path]), try object(second[path]), try object(ancestor[path]))
            // Which head was "mine" depends on who merged: either order is the merge.
            let one = try? FileMerge.merge(base: old, mine: left, theirs: right, path: path)
            let other = try? FileMerge.merge(base: old, mine: right, theirs: left, path: path)
            let matches = [one, other].contains { result in result.map { $0.conflicts.isEmpty && $0.bytes == disk } ?? false }
            if !matches { differing.append(path) }
        }
        return differing
    }
}
