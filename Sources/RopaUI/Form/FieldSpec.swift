import RopaJSON
import RopaModel

/// One choice of a vocabulary picker: the stored raw value and what the user reads.
public struct ChoiceOption: Equatable, Sendable {
    public let raw: String
    public let label: BilingualLabel
    public let detail: String?

    public static func all<V: Vocabulary>(_ type: V.Type) -> [ChoiceOption] {
        V.allCases.map { ChoiceOption(raw: $0.rawValue, label: $0.label, detail: $0.citation) }
    }
}

/// How one field of an entity is shown and edited. Fields are addressed by their JSON key, so one
/// generic form edits every kind of entity through the same path-based edits as `ropa set`.
public indirect enum FieldSpec: Sendable {
    case text(String, BilingualLabel, required: Bool = false)
    case date(String, BilingualLabel)
    case number(String, BilingualLabel)
    case flag(String, BilingualLabel)
    case choice(String, BilingualLabel, [ChoiceOption], required: Bool = false)
    case country(String, BilingualLabel)
    /// One id of an entity of the given kind.
    case reference(String, BilingualLabel, EntityKind)
    /// A list of ids of entities of the given kind.
    case references(String, BilingualLabel, EntityKind)
    /// A list of ids of the organisation's legal entities.
    case legalEntities(String, BilingualLabel)
    case textList(String, BilingualLabel)
    /// Several words of one vocabulary (a list of raw values), chosen in a picker.
    case choices(String, BilingualLabel, [ChoiceOption])
    /// A nested object; `template` is written when a field inside it is first set.
    case group(String, BilingualLabel, [FieldSpec])
    /// A list of objects with ids (purposes, data categories, …); `template` makes a new one from its id.
    case list(String, BilingualLabel, item: BilingualLabel, [FieldSpec], template: @Sendable (String) -> JSONValue)
    /// An object with a fixed set of keys, each holding the same fields (the Art 28(3) checklist).
    case keyed(String, BilingualLabel, keys: [ChoiceOption], [FieldSpec])
    /// Free keys with text values (provenance: field → source).
    case textMap(String, BilingualLabel)

    public var key: String {
        switch self {
        case .text(let key, _, _), .date(let key, _), .number(let key, _), .flag(let key, _), .choice(let key, _, _, _),
             .country(let key, _), .reference(let key, _, _), .references(let key, _, _), .legalEntities(let key, _), .textList(let key, _),
             .choices(let key, _, _), .group(let key, _, _), .list(let key, _, _, _, _), .keyed(let key, _, _, _), .textMap(let key, _):
            return key
        }
    }

    public var label: BilingualLabel {
        switch self {
        case .text(_, let label, _), .date(_, let label), .number(_, let label), .flag(_, let label), .choice(_, let label, _, _),
             .country(_, let label), .reference(_, let label, _), .references(_, let label, _), .legalEntities(_, let label), .textList(_, let label),
             .choices(_, let label, _), .group(_, let label, _), .list(_, let label, _, _, _), .keyed(_, let label, _, _), .textMap(_, let label):
            return label
        }
    }
}
