import RopaExport
import RopaModel

/// What each CSV cell should hold, worked out from the model independently of the exporter: the tests
/// compare the parsed CSV with these, cell by cell.
struct ExpectedCells {
    let register: Register
    let language: Language

    private func label<Term: Vocabulary>(_ term: Term?) -> String { term?.label.text(language) ?? "" }
    private func cited<Term: Vocabulary>(_ term: Term) -> String {
        term.citation.map { "\(label(term)) (\($0))" } ?? label(term)
    }
    private var notRecorded: String { language == .sv ? "Ej angivet" : "Not recorded" }
    /// The values joined with "; ", a value holding ";" or a line break, or beginning with a quote, in quotes with
    /// its quotes doubled, so that the cell reads back as these values.
    private func joined(_ values: [String]) -> String {
        values.map { value in
            let quoteFirst = value.first { !$0.isWhitespace } == "\""
            guard quoteFirst || value.contains(where: { $0 == ";" || $0.isNewline }) else { return value }
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: "; ")
    }

    private func retentionText(_ rule: RetentionRule, in activity: Activity) -> String {
        guard !rule.dataCategoryIds.isEmpty else { return rule.text }
        let names = rule.dataCategoryIds.map { id in activity.dataCategories.first { $0.id == id }?.name ?? id }
        return "\(names.joined(separator: ", ")): \(rule.text)"
    }

    /// One period per rule with a text (a rule's text is one value of the retention cell, in quotes where it holds
    /// a ";"), "–" where a rule has none, trailing "–" left out: "90 days from avslutat ärende", "1 år".
    private func retentionPeriods(_ activity: Activity) -> [String] {
        let units: [PeriodUnit: (en: (String, String), sv: (String, String))] = [
            .days: (("day", "days"), ("dag", "dagar")), .weeks: (("week", "weeks"), ("vecka", "veckor")),
            .months: (("month", "months"), ("månad", "månader")), .years: (("year", "years"), ("år", "år")),
        ]
        var values: [String] = []
        for rule in activity.retention {
            guard !retentionText(rule, in: activity).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { continue }
            values.append(rule.period.map { period in
                let names = language == .sv ? units[period.unit]?.sv : units[period.unit]?.en
                let unit = (period.amount == 1 ? names?.0 : names?.1) ?? ""
                let event = period.startingEvent.map { $0.isEmpty ? "" : (language == .sv ? " från " : " from ") + $0 } ?? ""
                return "\(period.amount) \(unit)\(event)"
            } ?? "–")
        }
        while values.last == "–" { values.removeLast() }
        return values
    }
    private func distinct(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
    private func header(_ field: ExportField) -> String { field.text(language) }
    private func yesNo(_ flag: Bool?) -> String { flag.map { label($0 ? Answer.yes : Answer.no) } ?? "" }

    func country(_ code: String?) -> String {
        guard let code, !code.isEmpty else { return "" }
        guard let country = register.countries.country(code) else { return code }
        return "\(language == .sv ? country.nameSv ?? country.name : country.name) (\(country.code))"
    }

    func contact(_ contact: Contact?) -> String {
        guard let contact else { return "" }
        let text = [contact.name, contact.role, contact.email, contact.phone, contact.address, contact.url]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        guard let note = contact.note, !note.isEmpty else { return text }
        return text.isEmpty ? note : "\(text) – \(note)"
    }

    func safeguard(_ safeguard: TransferSafeguard) -> String {
        var parts = [cited(safeguard.mechanism)]
        switch safeguard.mechanism {
        case .standardContractualClauses:
            if let module = safeguard.sccModule { parts.append(label(module)) }
            parts.append(safeguard.sccReference.flatMap { $0.isEmpty ? nil : $0 } ?? "Commission Implementing Decision (EU) 2021/914")
        case .adequacy: if let reference = safeguard.adequacyReference, !reference.isEmpty { parts.append(reference) }
        case .bindingCorporateRules: if let reference = safeguard.bcrReference, !reference.isEmpty { parts.append(reference) }
        case .derogation: if let derogation = safeguard.derogation { parts.append(cited(derogation)) }
        default: break
        }
        return parts.joined(separator: ", ")
    }

    private func processorName(_ id: String) -> String { register.processor(id)?.name ?? id }
    private func activityNames(_ include: (Activity) -> Bool) -> String {
        joined(register.activities.sorted { $0.id < $1.id }.filter(include).map(\.name))
    }

    func activity(_ activity: Activity) -> [String: String] {
        let organisation = register.organisation
        let entities = activity.legalEntityIds.isEmpty ? organisation.legalEntities
            : activity.legalEntityIds.map { id in organisation.legalEntities.first { $0.id == id } ?? LegalEntity(id: id, name: id) }
        var bases = distinct(activity.purposes.compactMap(\.lawfulBasis).map(cited))
        if activity.purposes.contains(where: { $0.lawfulBasis == nil }) { bases.append(notRecorded) }
        // Art 30(1)(e): the activity's own transfers, then those through its processors and their sub-processors.
        var routes: [(country: String?, transfer: Transfer?)] = activity.transferIds.map { (register.transfer($0)?.country, register.transfer($0)) }
        var seenTransfers = Set(activity.transferIds), visited = Set<String>()
        func walk(_ id: String) {
            guard visited.insert(id).inserted, let processor = register.processor(id) else { return }
            let received = register.transfers.filter { $0.recipient.kind == .processor && $0.recipient.id == id }
            for transfer in received where seenTransfers.insert(transfer.id).inserted { routes.append((transfer.country ?? processor.country, transfer)) }
            if received.isEmpty, let code = processor.country, register.countries.country(code)?.eea == false { routes.append((code, nil)) }
            for child in register.processors where child.parentProcessorId == id { walk(child.id) }
        }
        activity.processorIds.forEach(walk)
        return [
            header(.id): activity.id,
            header(.activity): activity.name,
            header(.description): activity.description ?? "",
            header(.owner): activity.owner ?? "",
            header(.role): label(activity.role),
            header(.status): label(activity.status),
            header(.legalEntities): joined(entities.map { entity in
                entity.organisationNumber.map { "\(entity.name) (\($0))" } ?? entity.name
            }),
            header(.controllerContact): contact(organisation.contact),
            header(.dataProtectionOfficer): contact(organisation.dataProtectionOfficer),
            header(.euRepresentative): contact(organisation.euRepresentative),
            header(.controllers): joined(activity.controllers.map { party in
                let details = contact(party.contact)
                return details.isEmpty ? party.name : "\(party.name) (\(details))"
            }),
            header(.jointControllers): joined(activity.jointControllerIds.map { id in
                guard let joint = register.jointController(id) else { return id }
                guard let party = joint.party?.name, !party.isEmpty, party != joint.name else { return joint.name }
                return "\(joint.name) (\(party))"
            }),
            header(.purposes): joined(activity.purposes.map(\.description)),
            header(.lawfulBasis): joined(bases),
            header(.legitimateInterests): joined(distinct(activity.purposes.compactMap(\.legitimateInterest).filter { !$0.isEmpty })),
            header(.article9Condition): joined(distinct(activity.purposes.compactMap(\.article9Condition).map(cited))),
            header(.dataSubjects): joined(activity.dataSubjects),
            header(.dataCategories): joined(activity.dataCategories.map(\.name)),
            header(.specialCategories): joined(activity.dataCategories.compactMap { category in
                category.specialCategory.map { "\(category.name): \(cited($0))" }
            }),
            header(.highRiskData): joined(activity.dataCategories.filter { $0.highRisk == true }.map(\.name)),
            header(.dataSources): joined(activity.dataSources),
            header(.recipients): joined(activity.recipients),
            header(.processors): joined(activity.processorIds.map(processorName)),
            header(.transferCountries): joined(distinct(routes.map { route in
                let text = country(route.country)
                return text.isEmpty ? notRecorded : text
            })),
            header(.transferMechanisms): joined(distinct(routes.compactMap { $0.transfer.map { safeguard($0.safeguard) } })),
            header(.retention): joined(activity.retention.map { retentionText($0, in: activity) }),
            header(.retentionPeriods): joined(retentionPeriods(activity)),
            header(.securityMeasures): joined(activity.securityMeasureIds.map { register.securityMeasure($0)?.name ?? $0 }
                + [activity.securityDescription].compactMap { $0 }.filter { !$0.isEmpty }),
            header(.automatedDecisions): activity.automatedDecisionMaking.map { decisions in
                decisions.description.flatMap { $0.isEmpty ? nil : "\(label(decisions.used)) – \($0)" } ?? label(decisions.used)
            } ?? "",
            header(.profiling): label(activity.automatedDecisionMaking?.profiling),
            header(.dpiaNeeded): label(activity.dpia?.needed),
            header(.dpiaStatus): label(activity.dpia?.status),
            header(.dpiaDate): activity.dpia?.date ?? "",
            header(.dpiaLink): activity.dpia?.link ?? "",
            header(.department): activity.department ?? "",
            header(.vulnerableDataSubjects): yesNo(activity.vulnerableDataSubjects),
            header(.article10Basis): activity.article10Basis ?? "",
            header(.identityNumberJustification): activity.identityNumberJustification ?? "",
            header(.statutoryProvision): joined(distinct(activity.purposes.compactMap(\.statutoryProvision).filter { !$0.isEmpty })),
            header(.rightsAvailable): joined(DataSubjectRights.available(activity).map(cited)),
            header(.consentRecords): activity.consentRecords ?? "",
            header(.legitimateInterestsAssessment): activity.legitimateInterestsAssessment ?? "",
            header(.systems): joined(activity.systems ?? []),
            header(.storageLocation): activity.storageLocation ?? "",
            header(.retentionPolicy): activity.retentionPolicy ?? "",
            header(.article22Exception): activity.automatedDecisionMaking?.exception.map(cited) ?? "",
            header(.dpiaCriteria): joined(DPIAScreening.criteria(of: activity).map { label($0) }),
            header(.dpiaIMYListItems): joined((activity.dpia?.imyListItems ?? []).map { label($0) }),
            header(.dpiaNotNeededReason): activity.dpia?.notNeededReason ?? "",
            header(.lastReviewed): activity.lastReviewed ?? "",
            header(.notes): activity.notes ?? "",
        ]
    }

    func processor(_ processor: Processor) -> [String: String] {
        let agreement = processor.agreement
        let clauses = Article28Clause.allCases.map { clause -> String in
            let check = agreement.clauses[clause.rawValue] ?? ClauseCheck()
            let name = Article28Clause.lettered.contains(clause) ? clause.rawValue : clause.label.text(language)
            var text = "\(name): \(label(check.status))"
            if let location = check.location, !location.isEmpty { text += " (\(location))" }
            if let note = check.note, !note.isEmpty { text += " – \(note)" }
            return text
        }
        return [
            header(.id): processor.id,
            header(.processor): processor.name,
            header(.service): processor.service ?? "",
            header(.country): country(processor.country),
            header(.contact): contact(processor.contact),
            header(.agreementStatus): label(agreement.status),
            header(.agreementSigned): agreement.signedDate ?? "",
            header(.agreementReference): agreement.reference ?? "",
            header(.reviewDue): agreement.reviewDue ?? "",
            header(.agreementLastReviewed): agreement.lastReviewed ?? "",
            header(.clauses): joined(clauses),
            header(.subprocessorAuthorisation): agreement.subprocessorAuthorisation.map(cited) ?? "",
            header(.objectionPeriodDays): agreement.objectionPeriodDays.map(String.init) ?? "",
            header(.subprocessors): joined(register.processors.sorted { $0.id < $1.id }.filter { $0.parentProcessorId == processor.id }.map(\.name)),
            header(.activities): activityNames { $0.processorIds.contains(processor.id) },
            header(.agreementNote): agreement.note ?? "",
            header(.notes): processor.notes ?? "",
        ]
    }

    func subprocessor(_ processor: Processor) -> [String: String] {
        [
            header(.id): processor.id,
            header(.subprocessor): processor.name,
            header(.engagedBy): processor.parentProcessorId.map(processorName) ?? "",
            header(.service): processor.service ?? "",
            header(.country): country(processor.country),
            header(.contact): contact(processor.contact),
            header(.approval): label(processor.approval?.status),
            header(.approvalDate): processor.approval?.date ?? "",
            header(.noticeDate): processor.approval?.noticeDate ?? "",
            header(.agreementStatus): label(processor.agreement.status),
            header(.agreementSigned): processor.agreement.signedDate ?? "",
            header(.agreementReference): processor.agreement.reference ?? "",
            header(.subprocessors): joined(register.processors.sorted { $0.id < $1.id }.filter { $0.parentProcessorId == processor.id }.map(\.name)),
            header(.agreementNote): processor.agreement.note ?? "",
            header(.notes): processor.notes ?? "",
        ]
    }

    func transfer(_ transfer: Transfer) -> [String: String] {
        let safeguard = transfer.safeguard
        let recipient: String
        switch transfer.recipient.kind {
        case .processor: recipient = transfer.recipient.id.map(processorName) ?? transfer.recipient.name ?? ""
        case .jointController:
            recipient = transfer.recipient.id.map { register.jointController($0)?.name ?? $0 } ?? transfer.recipient.name ?? ""
        case .other: recipient = transfer.recipient.name ?? transfer.recipient.id ?? ""
        case .internationalOrganisation:
            recipient = transfer.recipient.name ?? register.countries.internationalOrganisation(transfer.recipient.id)?.name(language)
                ?? transfer.recipient.id ?? ""
        }
        let status: String
        if let country = register.countries.country(transfer.country) { status = country.transferStatus.text(language) } else { status = "" }
        return [
            header(.id): transfer.id,
            header(.transfer): transfer.name,
            header(.recipient): recipient,
            header(.recipientType): label(transfer.recipient.kind),
            header(.country): country(transfer.country),
            header(.countryStatus): status,
            header(.mechanism): cited(safeguard.mechanism),
            header(.sccModule): label(safeguard.sccModule),
            header(.sccReference): safeguard.mechanism == .standardContractualClauses ? safeguard.effectiveSCCReference : (safeguard.sccReference ?? ""),
            header(.sccSigned): safeguard.sccSignedDate ?? "",
            header(.adequacyReference): safeguard.adequacyReference ?? "",
            header(.recipientCovered): yesNo(safeguard.recipientCoverage?.covered),
            header(.coverageReference): safeguard.recipientCoverage?.reference ?? "",
            header(.coverageChecked): safeguard.recipientCoverage?.checkedDate ?? "",
            header(.bcrReference): safeguard.bcrReference ?? "",
            header(.derogation): safeguard.derogation.map(cited) ?? "",
            header(.derogationDocumentation): safeguard.documentation ?? "",
            header(.occasionalTransfers): yesNo(safeguard.occasional),
            header(.transferImpactAssessment): transfer.transferImpactAssessmentDate ?? "",
            header(.supplementaryMeasures): joined(transfer.supplementaryMeasures),
            header(.dataCategories): joined(transfer.dataCategories),
            header(.activities): activityNames { $0.transferIds.contains(transfer.id) },
            header(.notes): transfer.notes ?? "",
        ]
    }

    func jointController(_ joint: JointController) -> [String: String] {
        let sorted = register.activities.sorted { $0.id < $1.id }
        // Each activity once, as the export promises, even when the joint controller names one twice.
        var names = distinct(joint.activityIds).map { id in register.activity(id)?.name ?? id }
        names += sorted.filter { $0.jointControllerIds.contains(joint.id) && !joint.activityIds.contains($0.id) }.map(\.name)
        return [
            header(.id): joint.id,
            header(.jointController): joint.name,
            header(.party): joint.party?.name ?? "",
            header(.partyContact): contact(joint.party?.contact),
            header(.country): country(joint.country),
            header(.scope): joint.scope ?? "",
            header(.arrangement): label(joint.arrangement.status),
            header(.arrangementTitle): joint.arrangement.title ?? "",
            header(.arrangementReference): joint.arrangement.reference ?? "",
            header(.arrangementDate): joint.arrangement.date ?? "",
            header(.responsibilities): joint.responsibilities ?? "",
            header(.contactPoint): joint.contactPoint ?? "",
            header(.activities): joined(names),
            header(.transfers): joined(joint.transferIds.map { register.transfer($0)?.name ?? $0 }),
            header(.notes): joint.notes ?? "",
        ]
    }

    func securityMeasure(_ measure: SecurityMeasure) -> [String: String] {
        [
            header(.id): measure.id,
            header(.securityMeasure): measure.name,
            header(.measureType): label(measure.kind),
            header(.description): measure.description ?? "",
            header(.activities): activityNames { $0.securityMeasureIds.contains(measure.id) },
            header(.notes): measure.notes ?? "",
        ]
    }

    /// The expected rows of a table, in the exporter's order (by id).
    func rows(_ table: CSVTable) -> [[String: String]] {
        switch table {
        case .activities: return register.activities.sorted { $0.id < $1.id }.map(activity)
        case .processors: return register.processors.sorted { $0.id < $1.id }.filter { $0.parentProcessorId == nil }.map(processor)
        case .subprocessors: return register.processors.sorted { $0.id < $1.id }.filter { $0.parentProcessorId != nil }.map(subprocessor)
        case .transfers: return register.transfers.sorted { $0.id < $1.id }.map(transfer)
        case .jointControllers: return register.jointControllers.sorted { $0.id < $1.id }.map(jointController)
        case .securityMeasures: return register.securityMeasures.sorted { $0.id < $1.id }.map(securityMeasure)
        }
    }

    /// How a spreadsheet must receive a cell: text that would start a formula carries a leading apostrophe.
    static func asSpreadsheetText(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        if text.range(of: #"^[+-]?[0-9]+([.,][0-9]+)?$"#, options: .regularExpression) != nil { return text }
        return "'" + text
    }
}
