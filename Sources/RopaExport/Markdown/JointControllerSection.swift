import RopaModel

/// Joint controllers (Art 26): a table with their arrangement, then a section for each with the
/// arrangement, the responsibilities it sets out and where data subjects turn.
enum JointControllerSection {
    typealias Item = DocumentContext.Item

    static func writeTable(_ context: DocumentContext, to writer: inout MarkdownWriter) {
        let text = context.text
        guard !context.index.jointControllers.isEmpty else {
            writer.paragraph(.text(text.phrase(.noJointControllers)))
            return
        }
        let fields: [ExportField] = [.jointController, .party, .country, .arrangement, .arrangementTitle]
        let rows = context.index.jointControllers.map { joint -> [Markup] in
            [
                context.link(.jointController, id: joint.id, name: joint.name),
                .inline(joint.party?.name ?? ""),
                .inline(text.country(joint.country)),
                .inline(text.label(joint.arrangement.status)),
                .inline(joint.arrangement.title ?? ""),
            ]
        }
        writer.table(header: fields.map(context.label), rows: rows)
    }

    static func write(_ joint: JointController, _ context: DocumentContext, to writer: inout MarkdownWriter) {
        let text = context.text
        let items: [Item] = [
            context.field(.id, joint.id),
            context.field(.party, joint.party?.name),
            context.field(.partyContact, text.contact(joint.party?.contact)),
            context.field(.country, text.country(joint.country)),
            context.field(.scope, joint.scope),
            context.field(.arrangement, text.cited(joint.arrangement.status)),
            context.field(.arrangementTitle, joint.arrangement.title),
            context.field(.arrangementReference, joint.arrangement.reference),
            context.field(.arrangementDate, joint.arrangement.date),
            context.field(.responsibilities, joint.responsibilities),
            context.field(.contactPoint, joint.contactPoint),
            context.fieldList(.activities, items: context.index.activities(ofJointController: joint).map { Item(context.linkToActivity($0)) }),
            context.fieldList(.transfers, items: joint.transferIds.map { Item(context.linkToTransfer($0)) }),
            context.field(.notes, joint.notes),
            context.sources(joint.provenance),
        ]
        writer.list(items)
    }
}
