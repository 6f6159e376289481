import RopaJSON

/// Merges two versions of one register file against their common ancestor, field by field: object members
/// by key, lists of objects (purposes, categories, retention rules, …) by their `id`, lists of plain values
/// (data subjects, processor ids) as sets. Changes to different fields never conflict; where both sides
/// changed the same field to different values, the result holds a conflict marker in that field's place
/// (see `MergeConflict`), which the store reads back as a conflict instead of a JSON error.
public enum ThreeWayMerge {
    public struct Result: Equatable {
        /// The merged value; nil when both sides removed it (or one removed what the other left alone).
        public let value: JSONValue?
        public let conflicts: [MergeConflict]
    }

    /// `base` nil: the value did not exist in the common ancestor (both sides added it).
    public static func merge(base: JSONValue?, mine: JSONValue?, theirs: JSONValue?) -> Result {
        var conflicts: [MergeConflict] = []
        let value = merge(base, mine, theirs, at: [], conflicts: &conflicts)
        return Result(value: value, conflicts: conflicts)
    }

    private static func merge(_ base: JSONValue?, _ mine: JSONValue?, _ theirs: JSONValue?, at path: [MergeConflict.Step],
                              conflicts: inout [MergeConflict]) -> JSONValue? {
        if mine == theirs { return mine }
        if base == mine { return theirs }
        if base == theirs { return mine }
        switch (mine, theirs) {
        case (.object(let left)?, .object(let right)?):
            let ancestor = base?.objectValue ?? [:]
            var result: [String: JSONValue] = [:]
            for key in Set(left.keys).union(right.keys).union(ancestor.keys) {
                result[key] = merge(ancestor[key], left[key], right[key], at: path + [.key(key)], conflicts: &conflicts)
            }
            return .object(result)
        case (.array(let left)?, .array(let right)?):
            let ancestor = base?.arrayValue ?? []
            if let keyed = mergeKeyed(ancestor, left, right, at: path, conflicts: &conflicts) { return keyed }
            if let set = mergeSet(ancestor, left, right) { return set }
        default:
            break
        }
        let conflict = MergeConflict(path: path, base: base, mine: mine, theirs: theirs)
        conflicts.append(conflict)
        return conflict.marker
    }

    /// Lists whose elements all are objects with distinct string ids: merged element by element, in
    /// mine's order with the elements only theirs added after.
    private static func mergeKeyed(_ base: [JSONValue], _ mine: [JSONValue], _ theirs: [JSONValue], at path: [MergeConflict.Step],
                                   conflicts: inout [MergeConflict]) -> JSONValue? {
        guard let baseByID = base.elementsByID, let mineByID = mine.elementsByID, let theirsByID = theirs.elementsByID else { return nil }
        var order = mine.compactMap { $0["id"]?.stringValue }
        var seen = Set(order)
        for element in theirs {
            if let id = element["id"]?.stringValue, seen.insert(id).inserted { order.append(id) }
        }
        // Elements removed by mine but changed by theirs still need a place (as a conflict).
        for element in base {
            if let id = element["id"]?.stringValue, seen.insert(id).inserted { order.append(id) }
        }
        var result: [JSONValue] = []
        for id in order {
            if let merged = merge(baseByID[id], mineByID[id], theirsByID[id], at: path + [.element(id)], conflicts: &conflicts) {
                result.append(merged)
            }
        }
        return .array(result)
    }

    /// Lists of distinct plain values (strings, numbers): what each side added is kept, what each side
    /// removed is gone, in mine's order with theirs' additions after.
    private static func mergeSet(_ base: [JSONValue], _ mine: [JSONValue], _ theirs: [JSONValue]) -> JSONValue? {
        func isPlain(_ list: [JSONValue]) -> Bool {
            list.allSatisfy { value in
                switch value {
                case .object, .array: return false
                default: return true
                }
            } && Set(list.map(CanonicalJSON.compactBytes)).count == list.count
        }
        guard isPlain(base), isPlain(mine), isPlain(theirs) else { return nil }
        let removedByTheirs = base.filter { !theirs.contains($0) }
        var result = mine.filter { !removedByTheirs.contains($0) }
        for value in theirs where !base.contains(value) && !result.contains(value) { result.append(value) }
        return .array(result)
    }
}

/// One field both sides of a merge changed to different values, as the merge leaves it in the file:
/// `{"ropa:conflict": {"field": "purposes[x].lawfulBasis", "base": …, "mine": …, "theirs": …}}` in the
/// field's place (a side that removed the field has no member).
public struct MergeConflict: Equatable, Sendable {
    public enum Step: Equatable, Sendable {
        case key(String)
        case element(String)
    }

    /// The key no register field has (ids and field names never hold a colon).
    public static let markerKey = "ropa:conflict"

    public let path: [Step]
    public let base: JSONValue?
    public let mine: JSONValue?
    public let theirs: JSONValue?

    public init(path: [Step], base: JSONValue?, mine: JSONValue?, theirs: JSONValue?) {
        self.path = path
        self.base = base
        self.mine = mine
        self.theirs = theirs
    }

    /// The field as `ropa set` and `ropa resolve` name it: `purposes[marknadsforing].lawfulBasis`.
    public var field: String { Self.fieldText(path) }

    static func fieldText(_ path: [Step]) -> String {
        var text = ""
        for step in path {
            switch step {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .element(let id): text += "[\(id)]"
            }
        }
        return text
    }

    /// The marker the merge writes in the field's place.
    public var marker: JSONValue {
        var members: [String: JSONValue] = ["field": .string(field)]
        if let base { members["base"] = base }
        if let mine { members["mine"] = mine }
        if let theirs { members["theirs"] = theirs }
        return .object([Self.markerKey: .object(members)])
    }

    /// The conflict a marker value holds, found at `path`.
    static func reading(_ value: JSONValue, at path: [Step]) -> MergeConflict? {
        guard case .object(let members) = value, members.count == 1, let inner = members[markerKey]?.objectValue else { return nil }
        return MergeConflict(path: path, base: inner["base"], mine: inner["mine"], theirs: inner["theirs"])
    }
}
