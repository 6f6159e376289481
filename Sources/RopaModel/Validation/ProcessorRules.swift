/// Processor agreements (Art 28), sub-processors and processors outside the EEA.
struct ProcessorRules {
    let register: Register
    let asOf: CalendarDate
    /// Processors used by an activity that is not retired. Asking every activity for every processor
    /// took 500 × 10 000 comparisons in a large register.
    let inUse: Set<String>

    init(register: Register, asOf: CalendarDate) {
        self.init(register: register, asOf: asOf, inUse: ProcessorRules.processorsInUse(register.activities))
    }

    init(register: Register, asOf: CalendarDate, inUse: Set<String>) {
        self.register = register
        self.asOf = asOf
        self.inUse = inUse
    }

    static func processorsInUse(_ activities: [Activity]) -> Set<String> {
        var inUse = Set<String>()
        for activity in activities where activity.status != .retired { inUse.formUnion(activity.processorIds) }
        return inUse
    }

    func check() -> [Finding] {
        register.processors.flatMap(check)
    }

    private func check(_ processor: Processor) -> [Finding] {
        var found: [Finding] = []
        func add(_ severity: Severity, _ code: FindingCode, _ field: String, _ en: String, _ sv: String, _ article: String? = nil) {
            found.append(Finding(severity, code, kind: .processor, id: processor.id, name: processor.name,
                                 field: field, message: BilingualLabel(en: en, sv: sv), article: article))
        }
        let agreement = processor.agreement
        if processor.isSubprocessor {
            let parent = processor.parentProcessorId.flatMap { register.processor($0) }
            if processor.approval?.status != .approved {
                add(.warning, .subprocessorNotApproved, "approval.status",
                    "record the controller's approval of this sub-processor, or object to it",
                    "ange den personuppgiftsansvariges godkännande av underbiträdet, eller invänd mot det", "Art 28(2)")
            }
            if parent?.agreement.subprocessorAuthorisation == .generalWithNotice, processor.approval?.noticeDate == nil {
                add(.warning, .subprocessorWithoutNotice, "approval.noticeDate",
                    "under a general authorisation the processor must give notice of a new sub-processor: record when it did",
                    "vid allmänt tillstånd ska biträdet meddela nya underbiträden i förväg: ange när det skedde", "Art 28(2)")
            }
        } else {
            switch agreement.status {
            case .signed:
                if agreement.signedDate == nil {
                    add(.warning, .agreementDateUnknown, "agreement.signedDate",
                        "the agreement is recorded as signed but its date is unknown: find the signed copy and record the date",
                        "avtalet anges som undertecknat men datumet är okänt: leta fram det undertecknade avtalet och ange datum", "Art 28(9)")
                }
            case .expired, .terminated:
                if isInUse(processor) {
                    add(.error, .processorWithoutSignedAgreement, "agreement.status",
                        "the agreement is \(agreement.status.label.en.lowercased()) but the processor is still used: renew it or stop the processing",
                        "avtalet är \(agreement.status.label.sv.lowercased()) men biträdet används fortfarande: förnya det eller upphör med behandlingen",
                        "Art 28(3)")
                }
            case .missing, .draft, .sent:
                add(.error, .processorWithoutSignedAgreement, "agreement.status",
                    "no signed processor agreement (status: \(agreement.status.label.en.lowercased())): sign one that covers Art 28(3)",
                    "inget undertecknat personuppgiftsbiträdesavtal (status: \(agreement.status.label.sv.lowercased())): teckna ett som uppfyller art. 28.3",
                    "Art 28(3)")
            }
            if let due = agreement.reviewDue.flatMap(CalendarDate.init), due < asOf, agreement.status == .signed {
                add(.warning, .agreementReviewOverdue, "agreement.reviewDue",
                    "the agreement was due for review on \(due): review it and set the next date",
                    "avtalet skulle ha granskats \(due): granska det och ange nästa datum")
            }
            for clause in Article28Clause.allCases where agreement.check(clause).status == .missing {
                add(.warning, .agreementClauseMissing, "agreement.clauses.\(clause.rawValue)",
                    "the agreement lacks: \(clause.label.en.lowercased())", "avtalet saknar: \(clause.label.sv.lowercased())", clause.citation)
            }
        }
        if let code = processor.country, !code.isEmpty {
            if let country = register.countries.country(code) {
                if !country.eea && !register.transfers.contains(where: { $0.recipient.kind == .processor && $0.recipient.id == processor.id }) {
                    add(.error, .processorOutsideEEAWithoutTransfer, "country",
                        "\(processor.name) processes data in \(country.name), outside the EU/EEA: record the transfer and its safeguard",
                        "\(processor.name) behandlar uppgifter i \(country.name(.sv)), utanför EU/EES: registrera överföringen och dess skyddsåtgärd",
                        "Art 44")
                }
            } else {
                add(.error, .unknownCountry, "country", "\"\(code)\" is not an ISO 3166-1 country code", "\"\(code)\" är ingen landskod enligt ISO 3166-1")
            }
        } else {
            add(.warning, .missingProcessorCountry, "country",
                "record where \(processor.name) processes the data, to know whether data leaves the EU/EEA",
                "ange var \(processor.name) behandlar uppgifterna, för att veta om de lämnar EU/EES")
        }
        if !processor.isSubprocessor, !isInUse(processor) {
            add(.info, .processorNotLinked, "id", "no activity uses this processor: link it from the activities it serves, or remove it",
                "ingen behandling använder biträdet: länka det från de behandlingar det utför, eller ta bort det")
        }
        return found
    }

    private func isInUse(_ processor: Processor) -> Bool {
        inUse.contains(processor.id)
    }
}
