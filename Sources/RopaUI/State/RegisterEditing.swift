import RopaJSON
import RopaModel
import RopaStore

/// Edits of the register in memory, by entity and JSON path; each returns a new register or throws a
/// message saying why the value cannot be stored.
public enum RegisterEditing {
    public static func json(of ref: EntityRef, in register: Register) -> JSONValue? {
        let encoder = JSONValueEncoder()
        switch ref.kind {
        case .organisation: return try? encoder.encode(register.organisation)
        case .activity: return register.activity(ref.id).flatMap { try? encoder.encode($0) }
        case .processor: return register.processor(ref.id).flatMap { try? encoder.encode($0) }
        case .transfer: return register.transfer(ref.id).flatMap { try? encoder.encode($0) }
        case .jointController: return register.jointController(ref.id).flatMap { try? encoder.encode($0) }
        case .securityMeasure: return register.securityMeasure(ref.id).flatMap { try? encoder.encode($0) }
        }
    }

    public static func name(of ref: EntityRef, in register: Register) -> String? {
        switch ref.kind {
        case .organisation: return register.organisation.name
        case .activity: return register.activity(ref.id)?.name
        case .processor: return register.processor(ref.id)?.name
        case .transfer: return register.transfer(ref.id)?.name
        case .jointController: return register.jointController(ref.id)?.name
        case .securityMeasure: return register.securityMeasure(ref.id)?.name
        }
    }

    /// Sets a value inside an entity (`.null` removes it) and checks the result against the model.
    public static func setting(_ value: JSONValue, at path: [String], of ref: EntityRef, in register: Register) throws -> Register {
        guard let current = json(of: ref, in: register) else { throw StoreError.unknownEntity(ref.id) }
        let updated = try JSONPath.setting(value, at: path, in: current)
        return try replacing(ref, with: updated, in: register)
    }

    /// Replaces an entity with a JSON value, decoded and checked as that kind of entity.
    public static func replacing(_ ref: EntityRef, with value: JSONValue, in register: Register) throws -> Register {
        var result = register
        func replace<T: RegisterEntity>(_ list: inout [T]) throws {
            let entity: T = try decode(value)
            guard let index = list.firstIndex(where: { $0.id == ref.id }) else { throw StoreError.unknownEntity(ref.id) }
            list[index] = entity
        }
        switch ref.kind {
        case .organisation: result.organisation = try decode(value)
        case .activity: try replace(&result.activities)
        case .processor: try replace(&result.processors)
        case .transfer: try replace(&result.transfers)
        case .jointController: try replace(&result.jointControllers)
        case .securityMeasure: try replace(&result.securityMeasures)
        }
        return result
    }

    private static func decode<T: Codable>(_ value: JSONValue) throws -> T {
        do {
            return try JSONValueDecoder().decode(T.self, from: value)
        } catch let problem as JSONDecodingProblem {
            throw StoreError.invalidEdit(problem.text)
        }
    }

    /// Every id in use, so new ids never collide across kinds.
    public static func takenIDs(_ register: Register) -> Set<String> {
        Set(register.entityIndex.map(\.id))
    }

    /// A new entity of a kind with a fresh id and a placeholder name, added to the register.
    public static func adding(_ kind: EntityKind, in register: Register, language: Language) -> (Register, EntityRef)? {
        let taken = takenIDs(register)
        var result = register
        func make(_ sv: String, _ en: String) -> (id: String, name: String) {
            let name = language == .sv ? sv : en
            return (EntityID.unique(from: name, taken: taken), name)
        }
        switch kind {
        case .organisation:
            return nil
        case .activity:
            let new = make("Ny behandling", "New activity")
            result.activities.append(Activity(id: new.id, name: new.name, status: .draft))
            return (result, EntityRef(kind, new.id))
        case .processor:
            let new = make("Nytt biträde", "New processor")
            result.processors.append(Processor(id: new.id, name: new.name))
            return (result, EntityRef(kind, new.id))
        case .transfer:
            let new = make("Ny överföring", "New transfer")
            result.transfers.append(Transfer(id: new.id, name: new.name, recipient: TransferRecipient(kind: .processor)))
            return (result, EntityRef(kind, new.id))
        case .jointController:
            let new = make("Ny gemensamt ansvarig", "New joint controller")
            result.jointControllers.append(JointController(id: new.id, name: new.name))
            return (result, EntityRef(kind, new.id))
        case .securityMeasure:
            let new = make("Ny säkerhetsåtgärd", "New security measure")
            result.securityMeasures.append(SecurityMeasure(id: new.id, name: new.name))
            return (result, EntityRef(kind, new.id))
        }
    }

    /// A copy of an entity under a new id, named "… (kopia)".
    public static func duplicating(_ ref: EntityRef, in register: Register, language: Language) throws -> (Register, EntityRef) {
        guard ref.kind != .organisation, var value = json(of: ref, in: register), let name = value["name"]?.stringValue else {
            throw StoreError.invalidEdit(LocalizedText(BilingualLabel(en: "The organisation cannot be duplicated", sv: "Organisationen kan inte kopieras")))
        }
        let newName = name + (language == .sv ? " (kopia)" : " (copy)")
        let id = EntityID.unique(from: newName, taken: takenIDs(register))
        value = try JSONPath.setting(.string(id), at: ["id"], in: value)
        value = try JSONPath.setting(.string(newName), at: ["name"], in: value)
        var result = register
        func insert<T: RegisterEntity>(_ list: inout [T]) throws {
            let entity: T = try decode(value)
            let index = (list.firstIndex { $0.id == ref.id } ?? list.count - 1) + 1
            list.insert(entity, at: index)
        }
        switch ref.kind {
        case .organisation: break
        case .activity: try insert(&result.activities)
        case .processor: try insert(&result.processors)
        case .transfer: try insert(&result.transfers)
        case .jointController: try insert(&result.jointControllers)
        case .securityMeasure: try insert(&result.securityMeasures)
        }
        return (result, EntityRef(ref.kind, id))
    }

    /// Removes an entity and every reference to it from other entities.
    public static func deleting(_ ref: EntityRef, in register: Register) -> Register {
        var result = register
        let id = ref.id
        switch ref.kind {
        case .organisation: return register
        case .activity: result.activities.removeAll { $0.id == id }
        case .processor: result.processors.removeAll { $0.id == id }
        case .transfer: result.transfers.removeAll { $0.id == id }
        case .jointController: result.jointControllers.removeAll { $0.id == id }
        case .securityMeasure: result.securityMeasures.removeAll { $0.id == id }
        }
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
