import RopaConcurrency
import RopaHash
import RopaJSON
import RopaModel

/// The history's file objects, wherever they are stored: in the pack of a version that introduced them
/// (`history/packs/<version>.pack`, what saves write), or loose (`history/objects/<hh>/<rest>`, what ropa
/// wrote before packs, still read and never converted). Finding an object scans nothing: the caller names
/// the versions whose changes hold it, and only their packs are opened. Every object read is checked
/// against its hash, so a damaged pack or file is reported, never returned.
final class ObjectStore {
    let folder: String
    /// Packs read so far, by version; `nil` for a version without a pack (it wrote loose objects, or no
    /// new ones). A pack never changes once written, so nothing here goes stale.
    private var packs: [String: PackFile?] = [:]
    /// Why a pack could not be read, so that reading its objects one by one does not read it again.
    private var unreadablePacks: [String: Error] = [:]
    /// The chunk decoded last: objects are often read one after another from the same chunk.
    private var lastChunk: (version: String, index: Int, bytes: [UInt8])?
    /// Objects already checked against their hash as decoded from a pack held in `packs`. Decoding the same
    /// bytes in memory gives the same object again, so it is not hashed again: a diff reads most objects
    /// twice (both versions hold them), and hashing was most of its time.
    private var checked = Set<PackedObject>()

    private struct PackedObject: Hashable {
        let version: String
        let hash: String
    }

    init(folder: String) {
        self.folder = folder
    }

    var packsFolder: String { "\(folder)/\(RegisterLayout.packsFolder)" }

    func packPath(_ version: String) -> String {
        "\(packsFolder)/\(version).pack"
    }

    func loosePath(_ hash: String) -> String {
        "\(folder)/\(RegisterLayout.objectsFolder)/\(hash.prefix(2))/\(hash.dropFirst(2))"
    }

    /// The pack a version wrote, or nil if it wrote none.
    func pack(of version: String) throws -> PackFile? {
        if let known = packs[version] { return known }
        if let error = unreadablePacks[version] { throw error }
        let path = packPath(version)
        guard FileIO.kind(path) != .missing else {
            packs[version] = .some(nil)
            return nil
        }
        do {
            let pack = try PackFile.read(path)
            packs[version] = pack
            return pack
        } catch {
            unreadablePacks[version] = error
            throw error
        }
    }

    // MARK: Reading

    /// Object `hash`, from the pack of one of `candidates` (the versions whose changes hold it) or loose.
    func object(_ hash: String, candidates: [String]) throws -> [UInt8] {
        try firstObject(hash, candidates: candidates, checking: true)
    }

    /// Object `hash` as stored, unchecked: for `verify`, which hashes every object itself and reports a
    /// mismatch in its own words.
    func storedObject(_ hash: String, candidates: [String]) throws -> [UInt8] {
        try firstObject(hash, candidates: candidates, checking: false)
    }

    /// The first copy of the object found (and, when `checking`, that matches its hash). A damaged pack or
    /// copy is passed over while another copy may be good (two git branches can store the same object); if
    /// none is, the first problem met is the one reported.
    private func firstObject(_ hash: String, candidates: [String], checking: Bool) throws -> [UInt8] {
        var firstProblem: Error?
        for version in candidates {
            do {
                guard let pack = try pack(of: version), let entry = pack.entry(hash) else { continue }
                let bytes = PackFile.slice(of: try decodedChunk(entry.chunk, of: pack, version: version), entry)
                let key = PackedObject(version: version, hash: hash)
                if !checking || checked.contains(key) { return bytes }
                if SHA256.hex(bytes) == hash {
                    checked.insert(key)
                    return bytes
                }
                firstProblem = firstProblem ?? changed(hash, at: pack.path)
            } catch {
                firstProblem = firstProblem ?? error
            }
        }
        let path = loosePath(hash)
        if FileIO.kind(path) == .file {
            let bytes = try FileIO.read(path)
            if !checking || SHA256.hex(bytes) == hash { return bytes }
            throw firstProblem ?? changed(hash, at: path)
        }
        throw firstProblem ?? StoreError.history(path: path, problem: LocalizedText(.problemMissingObject, hash))
    }

    private func decodedChunk(_ index: Int, of pack: PackFile, version: String) throws -> [UInt8] {
        if let lastChunk, lastChunk.version == version, lastChunk.index == index { return lastChunk.bytes }
        let bytes = try pack.decodedChunk(index)
        lastChunk = (version, index, bytes)
        return bytes
    }

    private func changed(_ hash: String, at path: String) -> StoreError {
        StoreError.history(path: path, problem: LocalizedText(.problemObjectChanged, String(hash.prefix(12))))
    }

    /// Many objects at once (a version's files): each chunk is decoded once however many of its objects
    /// are asked for, and the chunks are decoded and checked on every core. What is not found in a pack
    /// this way (loose objects, damaged copies) is read one by one.
    func objects(_ hashes: [String], candidates: (String) -> [String]) throws -> [String: [UInt8]] {
        struct ChunkKey: Hashable {
            let version: String
            let chunk: Int
        }
        var wanted: [ChunkKey: [(hash: String, entry: PackFile.Entry)]] = [:]
        var packsByVersion: [String: PackFile] = [:]
        var oneByOne: [String] = []
        for hash in Set(hashes) {
            var placed = false
            for version in candidates(hash) {
                guard let pack = try? pack(of: version), let entry = pack.entry(hash) else { continue }
                wanted[ChunkKey(version: version, chunk: entry.chunk), default: []].append((hash, entry))
                packsByVersion[version] = pack
                placed = true
                break
            }
            if !placed { oneByOne.append(hash) }
        }
        let located = wanted, packsFound = packsByVersion, alreadyChecked = checked
        let decoded = OrderedConcurrentMap.map(Array(located.keys)) { key -> (version: String, objects: [(hash: String, bytes: [UInt8]?)]) in
            let objects = located[key] ?? []
            guard let pack = packsFound[key.version], let chunk = try? pack.decodedChunk(key.chunk) else {
                return (key.version, objects.map { ($0.hash, nil) })
            }
            return (key.version, objects.map { hash, entry in
                let bytes = PackFile.slice(of: chunk, entry)
                let isGood = alreadyChecked.contains(PackedObject(version: key.version, hash: hash)) || SHA256.hex(bytes) == hash
                return (hash, isGood ? bytes : nil)
            })
        }
        var result: [String: [UInt8]] = [:]
        result.reserveCapacity(hashes.count)
        for (version, objects) in decoded {
            for (hash, bytes) in objects {
                if let bytes {
                    result[hash] = bytes
                    checked.insert(PackedObject(version: version, hash: hash))
                } else {
                    oneByOne.append(hash)
                }
            }
        }
        for hash in oneByOne { result[hash] = try object(hash, candidates: candidates(hash)) }
        return result
    }

    // MARK: Writing

    /// Writes the pack of `version`: atomically, and before the version's record, so that a crash leaves at
    /// most a pack no record names, which nothing reads. Nothing is written for no objects.
    func writePack(of version: String, objects: [(hash: String, bytes: [UInt8])]) throws {
        guard !objects.isEmpty else { return }
        let path = packPath(version)
        let bytes = try PackWriter.encode(objects, path: path)
        try FileIO.makeFolder(packsFolder)
        // The temporary file goes in `history/`, which holds three folders, so that the sweep for files left
        // by a killed save need not list a folder that gains a pack with every version.
        try FileIO.writeAtomically(bytes, to: path, stagingFolder: "\(folder)/\(RegisterLayout.historyFolder)")
        packs[version] = try PackFile(bytes: bytes, path: path)
        unreadablePacks[version] = nil
    }

    /// Forgets a version's pack after it was removed (a failed save undone).
    func forget(_ version: String) {
        packs[version] = nil
        unreadablePacks[version] = nil
        if lastChunk?.version == version { lastChunk = nil }
        checked = checked.filter { $0.version != version }
    }

    // MARK: Checking

    /// What `verify` finds in a version's pack.
    enum PackCheck {
        case noPack
        /// The pack cannot be read at all (its header is damaged, or the file cannot be read).
        case unreadable(Error)
        /// The objects whose bytes match their hash, those that do not, and the chunks that do not decode
        /// with the objects they held.
        case checked(good: [String], changed: [String], damagedChunks: [(problem: Error, objects: [String])])
    }

    /// Decodes every chunk of a version's pack and checks every object in it against its hash.
    func checkPack(of version: String) -> PackCheck {
        let pack: PackFile
        do {
            guard let found = try self.pack(of: version) else { return .noPack }
            pack = found
        } catch {
            return .unreadable(error)
        }
        // Each hash with its entry: `pack.entry(_:)` would read every hash back from its digits, twice.
        var byChunk: [[(hash: String, entry: PackFile.Entry)]] = Array(repeating: [], count: pack.chunks.count)
        for object in pack.listed { byChunk[object.entry.chunk].append(object) }
        var good: [String] = []
        var changed: [String] = []
        var damaged: [(problem: Error, objects: [String])] = []
        for (index, objects) in byChunk.enumerated() {
            let chunk: [UInt8]
            do {
                chunk = try pack.decodedChunk(index)
            } catch {
                damaged.append((error, objects.map(\.hash)))
                continue
            }
            for (hash, entry) in objects {
                if SHA256.hex(PackFile.slice(of: chunk, entry)) == hash { good.append(hash) } else { changed.append(hash) }
            }
        }
        return .checked(good: good, changed: changed, damagedChunks: damaged)
    }
}
