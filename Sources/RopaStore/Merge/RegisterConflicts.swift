import RopaJSON
import RopaModel

/// A conflict a git merge left in one of the register's files, with the entity it belongs to.
public struct FileConflict: Equatable, Sendable {
    /// The file, relative to the register: `activities/kundservice.json`.
    public let file: String
    public let kind: EntityKind?
    /// The entity's id ("register" for the settings file).
    public let entityID: String
    /// The entity's name as the file gives it (mine, when the name itself is in conflict).
    public let entityName: String
    public let conflict: MergeConflict
}

/// How a conflict is settled.
public enum ConflictChoice: Equatable, Sendable {
    case mine
    case theirs
    /// A value of one's own (nil: remove the field).
    case value(JSONValue?)
}

/// Finding and settling the conflicts a field-wise merge left in a register's files.
public enum RegisterConflicts {
    private static let markerBytes = Array("\"\(MergeConflict.markerKey)\"".utf8)

    /// Every conflict in the files, by file and then in the order it appears.
    public static func find(in files: RegisterFiles) -> [FileConflict] {
        var result: [FileConflict] = []
        for path in files.keys.sorted() {
            guard let bytes = files[path], contains(bytes, markerBytes), let value = try? JSONParser.parse(bytes) else { continue }
            let conflicts = find(in: value)
            guard !conflicts.isEmpty else { continue }
            let kind = RegisterLayout.kind(ofFile: path)
            let id = value["id"]?.stringValue ?? RegisterLayout.id(ofFile: path) ?? path
            let name = value["name"]?.stringValue ?? (MergeConflict.reading(value["name"] ?? .null, at: [])?.mine?.stringValue) ?? id
            for conflict in conflicts {
                result.append(FileConflict(file: path, kind: kind, entityID: id, entityName: name, conflict: conflict))
            }
        }
        return result
    }

    /// Every conflict marker inside a value, in document order.
    public static func find(in value: JSONValue) -> [MergeConflict] {
        var found: [MergeConflict] = []
        walk(value, at: []) { conflict in
            found.append(conflict)
            return nil
        }
        return found
    }

    /// The value with the conflicts `choose` settles replaced by the chosen value; the others stay.
    public static func resolving(_ value: JSONValue, _ choose: (MergeConflict) -> ConflictChoice?) -> JSONValue {
        walk(value, at: []) { conflict in
            guard let choice = choose(conflict) else { return nil }
            switch choice {
            case .mine: return .some(conflict.mine)
            case .theirs: return .some(conflict.theirs)
            case .value(let value): return .some(value)
            }
        } ?? value
    }

    /// Walks a value; `visit` answers for each marker what to put in its place (`.some(nil)`: remove it)
    /// or nil to leave it.
    @discardableResult
    private static func walk(_ value: JSONValue, at path: [MergeConflict.Step],
                             _ visit: (MergeConflict) -> JSONValue??) -> JSONValue? {
        switch value {
        case .object(let members):
            var result: [String: JSONValue] = [:]
            for (key, member) in members {
                let here = path + [.key(key)]
                if let conflict = MergeConflict.reading(member, at: here) {
                    if let replacement = visit(conflict) { result[key] = replacement } else { result[key] = member }
                } else {
                    result[key] = walk(member, at: here, visit) ?? member
                }
            }
            return .object(result)
        case .array(let elements):
            var result: [JSONValue] = []
            for (index, element) in elements.enumerated() {
                let probe = MergeConflict.reading(element, at: [])
                let id = probe.flatMap { ($0.mine ?? $0.theirs ?? $0.base)?["id"]?.stringValue } ?? element["id"]?.stringValue ?? "\(index)"
                let here = path + [.element(id)]
                if let conflict = MergeConflict.reading(element, at: here) {
                    if let replacement = visit(conflict) {
                        if let replacement { result.append(replacement) }
                    } else {
                        result.append(element)
                    }
                } else {
                    result.append(walk(element, at: here, visit) ?? element)
                }
            }
            return .array(result)
        default:
            return value
        }
    }

    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var index = 0
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    /// A side's value as a message shows it: text in quotes, anything else as compact JSON, escaped for
    /// the terminal; a side that removed the field reads "(removed)".
    public static func display(_ value: JSONValue?, language: Language) -> String {
        guard let value else { return StoreMessage.conflictRemoved.text(language) }
        if case .string(let text) = value { return "'\(TerminalText.escape(text))'" }
        return TerminalText.escape(String(decoding: CanonicalJSON.compactBytes(value), as: UTF8.self))
    }

    /// "Activity 'Kundservice' (kundservice) · name: mine 'A', theirs 'B'".
    public static func line(_ conflict: FileConflict, language: Language) -> String {
        let entity = conflict.kind.map { "\($0.label.text(language)) '\(TerminalText.escape(conflict.entityName))' (\(conflict.entityID))" }
            ?? conflict.file
        return StoreMessage.conflictLine.text(language, entity, TerminalText.escape(conflict.conflict.field),
                                         display(conflict.conflict.mine, language: language),
                                         display(conflict.conflict.theirs, language: language))
    }
}

extension RegisterStore {
    /// Runs a decode of `files`; when it fails and the files hold merge conflicts, the conflicts are the
    /// error (entity, field and both values), not the unknown field the marker is to the decoder.
    static func conflictsExplained<T>(_ files: RegisterFiles, folder: String, _ decode: () throws -> T) throws -> T {
        do {
            return try decode()
        } catch {
            let conflicts = RegisterConflicts.find(in: files)
            if !conflicts.isEmpty { throw StoreError.mergeConflicts(path: folder, conflicts: conflicts) }
            throw error
        }
    }
}
