import RopaJSON
import RopaModel

/// One difference between two states of a register, keyed by entity id and field path, never by position.
public struct Change: Equatable, Sendable {
    public enum Action: String, Sendable { case added, removed, modified, reordered }

    /// The kind of entity, or nil for register settings and reference data.
    public let kind: EntityKind?
    public let file: String
    public let entityID: String?
    public let entityName: String
    public let action: Action
    /// The field path inside the entity, e.g. `retention[kundarende].text`; nil for a whole entity.
    public let field: String?
    public let old: JSONValue?
    public let new: JSONValue?
}

/// Compares register files structurally: entities by id, nested lists of objects by their `id`,
/// lists of values as sets.
public enum StructuralDiff {
    public static func changes(from old: RegisterFiles, to new: RegisterFiles) -> [Change] {
        var result: [Change] = []
        for path in Set(old.keys).union(new.keys).sorted(by: fileOrder) {
            let before = old[path], after = new[path]
            if before == after { continue }
            let oldValue = before.flatMap { try? JSONParser.parse($0) }
            let newValue = after.flatMap { try? JSONParser.parse($0) }
            let kind = RegisterLayout.kind(ofFile: path)
            let name = (newValue?["name"]?.stringValue ?? oldValue?["name"]?.stringValue) ?? path
            let id = (newValue?["id"]?.stringValue ?? oldValue?["id"]?.stringValue)
            func change(_ action: Change.Action, field: String?, old: JSONValue?, new: JSONValue?) -> Change {
                Change(kind: kind, file: path, entityID: id, entityName: name, action: action, field: field, old: old, new: new)
            }
            switch (oldValue, newValue) {
            case (nil, .some(let value)):
                result.append(change(.added, field: nil, old: nil, new: value))
            case (.some(let value), nil):
                result.append(change(.removed, field: nil, old: value, new: nil))
            case (.some(let oldTree), .some(let newTree)):
                var fieldChanges: [(Change.Action, String, JSONValue?, JSONValue?)] = []
                compare(oldTree, newTree, path: "", into: &fieldChanges)
                result += fieldChanges.map { change($0.0, field: $0.1, old: $0.2, new: $0.3) }
            case (nil, nil):
                result.append(change(.modified, field: nil, old: nil, new: nil))
            }
        }
        return result
    }

    /// Settings first, then the organisation, then entities folder by folder.
    static func fileOrder(_ lhs: String, _ rhs: String) -> Bool {
        func rank(_ path: String) -> Int {
            if path == RegisterLayout.settingsFile { return 0 }
            if path == RegisterLayout.organisationFile { return 1 }
            if let kind = RegisterLayout.kind(ofFile: path), let index = EntityKind.allCases.firstIndex(of: kind) { return 2 + index }
            return 10
        }
        let left = rank(lhs), right = rank(rhs)
        return left == right ? lhs < rhs : left < right
    }

    private static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    private static func compare(_ old: JSONValue, _ new: JSONValue, path: String,
                                into changes: inout [(Change.Action, String, JSONValue?, JSONValue?)]) {
        if old == new { return }
        switch (old, new) {
        case (.object(let before), .object(let after)):
            for key in Set(before.keys).union(after.keys).sorted(by: canonicalKeyOrder) {
                let field = join(path, key)
                switch (before[key], after[key]) {
                case (nil, .some(let value)): changes.append((.added, field, nil, value))
                case (.some(let value), nil): changes.append((.removed, field, value, nil))
                case (.some(let left), .some(let right)): compare(left, right, path: field, into: &changes)
                case (nil, nil): break
                }
            }
        case (.array(let before), .array(let after)):
            if let beforeByID = before.elementsByID, let afterByID = after.elementsByID {
                compareKeyed(before: before, after: after, beforeByID: beforeByID, afterByID: afterByID, path: path, into: &changes)
            } else {
                compareValues(before: before, after: after, path: path, into: &changes)
            }
        default:
            changes.append((.modified, path, old, new))
        }
    }

    private static func compareKeyed(before: [JSONValue], after: [JSONValue], beforeByID: [String: JSONValue],
                                     afterByID: [String: JSONValue], path: String,
                                     into changes: inout [(Change.Action, String, JSONValue?, JSONValue?)]) {
        let beforeOrder = before.compactMap { $0["id"]?.stringValue }
        let afterOrder = after.compactMap { $0["id"]?.stringValue }
        for id in beforeOrder where afterByID[id] == nil {
            changes.append((.removed, "\(path)[\(id)]", beforeByID[id], nil))
        }
        for id in afterOrder {
            guard let newElement = afterByID[id] else { continue }
            if let oldElement = beforeByID[id] {
                compare(oldElement, newElement, path: "\(path)[\(id)]", into: &changes)
            } else {
                changes.append((.added, "\(path)[\(id)]", nil, newElement))
            }
        }
        let common = Set(beforeOrder).intersection(afterOrder)
        if beforeOrder.filter(common.contains) != afterOrder.filter(common.contains) {
            changes.append((.reordered, path, .array(before), .array(after)))
        }
    }

    private static func compareValues(before: [JSONValue], after: [JSONValue], path: String,
                                      into changes: inout [(Change.Action, String, JSONValue?, JSONValue?)]) {
        var remaining = after
        var removed: [JSONValue] = []
        for element in before {
            if let index = remaining.firstIndex(of: element) {
                remaining.remove(at: index)
            } else {
                removed.append(element)
            }
        }
        // A single replaced value reads best as "old → new".
        if removed.count == 1, remaining.count == 1, before.count == after.count {
            changes.append((.modified, path, removed[0], remaining[0]))
            return
        }
        for element in removed { changes.append((.removed, path, element, nil)) }
        for element in remaining { changes.append((.added, path, nil, element)) }
        if removed.isEmpty, remaining.isEmpty, before != after {
            changes.append((.reordered, path, .array(before), .array(after)))
        }
    }
}
