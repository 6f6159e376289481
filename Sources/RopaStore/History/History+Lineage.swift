extension History {
    /// The lineage of `head` (see `PathLineage`) and the version that wrote each of its files, from the
    /// records in memory: the head's first parents, from the first version on, applied one after another.
    /// Nil when a record on the way is not in the history.
    func lineage(at head: String) -> (lineage: PathLineage, writers: [String: String])? {
        var chain: [String] = []
        var cursor: String? = head
        while let current = cursor {
            guard let record = records[current], chain.count <= records.count else { return nil }
            chain.append(current)
            cursor = record.parents.first
        }
        var files: [String: PathLineage.State] = [:]
        var replaced: [PathLineage.Replaced] = []
        let keptFrom = chain.count - PathLineage.depth
        for (position, version) in chain.reversed().enumerated() {
            guard let record = records[version] else { return nil }
            if position >= keptFrom {
                var states: [String: PathLineage.State?] = [:]
                for path in Array(record.changes.keys) + record.removed { states[path] = .some(files[path]) }
                replaced.append(PathLineage.Replaced(version: version, states: states))
            }
            for path in record.removed { files[path] = nil }
            for (path, object) in record.changes { files[path] = PathLineage.State(object: object, writer: version) }
        }
        return (PathLineage(replaced: replaced), files.mapValues(\.writer))
    }
}
