import RopaModel

/// A joint controller (Art 26): the party, the arrangement and the responsibilities it sets out, and where
/// data subjects turn.
enum JointControllerFields {
    static func append(_ joint: JointController, to builder: inout RegisterDocumentBuilder) {
        let wording = builder.wording
        let text = wording.text
        builder.append(.heading(level: 2, text: joint.name.isEmpty ? joint.id : joint.name,
                                anchor: DocumentAnchor.jointController(joint.id)))
        var fields = FieldBuilder(wording)
        fields.add(.party, joint.party?.name)
        fields.optional(.partyContact, text.contact(joint.party?.contact))
        fields.add(.country, text.country(joint.country))
        fields.add(.scope, joint.scope)
        fields.add(.arrangement, wording.cited(joint.arrangement.status))
        fields.optional(.arrangementTitle, joint.arrangement.title)
        fields.optional(.arrangementReference, joint.arrangement.reference)
        fields.optional(.arrangementDate, joint.arrangement.date)
        fields.add(.responsibilities, joint.responsibilities)
        fields.add(.contactPoint, joint.contactPoint)
        fields.add(wording.label(.activities), runs: builder.index.activities(ofJointController: joint).map { activity in
            [TextRun(activity.name.isEmpty ? activity.id : activity.name, link: DocumentAnchor.activity(activity.id))]
        })
        if !joint.transferIds.isEmpty {
            fields.add(wording.label(.transfers), runs: joint.transferIds.map { id in
                [TextRun(text.transferName(id), link: DocumentAnchor.transfer(id))]
            })
        }
        fields.optional(.notes, joint.notes)
        fields.sources(joint.provenance)
        builder.append(.fields(fields.fields))
    }
}
