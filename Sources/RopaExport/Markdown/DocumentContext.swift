import RopaModel

/// What every section of the document needs: the register, its wording in the chosen language, the
/// outline for links, and helpers for the "**Label:** value" items that make up the sections.
struct DocumentContext {
    typealias Item = MarkdownWriter.Item

    let index: RegisterIndex
    let text: ValueText
    let outline: DocumentOutline
    let options: MarkdownOptions

    /// "**Label:** " for every field, escaped once per document rather than once per use.
    private let labelPrefixes: [ExportField: String]

    init(index: RegisterIndex, text: ValueText, outline: DocumentOutline, options: MarkdownOptions) {
        self.index = index
        self.text = text
        self.outline = outline
        self.options = options
        labelPrefixes = Dictionary(uniqueKeysWithValues: ExportField.allCases.map {
            ($0, Markup.label($0.text(options.language)).lines[0] + " ")
        })
    }

    var language: Language { options.language }

    func label(_ field: ExportField) -> String { field.text(language) }

    /// "**Label:** value", or "Not recorded" when the value is blank.
    func field(_ field: ExportField, _ value: String?) -> Item {
        let value = value ?? ""
        return self.field(field, markup: .text(isBlank(value) ? text.notRecorded : value))
    }

    func field(_ field: ExportField, markup: Markup) -> Item {
        Item(markup, lead: labelPrefixes[field] ?? "")
    }

    /// The field only when it has a value: for fields that apply to some entities only.
    func optionalField(_ field: ExportField, _ value: String?) -> Item? {
        guard let value, !isBlank(value) else { return nil }
        return self.field(field, value)
    }

    /// "**Label:**" with one nested item per value, or "Not recorded" when there is none.
    func fieldList(_ field: ExportField, _ values: [String]) -> Item {
        fieldList(field, items: values.map { Item(.text($0)) })
    }

    func fieldList(_ field: ExportField, items: [Item]) -> Item {
        guard !items.isEmpty else { return self.field(field, nil) }
        return Item(Markup.label(label(field)), children: items)
    }

    /// Where each fact came from, "field: source", sorted by field.
    func sources(_ provenance: Provenance) -> Item {
        fieldList(.sources, provenance.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" })
    }

    /// A link to the entity's section, or its name as text when it has none.
    func link(_ kind: EntityKind, id: String, name: String) -> Markup {
        guard let anchor = outline.anchor(kind, id) else { return .inline(name.isEmpty ? id : name) }
        return .link(name, anchor: anchor, fallback: id)
    }

    func linkToActivity(_ activity: Activity) -> Markup { link(.activity, id: activity.id, name: activity.name) }

    func linkToProcessor(_ id: String) -> Markup { link(.processor, id: id, name: text.processorName(id)) }

    func linkToTransfer(_ id: String) -> Markup { link(.transfer, id: id, name: text.transferName(id)) }

    func linkToJointController(_ id: String) -> Markup {
        link(.jointController, id: id, name: index.jointController(id)?.name ?? id)
    }

    func isBlank(_ value: String) -> Bool { value.allSatisfy(\.isWhitespace) }
}
