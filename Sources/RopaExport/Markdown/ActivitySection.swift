import RopaModel

/// A processing activity with every field it has: Art 30(1)(a)–(g) for a controller or 30(2) for a
/// processor, the lawful basis of each purpose, retention, DPIA, review and where each fact came from.
enum ActivitySection {
    typealias Item = DocumentContext.Item

    static func write(_ activity: Activity, _ context: DocumentContext, to writer: inout MarkdownWriter) {
        let text = context.text
        var items: [Item] = [
            context.field(.id, activity.id),
            context.field(.description, activity.description),
            context.field(.owner, activity.owner),
            context.field(.role, text.cited(activity.role)),
            context.field(.status, text.label(activity.status)),
            context.fieldList(.legalEntities, context.index.legalEntities(of: activity).map(text.legalEntity)),
        ]
        if activity.role == .processor || !activity.controllers.isEmpty {
            items.append(context.fieldList(.controllers, activity.controllers.map(text.party)))
        }
        if activity.role == .jointController || !activity.jointControllerIds.isEmpty {
            items.append(context.fieldList(.jointControllers, items: activity.jointControllerIds.map { Item(context.linkToJointController($0)) }))
        }
        items += [
            context.fieldList(.purposes, items: activity.purposes.map { purpose(activity, $0, context) }),
            context.fieldList(.dataSubjects, activity.dataSubjects),
            context.fieldList(.dataCategories, activity.dataCategories.map { category($0, text) }),
            context.fieldList(.dataSources, activity.dataSources),
            context.fieldList(.recipients, activity.recipients),
            context.fieldList(.processors, items: activity.processorIds.map { Item(context.linkToProcessor($0)) }),
            context.fieldList(.transfers, items: activity.transferIds.map { transfer($0, context) }),
            context.fieldList(.retention, activity.retention.map { text.retention($0, in: activity) }),
            context.fieldList(.securityMeasures, text.securityMeasures(activity)),
            context.field(.automatedDecisions, text.automatedDecisions(activity.automatedDecisionMaking)),
            context.field(.profiling, text.label(activity.automatedDecisionMaking?.profiling)),
            context.field(.dpiaNeeded, text.label(activity.dpia?.needed)),
            context.field(.dpiaStatus, text.label(activity.dpia?.status)),
            context.field(.dpiaDate, activity.dpia?.date),
            context.field(.dpiaLink, activity.dpia?.link),
            context.field(.lastReviewed, activity.lastReviewed),
            context.field(.notes, activity.notes),
            context.sources(activity.provenance),
        ]
        writer.list(items)
    }

    /// The purpose with its Art 6 basis, the interest pursued and its Art 9 condition nested under it.
    private static func purpose(_ activity: Activity, _ purpose: Purpose, _ context: DocumentContext) -> Item {
        let text = context.text
        var details = [context.field(.lawfulBasis, purpose.lawfulBasis.map(text.cited))]
        if let interest = context.optionalField(.legitimateInterests, purpose.legitimateInterest) { details.append(interest) }
        if let condition = purpose.article9Condition {
            details.append(context.field(.article9Condition, text.cited(condition)))
        } else if activity.hasSpecialCategories {
            details.append(context.field(.article9Condition, nil))
        }
        return Item(.text(purpose.description.isEmpty ? purpose.id : purpose.description), children: details)
    }

    /// "Hälsouppgifter – Health (Art 9(1)), high risk".
    private static func category(_ category: DataCategory, _ text: ValueText) -> String {
        var marks: [String] = []
        if let special = category.specialCategory { marks.append(text.cited(special)) }
        if category.highRisk == true { marks.append(text.phrase(.highRisk)) }
        return marks.isEmpty ? category.name : "\(category.name) – \(marks.joined(separator: ", "))"
    }

    /// "[Transfer](#…): United States (US) – Standard contractual clauses …".
    private static func transfer(_ id: String, _ context: DocumentContext) -> Item {
        let link = context.linkToTransfer(id)
        guard let transfer = context.index.transfer(id) else { return Item(link) }
        let country = context.text.country(transfer.country)
        let place = country.isEmpty ? context.text.notRecorded : country
        return Item(link + .raw(": ") + .text("\(place) – \(context.text.safeguard(transfer.safeguard))"))
    }
}
