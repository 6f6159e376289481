import RopaModel

/// The Overview is where a working day starts: the organisation and its counts, then what needs attention
/// (overdue agreement reviews and errors), one line each, which Enter opens at the entity's field.
enum OverviewScreen {
    /// A line of "Needs attention" and the field it opens.
    struct Attention: Sendable {
        enum Source: Sendable {
            /// An agreement review that is overdue or not scheduled, for this reason.
            case review(ReviewItem, ReviewReason)
            case finding(Finding)
        }

        let source: Source
        let style: Style
        let ref: EntityRef
        let field: String

        /// Worded when drawn: a large register has hundreds of errors, and a screen shows a few.
        func text(_ language: Language) -> String {
            switch source {
            case .review(let item, let reason):
                return item.reviewDueText(language).map { UIMessage.uiAgreementReviewOverdue.text(language, item.name, $0) }
                    ?? UIMessage.uiAgreementReviewUnscheduled.text(language, item.name, reason.message(language))
            case .finding(let finding): return "\(finding.kind.label.text(language)) '\(finding.entityName)': \(finding.message(language))"
            }
        }
    }

    /// More lines than any screen shows: a register with thousands of errors lists the first ones.
    static let attentionLimit = 500

    /// The lines above "Needs attention": the organisation, the counts, the validation summary, the head.
    static func header(_ state: AppState) -> [(String, Style)] {
        let register = state.register
        let organisation = register.organisation
        let language = state.language
        func t(_ en: String, _ sv: String) -> String { state.text(en, sv) }
        var lines: [(String, Style)] = []
        lines.append((organisation.name, .title))
        for entity in organisation.legalEntities {
            lines.append(("  \(entity.name)  \(entity.organisationNumber ?? t("org. no. unknown", "org.nr saknas"))  \(entity.address ?? "")", .normal))
        }
        let dpo = organisation.dataProtectionOfficer
        let dpoText = dpo.map { [$0.name, $0.email, $0.phone].compactMap { $0 }.joined(separator: " · ") } ?? ""
        lines.append((t("DPO: ", "Dataskyddsombud: ") + (dpo == nil ? t("none recorded", "inget angivet") : dpoText.isEmpty ? t("appointed, no contact details", "utsett, kontaktuppgifter saknas") : dpoText), .normal))
        lines.append((t("Supervisory authorities: ", "Tillsynsmyndigheter: ") + organisation.supervisoryAuthorities.map { "\($0.name)\($0.country.map { " (\($0))" } ?? "")" }.joined(separator: "; "), .normal))
        lines.append(("", .normal))
        let subprocessors = register.processors.filter(\.isSubprocessor).count
        lines += packed([
            Counted.text(register.activities.count, language, en: ("activity", "activities"), sv: ("behandling", "behandlingar")),
            Counted.text(register.processors.count - subprocessors, language, en: ("processor", "processors"), sv: ("biträde", "biträden")),
            Counted.text(subprocessors, language, en: ("sub-processor", "sub-processors"), sv: ("underbiträde", "underbiträden")),
            Counted.text(register.transfers.count, language, en: ("transfer", "transfers"), sv: ("överföring", "överföringar")),
            Counted.text(register.jointControllers.count, language, en: ("joint controller", "joint controllers"), sv: ("gemensamt ansvarig", "gemensamt ansvariga")),
            Counted.text(register.securityMeasures.count, language, en: ("security measure", "security measures"), sv: ("säkerhetsåtgärd", "säkerhetsåtgärder")),
        ], width: state.size.columns - 2).map { ($0, .normal) }
        if state.findingsPending {
            // Not "0 errors": none are known yet.
            lines.append((UIMessage.uiValidationBeingChecked.text(language), .muted))
        } else {
            let counts = Severity.allCases.map { severity in state.findings.filter { $0.severity == severity }.count }
            lines.append((t("Validation: ", "Validering: ") + [
                Counted.text(counts[0], language, en: ("error", "errors"), sv: ("fel", "fel")),
                Counted.text(counts[1], language, en: ("warning", "warnings"), sv: ("varning", "varningar")),
                Counted.text(counts[2], language, en: ("note", "notes"), sv: ("notering", "noteringar")),
            ].joined(separator: ", ") + t(" (8 lists them)", " (8 listar dem)"), counts[0] > 0 ? .error : .ok))
        }
        if let head = state.session.head {
            lines.append((t("Head: version \(head.label) · \(head.time) · \(head.author) · \(head.message)",
                             "Senaste: version \(head.label) · \(head.time) · \(head.author) · \(head.message)"), .muted))
        }
        lines.append(("", .normal))
        lines.append((UIMessage.uiNeedsAttention.text(language), .accent))
        // The errors join the overdue reviews below when the check is done.
        if state.findingsPending { lines.append(("  " + UIMessage.uiFindingsBeingChecked.text(language), .muted)) }
        return lines
    }

    /// What needs attention: every agreement whose review date has passed (whatever else is wrong with
    /// it), then the errors, each opening the field it is about.
    static func attention(_ state: AppState) -> [Attention] {
        if let known = state.caches.attention, known.token === state.caches.contentToken { return known.items }
        return makeAttention(state)
    }

    /// The same, kept in the caches for the next key and frame.
    static func cachedAttention(_ state: inout AppState) -> [Attention] {
        let items = attention(state)
        state.caches.attention = (state.caches.contentToken, items)
        return items
    }

    private static func makeAttention(_ state: AppState) -> [Attention] {
        // None is known until the check that brings the findings brings the overdue reviews too.
        guard !state.findingsPending else { return [] }
        var items: [Attention]
        if let known = state.caches.overdueReviews, known.generation == state.findingsGeneration {
            items = known.items
        } else {
            items = overdueReviews(state.register, asOf: state.asOf)
        }
        for finding in state.findings where finding.severity == .error {
            guard items.count < attentionLimit else { break }
            items.append(Attention(source: .finding(finding), style: .error, ref: EntityRef(finding.kind, finding.entityID), field: finding.field))
        }
        return items
    }

    /// The review tier "overdue or not scheduled", also for an item whose worst reason is another. The queue
    /// of 500 processors was a tenth of a large register's first frame: a findings check works it out too.
    static func overdueReviews(_ register: Register, asOf: CalendarDate) -> [Attention] {
        AgreementReview(register: register, asOf: asOf).queue().compactMap { item in
            item.reasons.first(where: { $0.urgency == .overdue }).map { reason in
                Attention(source: .review(item, reason), style: .warning, ref: EntityRef(.processor, item.processorID), field: reason.field)
            }
        }
    }

    /// Parts joined by " · " into lines of at most `width` columns, breaking only between parts: the
    /// counts in Swedish are longer than a screen, and "1" must not be parted from its noun.
    static func packed(_ parts: [String], width: Int) -> [String] {
        var lines: [String] = []
        for part in parts {
            if let last = lines.last, DisplayWidth.of(last) + 3 + DisplayWidth.of(part) <= width {
                lines[lines.count - 1] = last + " · " + part
            } else {
                lines.append(part)
            }
        }
        return lines
    }

    /// Rows for the attention lines below the header.
    static func attentionHeight(_ state: AppState, headerCount: Int) -> Int {
        max(1, state.size.rows - 2 - headerCount)
    }
}
