/// Reads and writes inside a JSON value by path: object members by key, list elements by their `id`
/// or by index. Shared by `ropa set` and the UI's forms, so both edit entities the same way.
public enum JSONPath {
    /// Why a path cannot be set; its words are in the message catalogue (`JSONPath.Failure.text`).
    public enum Failure: Error, Equatable, Sendable {
        /// The list at `walked` has no element with the id or index `key`.
        case noElement(walked: [String], key: String)
        /// The value at `walked`, of type `found` ("string", …), holds no member `key`.
        case notAContainer(walked: [String], key: String, found: String)
    }

    public static func value(at path: [String], in root: JSONValue) -> JSONValue? {
        var current = root
        for key in path {
            switch current {
            case .object(let members):
                guard let next = members[key] else { return nil }
                current = next
            case .array(let elements):
                guard let index = index(of: key, in: elements) else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }

    /// A copy of `root` with `value` at `path`, creating objects on the way; `.null` removes the member
    /// or list element.
    public static func setting(_ value: JSONValue, at path: [String], in root: JSONValue) throws(Failure) -> JSONValue {
        try set(value, at: path[...], in: root, walked: [])
    }

    static func index(of key: String, in elements: [JSONValue]) -> Int? {
        elements.firstIndex { $0["id"]?.stringValue == key } ?? Int(key).flatMap { $0 >= 0 && $0 < elements.count ? $0 : nil }
    }

    private static func set(_ value: JSONValue, at path: ArraySlice<String>, in container: JSONValue, walked: [String]) throws(Failure) -> JSONValue {
        guard let key = path.first else { return value }
        let rest = path.dropFirst()
        switch container {
        case .object(var members):
            if rest.isEmpty {
                members[key] = value == .null ? nil : value
            } else {
                members[key] = try set(value, at: rest, in: members[key] ?? .object([:]), walked: walked + [key])
            }
            return .object(members)
        case .array(var elements):
            guard let index = index(of: key, in: elements) else {
                throw .noElement(walked: walked, key: key)
            }
            if rest.isEmpty {
                if value == .null { elements.remove(at: index) } else { elements[index] = value }
            } else {
                elements[index] = try set(value, at: rest, in: elements[index], walked: walked + [key])
            }
            return .array(elements)
        default:
            throw .notAContainer(walked: walked, key: key, found: container.typeName)
        }
    }
}
