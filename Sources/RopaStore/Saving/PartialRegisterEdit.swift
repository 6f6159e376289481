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
}

/// Part of a register as one version has it, decoded with every check a full read makes of those files.
public struct PartialRegister {
    /// The settings, organisation and reference data, and the entities of the part (in path order, as a full
    /// read lists them).
    public let register: Register
    /// Every entity of the version, read or not, in the order of `Register.entityIndex`: the organisation,
    /// then each kind's ids.
    public let entityIDs: [(kind: EntityKind, id: String)]
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
    /// than for the whole register. `change` gets the part as the head has it, and `partAt` to read the same
    /// part as another version has it (from the history); it returns the part changed. The entities that
    /// differ from the head's are encoded, checked as a full read checks them and recorded through the
    /// transaction every save ends in (see TouchedFileSaves.swift). Entities the part does not hold are not
    /// touched; an entity missing from the result is removed.
    public func editPartTouched(_ part: RegisterPart, author: String, time: Date = Date(),
                                change: (_ head: PartialRegister, _ partAt: (String) throws -> PartialRegister) throws -> PartialEditOutcome) throws -> PartialEdit {
        // The import names versions by their stamps and reads their files: it needs the history whole.
        let outcome = try touchedFileSave(needingWholeHistory: true) { base in
            guard base.tree.matchesHead else { return .needsFullSave }
            var headFiles: RegisterFiles = [:]
            for path in base.tree.hashes.keys where part.includes(path) { headFiles[path] = try content(of: path, in: base.tree) }
            let headRegister = try RegisterCodec.decode(headFiles, folder: folder)
            let head = PartialRegister(register: headRegister,
                                       entityIDs: RegisterStore.entityIDs(paths: base.tree.hashes.keys, organisation: headRegister.organisation.id))
            let partAt = { (version: String) throws -> PartialRegister in
                // The version's files from the head's and the records since it (the history is read whole
                // here): applying every record from the first was most of reading an old part.
                let (manifest, writtenBy) = try self.history.manifest(at: version, from: base.head, files: base.tree.head)
                    ?? (self.history.manifest(at: version), [:])
                let register = try self.partialRegister(part, at: version, manifest: manifest, writtenBy: writtenBy, head: headRegister,
                                                        headFiles: headFiles, tree: base.tree)
                return PartialRegister(register: register, entityIDs: RegisterStore.entityIDs(paths: manifest.keys, organisation: register.organisation.id))
            }
            switch try change(head, partAt) {
            case .refused:
                return .refused
            case .needsFullSave:
                return .needsFullSave
            case .save(let changed, let message):
                guard changed.settings == head.register.settings, changed.countryList == head.register.countryList else { return .needsFullSave }
                guard let (written, removed) = try changedFiles(from: head.register, to: changed) else { return .needsFullSave }
                if written.isEmpty && removed.isEmpty { return .nothingToSave }
                guard removed.allSatisfy(RegisterStore.isDecodedAlone), !removed.contains(RegisterLayout.organisationFile) else { return .needsFullSave }
                return .saved(try recordTouched(written: written, removed: removed, base: base, message: message, author: author, time: time))
            }
        }
        switch outcome {
        case .saved(let result): return .saved(result)
        case .refused: return .refused
        case .nothingToSave: return .unchanged
        case .needsFullSave, .needsWholeHistory: return .needsFullSave
        }
    }

    /// The part of the register as the version `version` has it. The files it shares with the head are the
    /// ones just read: their entities are taken from `head`, and only the others are read from the history
    /// (checked against their hashes) and decoded, unless the version has other settings (another schema
    /// version reads every file differently).
    private func partialRegister(_ part: RegisterPart, at version: String, manifest: [String: String], writtenBy: [String: String],
                                 head: Register, headFiles: RegisterFiles, tree: WorkingTree) throws -> Register {
        let shown = "\(folder)@\(version)"
        let sameSettings = manifest[RegisterLayout.settingsFile] == tree.hashes[RegisterLayout.settingsFile]
        var files: RegisterFiles = [:]
        var shared = Set<String>()
        for (path, object) in manifest where part.includes(path) {
            if sameSettings, tree.hashes[path] == object, headFiles[path] != nil, RegisterLayout.entity(ofFile: path) != nil {
                shared.insert(path)
            } else if tree.hashes[path] == object, let bytes = headFiles[path] {
                files[path] = bytes
            } else {
                files[path] = try history.object(object, writtenBy: writtenBy[path])
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
