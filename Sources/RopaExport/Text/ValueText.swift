import RopaModel

/// How register values read in an export, in one language: vocabulary labels with their article,
/// countries by name, contacts, safeguards, retention. CSV and Markdown share it, so a value reads the
/// same in the spreadsheet and in the document. It returns plain text; each format escapes it its own way.
struct ValueText: Sendable {
    let language: Language
    let index: RegisterIndex
    /// The organisation's legal entities as `legalEntity(_:)` words them: what most activities are
    /// recorded for, worded once rather than for every activity.
    private let organisationLegalEntities: [String]

    /// Multi-valued cells and summaries join their values with this.
    static let separator = "; "

    init(language: Language, index: RegisterIndex) {
        self.language = language
        self.index = index
        organisationLegalEntities = index.register.organisation.legalEntities.map(Self.legalEntity)
    }

    func phrase(_ phrase: ExportPhrase) -> String { phrase.text(language) }
    func sentence(_ sentence: ExportSentence) -> String { sentence.text(language) }

    var notRecorded: String { phrase(.notRecorded) }

    // MARK: Vocabularies

    func label<Term: Vocabulary>(_ term: Term) -> String { term.label.text(language) }

    /// "Consent (Art 6(1)(a))": the label with the article it comes from.
    func cited<Term: Vocabulary>(_ term: Term) -> String { cited(term, citation: { $0 }) }

    /// The same, the article written by `citation` ("art. 6.1 a" in a Swedish document).
    func cited<Term: Vocabulary>(_ term: Term, citation: (String) -> String) -> String {
        guard let article = term.citation else { return label(term) }
        return "\(label(term)) (\(citation(article)))"
    }

    func label<Term: Vocabulary>(_ term: Term?) -> String { term.map { label($0) } ?? "" }

    /// "Yes – DPF listing, checked 2026-11-30": whether the recipient is covered by a partial adequacy decision.
    func coverage(_ coverage: RecipientCoverage?) -> String? {
        guard let coverage else { return nil }
        let details = [coverage.reference, coverage.checkedDate].compactMap { $0 }.filter { !$0.isEmpty }
        return ([yesNo(coverage.covered)] + details).joined(separator: " – ")
    }

    /// "Yes" or "No" for a recorded flag, nothing for one not recorded.
    func yesNo(_ flag: Bool?) -> String { flag.map { label($0 ? Answer.yes : Answer.no) } ?? "" }

    // MARK: Parties and places

    /// "United States (US)"; an unknown code is shown as written.
    func country(_ code: String?) -> String {
        guard let code, !code.isEmpty else { return "" }
        guard let country = index.country(code) else { return code }
        return "\(country.name(language)) (\(country.code))"
    }

    /// "EU/EEA", "adequacy decision", "third country" for a country code.
    func countryStatus(_ code: String?) -> String {
        index.country(code)?.transferStatus.text(language) ?? ""
    }

    /// "Name, role, email, phone, address, url – note", leaving out what is unknown.
    func contact(_ contact: Contact?) -> String {
        guard let contact else { return "" }
        let parts = [contact.name, contact.role, contact.email, contact.phone, contact.address, contact.url]
            .compactMap { $0 }.filter { !$0.isEmpty }
        var text = parts.joined(separator: ", ")
        if let note = contact.note, !note.isEmpty { text += text.isEmpty ? note : " – \(note)" }
        return text
    }

    /// "Name (contact)" for a party outside the organisation.
    func party(_ party: ExternalParty?) -> String {
        guard let party else { return "" }
        let details = contact(party.contact)
        return details.isEmpty ? party.name : "\(party.name) (\(details))"
    }

    /// "IST Group AB (556254-0806)".
    func legalEntity(_ entity: LegalEntity) -> String { Self.legalEntity(entity) }

    static func legalEntity(_ entity: LegalEntity) -> String {
        guard let number = entity.organisationNumber, !number.isEmpty else { return entity.name }
        return "\(entity.name) (\(number))"
    }

    /// The legal entities an activity is recorded for, worded; none named means all of the organisation's.
    func legalEntities(of activity: Activity) -> [String] {
        activity.legalEntityIds.isEmpty ? organisationLegalEntities : index.legalEntities(of: activity).map(legalEntity)
    }

    /// "Name, organisation number 556254-0806, address, Sweden (SE)" for the document's title block.
    func legalEntityInFull(_ entity: LegalEntity) -> String {
        var parts = [entity.name]
        if let number = entity.organisationNumber, !number.isEmpty { parts.append("\(phrase(.organisationNumber)) \(number)") }
        if let address = entity.address, !address.isEmpty { parts.append(address) }
        let place = country(entity.country)
        if !place.isEmpty { parts.append(place) }
        return parts.joined(separator: ", ")
    }

    func supervisoryAuthority(_ authority: SupervisoryAuthority) -> String {
        var parts = [authority.name]
        let place = country(authority.country)
        if !place.isEmpty { parts.append(place) }
        if let url = authority.url, !url.isEmpty { parts.append(url) }
        if authority.lead == true { parts.append(phrase(.leadAuthority)) }
        return parts.joined(separator: ", ")
    }

    // MARK: References

    func processorName(_ id: String) -> String { index.processor(id)?.name ?? id }
    func transferName(_ id: String) -> String { index.transfer(id)?.name ?? id }
    func securityMeasureName(_ id: String) -> String { index.securityMeasure(id)?.name ?? id }

    /// "LinkedIn (LinkedIn Ireland Unlimited Company)".
    func jointControllerName(_ id: String) -> String {
        index.jointController(id)?.displayName ?? id
    }

    /// Who receives a transfer: the processor's or joint controller's name, or the name recorded.
    func recipient(_ recipient: TransferRecipient) -> String {
        switch recipient.kind {
        case .processor:
            if let id = recipient.id { return processorName(id) }
        case .jointController:
            if let id = recipient.id { return index.jointController(id)?.name ?? id }
        case .internationalOrganisation:
            if recipient.name == nil, let organisation = index.register.countries.internationalOrganisation(recipient.id) {
                return organisation.name(language)
            }
        case .other:
            break
        }
        return recipient.name ?? recipient.id ?? ""
    }

    // MARK: Activities

    /// Each Art 6 basis once, in the order of the purposes; a purpose without one is said so.
    func lawfulBases(_ activity: Activity) -> [String] {
        var values = RegisterIndex.distinct(activity.purposes.compactMap(\.lawfulBasis).map { cited($0) })
        if activity.purposes.contains(where: { $0.lawfulBasis == nil }) { values.append(notRecorded) }
        return values
    }

    func legitimateInterests(_ activity: Activity) -> [String] {
        RegisterIndex.distinct(activity.purposes.compactMap(\.legitimateInterest).filter { !$0.isEmpty })
    }

    func article9Conditions(_ activity: Activity) -> [String] {
        RegisterIndex.distinct(activity.purposes.compactMap(\.article9Condition).map { cited($0) })
    }

    /// "Hälsouppgifter: Health (Art 9(1))" for each special category of data.
    func specialCategories(_ activity: Activity) -> [String] {
        activity.dataCategories.compactMap { category in
            category.specialCategory.map { "\(category.name): \(cited($0))" }
        }
    }

    func highRiskData(_ activity: Activity) -> [String] {
        activity.dataCategories.filter { $0.highRisk == true }.map(\.name)
    }

    /// The destination of each transfer once, "Not recorded" for a transfer without a country.
    /// The countries the activity's data goes to: through its own transfers and through its processors and
    /// their sub-processors at any depth (Art 30(1)(e)); a route whose country is not recorded says so.
    func transferCountries(_ activity: Activity) -> [String] {
        RegisterIndex.distinct(index.register.transferRoutes(of: activity, index: index.chains).map { route in
            let text = country(route.country)
            return text.isEmpty ? notRecorded : text
        })
    }

    /// The safeguards of the activity's routes, its own transfers and those through its processors.
    func transferMechanisms(_ activity: Activity) -> [String] {
        RegisterIndex.distinct(index.register.transferRoutes(of: activity, index: index.chains).compactMap { $0.transfer.map { safeguard($0.safeguard) } })
    }

    /// The activity's retention rules, each as `retention(_:in:)` words it.
    func retention(of activity: Activity) -> [String] {
        activity.retention.map { retention($0, in: activity) }
    }

    /// The structured periods of the retention rules, one per value the retention cell reads back as (a rule
    /// with an empty text reads as none and takes no place), `RetentionPeriodText.none` where there is none;
    /// trailing ones left out, so a register without periods shows an empty cell.
    func retentionPeriods(of activity: Activity) -> [String] {
        // Rules after the last one with a period would only add trailing dashes.
        guard let last = activity.retention.lastIndex(where: { $0.period != nil }) else { return [] }
        var values: [String] = []
        for rule in activity.retention[...last] {
            guard ListCell.count(ListCell.quoted(retention(rule, in: activity))) > 0 else { continue }
            values.append(rule.period.map { RetentionPeriodText.text($0, language: language) } ?? RetentionPeriodText.none)
        }
        while values.last == RetentionPeriodText.none { values.removeLast() }
        return values
    }

    /// "Namn, E-post: 90 dagar efter avslutat ärende": the rule as written, with the categories it covers.
    func retention(_ rule: RetentionRule, in activity: Activity) -> String {
        guard !rule.dataCategoryIds.isEmpty else { return rule.text }
        let names = rule.dataCategoryIds.map { id in activity.dataCategories.first { $0.id == id }?.name ?? id }
        return "\(names.joined(separator: ", ")): \(rule.text)"
    }

    /// The security measures by name, then the activity's general description of them.
    func securityMeasures(_ activity: Activity) -> [String] {
        var values = activity.securityMeasureIds.map { securityMeasureName($0) }
        if let description = activity.securityDescription, !description.isEmpty { values.append(description) }
        return values
    }

    /// "Yes – description".
    func automatedDecisions(_ decisions: AutomatedDecisionMaking?) -> String {
        guard let decisions else { return "" }
        let answer = label(decisions.used)
        guard let description = decisions.description, !description.isEmpty else { return answer }
        return "\(answer) – \(description)"
    }

    // MARK: Transfers

    /// "Standard contractual clauses (SCC) (Art 46(2)(c)), Module 2: controller to processor,
    /// Commission Implementing Decision (EU) 2021/914": the mechanism with what identifies it.
    /// A document passes how its language writes articles (`citation`) and names Commission decisions
    /// (`decision`); the CSV keeps them as recorded, since the import reads them back.
    func safeguard(_ safeguard: TransferSafeguard, citation: (String) -> String = { $0 },
                   decision: (String) -> String = { $0 }) -> String {
        var parts = [cited(safeguard.mechanism, citation: citation)]
        switch safeguard.mechanism {
        case .standardContractualClauses:
            if let module = safeguard.sccModule { parts.append(label(module)) }
            parts.append(decision(safeguard.effectiveSCCReference))
        case .adequacy:
            if let reference = safeguard.adequacyReference, !reference.isEmpty { parts.append(decision(reference)) }
        case .bindingCorporateRules:
            if let reference = safeguard.bcrReference, !reference.isEmpty { parts.append(reference) }
        case .derogation:
            if let derogation = safeguard.derogation { parts.append(cited(derogation, citation: citation)) }
        case .codeOfConduct, .certification, .adHocClauses, .none, .unknown:
            break
        }
        return parts.joined(separator: ", ")
    }

    /// The SCC decision for a transfer under SCC (2021/914 unless recorded otherwise), else what is recorded.
    func sccReference(_ safeguard: TransferSafeguard) -> String {
        safeguard.mechanism == .standardContractualClauses ? safeguard.effectiveSCCReference : (safeguard.sccReference ?? "")
    }

    // MARK: Processors

    /// "a: Present (§ 7.2) – note" for each of the eight clauses, unchecked ones included.
    func clause(_ clause: Article28Clause, of agreement: ProcessorAgreement) -> String {
        let check = agreement.check(clause)
        // "a: Present" for a lettered clause; the opening items and the last duty by their names.
        let name = Article28Clause.lettered.contains(clause) ? clause.rawValue : clause.label.text(language)
        var text = "\(name): \(label(check.status))"
        if let location = check.location, !location.isEmpty { text += " (\(location))" }
        if let note = check.note, !note.isEmpty { text += " – \(note)" }
        return text
    }

    // MARK: Findings

    /// "Activity 'Name' (id)".
    func findingEntity(_ finding: Finding) -> String {
        "\(finding.kind.label.text(language)) '\(finding.entityName)' (\(finding.entityID))"
    }
}

extension Optional where Wrapped == String {
    /// The text, or "" when there is none.
    var orEmpty: String { self ?? "" }
}
