import RopaModel

/// Builds the register document's blocks chapter by chapter; the entity sections are in their own files.
struct RegisterDocumentBuilder {
    let index: RegisterIndex
    let wording: DocumentWording
    let options: RegisterDocumentOptions
    let processors: [(processor: Processor, depth: Int)]
    private(set) var blocks: [DocumentBlock] = []

    init(index: RegisterIndex, wording: DocumentWording, options: RegisterDocumentOptions) {
        self.index = index
        self.wording = wording
        self.options = options
        processors = index.processorsInChainOrder()
    }

    /// Under the title: the organisation, its legal entities with their numbers, version and date.
    var subtitle: [String] {
        let organisation = index.register.organisation
        var lines: [String] = []
        if !organisation.name.isEmpty { lines.append(organisation.name) }
        let entities = organisation.legalEntities.map(wording.text.legalEntity)
        if !entities.isEmpty, entities != [organisation.name] { lines.append(entities.joined(separator: ", ")) }
        lines.append("\(wording.phrase(.registerVersion)): \(version)")
        lines.append("\(wording.phrase(.preparedOn)): \(options.date.description)")
        return lines
    }

    /// "3 (3f1c2a4b5d6e)", with a note when the files held changes not recorded as a version.
    var version: String {
        guard let version = options.version else { return wording.sentence(.noVersion) }
        var text = "\(version.number) (\(version.shortHash))"
        if version.hasUnrecordedChanges { text += ", \(wording.sentence(.unrecordedChanges))" }
        return text
    }

    mutating func build() {
        let entries = index.activities.count + processors.count + index.transfers.count + index.jointControllers.count
        blocks.reserveCapacity(16 + 2 * entries)
        // Validated on another core while the chapters before the appendix are built.
        let findings = options.findings ? PendingFindings(index.register, asOf: options.date) : nil
        blocks.append(.contents(depth: entries <= RegisterDocument.detailedContentsLimit ? 2 : 1))
        blocks.append(.pageBreak)
        controller()
        summary()
        activities()
        processorChapter()
        transferChapter()
        jointControllerChapter()
        securityMeasureChapter()
        if let findings { findingsAppendix(findings.wait()) }
    }

    mutating func append(_ block: DocumentBlock) { blocks.append(block) }

    mutating func chapter(_ title: String, anchor: String) {
        blocks.append(.heading(level: 1, text: title, anchor: anchor))
    }

    // MARK: Chapters

    /// Art 30(1)(a): the controller, its legal entities, contacts, DPO, representative and authorities.
    private mutating func controller() {
        let organisation = index.register.organisation
        let text = wording.text
        chapter(wording.phrase(.organisationHeading), anchor: "controller")
        var fields = FieldBuilder(wording)
        fields.add(.organisation, organisation.name)
        fields.add(.legalEntities, lines: organisation.legalEntities.map(text.legalEntityInFull))
        fields.add(.controllerContact, text.contact(organisation.contact))
        fields.add(.dataProtectionOfficer, text.contact(organisation.dataProtectionOfficer))
        if let representative = organisation.euRepresentative, !representative.isEmpty || representative.note != nil {
            fields.add(.euRepresentative, text.contact(representative))
        }
        fields.add(.supervisoryAuthorities, lines: organisation.supervisoryAuthorities.map(text.supervisoryAuthority))
        fields.optional(.breachLog, organisation.breachLog)
        fields.optional(.notes, organisation.notes)
        fields.sources(organisation.provenance)
        blocks.append(.fields(fields.fields))
        blocks.append(.paragraph([TextRun(wording.sentence(.notRecordedNote), italic: true)]))
        blocks.append(.pageBreak)
    }

    /// One row per activity, narrow enough for an upright page: what a reader scans before the sections.
    private mutating func summary() {
        chapter(wording.phrase(.summary), anchor: "summary")
        guard !index.activities.isEmpty else {
            return blocks.append(.paragraph([TextRun(wording.sentence(.noActivities))]))
        }
        let text = wording.text
        // Three columns: the role ("Gemensamt personuppgiftsansvarig") and the like are in the sections,
        // since no column narrow enough to sit beside them holds such words whole.
        let columns = [DocumentTable.Column(title: wording.label(.activity), weight: 3),
                       DocumentTable.Column(title: wording.label(.lawfulBasis), weight: 3),
                       DocumentTable.Column(title: wording.label(.transferCountries), weight: 2)]
        let rows = index.activities.map { activity -> [String] in
            [activity.name.isEmpty ? activity.id : activity.name,
             activity.purposes.isEmpty ? wording.notRecorded : lawfulBases(activity).joined(separator: ValueText.separator),
             text.transferCountries(activity).joined(separator: ValueText.separator)]
        }
        blocks.append(.table(DocumentTable(columns: columns, rows: rows)))
        blocks.append(.pageBreak)
    }

    /// Each Art 6 basis once, as the document cites it; a purpose without one is said so.
    func lawfulBases(_ activity: Activity) -> [String] {
        var values = RegisterIndex.distinct(activity.purposes.compactMap(\.lawfulBasis).map { wording.cited($0) })
        if activity.purposes.contains(where: { $0.lawfulBasis == nil }) { values.append(wording.notRecorded) }
        return values
    }

    private mutating func activities() {
        chapter(wording.phrase(.activitiesHeading), anchor: "activities")
        guard !index.activities.isEmpty else {
            return blocks.append(.paragraph([TextRun(wording.sentence(.noActivities))]))
        }
        blocks.append(.paragraph([TextRun(wording.sentence(.contactsOnFirstPage), italic: true)]))
        for position in index.activities.indices {
            ActivityFields.append(index.activities[position], to: &self)
        }
        blocks.append(.pageBreak)
    }

    private mutating func processorChapter() {
        chapter(wording.phrase(.processorsHeading), anchor: "processors")
        guard !processors.isEmpty else {
            return blocks.append(.paragraph([TextRun(wording.sentence(.noProcessors))]))
        }
        // Narrow enough for an upright page; the service, contacts and review dates are in the sections.
        let text = wording.text
        let fields: [(ExportField, Double)] = [(.processor, 2.6), (.engagedBy, 2), (.country, 1.5),
                                               (.agreementStatus, 1.6), (.agreementSigned, 1.5)]
        let rows = processors.map { item -> [String] in
            let processor = item.processor
            return [processor.name.isEmpty ? processor.id : processor.name, processor.parentProcessorId.map(text.processorName) ?? "",
                    text.country(processor.country), wording.label(processor.agreement.status), processor.agreement.signedDate ?? ""]
        }
        blocks.append(.table(DocumentTable(columns: fields.map { .init(title: wording.label($0.0), weight: $0.1) }, rows: rows)))
        for item in processors { ProcessorFields.append(item.processor, to: &self) }
        blocks.append(.pageBreak)
    }

    private mutating func transferChapter() {
        chapter(wording.phrase(.transfersHeading), anchor: "transfers")
        guard !index.transfers.isEmpty else {
            blocks.append(.paragraph([TextRun(wording.sentence(.noTransfers))]))
            return blocks.append(.pageBreak)
        }
        let text = wording.text
        let columns = [DocumentTable.Column(title: wording.label(.recipient), weight: 2),
                       DocumentTable.Column(title: wording.label(.country), weight: 1.6),
                       DocumentTable.Column(title: wording.label(.mechanism), weight: 3.4)]
        let rows = index.transfers.map { transfer -> [String] in
            [text.recipient(transfer.recipient), text.country(transfer.country), wording.safeguard(transfer.safeguard)]
        }
        blocks.append(.table(DocumentTable(columns: columns, rows: rows)))
        for transfer in index.transfers { TransferFields.append(transfer, to: &self) }
        blocks.append(.pageBreak)
    }

    private mutating func jointControllerChapter() {
        chapter(wording.phrase(.jointControllersHeading), anchor: "joint-controllers")
        guard !index.jointControllers.isEmpty else {
            blocks.append(.paragraph([TextRun(wording.sentence(.noJointControllers))]))
            return blocks.append(.pageBreak)
        }
        for joint in index.jointControllers { JointControllerFields.append(joint, to: &self) }
        blocks.append(.pageBreak)
    }

    /// Art 32 measures as one table, what each is and what it protects.
    private mutating func securityMeasureChapter() {
        chapter(wording.phrase(.securityMeasuresHeading), anchor: "security-measures")
        guard !index.securityMeasures.isEmpty else {
            return blocks.append(.paragraph([TextRun(wording.sentence(.noSecurityMeasures))]))
        }
        let columns = [DocumentTable.Column(title: wording.label(.securityMeasure), weight: 2),
                       DocumentTable.Column(title: wording.label(.measureType), weight: 1.2),
                       DocumentTable.Column(title: wording.label(.description), weight: 4)]
        let rows = index.securityMeasures.map { measure -> [String] in
            [measure.name.isEmpty ? measure.id : measure.name, wording.label(measure.kind), measure.description ?? ""]
        }
        blocks.append(.table(DocumentTable(columns: columns, rows: rows)))
    }

    /// What validation finds open on the document's date, in words: no rule codes, no field paths.
    private mutating func findingsAppendix(_ findings: [Finding]) {
        blocks.append(.pageBreak)
        chapter(wording.phrase(.findingsHeading), anchor: "findings")
        guard !findings.isEmpty else {
            return blocks.append(.paragraph([TextRun(wording.sentence(.noFindings))]))
        }
        let columns = [DocumentTable.Column(title: wording.phrase(.severity), weight: 1),
                       DocumentTable.Column(title: wording.phrase(.entity), weight: 2.2),
                       DocumentTable.Column(title: wording.phrase(.finding), weight: 5),
                       DocumentTable.Column(title: wording.phrase(.article), weight: 1.3)]
        let rows = findings.map { finding -> [String] in
            [finding.severity.label.text(options.language),
             "\(finding.kind.label.text(options.language)): \(finding.entityName.isEmpty ? finding.entityID : finding.entityName)",
             wording.citation(finding.message(options.language)),
             finding.article.map(wording.citation) ?? ""]
        }
        blocks.append(.table(DocumentTable(columns: columns, rows: rows)))
    }
}
