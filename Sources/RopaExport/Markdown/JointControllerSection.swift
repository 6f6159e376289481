import RopaModel

/// Joint controllers (Art 26): a table with their arrangement, then a section for each with the
/// arrangement, the responsibilities it sets out and where data subjects turn.
enum JointControllerSection {
    static func writeTable(_ context: DocumentContext, to writer: inout MarkdownWriter) {
        let text = context.text
        guard !context.index.jointControllers.isEmpty else {
            writer.paragraph(.text(text.sentence(.noJointControllers)))
            return
        }
        let fields: [ExportField] = [.jointController, .party, .country, .arrangement, .arrangementTitle]
        writer.table(header: fields.map(context.label)) { table in
            for joint in context.index.jointControllers {
                table.row([
                    context.link(.jointController, id: joint.id, name: joint.name),
                    .inline(joint.party?.name ?? ""),
                    .inline(text.country(joint.country)),
                    .inline(text.label(joint.arrangement.status)),
                    .inline(joint.arrangement.title ?? ""),
                ])
            }
        }
    }

    static func write(_ joint: JointController, _ context: DocumentContext, to writer: inout MarkdownWriter) {
        let text = context.text
        context.list(to: &writer) { list in
            list.field(.id, joint.id)
            list.field(.party, joint.party?.name)
            list.field(.partyContact, text.contact(joint.party?.contact))
            list.field(.country, text.country(joint.country))
            list.field(.scope, joint.scope)
            list.field(.arrangement, text.cited(joint.arrangement.status))
            list.field(.arrangementTitle, joint.arrangement.title)
            list.field(.arrangementReference, joint.arrangement.reference)
            list.field(.arrangementDate, joint.arrangement.date)
            list.field(.responsibilities, joint.responsibilities)
            list.field(.contactPoint, joint.contactPoint)
            list.fieldList(.activities, context.index.activities(ofJointController: joint)) { list, activity in
                list.item(context.linkToActivity(activity))
            }
            list.fieldList(.transfers, joint.transferIds) { list, id in list.item(context.linkToTransfer(id)) }
            list.field(.notes, joint.notes)
            list.sources(joint.provenance)
        }
    }
}
