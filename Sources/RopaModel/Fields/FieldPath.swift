import Foundation

/// A field of an entity, as findings name it (`purposes[svara].lawfulBasis`), as `ropa set` and `resolve` take
/// it (`purposes.svara.lawfulBasis`) and as forms address it (the JSON path `["purposes", "svara",
/// "lawfulBasis"]`): one type and one parser, so a finding leads to its row in the form.
public struct FieldPath: Hashable, Sendable, CustomStringConvertible {
    /// The keys and element ids from the entity down to the field; empty ones mark a malformed path.
    public let components: [String]

    public init(components: [String]) {
        self.components = components
    }

    /// Reads either spelling: `[id]` and `.id` name the same element.
    public init(_ text: String) {
        components = text.replacingOccurrences(of: "[", with: ".").replacingOccurrences(of: "]", with: "")
            .split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    /// Whether every component is there: `purposes..lawfulBasis` and `` are not paths.
    public var isWellFormed: Bool { !components.isEmpty && components.allSatisfy { !$0.isEmpty } }

    /// `purposes.svara.lawfulBasis`, as the form's rows spell their paths.
    public var dotted: String { components.joined(separator: ".") }

    public var description: String { dotted }
}

extension Finding {
    /// The field the finding is about, as a path the form and `ropa set` understand.
    public var path: FieldPath { FieldPath(field) }
}
