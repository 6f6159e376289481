import RopaJSON
import RopaModel

/// The whole register as one canonical JSON document, entities sorted by id.
public enum JSONExporter {
    public static func export(_ register: Register) throws -> [UInt8] {
        let encoder = JSONValueEncoder()
        var members: [String: JSONValue] = ["organisation": try encoder.encode(register.organisation)]
        func list<T: ListedEntity>(_ type: T.Type) throws {
            members[T.listKey] = .array(try register[keyPath: T.list].sorted { $0.id < $1.id }.map { try encoder.encode($0) })
        }
        for type in EntityKind.listedTypes { try list(type) }
        return CanonicalJSON.bytes(.object(members))
    }
}
