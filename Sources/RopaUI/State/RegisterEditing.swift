import RopaJSON
import RopaModel

/// Edits of the register in memory, by entity and JSON path; each returns a new register or throws a
/// message saying why the value cannot be stored.
public enum RegisterEditing {
    public static func json(of ref: EntityRef, in register: Register) -> JSONValue? {
        let encoder = JSONValueEncoder()
        guard let type = ref.kind.listedType else { return try? encoder.encode(register.organisation) }
        func encoded<T: ListedEntity>(_ type: T.Type) -> JSONValue? { register.entity(type, id: ref.id).flatMap { try? encoder.encode($0) } }
        return encoded(type)
    }

    public static func name(of ref: EntityRef, in register: Register) -> String? {
        guard let type = ref.kind.listedType else { return register.organisation.name }
        func name<T: ListedEntity>(_ type: T.Type) -> String? { register.entity(type, id: ref.id)?.name }
        return name(type)
    }

    /// Sets a value inside an entity (`.null` removes it) and checks the result against the model.
    public static func setting(_ value: JSONValue, at path: [String], of ref: EntityRef, in register: Register) throws -> Register {
        guard let current = json(of: ref, in: register) else { throw EditError.unknownEntity(ref.id) }
        let updated = try JSONPath.setting(value, at: path, in: current)
        return try replacing(ref, with: updated, in: register)
    }

    /// Replaces an entity with a JSON value, decoded and checked as that kind of entity.
    public static func replacing(_ ref: EntityRef, with value: JSONValue, in register: Register) throws -> Register {
        var result = register
        guard let type = ref.kind.listedType else {
            result.organisation = try decode(value)
            return result
        }
        try replace(type, ref.id, with: value, in: &result)
        return result
    }

    /// An activity from a JSON value, checked as `replacing` checks it.
    public static func activity(from value: JSONValue) throws -> Activity {
        try decode(value)
    }

    /// Puts `value`, decoded as a `T`, in the place of the entity with id `id`.
    private static func replace<T: ListedEntity>(_ type: T.Type, _ id: String, with value: JSONValue, in register: inout Register) throws {
        let entity: T = try decode(value)
        guard let index = Register.position(in: register[keyPath: T.list], id: id) else { throw EditError.unknownEntity(id) }
        register[keyPath: T.list][index] = entity
    }

    private static func decode<T: Codable>(_ value: JSONValue) throws -> T {
        do {
            return try JSONValueDecoder().decode(T.self, from: value)
        } catch let problem as JSONDecodingProblem {
            throw EditError.invalid(problem.text)
        }
    }

    /// Every id in use, so new ids never collide across kinds.
    public static func takenIDs(_ register: Register) -> Set<String> {
        Set(register.entityIndex.map(\.id))
    }

    /// What a new, not yet named entity of a kind is called on screen ("New activity").
    public static func newTitle(_ kind: EntityKind, language: Language) -> String {
        let sv = language == .sv
        switch kind {
        case .organisation: return sv ? "Organisation" : "Organisation"
        case .activity: return sv ? "Ny behandling" : "New activity"
        case .processor: return sv ? "Nytt biträde" : "New processor"
        case .transfer: return sv ? "Ny överföring" : "New transfer"
        case .jointController: return sv ? "Ny gemensamt ansvarig" : "New joint controller"
        case .securityMeasure: return sv ? "Ny säkerhetsåtgärd" : "New security measure"
        }
    }

    /// A draft of a new entity: an empty name and a provisional id that is replaced by one made from the
    /// name once the name is given (`naming`). The placeholder never becomes the name or the id.
    public static func adding(_ kind: EntityKind, in register: Register) -> (Register, EntityRef)? {
        let id = EntityID.unique(from: "draft-\(kind.rawValue)", taken: takenIDs(register))
        guard let type = kind.listedType else { return nil }
        var result = register
        func append<T: ListedEntity>(_ type: T.Type) { result[keyPath: T.list].append(T.draft(id: id)) }
        append(type)
        return (result, EntityRef(kind, id))
    }

    /// Gives an entity a new id and makes every reference to it follow. Only for entities never saved:
    /// a saved id is in documents, other registers and people's hands.
    public static func renaming(_ ref: EntityRef, to newID: String, in register: Register) throws -> (Register, EntityRef) {
        guard newID != ref.id else { return (register, ref) }
        guard EntityID.isValid(newID) else {
            throw EditError.invalid(LocalizedText(BilingualText(
                en: "an id is lower-case letters, digits and hyphens (e.g. loneadministration)",
                sv: "ett id består av små bokstäver, siffror och bindestreck (t.ex. loneadministration)")))
        }
        guard !takenIDs(register).contains(newID) else {
            throw EditError.invalid(LocalizedText(BilingualText(en: "the id '\(newID)' is already in use", sv: "id:t '\(newID)' används redan")))
        }
        guard var value = json(of: ref, in: register) else { throw EditError.unknownEntity(ref.id) }
        value = try JSONPath.setting(.string(newID), at: ["id"], in: value)
        guard let type = ref.kind.listedType else { return (register, ref) }
        var result = register
        try replace(type, ref.id, with: value, in: &result)
        let old = ref.id
        func follow(_ ids: inout [String]) { ids = ids.map { $0 == old ? newID : $0 } }
        for index in result.activities.indices {
            follow(&result.activities[index].processorIds)
            follow(&result.activities[index].transferIds)
            follow(&result.activities[index].jointControllerIds)
            follow(&result.activities[index].securityMeasureIds)
        }
        for index in result.processors.indices where result.processors[index].parentProcessorId == old {
            result.processors[index].parentProcessorId = newID
        }
        for index in result.transfers.indices where result.transfers[index].recipient.id == old {
            result.transfers[index].recipient.id = newID
        }
        for index in result.jointControllers.indices {
            follow(&result.jointControllers[index].activityIds)
            follow(&result.jointControllers[index].transferIds)
        }
        return (result, EntityRef(ref.kind, newID))
    }

    /// A copy of an entity under a new id, named "… (kopia)".
    public static func duplicating(_ ref: EntityRef, in register: Register, language: Language) throws -> (Register, EntityRef) {
        guard ref.kind != .organisation, var value = json(of: ref, in: register), let name = value["name"]?.stringValue else {
            throw EditError.invalid(LocalizedText(BilingualText(en: "The organisation cannot be duplicated", sv: "Organisationen kan inte kopieras")))
        }
        let newName = name + (language == .sv ? " (kopia)" : " (copy)")
        let id = EntityID.unique(from: newName, taken: takenIDs(register))
        value = try JSONPath.setting(.string(id), at: ["id"], in: value)
        value = try JSONPath.setting(.string(newName), at: ["name"], in: value)
        var result = register
        func insert<T: ListedEntity>(_ type: T.Type) throws {
            let entity: T = try decode(value)
            let index = (result[keyPath: T.list].firstIndex { $0.id == ref.id } ?? result[keyPath: T.list].count - 1) + 1
            result[keyPath: T.list].insert(entity, at: index)
        }
        if let type = ref.kind.listedType { try insert(type) }
        return (result, EntityRef(ref.kind, id))
    }

    /// Removes an entity and every reference to it from other entities.
    public static func deleting(_ ref: EntityRef, in register: Register) -> Register {
        guard let type = ref.kind.listedType else { return register }
        var result = register
        let id = ref.id
        func remove<T: ListedEntity>(_ type: T.Type) { result[keyPath: T.list].removeAll { $0.id == id } }
        remove(type)
        for index in result.activities.indices {
            result.activities[index].processorIds.removeAll { $0 == id }
            result.activities[index].transferIds.removeAll { $0 == id }
            result.activities[index].jointControllerIds.removeAll { $0 == id }
            result.activities[index].securityMeasureIds.removeAll { $0 == id }
        }
        for index in result.processors.indices where result.processors[index].parentProcessorId == id {
            result.processors[index].parentProcessorId = nil
        }
        for index in result.transfers.indices where result.transfers[index].recipient.id == id {
            result.transfers[index].recipient.id = nil
        }
        for index in result.jointControllers.indices {
            result.jointControllers[index].activityIds.removeAll { $0 == id }
            result.jointControllers[index].transferIds.removeAll { $0 == id }
        }
        return result
    }
}
