import RopaJSON
import RopaModel

/// The whole register as one canonical JSON document, entities sorted by id.
public enum JSONExporter {
    public static func export(_ register: Register) throws -> [UInt8] {
        let encoder = JSONValueEncoder()
        func list<T: RegisterEntity>(_ entities: [T]) throws -> JSONValue {
            .array(try entities.sorted { $0.id < $1.id }.map { try encoder.encode($0) })
        }
        let document: JSONValue = .object([
            "organisation": try encoder.encode(register.organisation),
            "activities": try list(register.activities),
            "processors": try list(register.processors),
            "transfers": try list(register.transfers),
            "jointControllers": try list(register.jointControllers),
            "securityMeasures": try list(register.securityMeasures),
        ])
        return CanonicalJSON.bytes(document)
    }
}
