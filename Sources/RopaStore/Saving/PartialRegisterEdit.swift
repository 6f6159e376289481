import Foundation
import RopaHash
import RopaJSON
import RopaModel

/// Which part of a register an edit reads: the settings, the organisation and the reference data always,
/// every entity of `wholeKinds`, and of the other kinds the entities named in `ids`.
public struct RegisterPart: Equatable, Sendable {
    public var wholeKinds: Set<EntityKind>
    public var ids: Set<String>

    public init(wholeKinds: Set<EntityKind>, ids: Set<String>) {
        self.wholeKinds = wholeKinds
        self.ids = ids
    }

    func includes(_ path: String) -> Bool {
        if path == RegisterLayout.settingsFile || path == RegisterLayout.organisationFile || path == RegisterLayout.countriesFile { return true }
        guard let (kind, id) = RegisterLayout.entity(ofFile: path) else { return false }
        return wholeKinds.contains(kind) || ids.contains(id)
    }

    /// `includes` for the paths of a whole register: the files of `ids` are named once, so that a path is
    /// matched without making its id (10 571 paths were parsed into ids twice an import, 27 M instructions).
    func pathFilter() -> PathFilter {
        var named = Set<String>()
        for id in ids {
            for kind in EntityKind.allCases where kind.folder != nil { named.insert(RegisterLayout.path(for: kind, id: id)) }
        }
        return PathFilter(wholeKinds: wholeKinds, named: named)
    }

    /// Answers as `includes`: a path is an entity file (a valid id, in a folder of its kind) of a kind read
    /// whole, or exactly the file of an id of the part (the path's id is valid, so it is that id).
    struct PathFilter {
        let wholeKinds: Set<EntityKind>
        let named: Set<String>

        func includes(_ path: String) -> Bool {
            if path == RegisterLayout.settingsFile || path == RegisterLayout.organisationFile || path == RegisterLayout.countriesFile { return true }
            guard let kind = RegisterLayout.kindOfEntity(ofFile: path) else { return false }
            return wholeKinds.contains(kind) || named.contains(path)
        }
    }
}

/// Part of a register as one version has it, decoded with every check a full read makes of those files.
public struct PartialRegister {
    /// The settings, organisation and reference data, and the entities of the part (in path order, as a full
    /// read lists them).
    public let register: Register
    /// Every entity of the version, read or not, in the order of `Register.entityIndex`: the organisation,
    /// then each kind's ids. Listed when first asked for: an import asks for those of one version only
    /// (the head's, or those of the sheet's version), and listing 10 000 paths is 20 M instructions.
    public var entityIDs: [(kind: EntityKind, id: String)] { ids.value }
    private let ids: LazyEntityIDs

    init(register: Register, entityIDs: @escaping () -> [(kind: EntityKind, id: String)]) {
        self.register = register
        ids = LazyEntityIDs(entityIDs)
    }

    /// The ids, made once.
    private final class LazyEntityIDs {
        private var make: (() -> [(kind: EntityKind, id: String)])?
        private var made: [(kind: EntityKind, id: String)] = []

        init(_ make: @escaping () -> [(kind: EntityKind, id: String)]) {
            self.make = make
        }

        var value: [(kind: EntityKind, id: String)] {
            if let make {
                made = make()
                self.make = nil
            }
            return made
        }
    }
}

/// What a partial edit decided.
public enum PartialEditOutcome {
    /// Save this register (the part read, changed) as one version with this message.
    case save(Register, message: String)
    /// The edit refused (and said why): nothing is written.
    case refused
    /// The edit needs the whole register: nothing is written, the caller takes the full edit.
    case needsFullSave
}

/// What a partial edit did.
public enum PartialEdit: Equatable {
    case saved(RegisterStore.SaveResult)
    case unchanged
    case refused
    /// The register is in a state only a full edit handles (see `TouchedFileSave`), or the edit asked for one.
    case needsFullSave
}

extension RegisterStore {
    /// Edits the part of the register `part` names, read alone, as one version, when the register's files are
    /// those of its only head: what `ropa import` of a few rows records, paying for the files it reads rather
    /// than for the whole register. `change` gets the part as the head has it, and the versions it can name
    /// with the same part as each has it; it returns the part changed. The entities that differ from the
    /// head's are encoded, checked as a full read checks them and recorded through the transaction every save
    /// ends in (see TouchedFileSaves.swift). Entities the part does not hold are not touched; an entity
    /// missing from the result is removed.
    ///
    /// A store that has not read its history tries the caches first: `.ropa-history` names the versions, and
    /// an old version's part is worked out from the head's files and the records since it (`HistoryWalk`).
    /// When they do not answer, the history is read whole and `change` runs again: what it said the first
    /// time must be dropped.
    public func editPartTouched(_ part: RegisterPart, author: @autoclosure () -> String, time: Date = Date(),
                                change: (_ head: PartialRegister, _ versions: RegisterVersions) throws -> PartialEditOutcome) throws -> PartialEdit {
        func edit(_ base: TouchedBase) throws -> TouchedFileSave {
            guard base.tree.matchesHead else { return .needsFullSave }
            var headFiles: RegisterFiles = [:]
            let filter = part.pathFilter()
            for path in base.tree.hashes.keys where filter.includes(path) { headFiles[path] = try content(of: path, in: base.tree) }
            let headRegister = try RegisterCodec.decode(headFiles, folder: folder)
            let headPaths = base.tree.hashes.keys, headOrganisation = headRegister.organisation.id
            let head = PartialRegister(register: headRegister) { RegisterStore.entityIDs(paths: headPaths, organisation: headOrganisation) }
            let outcome: PartialEditOutcome
            do {
                outcome = try change(head, partVersions(part, base: base, head: headRegister, headFiles: headFiles))
            } catch is HistoryNotAtHand {
                return .needsWholeHistory
            }
            switch outcome {
            case .refused:
                return .refused
            case .needsFullSave:
                return .needsFullSave
            case .save(let changed, let message):
                guard changed.settings == head.register.settings, changed.countryList == head.register.countryList else { return .needsFullSave }
                guard let (written, removed) = try changedFiles(from: head.register, to: changed) else { return .needsFullSave }
                if written.isEmpty && removed.isEmpty { return .nothingToSave }
                guard removed.allSatisfy(RegisterStore.isDecodedAlone), !removed.contains(RegisterLayout.organisationFile) else { return .needsFullSave }
                return .saved(try recordTouched(written: written, removed: removed, base: base, message: message, author: author(), time: time))
            }
        }
        switch try touchedFileSaveTryingCaches(edit) {
        case .saved(let result): return .saved(result)
        case .refused: return .refused
        case .nothingToSave: return .unchanged
        case .needsFullSave, .needsWholeHistory: return .needsFullSave
        }
    }

    /// The versions a partial edit names, and the part as each has it: through the caches when the head came
    /// from them (`base.index`), else from the history read whole. An old version's files are the head's with
    /// the changes of the records since it undone (`HistoryWalk`). Through the caches that walk reads records
    /// one by one, and gives up past `partWalkLimit` of them (a file last written long before the version):
    /// the history is then read whole, once, in the same save, whose head must be the one the caches named.
    private func partVersions(_ part: RegisterPart, base: TouchedBase, head: Register, headFiles: RegisterFiles) -> RegisterVersions {
        let names: History
        let source: PartSource
        if let index = base.index {
            let versionsFolder = "\(folder)/\(RegisterLayout.versionsFolder)"
            let objects = ObjectStore(folder: folder)
            var read: PartSource?
            let whole = { () throws -> PartSource in
                if let read { return read }
                let history = try History(folder: self.folder)
                try history.requireValid()
                guard history.heads == [base.head] else { throw HistoryNotAtHand() }
                let source = PartSource(history, base: base)
                read = source
                return source
            }
            names = History(folder: folder, listing: index)
            source = PartSource(files: { version in
                guard let walk = HistoryWalk(from: base.head, headFiles: base.tree.head, to: version, versionsFolder: versionsFolder,
                                             limit: RegisterStore.partWalkLimit, lineage: base.tree.headLineage) else { return try whole().files(version) }
                return (walk.files, walk.writtenBy)
            }, object: { hash, version in
                if let version, let bytes = objects.object(hash, namedBy: version, versionsFolder: versionsFolder) { return bytes }
                return try whole().object(hash, version)
            })
        } else {
            names = history
            source = PartSource(history, base: base)
        }
        return RegisterVersions(names: names) { version in
            let (manifest, writtenBy) = try source.files(version)
            let register = try self.partialRegister(part, at: version, manifest: manifest, writtenBy: writtenBy, object: source.object, head: head,
                                                    headFiles: headFiles, tree: base.tree)
            let paths = manifest.keys, organisation = register.organisation.id
            return PartialRegister(register: register) { RegisterStore.entityIDs(paths: paths, organisation: organisation) }
        }
    }

    /// How many records a partial edit's walk through the caches reads before it reads the history whole
    /// instead: the walk reads them one by one, the whole history is read on every core.
    static let partWalkLimit = 100_000

    /// Where a partial edit finds an old version's files (path → object, and the version that wrote each
    /// file the walk looked up) and their objects, checked against their hashes.
    private struct PartSource {
        let files: (_ version: String) throws -> (files: [String: String], writtenBy: [String: String])
        let object: (_ hash: String, _ writtenBy: String?) throws -> [UInt8]

        init(files: @escaping (String) throws -> (files: [String: String], writtenBy: [String: String]),
             object: @escaping (String, String?) throws -> [UInt8]) {
            self.files = files
            self.object = object
        }

        /// From the whole history: the walk in memory, or every record applied for a version off the head's
        /// first parents; an object wherever a record names it.
        init(_ history: History, base: TouchedBase) {
            files = { version in try history.manifest(at: version, from: base.head, files: base.tree.head) ?? (history.manifest(at: version), [:]) }
            object = { try history.object($0, writtenBy: $1) }
        }
    }

    /// The part of the register as the version `version` has it. The files it shares with the head are the
    /// ones just read: their entities are taken from `head`, and only the others are read (`object`, checked
    /// against their hashes) and decoded, unless the version has other settings (another schema version
    /// reads every file differently).
    private func partialRegister(_ part: RegisterPart, at version: String, manifest: [String: String], writtenBy: [String: String],
                                 object: (_ hash: String, _ writtenBy: String?) throws -> [UInt8],
                                 head: Register, headFiles: RegisterFiles, tree: WorkingTree) throws -> Register {
        let shown = "\(folder)@\(version)"
        let sameSettings = manifest[RegisterLayout.settingsFile] == tree.hashes[RegisterLayout.settingsFile]
        var files: RegisterFiles = [:]
        var shared = Set<String>()
        let filter = part.pathFilter()
        for (path, hash) in manifest where filter.includes(path) {
            if sameSettings, tree.hashes[path] == hash, headFiles[path] != nil, RegisterLayout.entity(ofFile: path) != nil {
                shared.insert(path)
            } else if tree.hashes[path] == hash, let bytes = headFiles[path] {
                files[path] = bytes
            } else {
                files[path] = try object(hash, writtenBy[path])
            }
        }
        var register = try RegisterCodec.decode(files, folder: shown)
        guard !shared.isEmpty else { return register }
        func take<T: ListedEntity>(_ type: T.Type) {
            let kept = head[keyPath: T.list].filter { shared.contains(RegisterLayout.path(for: T.kind, id: $0.id)) }
            guard !kept.isEmpty else { return }
            // In path order, as a full read lists them.
            register[keyPath: T.list] = (kept + register[keyPath: T.list]).map { ("\($0.id).json", $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        }
        for type in EntityKind.listedTypes { take(type) }
        return register
    }

    /// The ids of the entity files among `paths`, in the order of `Register.entityIndex` (by kind).
    static func entityIDs(paths: Dictionary<String, String>.Keys, organisation: String?) -> [(kind: EntityKind, id: String)] {
        var byKind: [EntityKind: [String]] = [:]
        for path in paths {
            guard let (kind, id) = RegisterLayout.entity(ofFile: path) else { continue }
            byKind[kind, default: []].append(id)
        }
        var result: [(kind: EntityKind, id: String)] = organisation.map { [(.organisation, $0)] } ?? []
        result.reserveCapacity(paths.count)
        for kind in EntityKind.allCases {
            for id in byKind[kind] ?? [] { result.append((kind, id)) }
        }
        return result
    }

    /// The files of the entities (and the organisation) that differ between two parts of a register: each
    /// encoded as the model writes it, checked by the value rules and decoded alone as a full read decodes it.
    /// Nil for an entity whose id cannot name a file: the full save says why.
    private func changedFiles(from before: Register, to after: Register) throws -> (written: [(path: String, file: EncodedFile)], removed: [String])? {
        var written: [(path: String, file: EncodedFile)] = []
        var removed: [String] = []
        func add(_ path: String, _ bytes: [UInt8]) throws {
            let canonical = try RegisterCodec.canonicalFile(path: path, bytes: bytes, shownIn: folder)
            written.append((path, EncodedFile(bytes: canonical, hash: SHA256.hex(canonical))))
        }
        if after.organisation != before.organisation {
            try ValueRules.check(after.organisation, path: "\(folder)/\(RegisterLayout.organisationFile)")
            try add(RegisterLayout.organisationFile, try RegisterCodec.canonicalBytes(after.organisation))
        }
        func compare<T: ListedEntity>(_ type: T.Type) throws -> Bool {
            let old = Dictionary(before[keyPath: T.list].map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var kept = Set<String>()
            for entity in after[keyPath: T.list] {
                kept.insert(entity.id)
                if old[entity.id] == entity { continue }
                let path = RegisterLayout.path(for: T.kind, id: entity.id)
                guard EntityID.isValid(entity.id) else { return false }
                try ValueRules.check(entity, path: "\(folder)/\(path)")
                try add(path, try RegisterCodec.canonicalBytes(entity))
            }
            for id in old.keys where !kept.contains(id) { removed.append(RegisterLayout.path(for: T.kind, id: id)) }
            return true
        }
        for type in EntityKind.listedTypes where !(try compare(type)) { return nil }
        return (written, removed.sorted())
    }
}
