import RopaModel

/// A processing activity with every field it has: Art 30(1)(a)–(g) for a controller or 30(2) for a
/// processor, the lawful basis of each purpose, retention, DPIA, review and where each fact came from.
enum ActivitySection {
    static func write(_ activity: Activity, _ context: DocumentContext, to writer: inout MarkdownWriter) {
        let text = context.text
        context.list(to: &writer) { list in
            list.field(.id, activity.id)
            list.field(.description, activity.description)
            list.field(.owner, activity.owner)
            list.field(.role, text.cited(activity.role))
            list.field(.status, text.label(activity.status))
            list.fieldList(.legalEntities, text.legalEntities(of: activity))
            if activity.role == .processor || !activity.controllers.isEmpty {
                list.fieldList(.controllers, activity.controllers.map(text.party))
            }
            if activity.role == .jointController || !activity.jointControllerIds.isEmpty {
                list.fieldList(.jointControllers, activity.jointControllerIds) { list, id in list.item(context.linkToJointController(id)) }
            }
            let hasSpecialCategories = activity.hasSpecialCategories
            list.fieldList(.purposes, activity.purposes) { list, purpose in
                Self.purpose(purpose, hasSpecialCategories: hasSpecialCategories, text, in: &list)
            }
            list.fieldList(.dataSubjects, activity.dataSubjects)
            list.fieldList(.dataCategories, activity.dataCategories.map { category($0, text) })
            list.fieldList(.dataSources, activity.dataSources)
            list.fieldList(.recipients, activity.recipients)
            list.fieldList(.processors, activity.processorIds) { list, id in list.item(context.linkToProcessor(id)) }
            list.fieldList(.transfers, activity.transferIds) { list, id in list.item(transfer(id, context)) }
            list.fieldList(.retention, text.retention(of: activity))
            list.fieldList(.securityMeasures, text.securityMeasures(activity))
            list.field(.automatedDecisions, text.automatedDecisions(activity.automatedDecisionMaking))
            list.field(.profiling, text.label(activity.automatedDecisionMaking?.profiling))
            list.field(.dpiaNeeded, text.label(activity.dpia?.needed))
            list.field(.dpiaStatus, text.label(activity.dpia?.status))
            list.field(.dpiaDate, activity.dpia?.date)
            list.field(.dpiaLink, activity.dpia?.link)
            // The fields of the ICO's and the CNIL's templates and of Swedish law, where the activity has them.
            for entry in ActivityCatalogue.fields {
                let values = entry.values(activity, text)
                if values.count == 1 { list.field(entry.field, values[0]) } else if values.count > 1 { list.fieldList(entry.field, values) }
            }
            list.field(.lastReviewed, activity.lastReviewed)
            list.field(.notes, activity.notes)
            list.sources(activity.provenance)
        }
    }

    /// The purpose with its Art 6 basis, the interest pursued and its Art 9 condition nested under it.
    private static func purpose(_ purpose: Purpose, hasSpecialCategories: Bool, _ text: ValueText, in list: inout FieldList) {
        list.item(.text(purpose.description.isEmpty ? purpose.id : purpose.description)) { details in
            details.field(.lawfulBasis, purpose.lawfulBasis.map(text.cited))
            details.optionalField(.legitimateInterests, purpose.legitimateInterest)
            if let condition = purpose.article9Condition {
                details.field(.article9Condition, text.cited(condition))
            } else if hasSpecialCategories {
                details.field(.article9Condition, nil)
            }
        }
    }

    /// "Hälsouppgifter – Health (Art 9(1)), high risk".
    private static func category(_ category: DataCategory, _ text: ValueText) -> String {
        var marks: [String] = []
        if let special = category.specialCategory { marks.append(text.cited(special)) }
        if category.highRisk == true { marks.append(text.phrase(.highRisk)) }
        return marks.isEmpty ? category.name : "\(category.name) – \(marks.joined(separator: ", "))"
    }

    /// "[Transfer](#…): United States (US) – Standard contractual clauses …".
    private static func transfer(_ id: String, _ context: DocumentContext) -> Markup {
        let link = context.linkToTransfer(id)
        guard let transfer = context.index.transfer(id) else { return link }
        let country = context.text.country(transfer.country)
        let place = country.isEmpty ? context.text.notRecorded : country
        return link + .raw(": ") + .text("\(place) – \(context.text.safeguard(transfer.safeguard))")
    }
}
