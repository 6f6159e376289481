import RopaModel

/// What every section of the document needs: the register, its wording in the chosen language, the
/// outline for links, and the bullet lists of "**Label:** value" items that make up the sections. A class:
/// the sections and their closures share the one context rather than copying all of it.
final class DocumentContext {
    let index: RegisterIndex
    let text: ValueText
    let outline: DocumentOutline
    let options: MarkdownOptions

    init(index: RegisterIndex, text: ValueText, outline: DocumentOutline, options: MarkdownOptions) {
        self.index = index
        self.text = text
        self.outline = outline
        self.options = options
    }

    var language: Language { options.language }

    func label(_ field: ExportField) -> String { field.text(language) }

    /// A section's bullet list of fields, written by `body` in order.
    func list(to writer: inout MarkdownWriter, _ body: (inout FieldList) -> Void) {
        var fields = FieldList(writer.beginList(), language: language)
        body(&fields)
        writer.end(fields.list)
    }

    /// A link to the entity's section, or its name as text when it has none.
    func link(_ kind: EntityKind, id: String, name: String) -> Markup {
        guard let anchor = outline.anchor(kind, id) else { return .inline(name.isEmpty ? id : name) }
        return .link(name, anchor: anchor, fallback: id)
    }

    func linkToActivity(_ activity: ActivityReference) -> Markup { link(.activity, id: activity.id, name: activity.name) }

    func linkToProcessor(_ id: String) -> Markup { link(.processor, id: id, name: text.processorName(id)) }

    func linkToTransfer(_ id: String) -> Markup { link(.transfer, id: id, name: text.transferName(id)) }

    func linkToJointController(_ id: String) -> Markup {
        link(.jointController, id: id, name: index.jointController(id)?.name ?? id)
    }
}
