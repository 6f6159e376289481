import RopaModel

/// A processing activity as the CNIL's record sheet has it: the points of Article 30(1) in order (a)–(g),
/// or of 30(2) for processing on behalf of a controller, each labelled with its point; then DPIA,
/// automated decisions, owner, status, review and where the facts came from.
enum ActivityFields {
    static func append(_ activity: Activity, to builder: inout RegisterDocumentBuilder) {
        let wording = builder.wording
        let text = wording.text
        let onBehalf = activity.role == .processor
        let article = onBehalf ? "Art 30(2)" : "Art 30(1)"
        builder.append(.heading(level: 2, text: activity.name.isEmpty ? activity.id : activity.name,
                                anchor: DocumentAnchor.activity(activity.id)))
        var fields = FieldBuilder(wording)
        fields.optional(.description, activity.description)
        fields.add(.role, wording.cited(activity.role))

        // (a) who is responsible
        if onBehalf {
            fields.add(wording.label(.controllers), lines: activity.controllers.map(text.party))
            fields.add(wording.label(.processor, point: "Art 30(2)(a)"), lines: text.legalEntities(of: activity))
        } else {
            fields.add(wording.phrase(.controller) + " (\(wording.citation("Art 30(1)(a)")))", lines: text.legalEntities(of: activity))
        }
        if activity.role == .jointController || !activity.jointControllerIds.isEmpty {
            fields.add(wording.label(.jointControllers), runs: activity.jointControllerIds.map { id in
                [TextRun(text.jointControllerName(id), link: DocumentAnchor.jointController(id))]
            })
        }

        // (b) purposes, each with its lawful basis
        fields.add(wording.label(.purposes, point: "\(article)(b)"), lines: activity.purposes.map {
            $0.description.isEmpty ? $0.id : $0.description
        })
        fields.add(wording.label(.lawfulBasis) + " (\(wording.citation("Art 6(1)")))", lines: lawfulBases(activity, wording))
        fields.optional(.legitimateInterests, lines: text.legitimateInterests(activity))
        if activity.hasSpecialCategories || activity.purposes.contains(where: { $0.article9Condition != nil }) {
            let conditions = RegisterIndex.distinct(activity.purposes.compactMap(\.article9Condition).map { wording.cited($0) })
            fields.add(.article9Condition, lines: conditions)
        }

        // (c) data subjects and personal data
        let categoriesPoint = onBehalf ? nil : "Art 30(1)(c)"
        fields.add(categoriesPoint.map { wording.label(.dataSubjects, point: $0) } ?? wording.label(.dataSubjects), lines: activity.dataSubjects)
        fields.add(categoriesPoint.map { wording.label(.dataCategories, point: $0) } ?? wording.label(.dataCategories),
                   lines: activity.dataCategories.map { category($0, wording) })
        fields.optional(.dataSources, lines: activity.dataSources)

        // (d) recipients, processors among them
        if !onBehalf {
            fields.add(wording.label(.recipients, point: "Art 30(1)(d)"), lines: activity.recipients)
        } else {
            fields.optional(.recipients, lines: activity.recipients)
        }
        if !activity.processorIds.isEmpty || !onBehalf {
            fields.add(wording.label(.processors), runs: activity.processorIds.map { id in
                [TextRun(text.processorName(id), link: DocumentAnchor.processor(id))]
            })
        }

        // (e) transfers to third countries
        let transfersLabel = wording.label(.transfers, point: onBehalf ? "Art 30(2)(c)" : "Art 30(1)(e)")
        if activity.transferIds.isEmpty {
            fields.add(transfersLabel, runs: [[TextRun(wording.sentence(.noTransfers))]])
        } else {
            fields.add(transfersLabel, runs: activity.transferIds.map { transfer($0, builder) })
        }

        // (f) retention, (g) security
        if !onBehalf { fields.add(wording.label(.retention, point: "Art 30(1)(f)"), lines: text.retention(of: activity)) }
        else { fields.optional(.retention, lines: text.retention(of: activity)) }
        fields.add(wording.label(.securityMeasures, point: onBehalf ? "Art 30(2)(d)" : "Art 30(1)(g)"),
                   lines: text.securityMeasures(activity))

        // What else a DPO keeps with the record
        if let decisions = activity.automatedDecisionMaking {
            fields.add(.automatedDecisions, text.automatedDecisions(decisions))
            fields.optional(.profiling, text.label(decisions.profiling))
        }
        if let dpia = activity.dpia { fields.add(wording.label(.dpiaNeeded) + " (\(wording.citation("Art 35")))", dpiaText(dpia, wording)) }
        for entry in ActivityCatalogue.fields {
            let values = entry.values(activity, text)
            fields.optional(entry.field, lines: entry.cites ? values.map(wording.citation) : values)
        }
        fields.optional(.owner, activity.owner)
        fields.add(.status, wording.label(activity.status))
        fields.optional(.lastReviewed, activity.lastReviewed)
        fields.optional(.notes, activity.notes)
        fields.sources(activity.provenance)
        builder.append(.fields(fields.fields))
    }

    /// "Purpose: Basis (Art 6(1)(f))" for each purpose; only the basis when there is one purpose.
    private static func lawfulBases(_ activity: Activity, _ wording: DocumentWording) -> [String] {
        let bases = activity.purposes.map { $0.lawfulBasis.map { wording.cited($0) } ?? wording.notRecorded }
        guard activity.purposes.count > 1 else { return bases }
        return zip(activity.purposes, bases).map { purpose, basis in
            "\(purpose.description.isEmpty ? purpose.id : purpose.description): \(basis)"
        }
    }

    /// "Hälsouppgifter – Hälsa (art. 9.1), hög risk".
    private static func category(_ category: DataCategory, _ wording: DocumentWording) -> String {
        var marks: [String] = []
        if let special = category.specialCategory { marks.append(wording.cited(special)) }
        if category.highRisk == true { marks.append(wording.phrase(.highRisk)) }
        return marks.isEmpty ? category.name : "\(category.name) – \(marks.joined(separator: ", "))"
    }

    /// "Yes – in progress, 2026-03-01, https://…".
    private static func dpiaText(_ dpia: DPIA, _ wording: DocumentWording) -> String {
        var parts = [wording.label(dpia.needed)]
        if let status = dpia.status { parts.append(wording.label(status)) }
        if let date = dpia.date, !date.isEmpty { parts.append(date) }
        if let link = dpia.link, !link.isEmpty { parts.append(link) }
        return parts.count == 1 ? parts[0] : "\(parts[0]) – \(parts.dropFirst().joined(separator: ", "))"
    }

    /// "Transfer to Microsoft: United States (US) – Standard contractual clauses …", the name linked to the
    /// transfer's section.
    private static func transfer(_ id: String, _ builder: RegisterDocumentBuilder) -> [TextRun] {
        let wording = builder.wording
        guard let transfer = builder.index.transfer(id) else { return [TextRun(id)] }
        let country = wording.text.country(transfer.country)
        let place = country.isEmpty ? "\(wording.label(.country)): \(wording.notRecorded)" : country
        return [TextRun(transfer.name.isEmpty ? transfer.id : transfer.name, link: DocumentAnchor.transfer(id)),
                TextRun(": \(place) – \(wording.safeguard(transfer.safeguard))")]
    }
}
