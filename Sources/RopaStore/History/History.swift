import RopaConcurrency
import RopaHash
import RopaJSON
import RopaModel

/// The append-only history of a register: version records and content-addressed file objects under
/// `history/`. Every file in it is named by a hash (a record and a loose object by their content, a pack
/// by its version's record), so two git branches that each add versions merge without conflict; the head
/// is derived (the versions nobody builds on), never stored.
public final class History {
    public let folder: String
    public private(set) var records: [String: VersionRecord] = [:]
    /// Hashes in version-number order: parents before children, then by time.
    public private(set) var ordered: [String] = []
    /// Each version's number: its generation, one more than its parents' highest. A number never changes
    /// once printed, whatever is merged later; two branches can each have a version 2.
    private var numbers: [String: Int] = [:]
    /// The versions of each number, to tell where a number needs its hash to name one version.
    private var byNumber: [Int: [String]] = [:]
    private var manifestCache: [String: [String: String]] = [:]
    /// `heads`, kept between changes: it was computed from every record each time it was asked for.
    private var headsCache: [String]?
    /// Increases whenever the versions are numbered again from scratch (their order may have changed);
    /// an append that only adds a version after the others leaves it as it is.
    public private(set) var numbering = 0
    /// Where the file objects are: packs and loose objects.
    private let store: ObjectStore
    /// For each object, the versions whose changes hold it: the only packs that can contain it. Built from
    /// the records when an object is first read or written, then kept up to date by `append`.
    private var versionsByObject: [String: [String]]?

    /// Reads every version record of the register in `folder`.
    public init(folder: String) throws {
        self.folder = folder
        store = ObjectStore(folder: folder)
        let versionsPath = "\(folder)/\(RegisterLayout.versionsFolder)"
        for relative in [RegisterLayout.historyFolder, RegisterLayout.packsFolder, RegisterLayout.objectsFolder] {
            _ = try RegisterFolderCheck.isFolder(folder, relative)
        }
        guard try RegisterFolderCheck.isFolder(folder, RegisterLayout.versionsFolder) else { return }
        let names = try FileIO.list(versionsPath).filter(RegisterLayout.isStoredJSON)
        // Read on every core: a history of a thousand versions is a thousand files.
        let read = try OrderedConcurrentMap.map(names) { name -> (record: VersionRecord, matchesName: Bool) in
            let path = "\(versionsPath)/\(name)"
            let bytes = try FileIO.read(path)
            let record = try VersionRecord.read(bytes, path: path)
            return (record, SHA256.hex(bytes) == String(name.dropLast(5)))
        }
        records.reserveCapacity(names.count)
        for (name, read) in zip(names, read) {
            let hash = String(name.dropLast(5))
            records[hash] = read.record
            if !read.matchesName { invalid[hash, default: []].append(.historyRecordChanged) }
        }
        checkRecords()
        number()
    }

    /// A history not read yet: what a store opened with `deferringHistory` holds until it needs one.
    init(unreadIn folder: String) {
        self.folder = folder
        store = ObjectStore(folder: folder)
    }

    /// A history that holds only its head, numbered as `.ropa-history` numbers it: enough to append a version
    /// on top of the only head (see `RegisterStore.touchedFileSave`). Only a store's save holds one; the
    /// store reads its history whole before anything else looks at it.
    init(folder: String, head: String, record: VersionRecord, number: Int) {
        self.folder = folder
        store = ObjectStore(folder: folder)
        records = [head: record]
        ordered = [head]
        numbers = [head: number]
        byNumber = [number: [head]]
        headsCache = [head]
    }

    /// The versions `.ropa-history` lists, in its order, numbered and labelled as it says, with no record
    /// read: enough to `resolve` a reference exactly as over the whole history, and to number a version.
    /// Only a touched-file save holds one, for as long as it runs (see `RegisterStore.restoreTouched`).
    init(folder: String, listing index: HistoryIndex) {
        self.folder = folder
        store = ObjectStore(folder: folder)
        ordered = index.entries.map(\.hash)
        for entry in index.entries {
            guard let number = entry.number else { continue }
            numbers[entry.hash] = number
            byNumber[number, default: []].append(entry.hash)
        }
        headsCache = index.heads
    }

    /// A version's number, when it is numbered.
    func number(of hash: String) -> Int? { numbers[hash] }

    /// A version numbered and labelled as listed, with its record read apart (see `init(folder:listing:)`).
    func listedVersion(_ hash: String, record: VersionRecord) -> Version? {
        guard let number = numbers[hash] else { return nil }
        return Version(number: number, hash: hash, record: record, label: label(hash, number: number))
    }

    /// What is wrong with each record, found as it was read: a record whose content is not what its name
    /// says, that names a path no register has (`../outside.txt`) or an object that is not a hash (or, in
    /// `requireValid`, whose parent is missing). No command but `verify` uses such a history.
    public private(set) var invalid: [String: [StoreMessage]] = [:]
    /// Versions dated earlier than a parent: a rewritten record, or a clock far off.
    private var datedBeforeParent = Set<String>()

    /// What is wrong with a record on its own: its name, the paths and the hashes it names.
    static func problems(of record: VersionRecord, hash: String) -> [StoreMessage] {
        var problems: [StoreMessage] = []
        if !RegisterLayout.isVersionHash(hash) { problems.append(.historyRecordNameInvalid) }
        if !record.changes.keys.allSatisfy(RegisterLayout.isTrackedPath) || !record.removed.allSatisfy(RegisterLayout.isTrackedPath) {
            problems.append(.historyRecordPathInvalid)
        }
        if !record.changes.values.allSatisfy(RegisterLayout.isVersionHash) || !record.parents.allSatisfy(RegisterLayout.isVersionHash) {
            problems.append(.historyRecordHashInvalid)
        }
        if !VersionRecord.schemaVersions.contains(record.schemaVersion) { problems.append(.historyRecordSchemaVersionInvalid) }
        return problems
    }

    private func checkRecords() {
        for (hash, record) in records {
            let problems = History.problems(of: record, hash: hash)
            // Reported by `verify`, not refused: clocks of two machines sharing a register through git can differ.
            if record.parents.contains(where: { records[$0].map { record.time < $0.time } ?? false }) {
                datedBeforeParent.insert(hash)
            }
            if !problems.isEmpty { invalid[hash, default: []].append(contentsOf: problems) }
        }
    }

    /// Refuses a history that is not what it says: the first invalid record or missing parent, named.
    public func requireValid() throws {
        for hash in invalid.keys.sorted() {
            guard let problem = invalid[hash]?.first else { continue }
            throw StoreError.history(path: recordPath(hash), problem: LocalizedText(problem, String(hash.prefix(12))))
        }
        for (hash, record) in records.sorted(by: { $0.key < $1.key }) {
            for parent in record.parents where records[parent] == nil {
                throw StoreError.history(path: recordPath(hash), problem: LocalizedText(.historyParentMissing, String(hash.prefix(12)), String(parent.prefix(12))))
            }
        }
    }

    public var isEmpty: Bool { records.isEmpty }
    public var count: Int { records.count }

    /// All versions, oldest first.
    public var versions: [Version] {
        ordered.compactMap { version($0) }
    }

    public func version(_ hash: String) -> Version? {
        guard let record = records[hash], let number = numbers[hash] else { return nil }
        return Version(number: number, hash: hash, record: record, label: label(hash, number: number))
    }

    /// The versions no other version builds on, newest first. More than one after a git merge of
    /// two branches, until the next save records the merge.
    public var heads: [String] {
        if let headsCache { return headsCache }
        var referenced = Set<String>()
        for record in records.values { referenced.formUnion(record.parents) }
        let result: [String] = ordered.filter { !referenced.contains($0) }.reversed()
        headsCache = result
        return result
    }

    /// The newest head: the version the register's files are compared with.
    public var head: String? { heads.first }

    func number() {
        numbering += 1
        headsCache = nil
        // Kahn's algorithm; among versions whose parents are all placed, the earliest time goes first.
        var children: [String: [String]] = [:]
        var waiting: [String: Int] = [:]
        for (hash, record) in records {
            let known = record.parents.filter { records[$0] != nil }
            waiting[hash] = known.count
            for parent in known { children[parent, default: []].append(hash) }
        }
        var ready = waiting.filter { $0.value == 0 }.map(\.key)
        var result: [String] = []
        while !ready.isEmpty {
            ready.sort { lhs, rhs in
                let left = records[lhs]?.time ?? "", right = records[rhs]?.time ?? ""
                return left == right ? lhs < rhs : left < right
            }
            let next = ready.removeFirst()
            result.append(next)
            for child in children[next] ?? [] {
                waiting[child, default: 0] -= 1
                if waiting[child] == 0 { ready.append(child) }
            }
        }
        ordered = result
        numbers = [:]
        byNumber = [:]
        for hash in result { placeNumber(hash) }
    }

    /// Numbers a version whose parents are numbered: one more than the highest of them.
    private func placeNumber(_ hash: String) {
        let parents = records[hash]?.parents ?? []
        let number = (parents.compactMap { numbers[$0] }.max() ?? 0) + 1
        numbers[hash] = number
        byNumber[number, default: []].append(hash)
    }

    /// "2", or "2·a6c5" when another version also has number 2 (the hash as long as it takes to differ).
    private func label(_ hash: String, number: Int) -> String {
        let others = (byNumber[number] ?? []).filter { $0 != hash }
        guard !others.isEmpty else { return "\(number)" }
        var length = 4
        while length < hash.count, others.contains(where: { $0.hasPrefix(hash.prefix(length)) }) { length += 1 }
        return "\(number)·\(hash.prefix(length))"
    }

    /// Finds a version by number ("3"), by number and hash (`2·a6c5`, also `2.a6c5`) or by hash prefix of
    /// at least 4 characters. A number two branches share names no version alone: the error lists both.
    public func resolve(_ reference: String) throws -> String {
        if let number = Int(reference), number >= 1, let candidates = byNumber[number] {
            if candidates.count == 1 { return candidates[0] }
            throw StoreError.ambiguousVersion(reference, candidates: candidates.sorted().map { label($0, number: number) })
        }
        if let separator = reference.firstIndex(where: { $0 == "·" || $0 == "." }), let number = Int(reference[..<separator]) {
            let prefix = reference[reference.index(after: separator)...].lowercased()
            let matches = (byNumber[number] ?? []).filter { $0.hasPrefix(prefix) }
            if !prefix.isEmpty, matches.count == 1 { return matches[0] }
            throw StoreError.unknownVersion(reference)
        }
        if reference.count >= 4, reference.allSatisfy(\.isHexDigit) {
            let matches = ordered.filter { $0.hasPrefix(reference.lowercased()) }
            if matches.count == 1 { return matches[0] }
        }
        throw StoreError.unknownVersion(reference)
    }

    /// Where a version's pack is, if it wrote one.
    public func packPath(_ version: String) -> String {
        store.packPath(version)
    }

    /// The versions whose changes hold an object, oldest first: the one that introduced it wrote it.
    private func candidates(_ object: String) -> [String] {
        objectIndex()[object] ?? []
    }

    private func objectIndex() -> [String: [String]] {
        if let versionsByObject { return versionsByObject }
        var index: [String: [String]] = [:]
        let placed = Set(ordered)
        for hash in ordered + records.keys.filter({ !placed.contains($0) }).sorted() {
            guard let record = records[hash] else { continue }
            for object in record.changes.values { index[object, default: []].append(hash) }
        }
        versionsByObject = index
        return index
    }

    /// A file object by its hash, checked against it.
    public func object(_ hash: String) throws -> [UInt8] {
        try store.object(hash, candidates: candidates(hash))
    }

    /// Every tracked file of a version: path → object hash.
    public func manifest(at hash: String) throws -> [String: String] {
        if let cached = manifestCache[hash] { return cached }
        var chain: [String] = []
        var cursor: String? = hash
        var start: [String: String] = [:]
        while let current = cursor {
            if let cached = manifestCache[current] {
                start = cached
                break
            }
            guard let record = records[current] else { throw StoreError.unknownVersion(current) }
            chain.append(current)
            if chain.count > records.count { throw StoreError.history(path: folder, problem: LocalizedText(.problemParentCycle)) }
            cursor = record.parents.first
        }
        var manifest = start
        for current in chain.reversed() {
            guard let record = records[current] else { continue }
            for path in record.removed { manifest[path] = nil }
            for (path, object) in record.changes { manifest[path] = object }
        }
        manifestCache[hash] = manifest
        return manifest
    }

    /// The files of `version` worked out from those of `later`, a version built on it along first parents,
    /// and the records between (see `HistoryWalk`), with the version whose record wrote each file the walk
    /// looked up: what `manifest(at:)` gives, without applying every record from the first. Nil when
    /// `version` is no first-parent ancestor of `later`. The records are in memory: the walk may pass
    /// every one (twice at most).
    func manifest(at version: String, from later: String, files laterFiles: [String: String]) -> (files: [String: String], writtenBy: [String: String])? {
        guard let walk = HistoryWalk(from: later, headFiles: laterFiles, to: version, limit: 2 * records.count + 2, read: { self.records[$0] }) else {
            return nil
        }
        return (walk.files, walk.writtenBy)
    }

    /// An object by its hash, checked against it, looked for first in the pack of the version whose record
    /// wrote it (`writtenBy`), then wherever the records say it is.
    func object(_ hash: String, writtenBy version: String?) throws -> [UInt8] {
        if let version, let bytes = try? store.object(hash, candidates: [version]) { return bytes }
        return try object(hash)
    }

    /// The register's files as they were at a version.
    public func files(at hash: String) throws -> RegisterFiles {
        let manifest = try manifest(at: hash)
        let objects = try store.objects(Array(manifest.values), candidates: candidates)
        var files: RegisterFiles = [:]
        files.reserveCapacity(manifest.count)
        for (path, object) in manifest {
            guard let bytes = objects[object] else { throw StoreError.history(path: folder, problem: LocalizedText(.problemMissingObject, object)) }
            files[path] = bytes
        }
        return files
    }

    /// The files that differ between two versions (`from` nil: the empty register), as they are in each.
    /// A file with the same object in both is left out: it cannot hold a difference, and reading it was
    /// most of a diff's work.
    public func differingFiles(from: String?, to: String) throws -> (before: RegisterFiles, after: RegisterFiles) {
        let old = try from.map { try manifest(at: $0) } ?? [:]
        let new = try manifest(at: to)
        let oldOnly = old.filter { new[$0.key] != $0.value }
        let newOnly = new.filter { old[$0.key] != $0.value }
        let objects = try store.objects(Array(oldOnly.values) + Array(newOnly.values), candidates: candidates)
        func files(_ manifest: [String: String]) throws -> RegisterFiles {
            try manifest.mapValues { object in
                guard let bytes = objects[object] else { throw StoreError.history(path: folder, problem: LocalizedText(.problemMissingObject, object)) }
                return bytes
            }
        }
        return (try files(oldOnly), try files(newOnly))
    }

    /// Appends a version: first its pack (the objects it introduces, named by the record's hash), then
    /// the record, so a crash leaves at most a pack that no record names and nothing reads.
    @discardableResult
    public func append(_ record: VersionRecord, objects: [String: [UInt8]]) throws -> String {
        let bytes = try record.canonicalBytes()
        let hash = SHA256.hex(bytes)
        let packed = newObjects(of: record, from: objects)
        try store.writePack(of: hash, objects: packed)
        try FileIO.makeFolder("\(folder)/\(RegisterLayout.versionsFolder)")
        try FileIO.writeAtomically(bytes, to: recordPath(hash))
        let previousHeads = heads
        let isNew = records[hash] == nil
        records[hash] = record
        if isNew {
            for object in record.changes.values { versionsByObject?[object, default: []].append(hash) }
        }
        if isNew, !previousHeads.isEmpty, ordered.count == records.count - 1, Set(record.parents) == Set(previousHeads) {
            // A version on top of every head (what a save writes), when every other version is numbered,
            // comes after all of them: it is numbered next and becomes the only head. Numbering every
            // version again made each save slower as the history grew.
            ordered.append(hash)
            placeNumber(hash)
            headsCache = [hash]
        } else {
            number()
        }
        return hash
    }

    /// Removes a version a failed save had started to write: its record and its pack. Only for a version
    /// nobody builds on, under the write lock, before the save's failure is reported.
    func discard(_ hash: String) throws {
        guard records[hash] == nil || heads.contains(hash) else { return }
        try FileIO.remove(recordPath(hash))
        try FileIO.remove(packPath(hash))
        store.forget(hash)
        if records.removeValue(forKey: hash) != nil {
            versionsByObject = nil
            manifestCache[hash] = nil
            number()
        }
    }

    /// Whether the versions folder holds exactly the records read: cheaper than reading them again.
    func isCurrent() throws -> Bool {
        let versionsPath = "\(folder)/\(RegisterLayout.versionsFolder)"
        guard FileIO.entryKind(versionsPath) == .folder else { return records.isEmpty }
        let names = try FileIO.list(versionsPath).filter(RegisterLayout.isStoredJSON)
        return names.count == records.count && names.allSatisfy { records[String($0.dropLast(5))] != nil }
    }

    /// The objects of a version that the history does not hold yet, in the order they are packed: files of
    /// one kind side by side (path order), so that they compress against each other.
    private func newObjects(of record: VersionRecord, from objects: [String: [UInt8]]) -> [(hash: String, bytes: [UInt8])] {
        var packed: [(hash: String, bytes: [UInt8])] = []
        var placed = Set<String>()
        for (_, object) in record.changes.sorted(by: { $0.key < $1.key }) where candidates(object).isEmpty {
            guard let content = objects[object], placed.insert(object).inserted else { continue }
            packed.append((object, content))
        }
        for (object, content) in objects.sorted(by: { $0.key < $1.key }) where candidates(object).isEmpty && !placed.contains(object) {
            packed.append((object, content))
        }
        return packed
    }

    public func recordPath(_ hash: String) -> String {
        "\(folder)/\(RegisterLayout.versionsFolder)/\(hash).json"
    }

    /// Checks that every record and object is what its name says, and that every link resolves.
    public func verify(_ language: Language = .en) -> [String] {
        var problems: [String] = []
        func add(_ message: StoreMessage, _ arguments: String...) { problems.append(message.text(language, arguments)) }
        func describe(_ error: Error) -> String { (error as? LocalizedDescription)?.description(language) ?? "\(error)" }
        var checkedObjects = Set<String>()
        for hash in ordered {
            guard let record = records[hash] else { continue }
            let label = StoreMessage.historyVersionLabel.text(language, "\(numbers[hash] ?? 0)", String(hash.prefix(12)))
            for problem in invalid[hash] ?? [] { add(problem, label) }
            if datedBeforeParent.contains(hash) { add(.historyOlderThanParent, label) }
            for parent in record.parents where records[parent] == nil {
                add(.historyParentMissing, label, String(parent.prefix(12)))
            }
            if record.parents.isEmpty, hash != ordered.first { add(.historySecondRoot, label) }
            // The version's pack whole: every chunk decodes and every object in it matches its hash.
            switch store.checkPack(of: hash) {
            case .noPack: break
            case .unreadable(let error):
                problems.append("\(label): \(describe(error))")
                // Its objects cannot be read from it: one problem for the pack, not one per object.
                checkedObjects.formUnion(record.changes.values)
            case .checked(let good, let changed, let damagedChunks):
                checkedObjects.formUnion(good)
                for object in changed where checkedObjects.insert(object).inserted {
                    add(.historyObjectChanged, label, String(object.prefix(12)))
                }
                for (problem, objects) in damagedChunks {
                    problems.append("\(label): \(describe(problem))")
                    checkedObjects.formUnion(objects)
                }
            }
            // Objects stored elsewhere: loose, or in the pack of an earlier version.
            for object in record.changes.values where !checkedObjects.contains(object) {
                checkedObjects.insert(object)
                do {
                    let bytes = try store.storedObject(object, candidates: candidates(object))
                    if SHA256.hex(bytes) != object { add(.historyObjectChanged, label, String(object.prefix(12))) }
                } catch {
                    problems.append("\(label): \(describe(error))")
                }
            }
        }
        let placed = Set(ordered)
        for hash in records.keys where !placed.contains(hash) {
            add(.historyCycle, String(hash.prefix(12)))
        }
        return problems
    }
}
