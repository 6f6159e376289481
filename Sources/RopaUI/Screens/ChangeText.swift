import RopaJSON
import RopaModel

/// Changes between versions (History) and undone steps, in the words of the form: field labels instead
/// of JSON keys (`DPIA › Needed`, not `dpia.needed`), vocabulary labels instead of raw values, names
/// instead of ids.
public enum ChangeText {
    /// What happened to a field between two versions.
    public enum Action: Sendable { case added, removed, modified, reordered }

    /// One line of a version's diff: a field of an entity, in the form's labels and the form's words for
    /// its values. (The driver, which reads the history, hands each change of the store's diff here.)
    public static func line(kind: EntityKind, entityName: String, field: String, action: Action, old: JSONValue?, new: JSONValue?,
                            register: Register, language: Language) -> String {
        let subject = "\(kind.label.text(language)) '\(TerminalText.escape(entityName))'"
        let (place, spec) = fieldPlace(field, kind: kind, language: language)
        let sv = language == .sv
        func value(_ json: JSONValue?) -> String { ChangeText.value(json, spec: spec, register: register, language: language) }
        switch action {
        case .added: return "+ \(subject) · \(place): \(value(new))"
        case .removed: return "- \(subject) · \(place): \(value(old))"
        case .modified:
            let (before, after) = differingParts(ChangeText.value(old, spec: spec, register: register, language: language, limit: nil),
                                                 ChangeText.value(new, spec: spec, register: register, language: language, limit: nil))
            return "~ \(subject) · \(place): \(before) → \(after)"
        case .reordered: return "~ \(subject) · \(place): " + (sv ? "ny ordning" : "reordered")
        }
    }

    /// A field path as the diff names it (`retention[arenden].period.amount`) in the form's labels
    /// (`Retention › 'arenden' › Period › Amount`), with the spec of the field it ends at.
    static func fieldPlace(_ path: String, kind: EntityKind, language: Language) -> (String, FieldSpec?) {
        var specs = EntityForms.fields(for: kind)
        var labels: [String] = []
        var last: FieldSpec?
        var keyedOptions: [ChoiceOption]?
        for component in path.split(separator: ".").map(String.init) {
            var key = component
            var element: String?
            if let open = component.firstIndex(of: "["), component.hasSuffix("]") {
                key = String(component[..<open])
                element = String(component[component.index(after: open)..<component.index(before: component.endIndex)])
            }
            if let options = keyedOptions, let option = options.first(where: { $0.raw == key }) {
                labels.append(option.label.text(language))
                keyedOptions = nil
                continue
            }
            guard let spec = specs.first(where: { $0.key == key }) else {
                labels.append(TerminalText.escape(component))
                last = nil
                specs = []
                continue
            }
            labels.append(spec.label.text(language) + (element.map { " '\(TerminalText.escape($0))'" } ?? ""))
            last = spec
            switch spec {
            case .group(_, _, let inner): specs = inner
            case .list(_, _, _, let inner, _): specs = element == nil ? [] : inner
            case .keyed(_, _, let keys, let inner):
                specs = inner
                keyedOptions = keys
            default: specs = []
            }
        }
        return (labels.joined(separator: " › "), last)
    }

    /// Two long values around where they differ, each at most `limit` characters: cut at the same length,
    /// a change past it read as the same text twice.
    static func differingParts(_ old: String, _ new: String, limit: Int = 200, context: Int = 60) -> (String, String) {
        guard old.count > limit || new.count > limit else { return (old, new) }
        let a = Array(old), b = Array(new)
        var prefix = 0
        while prefix < min(a.count, b.count), a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(a.count, b.count) - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let start = max(0, prefix - context)
        func part(_ characters: [Character]) -> String {
            let end = min(characters.count, characters.count - suffix + context)
            var text = String(characters[start..<end])
            if text.count > limit { text = String(text.prefix(limit - 1)) + "…" } else if end < characters.count { text += "…" }
            return (start > 0 ? "…" : "") + text
        }
        return (part(a), part(b))
    }

    /// A text naming fields by their paths in parentheses, as the command line needs them ("record the date
    /// (agreement.signedDate)"), with each path the first of `kinds` knows read as the form's labels
    /// ("(Processor agreement › Agreement signed)"); a parenthesis that is no such path stays as it is.
    static func labellingFieldPaths(in text: String, kinds: [EntityKind], language: Language) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            let inner = rest[rest.index(after: open)..<close]
            let isPath = inner.first?.isLowercase == true && inner.allSatisfy { $0.isLetter || $0 == "." }
            let label = isPath ? kinds.lazy.compactMap { kind -> String? in
                let (place, spec) = fieldPlace(String(inner), kind: kind, language: language)
                return spec == nil ? nil : place
            }.first : nil
            result += rest[..<open] + "(" + (label ?? String(inner)) + ")"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// A value as the form shows it; an object as its fields' labels and values; cut at `limit` characters.
    static func value(_ json: JSONValue?, spec: FieldSpec?, register: Register, language: Language, limit: Int? = 200) -> String {
        guard let json, json != .null else { return language == .sv ? "(inget)" : "(none)" }
        let text: String
        switch (spec, json) {
        case (.group(_, _, let inner)?, .object(let members)), (.list(_, _, _, let inner, _)?, .object(let members)):
            text = inner.compactMap { field in
                members[field.key].map { "\(field.label.text(language)): \(value($0, spec: field, register: register, language: language))" }
            }.joined(separator: ", ")
        case (.text?, .string(let string)), (.textList?, .string(let string)):
            text = "'\(string)'"
        case (.references(_, _, let kind)?, .string(let id)):
            text = "'\(FormLayout.referenceName(id, kind: kind, register: register))'"
        case (let spec?, _):
            text = FormLayout.display(spec, json, register: register, language: language)
        case (nil, .string(let string)):
            text = "'\(string)'"
        case (nil, .object(let members)):
            let name = members["name"]?.stringValue ?? members["description"]?.stringValue ?? members["text"]?.stringValue
            text = name.map { "'\($0)'" } ?? String(decoding: CanonicalJSON.compactBytes(json), as: UTF8.self)
        default:
            text = String(decoding: CanonicalJSON.compactBytes(json), as: UTF8.self)
        }
        let safe = TerminalText.escape(text)
        guard let limit, safe.count > limit else { return safe }
        return String(safe.prefix(limit - 1)) + "…"
    }

    /// What an undo or redo changed: the entity and the fields, in the form's words.
    static func summary(from old: Register, to new: Register, language: Language) -> String? {
        var places: [String] = []
        func compare<T: RegisterEntity>(_ before: [T], _ after: [T], _ kind: EntityKind) {
            guard before != after else { return }
            let oldByID = Dictionary(before.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let newByID = Dictionary(after.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let sv = language == .sv
            for entity in after where oldByID[entity.id] == nil {
                places.append("\(kind.label.text(language)) '\(entity.name)' " + (sv ? "tillagd" : "added"))
            }
            for entity in before where newByID[entity.id] == nil {
                places.append("\(kind.label.text(language)) '\(entity.name)' " + (sv ? "borttagen" : "removed"))
            }
            for entity in after {
                guard let previous = oldByID[entity.id], previous != entity else { continue }
                let encoder = JSONValueEncoder()
                let a = (try? encoder.encode(previous))?.objectValue ?? [:]
                let b = (try? encoder.encode(entity))?.objectValue ?? [:]
                let keys = Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
                let fields = keys.map { fieldPlace($0, kind: kind, language: language).0 }
                places.append("\(kind.label.text(language)) '\(entity.name)' · " + fields.joined(separator: ", "))
            }
        }
        if old.organisation != new.organisation {
            places.append(EntityKind.organisation.label.text(language))
        }
        compare(old.activities, new.activities, .activity)
        compare(old.processors, new.processors, .processor)
        compare(old.transfers, new.transfers, .transfer)
        compare(old.jointControllers, new.jointControllers, .jointController)
        compare(old.securityMeasures, new.securityMeasures, .securityMeasure)
        guard !places.isEmpty else { return nil }
        let shown = places.prefix(2).joined(separator: "; ")
        return TerminalText.escape(places.count > 2 ? shown + " …" : shown)
    }
}
