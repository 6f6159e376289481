import RopaJSON
import RopaModel

/// A field that both the sheet and the register changed since the version the sheet was exported from.
public struct MergeConflict: Equatable, Sendable {
    public let kind: EntityKind
    public let id: String
    public let name: String
    /// The field as the register's files name it ("owner", "purposes").
    public let field: String
    /// The value the sheet gives it, and the one the register has now (kept), as short text.
    public let sheet: LocalizedText
    public let register: LocalizedText
}

/// Applies what a sheet changed relative to the version it was exported from on top of the register as it is
/// now (three-way, entity by entity and field by field, keyed by ids), so that an old sheet never reverts newer
/// work. A field that both changed is a conflict: the register's value is kept, and the conflict is named.
public enum SheetMerge {
    public static func merge(mine: Register, base: Register, head: Register) -> (register: Register, conflicts: [MergeConflict]) {
        var conflicts: [MergeConflict] = []
        var result = head
        result.organisation = entity(mine.organisation, base.organisation, head.organisation, &conflicts) ?? head.organisation
        func merge<Entity: ListedEntity>(_ type: Entity.Type) {
            let list = Entity.list
            result[keyPath: list] = self.list(mine[keyPath: list], base[keyPath: list], head[keyPath: list], &conflicts)
        }
        for type in EntityKind.listedTypes { merge(type) }
        return (result, conflicts)
    }

    private static func list<Entity: RegisterEntity>(_ mine: [Entity], _ base: [Entity], _ head: [Entity], _ conflicts: inout [MergeConflict]) -> [Entity] {
        let baseByID = Dictionary(base.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var result = head
        var positions = Dictionary(head.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for entity in mine {
            let original = baseByID[entity.id]
            if let original, original == entity { continue }
            if let position = positions[entity.id] {
                if let merged = self.entity(entity, original, result[position], &conflicts) { result[position] = merged }
            } else if original == nil {
                positions[entity.id] = result.count
                result.append(entity)
            } else {
                // Deleted in the register since the sheet was made, and changed in the sheet: stays deleted.
                conflicts.append(MergeConflict(kind: Entity.kind, id: entity.id, name: entity.name, field: "",
                                               sheet: LocalizedText(.importConflictChanged), register: LocalizedText(.importConflictDeleted)))
            }
        }
        return result
    }

    /// The entity with the sheet's changes to each top-level field applied where the register left the field as
    /// it was; nil when it cannot be encoded (never for register entities).
    private static func entity<Entity: RegisterEntity>(_ mine: Entity, _ base: Entity?, _ head: Entity, _ conflicts: inout [MergeConflict]) -> Entity? {
        if mine == head { return head }
        guard case .object(let mineFields)? = try? JSONValueEncoder().encode(mine),
              case .object(let headFields)? = try? JSONValueEncoder().encode(head) else { return nil }
        var baseFields: [String: JSONValue] = [:]
        if let base, case .object(let fields)? = try? JSONValueEncoder().encode(base) { baseFields = fields }
        var merged = headFields
        for key in Set(mineFields.keys).union(headFields.keys).union(baseFields.keys).sorted() {
            let mineValue = mineFields[key], baseValue = base == nil ? headFields[key] : baseFields[key], headValue = headFields[key]
            guard mineValue != baseValue, mineValue != headValue else { continue }
            if headValue == baseValue {
                merged[key] = mineValue
            } else {
                conflicts.append(MergeConflict(kind: Entity.kind, id: head.id, name: head.name, field: key,
                                               sheet: .verbatim(show(mineValue)), register: .verbatim(show(headValue))))
            }
        }
        return try? JSONValueDecoder().decode(Entity.self, from: .object(merged))
    }

    /// A value in a line: text in quotes, lists of text joined, other values as compact JSON.
    static func show(_ value: JSONValue?) -> String {
        switch value {
        case nil, .null?: return "—"
        case .string(let text)?: return "'\(TerminalText.escape(text.count > 60 ? String(text.prefix(59)) + "…" : text))'"
        case .array(let items)? where items.allSatisfy({ if case .string = $0 { return true } else { return false } }):
            return "'" + TerminalText.escape(items.compactMap { if case .string(let text) = $0 { return text } else { return nil } }.joined(separator: "; ")) + "'"
        case .bool(let flag)?: return flag ? "true" : "false"
        case .int(let number)?: return String(number)
        case .double(let number)?: return String(number)
        case .array(let items)?: return "[\(items.count)]"
        case .object?: return "{…}"
        }
    }
}
