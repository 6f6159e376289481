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
        // By index: `for activity in activities` copied every activity whole to read two of its fields.
        for index in activities.indices where activities[index].status != .retired { inUse.formUnion(activities[index].processorIds) }
        return inUse
    }

    func check() -> [Finding] {
        register.processors.flatMap(check)
    }

    private func check(_ processor: Processor) -> [Finding] {
        var found: [Finding] = []
        func add(_ severity: Severity, _ code: FindingCode, _ field: String, _ en: String, _ sv: String, _ article: String? = nil) {
            found.append(Finding(severity, code, kind: .processor, id: processor.id, name: processor.name,
                                 field: field, message: BilingualText(en: en, sv: sv), article: article))
        }
        let agreement = processor.agreement
        if processor.isSubprocessor {
            subprocessorFindings(processor, add: add)
        } else {
            switch agreement.status {
            case .signed:
                if agreement.signedDate == nil {
                    // Art 28(9) is the writing requirement; the date shows the agreement governed the processing
                    // from the start (Art 28(3)) and is what accountability (Art 5(2)) asks to be able to show.
                    add(.warning, .agreementDateUnknown, "agreement.signedDate",
                        "the agreement is recorded as signed but its date is unknown: find the signed copy and record the date",
                        "avtalet anges som undertecknat men datumet är okänt: leta fram det undertecknade avtalet och ange datum", "Art 28(3), Art 5(2)")
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
                    "no signed processor agreement (status: \(agreement.status.label.en.lowercased())): obtain one that covers Art 28(3)",
                    "inget undertecknat personuppgiftsbiträdesavtal (status: \(agreement.status.label.sv.lowercased())): teckna ett som uppfyller art. 28.3",
                    "Art 28(3)")
            case .unknown:
                add(.warning, .agreementUnknown, "agreement.status",
                    "whether there is a processor agreement is not stated: find out, and record its status",
                    "det är inte angivet om det finns ett personuppgiftsbiträdesavtal: ta reda på det och ange dess status", "Art 28(3)")
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

    /// A sub-processor: its agreement with the processor that engaged it (Art 28(4)), and the controller's
    /// authorisation (Art 28(2)): prior specific authorisation needs the approval; a general written one
    /// needs prior notice of the new sub-processor and a chance to object, and no approval.
    private func subprocessorFindings(_ processor: Processor, add: (Severity, FindingCode, String, String, String, String?) -> Void) {
        switch processor.agreement.status {
        case .missing, .draft, .sent, .expired, .terminated:
            add(.error, .subprocessorAgreementMissing, "agreement.status",
                "no signed agreement between the processor and this sub-processor is recorded: obtain one that imposes the same obligations (Art 28(4))",
                "inget undertecknat avtal mellan biträdet och detta underbiträde är registrerat: se till att ett som ålägger samma skyldigheter tecknas (art. 28.4)",
                "Art 28(4)")
        case .unknown:
            add(.warning, .subprocessorAgreementUnknown, "agreement.status",
                "whether the processor has an agreement with this sub-processor is not stated: find out (Art 28(4))",
                "det är inte angivet om biträdet har ett avtal med detta underbiträde: ta reda på det (art. 28.4)", "Art 28(4)")
        case .signed:
            break
        }
        // The nearest engaging processor whose agreement records the authorisation decides it.
        let authorising = register.engagingChain(of: processor.id).reversed().first { $0.agreement.subprocessorAuthorisation != nil }
        let authorisation = authorising?.agreement.subprocessorAuthorisation
        switch authorisation {
        case .specific?:
            if processor.approval?.status != .approved {
                add(.warning, .subprocessorNotApproved, "approval.status",
                    "under prior specific authorisation the controller must approve this sub-processor: record the approval, or object to it",
                    "vid särskilt förhandstillstånd ska den personuppgiftsansvarige godkänna underbiträdet: ange godkännandet, eller invänd mot det",
                    "Art 28(2)")
            }
        case .generalWithNotice?:
            if let notice = processor.approval?.noticeDate.flatMap(CalendarDate.init) {
                let days = authorising?.agreement.objectionPeriodDays
                if let days, processor.approval?.status != .objected {
                    let ends = notice.adding(days: days)
                    if asOf <= ends {
                        add(.info, .subprocessorObjectionPeriodOpen, "approval.noticeDate",
                            "notice was given on \(notice); the period to object runs until \(ends): decide whether to object",
                            "förhandsbesked lämnades \(notice); tiden för invändning löper till \(ends): ta ställning till om ni ska invända", "Art 28(2)")
                    }
                } else if days == nil {
                    add(.info, .objectionPeriodNotRecorded, "approval.noticeDate",
                        "record the period the agreement gives to object to a new sub-processor (agreement.objectionPeriodDays of the engaging processor)",
                        "ange hur lång tid avtalet ger för att invända mot ett nytt underbiträde (agreement.objectionPeriodDays hos det anlitande biträdet)", "Art 28(2)")
                }
            } else {
                add(.warning, .subprocessorWithoutNotice, "approval.noticeDate",
                    "under a general authorisation the processor must give notice of a new sub-processor, with a chance to object: record when it did",
                    "vid allmänt tillstånd ska biträdet meddela nya underbiträden i förväg, med möjlighet att invända: ange när det skedde", "Art 28(2)")
            }
        case nil:
            add(.warning, .subprocessorAuthorisationUnknown, "parentProcessorId",
                "the agreement with the engaging processor does not say whether sub-processors need prior specific or general written authorisation: find out and record it",
                "avtalet med det anlitande biträdet anger inte om underbiträden kräver särskilt eller allmänt skriftligt förhandstillstånd: ta reda på det och ange det",
                "Art 28(2)")
        }
        if processor.approval?.status == .objected {
            add(.error, .subprocessorObjected, "approval.status",
                "the controller objected to this sub-processor, yet it is recorded as engaged: have it replaced, or record that it was withdrawn",
                "den personuppgiftsansvarige har invänt mot underbiträdet, men det är registrerat som anlitat: se till att det byts ut, eller ange att det har avvecklats",
                "Art 28(2)")
        }
    }

    private func isInUse(_ processor: Processor) -> Bool {
        inUse.contains(processor.id)
    }
}
