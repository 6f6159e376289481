import RopaModel

extension EncodingCache {
    /// Takes the hashes of entity files whose cached bytes are the file's bytes (canonical files), from
    /// hashes known without reading (the `.ropa-index`): a save then hashes only the entities that changed.
    mutating func takeHashes(_ known: [String: String]) {
        guard !known.isEmpty else { return }
        func take<T: ListedEntity>(_ type: T.Type) { self[T.self].takeHashes(known, kind: T.kind) }
        for type in EntityKind.listedTypes { take(type) }
    }
}

extension EncodingCache.Entities {
    mutating func takeHashes(_ known: [String: String], kind: EntityKind) {
        guard bytes.count == values.count else { return }
        if hashes.count != values.count { hashes = Array(repeating: nil, count: values.count) }
        for index in values.indices where hashes[index] == nil && bytes[index] != nil {
            hashes[index] = known[RegisterLayout.path(for: kind, id: values[index].id)]
        }
    }
}
