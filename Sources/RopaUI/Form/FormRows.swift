import RopaJSON
import RopaModel

/// One line of an edit form.
public struct FormRow: Sendable {
    public enum Kind: Equatable, Sendable {
        /// An editable value.
        case field
        /// The title of a group, list or checklist.
        case header
        /// One object of a list (purposes, data categories …): `d` removes it, `K`/`J` move it.
        case item
        /// One text of a list of texts (data subjects …): Enter edits, `d` removes, `K`/`J` move.
        case textItem
        /// "+ add": Enter adds an element to the list at `path`.
        case add
    }

    public let kind: Kind
    /// Where the value lives in the entity's JSON (for `.add`: the list; for `.item`: the element).
    public let path: [String]
    public let label: String
    public let value: String
    public let depth: Int
    /// The field's description, for fields and add rows.
    public let spec: FieldSpec?

    /// The dotted path, as validation findings name fields.
    public var pathText: String { path.joined(separator: ".") }
}

/// Lays out a form for an entity from its field specifications and current JSON.
public enum FormLayout {
    public static func rows(for ref: EntityRef, in register: Register, language: Language) -> [FormRow] {
        rows(for: ref, in: register, language: language, kinds: nil)
    }

    /// `kinds`, when given, is the first kind of each id of `register` (as `Register.entityIndex` lists
    /// them): references are then named from their own kind's list instead of searching every entity.
    static func rows(for ref: EntityRef, in register: Register, language: Language, kinds: [String: EntityKind]?) -> [FormRow] {
        guard let value = RegisterEditing.json(of: ref, in: register) else { return [] }
        var rows: [FormRow] = [FormRow(kind: .header, path: ["id"], label: "id", value: ref.id, depth: 0, spec: nil)]
        rows += layout(EntityForms.fields(for: ref.kind), value: value, path: [], depth: 0, register: register, language: language, kinds: kinds)
        if ref.kind == .transfer {
            let hidden = SafeguardFields.hiddenPaths(in: value)
            // A hidden group takes its fields with it.
            rows.removeAll { row in hidden.contains { row.path.starts(with: $0) } }
        }
        return rows
    }

    private static func layout(_ specs: [FieldSpec], value: JSONValue?, path: [String], depth: Int,
                               register: Register, language: Language, kinds: [String: EntityKind]?) -> [FormRow] {
        var rows: [FormRow] = []
        for spec in specs {
            let key = spec.key
            let member = value?[key]
            let here = path + [key]
            let label = spec.label.text(language)
            switch spec {
            case .group(_, _, let fields):
                rows.append(FormRow(kind: .header, path: here, label: label, value: member == nil ? "—" : "", depth: depth, spec: spec))
                rows += layout(fields, value: member, path: here, depth: depth + 1, register: register, language: language, kinds: kinds)
            case .list(_, _, let item, let fields, _):
                let elements = member?.arrayValue ?? []
                rows.append(FormRow(kind: .header, path: here, label: label, value: "(\(elements.count))", depth: depth, spec: spec))
                for element in elements {
                    let id = element["id"]?.stringValue ?? ""
                    let title = fields.first.flatMap { element[$0.key]?.stringValue } ?? id
                    rows.append(FormRow(kind: .item, path: here + [id], label: item.text(language), value: title, depth: depth + 1, spec: spec))
                    rows += layout(fields, value: element, path: here + [id], depth: depth + 2, register: register, language: language, kinds: kinds)
                }
                rows.append(FormRow(kind: .add, path: here, label: "+ " + (language == .sv ? "lägg till " : "add ") + item.text(language), value: "", depth: depth + 1, spec: spec))
            case .keyed(_, _, let keys, let fields):
                rows.append(FormRow(kind: .header, path: here, label: label, value: "", depth: depth, spec: spec))
                for option in keys {
                    // A letter names its clause, "(a) …"; a longer key (an unlettered item of Art 28(3)) is not shown.
                    let title = option.raw.count == 1 ? "(\(option.raw)) \(option.label.text(language))" : option.label.text(language)
                    rows.append(FormRow(kind: .header, path: here + [option.raw], label: title, value: "", depth: depth + 1, spec: nil))
                    rows += layout(fields, value: member?[option.raw], path: here + [option.raw], depth: depth + 2, register: register, language: language, kinds: kinds)
                }
            case .textList:
                let elements = member?.arrayValue ?? []
                rows.append(FormRow(kind: .header, path: here, label: label, value: "(\(elements.count))", depth: depth, spec: spec))
                for (index, element) in elements.enumerated() {
                    rows.append(FormRow(kind: .textItem, path: here + ["\(index)"], label: "•", value: element.stringValue ?? "", depth: depth + 1, spec: spec))
                }
                rows.append(FormRow(kind: .add, path: here, label: "+ " + (language == .sv ? "lägg till" : "add"), value: "", depth: depth + 1, spec: spec))
            case .textMap:
                let members = member?.objectValue ?? [:]
                rows.append(FormRow(kind: .header, path: here, label: label, value: "(\(members.count))", depth: depth, spec: spec))
                for entryKey in members.keys.sorted(by: canonicalKeyOrder) {
                    rows.append(FormRow(kind: .field, path: here + [entryKey], label: entryKey, value: members[entryKey]?.stringValue ?? "",
                                        depth: depth + 1, spec: .text(entryKey, BilingualLabel(en: entryKey, sv: entryKey))))
                }
                rows.append(FormRow(kind: .add, path: here, label: "+ " + (language == .sv ? "lägg till källa (fält=källa)" : "add source (field=source)"), value: "", depth: depth + 1, spec: spec))
            default:
                rows.append(FormRow(kind: .field, path: here, label: label, value: display(spec, member, register: register, language: language, kinds: kinds), depth: depth, spec: spec))
            }
        }
        return rows
    }

    /// A value as the form shows it: labels for vocabularies, names for references.
    static func display(_ spec: FieldSpec, _ value: JSONValue?, register: Register, language: Language, kinds: [String: EntityKind]? = nil) -> String {
        guard let value, value != .null else { return "—" }
        switch spec {
        case .choice(_, _, let options, _):
            guard let raw = value.stringValue else { return "—" }
            return options.first { $0.raw == raw }?.label.text(language) ?? raw
        case .choices(_, _, let options):
            let raws = value.arrayValue?.compactMap(\.stringValue) ?? []
            return raws.isEmpty ? "—" : raws.map { raw in options.first { $0.raw == raw }?.label.text(language) ?? raw }.joined(separator: "; ")
        case .flag:
            if case .bool(let flag) = value { return flag ? (language == .sv ? "Ja" : "Yes") : (language == .sv ? "Nej" : "No") }
            return "—"
        case .country:
            guard let code = value.stringValue else { return "—" }
            guard let country = register.countries.country(code) else { return "\(code) (?)" }
            return "\(country.code) \(country.name(language)) · \(country.transferStatus.text(language))"
        case .reference(_, _, let kind):
            guard let id = value.stringValue else { return "—" }
            return referenceName(id, kind: kind, register: register, kinds: kinds)
        case .references(_, _, let kind):
            let ids = value.arrayValue?.compactMap(\.stringValue) ?? []
            return ids.isEmpty ? "—" : ids.map { referenceName($0, kind: kind, register: register, kinds: kinds) }.joined(separator: "; ")
        case .legalEntities:
            let ids = value.arrayValue?.compactMap(\.stringValue) ?? []
            return ids.isEmpty ? "—" : ids.map { id in register.organisation.legalEntities.first { $0.id == id }?.name ?? "\(id) (?)" }.joined(separator: "; ")
        case .number:
            if case .int(let number) = value { return String(number) }
            return "—"
        default:
            return value.stringValue ?? "—"
        }
    }

    static func referenceName(_ id: String, kind: EntityKind, register: Register, kinds: [String: EntityKind]? = nil) -> String {
        if let kinds {
            guard let first = kinds[id], let name = register.entity(withID: id, kind: first) else { return "\(id) (?)" }
            return name
        }
        if let name = register.entity(withID: id)?.name { return name }
        return "\(id) (?)"
    }
}
