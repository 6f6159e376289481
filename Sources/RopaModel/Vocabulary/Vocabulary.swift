import RopaJSON

/// The name of a thing (a field, a kind, a word of a vocabulary) in the two languages the register is kept
/// in. A sentence in both languages is a `BilingualText`.
public typealias BilingualLabel = Bilingual<NameRole>

public enum Language: String, Sendable, CaseIterable {
    case en, sv
}

/// A closed list of legal or administrative terms, stored by its raw value and shown by its label.
public protocol Vocabulary: RawRepresentable, CaseIterable, Codable, Hashable, Sendable, JSONEnumerated where RawValue == String {
    var label: BilingualLabel { get }
    /// The article or source the term comes from, shown beside it in pickers and exports.
    var citation: String? { get }
}

extension Vocabulary {
    public var citation: String? { nil }

    /// Every raw value, for error messages that list what is allowed.
    public static var allowedValues: [String] { allCases.map(\.rawValue) }
}


extension Vocabulary {
    public static var allowedRawValues: [String] { allowedValues }
}
