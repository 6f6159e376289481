import Foundation
import RopaHash
import RopaJSON
import RopaModel

/// What an edit of one entity, read alone from its file, did.
public enum TouchedEntityEdit: Equatable {
    case saved(RegisterStore.SaveResult)
    /// The entity already was as asked: no version recorded.
    case unchanged
    /// The register is in a state only a full edit handles (see `TouchedFileSave`), or has no such entity
    /// (the full edit says what is wrong): the caller edits the whole register instead.
    case needsFullSave
}

extension RegisterStore {
    /// Changes one entity of type `T` (a processor, an activity, …) read alone from its file, with the
    /// register's settings, as one version, when the register's files are those of its only head: what
    /// `ropa review --mark-reviewed` records, paying for one file as `ropa set` does. `change` gets the
    /// settings and the entity, changes it and returns the version's message. Taken under the write lock
    /// and written by the transaction every save ends in (see TouchedFileSaves.swift); the entity is decoded
    /// and checked as a full read checks it, before and after the change.
    public func editEntityTouched<T: RegisterEntity>(_ type: T.Type, id: String, author: @autoclosure () -> String, time: Date = Date(),
                                                     change: (RegisterSettings, inout T) throws -> String) throws -> TouchedEntityEdit {
        let outcome = try touchedFileSave { base in
            guard base.tree.matchesHead, EntityID.isValid(id), let entityFolder = T.kind.folder else { return .needsFullSave }
            let path = "\(entityFolder)/\(id).json"
            guard base.tree.hashes[path] != nil else { return .needsFullSave }
            let bytes = try content(of: path, in: base.tree)
            let shown = "\(folder)/\(path)"
            var (entity, _): (T, Bool) = try RegisterCodec.decodeEntity(try RegisterCodec.parse(bytes, path: shown), path: path, shown: shown)
            let message = try change(base.settings, &entity)
            guard entity.id == id else { return .needsFullSave }
            // Checked again as it will be read: the change must leave a file a full read accepts.
            let canonical = try RegisterCodec.canonicalFile(path: path, bytes: try RegisterCodec.canonicalBytes(entity), shownIn: folder)
            guard canonical != bytes else { return .nothingToSave }
            let file = EncodedFile(bytes: canonical, hash: SHA256.hex(canonical))
            return .saved(try recordTouched(written: [(path, file)], removed: [], base: base, message: message, author: author(), time: time))
        }
        switch outcome {
        case .saved(let result): return .saved(result)
        case .nothingToSave, .refused: return .unchanged
        case .needsFullSave, .needsWholeHistory: return .needsFullSave
        }
    }
}
