import RopaJSON
import RopaModel

/// What a nested object holds when a field inside it is first set: its required fields with the most
/// cautious value (unknown, missing, not checked), so the model accepts it and nothing is claimed.
enum FormDefaults {
    static let cautiousValues = ["unknown", "missing", "notChecked", "pending", "none", "notStarted", "draft"]

    static func object(for fields: [FieldSpec]) -> JSONValue {
        var members: [String: JSONValue] = [:]
        for field in fields {
            switch field {
            case .choice(let key, _, let options, let required) where required:
                let raw = options.first { cautiousValues.contains($0.raw) }?.raw ?? options.first?.raw ?? ""
                members[key] = .string(raw)
            case .number(let key, _):
                members[key] = .int(0)
            case .text(let key, _, let required) where required:
                members[key] = .string("")
            default:
                break
            }
        }
        return .object(members)
    }

    /// The nested objects along `path` (groups and checklist entries), outermost first, with their fields.
    static func containers(along path: [String], in specs: [FieldSpec]) -> [(path: [String], fields: [FieldSpec])] {
        var result: [(path: [String], fields: [FieldSpec])] = []
        var fields = specs
        var prefix: [String] = []
        var index = 0
        while index < path.count {
            let key = path[index]
            guard let spec = fields.first(where: { $0.key == key }) else { break }
            prefix.append(key)
            switch spec {
            case .group(_, _, let inner):
                result.append((prefix, inner))
                fields = inner
                index += 1
            case .list(_, _, _, let inner, _):
                guard index + 1 < path.count else { return result }
                prefix.append(path[index + 1])
                fields = inner
                index += 2
            case .keyed(_, _, _, let inner):
                guard index + 1 < path.count else { return result }
                prefix.append(path[index + 1])
                result.append((prefix, inner))
                fields = inner
                index += 2
            default:
                return result
            }
        }
        return result
    }
}
