import Foundation
import RopaModel

/// The information owed to data subjects under Articles 13 and 14, written from the register as a document
/// for the public: who is responsible, what is done with the data and why, who receives it, where it goes,
/// how long it is kept and which rights apply. It states only what the register holds (a gap stays a gap;
/// `ropa validate` reports it), and shows no ids, rule codes or field names.
public enum PrivacyNotice {
    public static func document(_ register: Register, options: NoticeOptions = NoticeOptions()) -> Document {
        var builder = NoticeBuilder(register: register, options: options)
        return builder.build()
    }
}

struct NoticeBuilder {
    let register: Register
    let options: NoticeOptions
    let words: NoticeWording
    let selection: NoticeSelection
    var blocks: [DocumentBlock] = []

    init(register: Register, options: NoticeOptions) {
        self.register = register
        self.options = options
        words = NoticeWording(language: options.language)
        selection = NoticeSelection(register: register, audience: NoticeWording.present(options.audience))
    }

    var language: Language { options.language }

    func text(_ message: ExportMessage, _ arguments: String...) -> String {
        message.text(language, arguments)
    }

    mutating func build() -> Document {
        var subtitle: [String] = []
        if let audience = NoticeWording.present(options.audience) {
            let subjects = NoticeBuilder.unique(selection.controllerActivities.flatMap(\.dataSubjects)
                + selection.processorActivities.flatMap(\.dataSubjects))
                .filter { TextFolding.contains($0, audience) }
            subtitle.append(text(.noticeAudience, subjects.isEmpty ? audience : subjects.joined(separator: "; ")))
        }
        paragraph(text(.noticeIntro))
        controller()
        activities()
        processorRecords()
        jointControllers()
        processors()
        transfers()
        rights()
        complaints()
        return Document(title: text(.noticeTitle, register.organisation.name), subtitle: subtitle, language: language,
                        blocks: blocks)
    }

    // MARK: Blocks

    mutating func heading(_ title: String, level: Int = 1) {
        blocks.append(.heading(level: level, text: title, anchor: nil))
    }

    mutating func paragraph(_ line: String) {
        blocks.append(.paragraph([TextRun(line)]))
    }

    mutating func bullets(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        blocks.append(.bulletList(lines.map { [TextRun($0)] }))
    }

    static func field(_ label: String, _ lines: [String]) -> DocumentField? {
        let kept = lines.compactMap(NoticeWording.present)
        return kept.isEmpty ? nil : DocumentField(label: label, lines: kept.map { [TextRun($0)] })
    }

    static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.compactMap(NoticeWording.present).filter { seen.insert($0).inserted }
    }

    /// "E-mail: …", "Phone: …" for what a contact records; its internal note is not for the public.
    func contactLines(_ contact: Contact?, withName: Bool) -> [String] {
        guard let contact else { return [] }
        var lines: [String] = []
        if withName, let name = NoticeWording.present(contact.name) ?? NoticeWording.present(contact.role) { lines.append(name) }
        if let email = NoticeWording.present(contact.email) { lines.append(text(.noticeEmail, email)) }
        if let phone = NoticeWording.present(contact.phone) { lines.append(text(.noticePhone, phone)) }
        if let address = NoticeWording.present(contact.address) { lines.append(text(.noticeAddress, address)) }
        if let url = NoticeWording.present(contact.url) { lines.append(text(.noticeWebsite, url)) }
        return lines
    }

    func legalEntityLine(_ entity: LegalEntity) -> String {
        var parts = [entity.name]
        if let number = NoticeWording.present(entity.organisationNumber) { parts.append(text(.noticeOrganisationNumber, number)) }
        if let address = NoticeWording.present(entity.address) { parts.append(address) }
        return parts.joined(separator: ", ")
    }

    // MARK: Sections

    mutating func controller() {
        let organisation = register.organisation
        heading(text(.noticeControllerHeading))
        let entities = organisation.legalEntities
        if entities.count > 1 {
            paragraph(text(.noticeControllerMany, organisation.name))
            bullets(entities.map(legalEntityLine))
        } else {
            paragraph(text(.noticeControllerOne))
            bullets(entities.isEmpty ? [organisation.name] : entities.map(legalEntityLine))
        }
        let contact = contactLines(organisation.contact, withName: false)
        if !contact.isEmpty {
            paragraph(text(.noticeContactIntro))
            bullets(contact)
        }
        if let dpo = organisation.dataProtectionOfficer {
            heading(text(.noticeDPOHeading), level: 2)
            paragraph(text(.noticeDPOAppointed))
            let reach = contactLines(dpo, withName: NoticeWording.present(dpo.name) != nil)
            if !reach.isEmpty {
                paragraph(text(.noticeDPOReach))
                bullets(reach)
            }
        }
        if let representative = organisation.euRepresentative, !representative.isEmpty {
            heading(text(.noticeRepresentativeHeading), level: 2)
            paragraph(text(.noticeRepresentativeIntro))
            bullets(contactLines(representative, withName: true))
        }
    }

    mutating func activities() {
        heading(text(.noticeActivitiesHeading))
        if selection.controllerActivities.isEmpty {
            paragraph(text(.noticeNoActivities))
        }
        for activity in selection.controllerActivities {
            heading(activity.name, level: 2)
            if let description = NoticeWording.present(activity.description) { paragraph(description) }
            blocks.append(.fields(activityFields(activity)))
        }
    }

    func activityFields(_ activity: Activity) -> [DocumentField] {
        var fields: [DocumentField?] = []
        let entities = register.organisation.legalEntities
        if !activity.legalEntityIds.isEmpty, entities.count > 1 {
            let named = entities.filter { activity.legalEntityIds.contains($0.id) }.map(legalEntityLine)
            fields.append(NoticeBuilder.field(text(.noticeFieldController), named))
        }
        fields.append(NoticeBuilder.field(text(.noticeFieldSubjects), activity.dataSubjects))
        fields.append(NoticeBuilder.field(text(.noticeFieldData), activity.dataCategories.map { category in
            category.specialCategory?.needsArticle9Condition == true ? text(.noticeSensitive, category.name) : category.name
        }))
        var interestsStated = Set<String>()
        let purposes = activity.purposes.flatMap { purposeLines($0, interestsStated: &interestsStated) }
        fields.append(NoticeBuilder.field(text(.noticeFieldPurposes), purposes))
        if let provision = activity.dataProvision {
            var lines = [words.provision(provision.requirement)]
            if let consequence = NoticeWording.present(provision.consequence) { lines.append(text(.noticeProvisionConsequence, consequence)) }
            fields.append(NoticeBuilder.field(text(.noticeFieldProvision), lines))
        }
        var sources: [String] = []
        switch activity.collectedFrom {
        case .otherSources: sources.append(text(.noticeCollectedElsewhere))
        case .both: sources.append(text(.noticeCollectedBoth))
        case .dataSubject, nil: break
        }
        fields.append(NoticeBuilder.field(text(.noticeFieldSources), sources + activity.dataSources))
        fields.append(NoticeBuilder.field(text(.noticeFieldRecipients), recipients(activity)))
        fields.append(NoticeBuilder.field(text(.noticeFieldTransfers), activityTransfers(activity).map(transferLine)))
        fields.append(NoticeBuilder.field(text(.noticeFieldRetention), activity.retention.map { retentionLine($0, in: activity) }))
        fields.append(NoticeBuilder.field(text(.noticeFieldAutomated), automatedLines(activity.automatedDecisionMaking)))
        return fields.compactMap { $0 }
    }

    /// The purpose with its basis in plain words, then the legitimate interest (once per activity, as several
    /// purposes often share it) and the Art 9 condition.
    func purposeLines(_ purpose: Purpose, interestsStated: inout Set<String>) -> [String] {
        guard let description = NoticeWording.present(purpose.description) else { return [] }
        let sentence = description.hasSuffix(".") ? String(description.dropLast()) : description
        var lines = [purpose.lawfulBasis.map { text(.noticePurpose, sentence, words.lawfulBasis($0)) } ?? description]
        if purpose.lawfulBasis == .legitimateInterests, let interest = NoticeWording.present(purpose.legitimateInterest),
           interestsStated.insert(interest).inserted {
            // "Our legitimate interest: Our legitimate interest in …" says it twice.
            let label = text(.noticeLegitimateInterest, "").trimmingCharacters(in: CharacterSet(charactersIn: ": "))
            let saysItself = TextFolding.fold(interest).hasPrefix(TextFolding.fold(label))
            lines.append(saysItself ? interest : text(.noticeLegitimateInterest, interest))
        }
        if let condition = purpose.article9Condition {
            lines.append(text(.noticeArticle9, words.article9(condition)))
        }
        return lines
    }

    func recipients(_ activity: Activity) -> [String] {
        var lines = activity.recipients
        for id in activity.processorIds {
            if let processor = register.processors.first(where: { $0.id == id }) {
                lines.append(text(.noticeProcessorRecipient, processor.name))
            }
        }
        for joint in jointControllers(of: activity) {
            lines.append(text(.noticeJointRecipient, jointName(joint)))
        }
        return NoticeBuilder.unique(lines)
    }

    func jointControllers(of activity: Activity) -> [JointController] {
        register.jointControllers.filter { activity.jointControllerIds.contains($0.id) || $0.activityIds.contains(activity.id) }
    }

    /// "LinkedIn (LinkedIn Ireland Unlimited Company)"; a name that already explains itself, such as
    /// "YouTube (Google)", stays as it is.
    func jointName(_ joint: JointController) -> String {
        guard let party = NoticeWording.present(joint.party?.name), party != joint.name, !joint.name.contains("(") else {
            return joint.name
        }
        return "\(joint.name) (\(party))"
    }

    /// The transfers an activity makes: named by it, or to its processors and joint controllers.
    func activityTransfers(_ activity: Activity) -> [Transfer] {
        let joint = Set(jointControllers(of: activity).map(\.id))
        return register.transfers.filter { transfer in
            if activity.transferIds.contains(transfer.id) { return true }
            guard let recipient = transfer.recipient.id else { return false }
            switch transfer.recipient.kind {
            case .processor: return activity.processorIds.contains(recipient)
            case .jointController: return joint.contains(recipient)
            case .other, .internationalOrganisation: return false
            }
        }
    }

    func transferRecipient(_ transfer: Transfer) -> String {
        let recipient = transfer.recipient
        var name: String?
        switch recipient.kind {
        case .processor: name = register.processors.first { $0.id == recipient.id }?.name
        case .jointController: name = register.jointControllers.first { $0.id == recipient.id }.map(jointName)
        case .internationalOrganisation: name = register.countries.internationalOrganisation(recipient.id)?.name(language)
        case .other: break
        }
        let who = name ?? NoticeWording.present(recipient.name) ?? transfer.name
        guard let country = register.countries.country(transfer.country)?.name(language) ?? NoticeWording.present(transfer.country) else {
            return who
        }
        return text(.noticeTransferIn, who, country)
    }

    func transferLine(_ transfer: Transfer) -> String {
        let recipient = transferRecipient(transfer)
        guard let safeguard = words.safeguard(transfer.safeguard) else { return recipient }
        return "\(recipient): \(safeguard)"
    }

    /// The rule as written, with its structured period and the event it runs from after it ("… (5 år från
    /// avslutat avtal)"), as the tables' column words them; the period alone where nothing is written.
    func retentionLine(_ rule: RetentionRule, in activity: Activity) -> String {
        var line = NoticeWording.present(rule.text) ?? ""
        if var period = rule.period {
            period.startingEvent = NoticeWording.present(period.startingEvent)
            let words = RetentionPeriodText.text(period, language: language)
            line = line.isEmpty ? words : "\(line) (\(words))"
        }
        let names = rule.dataCategoryIds.compactMap { id in activity.dataCategories.first { $0.id == id }?.name }
        return names.isEmpty || line.isEmpty ? line : "\(names.joined(separator: ", ")): \(line)"
    }

    func automatedLines(_ decisions: AutomatedDecisionMaking?) -> [String] {
        guard let decisions else { return [] }
        var lines: [String] = []
        switch decisions.used {
        case .yes: lines.append(text(.noticeAutomatedYes))
        case .no: lines.append(text(.noticeAutomatedNo))
        case .unknown: break
        }
        switch decisions.profiling {
        case .yes: lines.append(text(.noticeProfilingYes))
        case .no: lines.append(text(.noticeProfilingNo))
        case .unknown, nil: break
        }
        // The logic is owed where decisions or profiling happen (Art 13(2)(f)).
        if decisions.used == .yes || decisions.profiling == .yes, let logic = NoticeWording.present(decisions.description) {
            lines.append(text(.noticeAutomatedLogic, logic))
        }
        return lines
    }

    mutating func processorRecords() {
        let records = selection.processorActivities
        guard !records.isEmpty else { return }
        heading(text(.noticeOnBehalfHeading))
        paragraph(text(.noticeOnBehalfIntro))
        for activity in records {
            heading(activity.name, level: 2)
            if let description = NoticeWording.present(activity.description) { paragraph(description) }
            let fields = [
                NoticeBuilder.field(text(.noticeOnBehalfFor), activity.controllers.map(\.name)),
                NoticeBuilder.field(text(.noticeFieldSubjects), activity.dataSubjects),
                NoticeBuilder.field(text(.noticeFieldData), activity.dataCategories.map(\.name)),
                NoticeBuilder.field(text(.noticeOnBehalfWhat), activity.purposes.map(\.description)),
                NoticeBuilder.field(text(.noticeFieldRetention), activity.retention.map { retentionLine($0, in: activity) }),
            ].compactMap { $0 }
            if !fields.isEmpty { blocks.append(.fields(fields)) }
        }
    }

    mutating func jointControllers() {
        let joints = selection.jointControllers
        guard !joints.isEmpty else { return }
        heading(text(.noticeJointHeading))
        paragraph(text(.noticeJointIntro))
        for joint in joints {
            heading(joint.name, level: 2)
            var arrangement: [String] = []
            if joint.arrangement.status == .inPlace {
                arrangement = [joint.arrangement.title, joint.arrangement.reference].compactMap(NoticeWording.present)
            }
            let activities = register.activities.filter { activity in
                activity.status == .active && (joint.activityIds.contains(activity.id) || activity.jointControllerIds.contains(joint.id))
            }
            let fields = [
                NoticeBuilder.field(text(.noticeJointParty), [joint.party?.name].compactMap { $0 }),
                NoticeBuilder.field(text(.noticeJointScope), [joint.scope].compactMap { $0 }),
                NoticeBuilder.field(text(.noticeJointResponsibilities), [joint.responsibilities].compactMap { $0 }),
                NoticeBuilder.field(text(.noticeJointArrangement), arrangement.isEmpty ? [] : [arrangement.joined(separator: ", ")]),
                NoticeBuilder.field(text(.noticeJointContact), [joint.contactPoint].compactMap { $0 }),
                NoticeBuilder.field(text(.noticeJointActivities), activities.map(\.name)),
            ].compactMap { $0 }
            if !fields.isEmpty { blocks.append(.fields(fields)) }
        }
    }

    mutating func processors() {
        let processors = selection.processors
        guard !processors.isEmpty else { return }
        heading(text(.noticeProcessorsHeading))
        paragraph(text(.noticeProcessorsIntro))
        bullets(processors.map { processor in
            var name = processor.name
            if let parent = processor.parentProcessorId.flatMap({ id in register.processors.first { $0.id == id } }) {
                name = text(.noticeSubprocessor, name, parent.name)
            }
            var line = NoticeWording.present(processor.service).map { "\(name) – \($0)" } ?? name
            if let country = register.countries.country(processor.country)?.name(language) { line += " (\(country))" }
            return line
        })
    }

    mutating func transfers() {
        let transfers = selection.transfers
        guard !transfers.isEmpty else { return }
        heading(text(.noticeTransfersHeading))
        paragraph(text(.noticeTransfersIntro))
        bullets(NoticeBuilder.unique(transfers.map(transferLine)))
        if transfers.contains(where: { NoticeWording.hasCopy($0.safeguard.mechanism) }) {
            paragraph(text(.noticeTransferCopy))
        }
    }

    mutating func rights() {
        heading(text(.noticeRightsHeading))
        paragraph(text(.noticeRightsIntro))
        let activities = selection.controllerActivities
        func names(_ bases: Set<LawfulBasis>) -> String {
            activities.filter { $0.purposes.contains { $0.lawfulBasis.map(bases.contains) ?? false } }
                .map(\.name).joined(separator: ", ")
        }
        var lines = [text(.noticeRightAccess), text(.noticeRightRectification), text(.noticeRightErasure), text(.noticeRightRestriction)]
        // Portability only under consent or contract (Art 20(1)(a)); objection under public task or
        // legitimate interests (Art 21(1)); withdrawal where consent is the basis (Art 7(3)).
        let portable = names([.consent, .contract])
        if !portable.isEmpty { lines.append(text(.noticeRightPortability, portable)) }
        let objectable = names([.publicTask, .legitimateInterests])
        if !objectable.isEmpty { lines.append(text(.noticeRightObjection, objectable)) }
        let consented = names([.consent])
        if !consented.isEmpty { lines.append(text(.noticeRightWithdraw, consented)) }
        bullets(lines)
        paragraph(text(register.organisation.dataProtectionOfficer == nil ? .noticeRightsHow : .noticeRightsHowWithDPO))
    }

    mutating func complaints() {
        heading(text(.noticeComplaintHeading), level: 2)
        paragraph(text(.noticeComplaint))
        let authorities = register.organisation.supervisoryAuthorities
        guard !authorities.isEmpty else {
            bullets([text(.noticeDefaultAuthority)])
            return
        }
        // The lead authority first, then IMY, then the others in the register's order.
        let ordered = authorities.enumerated().sorted { left, right in
            func rank(_ authority: SupervisoryAuthority) -> Int {
                authority.lead == true ? 0 : authority.country?.uppercased() == "SE" ? 1 : 2
            }
            let (a, b) = (rank(left.element), rank(right.element))
            return a != b ? a < b : left.offset < right.offset
        }.map(\.element)
        bullets(ordered.map { authority in
            var line = authority.name
            if let url = NoticeWording.present(authority.url) { line += ", \(url)" }
            guard let country = register.countries.country(authority.country)?.name(language) else { return line }
            return "\(country): \(line)"
        })
    }
}
