import Foundation
import RopaConcurrency
import RopaHash
import RopaJSON
import RopaModel

/// A register file as a save writes it: canonical bytes and their SHA-256.
struct EncodedFile {
    let bytes: [UInt8]
    let hash: String
}

/// The canonical bytes of each part of a register as last read or encoded, with the value they are the
/// bytes of. The store keeps one so that a save encodes and hashes only the entities that differ from it:
/// encoding all 10 000 activities of a large register for every save took most of a second.
struct EncodingCache {
    /// One part (settings, organisation, reference data): its value, bytes and hash.
    struct Single<Value: Equatable> {
        var value: Value
        var bytes: [UInt8]
        var hash: String?
    }

    /// The entities of one kind, in the register's order, with the bytes and hash of each where known.
    /// Kept as the register's own array: after a save the UI's register shares it, so a kind nobody
    /// edited is recognised by identity and an edited one by comparing values that share their storage.
    struct Entities<T: RegisterEntity>: Sendable {
        var values: [T] = []
        var bytes: [[UInt8]?] = []
        /// Computed when first needed: a register's files are read without hashing them.
        var hashes: [String?] = []
        /// False when two entities share an id (an invalid register): then only a full save is used.
        var idsAreUnique = true

        init(values: [T] = [], bytes: [[UInt8]?] = [], hashes: [String?] = []) {
            self.values = values
            self.bytes = bytes
            self.hashes = hashes
            idsAreUnique = Entities.idsAreUnique(values)
        }

        /// Whether no two entities share an id. Each id is read where it is: `values.map(\.id)` copied every
        /// entity whole to take its id (an activity retains some thirty strings and arrays).
        static func idsAreUnique(_ values: [T]) -> Bool {
            var ids = Set<String>(minimumCapacity: values.count)
            return values.withUnsafeBufferPointer { entities in entities.indices.allSatisfy { ids.insert(entities[$0].id).inserted } }
        }

        init(values: [T], bytes: [[UInt8]?], hashes: [String?], idsAreUnique: Bool) {
            self.values = values
            self.bytes = bytes
            self.hashes = hashes
            self.idsAreUnique = idsAreUnique
        }
    }

    var settings: Single<RegisterSettings>?
    var organisation: Single<Organisation>?
    var countries: Single<CountryList>?
    /// The entities of each listed kind, an `Entities<T>` under `T.kind`: one slot per kind, so a new kind
    /// of entity needs no change here.
    private var lists: [EntityKind: any Sendable] = [:]

    /// The cached entities of type `T` (empty when none are cached).
    subscript<T: ListedEntity>(_ type: T.Type) -> Entities<T> {
        get { lists[T.kind] as? Entities<T> ?? Entities() }
        set { lists[T.kind] = newValue }
    }
}

/// How an entity of a register relates to the cached entities of its kind.
enum CacheMatch {
    /// Equal to the cached entity at this index.
    case equal(Int)
    /// The cached entity at this index has the same id but another value.
    case changed(Int)
    /// No cached entity has its id.
    case new
}

extension EncodingCache.Entities {
    /// How each entity of `list` relates to the cache, the cached indices no entity of `list` has the id of
    /// (removed), and whether the ids are the cached ones in the same order (then a match's index is the
    /// entity's own). Nil when ids repeat within `list` or within the cache.
    func match(_ list: [T]) -> (matches: [CacheMatch], removed: [Int], aligned: Bool)? {
        guard idsAreUnique else { return nil }
        if list.count == values.count {
            let same = list.withUnsafeBufferPointer { new in values.withUnsafeBufferPointer { old in new.baseAddress == old.baseAddress } }
            if same { return (values.indices.map { .equal($0) }, [], true) }
            // The usual case after an edit: the same ids in the same order, one or a few values changed.
            // Unchanged entities share their storage with the cached ones, so comparing them is quick.
            var matches: [CacheMatch] = []
            matches.reserveCapacity(list.count)
            let aligned = list.withUnsafeBufferPointer { new in
                values.withUnsafeBufferPointer { old -> Bool in
                    guard let newBase = new.baseAddress, let oldBase = old.baseAddress else { return true }
                    for index in 0..<new.count {
                        // Bit for bit the same value (every field sharing its storage): equal without
                        // comparing, or even copying, its fields.
                        if memcmp(newBase + index, oldBase + index, MemoryLayout<T>.size) == 0 {
                            matches.append(.equal(index))
                            continue
                        }
                        guard newBase[index].id == oldBase[index].id else { return false }
                        matches.append(newBase[index] == oldBase[index] ? .equal(index) : .changed(index))
                    }
                    return true
                }
            }
            if aligned { return (matches, [], true) }
        }
        // Entities added, removed or moved: match by id.
        var positions: [String: Int] = [:]
        positions.reserveCapacity(values.count)
        for (index, value) in values.enumerated() { positions[value.id] = index }
        var used = [Bool](repeating: false, count: values.count)
        var added = Set<String>()
        var matches: [CacheMatch] = []
        matches.reserveCapacity(list.count)
        for entity in list {
            guard let index = positions[entity.id] else {
                guard added.insert(entity.id).inserted else { return nil }
                matches.append(.new)
                continue
            }
            if used[index] { return nil }
            used[index] = true
            matches.append(values[index] == entity ? .equal(index) : .changed(index))
        }
        return (matches, used.indices.filter { !used[$0] }, false)
    }
}

extension RegisterCodec {
    /// The register's files, taking the bytes of every part equal to its cached one from `cache` and
    /// encoding the rest; `cache` is left holding this register. Missing hashes are computed on every core.
    static func encode(_ register: Register, cache: inout EncodingCache) throws -> [String: EncodedFile] {
        var parts: [(path: String, bytes: [UInt8], hash: String?)] = []
        parts.reserveCapacity(register.listedEntityCount + 3)
        func single<T: Codable & Equatable>(_ value: T, _ cached: EncodingCache.Single<T>?, path: String) throws {
            if let cached, cached.value == value {
                parts.append((path, cached.bytes, cached.hash))
            } else {
                parts.append((path, try canonicalBytes(value), nil))
            }
        }
        func entities<T: ListedEntity>(_ type: T.Type) throws {
            let list = register[keyPath: T.list], cached = cache[T.self], kind = T.kind
            let matches = cached.match(list)?.matches ?? Array(repeating: .new, count: list.count)
            for (entity, match) in zip(list, matches) {
                let path = RegisterLayout.path(for: kind, id: entity.id)
                if case .equal(let index) = match, let bytes = cached.bytes[index] {
                    parts.append((path, bytes, cached.hashes[index]))
                } else {
                    parts.append((path, try canonicalBytes(entity), nil))
                }
            }
        }
        try single(register.settings, cache.settings, path: RegisterLayout.settingsFile)
        try single(register.organisation, cache.organisation, path: RegisterLayout.organisationFile)
        if let countries = register.countryList { try single(countries, cache.countries, path: RegisterLayout.countriesFile) }
        for type in EntityKind.listedTypes { try entities(type) }

        let missing = parts.indices.filter { parts[$0].hash == nil }
        let unhashed = parts
        let hashes = OrderedConcurrentMap.map(missing) { SHA256.hex(unhashed[$0].bytes) }
        for (index, hash) in zip(missing, hashes) { parts[index].hash = hash }

        // The cache of this register, in the order of `parts`.
        var position = 0
        func next<T: Equatable>(_ value: T) -> EncodingCache.Single<T> {
            defer { position += 1 }
            return EncodingCache.Single(value: value, bytes: parts[position].bytes, hash: parts[position].hash)
        }
        func nextEntities<T: ListedEntity>(_ type: T.Type) -> EncodingCache.Entities<T> {
            let list = register[keyPath: T.list]
            defer { position += list.count }
            let slice = parts[position..<position + list.count]
            return EncodingCache.Entities(values: list, bytes: slice.map { Optional($0.bytes) }, hashes: slice.map(\.hash))
        }
        var result = EncodingCache()
        result.settings = next(register.settings)
        result.organisation = next(register.organisation)
        result.countries = register.countryList.map { next($0) }
        func takeNext<T: ListedEntity>(_ type: T.Type) { result[T.self] = nextEntities(T.self) }
        for type in EntityKind.listedTypes { takeNext(type) }
        cache = result

        // A later part on the same path wins, as when the files were written one by one.
        var files: [String: EncodedFile] = [:]
        files.reserveCapacity(parts.count)
        for part in parts { files[part.path] = EncodedFile(bytes: part.bytes, hash: part.hash ?? SHA256.hex(part.bytes)) }
        return files
    }
}

/// What changed between the register a cache holds and a new one: the files to write, the paths to
/// remove, and the cache of the new register once they are saved.
struct EncodingDelta {
    var written: [(path: String, file: EncodedFile)] = []
    var removed: [String] = []
    var cache: EncodingCache

    var isEmpty: Bool { written.isEmpty && removed.isEmpty }
}

extension EncodingCache {
    /// The files that differ between the register this cache holds (with every byte and hash known) and
    /// `register`: only entities not equal to their cached value are encoded, so the work grows with what
    /// changed. Nil when the cache is incomplete or ids repeat, which only a full save handles.
    func delta(to register: Register) throws -> EncodingDelta? {
        var delta = EncodingDelta(cache: self)
        func single<T: Codable & Equatable>(_ value: T, _ cached: Single<T>?, path: String) throws -> Single<T>? {
            if let cached, cached.value == value { return cached }
            let bytes = try RegisterCodec.canonicalBytes(value)
            if let cached, cached.bytes == bytes { return Single(value: value, bytes: bytes, hash: cached.hash) }
            let hash = SHA256.hex(bytes)
            delta.written.append((path, EncodedFile(bytes: bytes, hash: hash)))
            return Single(value: value, bytes: bytes, hash: hash)
        }
        func entities<T: ListedEntity>(_ type: T.Type) throws -> Entities<T>? {
            let list = register[keyPath: T.list], cached = self[T.self], kind = T.kind
            guard let (matches, removed, aligned) = cached.match(list) else { return nil }
            // With the same ids in the same order, the cached arrays are kept and only changed slots replaced.
            var bytes: [[UInt8]?] = aligned ? cached.bytes : []
            var hashes: [String?] = aligned ? cached.hashes : []
            for (index, match) in matches.enumerated() {
                let known: (bytes: [UInt8], hash: String)
                switch match {
                case .equal(let old):
                    guard let oldBytes = cached.bytes[old], let oldHash = cached.hashes[old] else { return nil }
                    if aligned { continue }
                    known = (oldBytes, oldHash)
                case .changed(let old):
                    guard let oldBytes = cached.bytes[old], let oldHash = cached.hashes[old] else { return nil }
                    let newBytes = try RegisterCodec.canonicalBytes(list[index])
                    if newBytes == oldBytes {
                        known = (oldBytes, oldHash)
                    } else {
                        known = (newBytes, SHA256.hex(newBytes))
                        delta.written.append((RegisterLayout.path(for: kind, id: list[index].id), EncodedFile(bytes: known.bytes, hash: known.hash)))
                    }
                case .new:
                    let newBytes = try RegisterCodec.canonicalBytes(list[index])
                    known = (newBytes, SHA256.hex(newBytes))
                    delta.written.append((RegisterLayout.path(for: kind, id: list[index].id), EncodedFile(bytes: known.bytes, hash: known.hash)))
                }
                if aligned {
                    bytes[index] = known.bytes
                    hashes[index] = known.hash
                } else {
                    bytes.append(known.bytes)
                    hashes.append(known.hash)
                }
            }
            for index in removed { delta.removed.append(RegisterLayout.path(for: kind, id: cached.values[index].id)) }
            return Entities(values: list, bytes: bytes, hashes: hashes, idsAreUnique: true)
        }
        delta.cache.settings = try single(register.settings, settings, path: RegisterLayout.settingsFile)
        delta.cache.organisation = try single(register.organisation, organisation, path: RegisterLayout.organisationFile)
        if let list = register.countryList {
            delta.cache.countries = try single(list, countries, path: RegisterLayout.countriesFile)
        } else if countries != nil {
            delta.cache.countries = nil
            delta.removed.append(RegisterLayout.countriesFile)
        }
        func takeDelta<T: ListedEntity>(_ type: T.Type) throws -> Bool {
            guard let entities = try entities(T.self) else { return false }
            delta.cache[T.self] = entities
            return true
        }
        for type in EntityKind.listedTypes { guard try takeDelta(type) else { return nil } }
        delta.removed.sort()
        return delta
    }
}
