import RopaModel

/// How a workbook is written.
public struct WorkbookOptions: Equatable, Sendable {
    /// The language of the headers, sheet names and vocabulary.
    public var language: Language
    /// The version the register was read at: the workbook's stamp, which the import compares against.
    public var version: ExportVersion?
    /// The day findings and the review queue are measured against.
    public var date: CalendarDate

    public init(language: Language = .en, version: ExportVersion? = nil, date: CalendarDate = .today()) {
        self.language = language
        self.version = version
        self.date = date
    }
}

/// The register as one Excel workbook: a sheet per table (the organisation, activities, processors,
/// sub-processors, transfers, joint controllers, security measures, findings and the review queue), with the
/// columns and wording of the CSV export, so that the import reads each sheet back. Multi-valued cells hold a
/// value per line; dates are dates.
public enum XLSXExporter {
    /// The custom document property that carries the version the workbook was made from.
    public static let versionProperty = "ropa.version"

    /// The titles of the sheets that are not tables to import: the organisation, findings and the review queue.
    public static let otherSheetTitles: [BilingualLabel] = [WorkbookLabel.organisation, WorkbookLabel.findings, WorkbookLabel.reviewQueue]

    /// The workbook's bytes, and what had to be changed to meet Excel's rules (for a note to the user).
    public static func export(_ register: Register, options: WorkbookOptions = WorkbookOptions()) throws -> (bytes: [UInt8], dropped: Int, cut: Int) {
        try XLSXWriter.write(workbook(register, options: options))
    }

    static let dateFields: Set<ExportField> = [
        .lastReviewed, .dpiaDate, .agreementSigned, .reviewDue, .agreementLastReviewed, .approvalDate, .noticeDate, .sccSigned,
        .transferImpactAssessment, .arrangementDate,
    ]

    static func workbook(_ register: Register, options: WorkbookOptions) -> Workbook {
        let language = options.language
        let index = RegisterIndex(register)
        let text = ValueText(language: language, index: index)
        var workbook = Workbook(title: register.organisation.name, language: language)
        if let version = options.version { workbook.properties.append((versionProperty, "\(version.number) \(version.hash)")) }

        workbook.sheets.append(organisationSheet(register, text: text, options: options))
        workbook.sheets += CSVTable.allCases.map { TableContents($0, index: index, text: text).sheet(language) }
        workbook.sheets.append(findingsSheet(register, options: options))
        workbook.sheets.append(reviewSheet(register, options: options))
        return workbook
    }

    static func sheet<Row>(_ table: CSVTable, _ columns: [CSVColumn<Row>], _ rows: [Row], _ language: Language) -> Sheet {
        var sheet = Sheet(name: table.title.text(language), headers: columns.map { $0.field.text(language) })
        sheet.rows.reserveCapacity(rows.count)
        let isDate = columns.map { dateFields.contains($0.field) }
        for row in rows {
            sheet.rows.append(columns.enumerated().map { position, column in
                if let values = column.values { return cell(values(row).joined(separator: "\n")) }
                let value = column.value(row)
                return isDate[position] ? Cell.dateOrText(value) : cell(value)
            })
        }
        return sheet
    }

    private static func cell(_ text: String) -> Cell { text.isEmpty ? .empty : .text(text) }

    /// Art 30(1)(a): who the controller is, as field and value, and the version the workbook shows.
    private static func organisationSheet(_ register: Register, text: ValueText, options: WorkbookOptions) -> Sheet {
        let language = options.language
        let organisation = register.organisation
        var rows: [[Cell]] = [[.text(ExportField.organisation.text(language)), cell(organisation.name)]]
        for entity in organisation.legalEntities {
            rows.append([.text(WorkbookLabel.legalEntity.text(language)), cell(text.legalEntityInFull(entity))])
        }
        rows.append([.text(ExportField.controllerContact.text(language)), cell(text.contact(organisation.contact))])
        rows.append([.text(ExportField.dataProtectionOfficer.text(language)), cell(text.contact(organisation.dataProtectionOfficer))])
        rows.append([.text(ExportField.euRepresentative.text(language)), cell(text.contact(organisation.euRepresentative))])
        rows.append([.text(ExportField.supervisoryAuthorities.text(language)), cell(organisation.supervisoryAuthorities.map(\.name).joined(separator: "\n"))])
        if let breachLog = organisation.breachLog { rows.append([.text(ExportField.breachLog.text(language)), cell(breachLog)]) }
        if let notes = organisation.notes { rows.append([.text(ExportField.notes.text(language)), cell(notes)]) }
        if let version = options.version {
            rows.append([.text(WorkbookLabel.registerVersion.text(language)), .text("\(version.number) (\(version.shortHash))")])
        }
        return Sheet(name: WorkbookLabel.organisation.text(language), headers: [WorkbookLabel.field.text(language), WorkbookLabel.value.text(language)],
                     rows: rows, isTable: false)
    }

    private static func findingsSheet(_ register: Register, options: WorkbookOptions) -> Sheet {
        let language = options.language
        let findings = Validator(register: register, asOf: options.date).findings()
        let rows: [[Cell]] = findings.map { finding in
            [.text(finding.severity.label.text(language)), .text(finding.kind.label.text(language)), cell(finding.entityName),
             .text(finding.message(language)), cell(finding.article ?? "")]
        }
        return Sheet(name: WorkbookLabel.findings.text(language),
                     headers: [WorkbookLabel.severity, WorkbookLabel.kind, WorkbookLabel.entity, WorkbookLabel.finding, WorkbookLabel.article].map { $0.text(language) },
                     rows: rows)
    }

    private static func reviewSheet(_ register: Register, options: WorkbookOptions) -> Sheet {
        let language = options.language
        let queue = AgreementReview(register: register, asOf: options.date).queue()
        let rows: [[Cell]] = queue.map { item in
            let reasons = item.reasons.map { language == .sv ? $0.swedishMessage : $0.message }
            let actions = item.reasons.map { language == .sv ? $0.swedishAction : $0.action }
            let engagedBy = item.chain.map(\.name).joined(separator: " → ")
            return [.text(item.urgency.label.text(language)), cell(item.name), cell(engagedBy),
                    item.reviewDue.map(Cell.date) ?? .empty, cell(reasons.joined(separator: "\n")), cell(actions.joined(separator: "\n")),
                    cell(item.usedBy.joined(separator: "\n"))]
        }
        return Sheet(name: WorkbookLabel.reviewQueue.text(language),
                     headers: [WorkbookLabel.urgency.text(language), ExportField.processor.text(language), ExportField.engagedBy.text(language),
                               ExportField.reviewDue.text(language), WorkbookLabel.reasons.text(language), WorkbookLabel.whatToDo.text(language),
                               WorkbookLabel.usedBy.text(language)],
                     rows: rows)
    }
}
