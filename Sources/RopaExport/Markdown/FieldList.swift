import RopaModel

/// The bullet list of an entity's section, written item by item: "**Label:** value" fields, labels with
/// one nested item per value, and "Not recorded" for what is missing.
struct FieldList {
    private(set) var list: MarkdownWriter.List
    // What the fields need of the document's context, rather than a copy of all of it for every list.
    let language: Language
    let notRecorded: String

    init(_ list: MarkdownWriter.List, language: Language) {
        self.list = list
        self.language = language
        notRecorded = ExportPhrase.notRecorded.text(language)
    }

    /// "**Label:** value", or "Not recorded" when the value is blank.
    mutating func field(_ field: ExportField, _ value: String?) {
        let value = value ?? ""
        self.field(field, markup: .text(Self.isBlank(value) ? notRecorded : value))
    }

    mutating func field(_ field: ExportField, markup: Markup) {
        list.item(markup, label: field.text(language))
    }

    /// The field only when it has a value: for fields that apply to some entities only.
    mutating func optionalField(_ field: ExportField, _ value: String?) {
        guard let value, !Self.isBlank(value) else { return }
        self.field(field, value)
    }

    /// "**Label:**" with one nested item per value, or "Not recorded" when there is none.
    mutating func fieldList(_ field: ExportField, _ values: [String]) {
        fieldList(field, values) { list, value in list.item(.text(value)) }
    }

    /// "**Label:**" with the items `item` writes for each element nested under it, or "Not recorded" when
    /// there is no element. `item` writes one item per element.
    mutating func fieldList<Element>(_ field: ExportField, _ elements: [Element], item: (inout FieldList, Element) -> Void) {
        guard !elements.isEmpty else { return self.field(field, nil) }
        self.item(.label(field.text(language))) { list in
            for element in elements { item(&list, element) }
        }
    }

    mutating func item(_ content: Markup) {
        list.item(content)
    }

    /// An item with the items `children` writes nested under it.
    mutating func item(_ content: Markup, children: (inout FieldList) -> Void) {
        list.item(content)
        list.beginNesting()
        children(&self)
        list.endNesting()
    }

    /// Where each fact came from, "field: source", sorted by field.
    mutating func sources(_ provenance: Provenance) {
        fieldList(.sources, provenance.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" })
    }

    static func isBlank(_ value: String) -> Bool {
        // Most values start with a printable ASCII character, which begins a character that is not white space.
        if let first = value.utf8.first, first > 0x20 && first < 0x7F { return false }
        return value.allSatisfy(\.isWhitespace)
    }
}
