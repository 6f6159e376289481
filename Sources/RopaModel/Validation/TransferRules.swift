/// Chapter V: every transfer names its destination (a third country, or an international organisation,
/// which needs no country) and rests on a mechanism that applies there on the day of validation.
struct TransferRules {
    let register: Register
    /// The day adequacy decisions with a sunset clause are measured against.
    let asOf: CalendarDate

    init(register: Register, asOf: CalendarDate = .today()) {
        self.register = register
        self.asOf = asOf
    }

    func check() -> [Finding] {
        register.transfers.flatMap(check)
    }

    /// The adequacy decision for a transfer's destination: the international organisation's, or the country's.
    private struct Destination {
        var name: BilingualLabel
        var adequacy: AdequacyDecision?
    }

    private func check(_ transfer: Transfer) -> [Finding] {
        var found: [Finding] = []
        func add(_ severity: Severity, _ code: FindingCode, _ field: String, _ en: String, _ sv: String, _ article: String? = nil) {
            found.append(Finding(severity, code, kind: .transfer, id: transfer.id, name: transfer.name,
                                 field: field, message: BilingualText(en: en, sv: sv), article: article))
        }
        let safeguard = transfer.safeguard
        var destination: Destination?
        if transfer.recipient.kind == .internationalOrganisation {
            // An international organisation is a recipient in its own right (Art 44): no country is needed.
            if let organisation = register.countries.internationalOrganisation(transfer.recipient.id) {
                destination = Destination(name: BilingualLabel(en: organisation.name, sv: organisation.name(.sv)), adequacy: organisation.adequacy)
            }
        } else if let code = transfer.country, !code.isEmpty {
            if let country = register.countries.country(code) {
                if country.eea {
                    add(.info, .transferInsideEEA, "country", "\(country.name) is in the EU/EEA: no transfer safeguard is needed",
                        "\(country.name(.sv)) ligger inom EU/EES: ingen skyddsåtgärd för överföring behövs")
                    return found
                }
                destination = Destination(name: BilingualLabel(en: country.name, sv: country.name(.sv)), adequacy: country.adequacy)
            } else {
                add(.error, .unknownCountry, "country", "\"\(code)\" is not an ISO 3166-1 country code", "\"\(code)\" är ingen landskod enligt ISO 3166-1")
            }
        } else {
            add(.error, .transferMissingCountry, "country", "name the third country the data goes to",
                "ange vilket tredjeland uppgifterna förs över till", "Art 30(1)(e)")
        }
        switch safeguard.mechanism {
        case .none:
            add(.error, .transferWithoutSafeguard, "safeguard.mechanism",
                "the transfer has neither an adequacy decision nor a safeguard: obtain one (SCCs, BCRs), or record the Art 49 derogation relied on",
                "överföringen har varken adekvansbeslut eller skyddsåtgärd: skaffa en (standardavtalsklausuler, BCR), eller ange undantaget enligt art. 49",
                "Art 44, Art 46")
        case .unknown:
            add(.warning, .transferMechanismUnknown, "safeguard.mechanism",
                "the safeguard the transfer rests on is not stated: find out from the recipient, and record it",
                "det är inte angivet vilken skyddsåtgärd överföringen grundas på: ta reda på det hos mottagaren och ange den", "Art 44, Art 30(1)(e)")
        case .adequacy:
            if let destination { adequacyFindings(transfer, destination, add: add) }
        case .standardContractualClauses:
            if safeguard.sccModule == nil {
                add(.warning, .sccMissingModule, "safeguard.sccModule", "record which SCC module (1–4) the clauses use",
                    "ange vilken modul (1–4) av standardavtalsklausulerna som används", "Art 46(2)(c)")
            }
            if let module = safeguard.sccModule { moduleFindings(transfer, module, add: add) }
            if transfer.transferImpactAssessmentDate == nil {
                add(.warning, .sccWithoutTIA, "transferImpactAssessmentDate",
                    "carry out a transfer impact assessment and record its date (C-311/18 Schrems II)",
                    "gör en konsekvensbedömning av överföringen och ange datum (C-311/18 Schrems II)", "Art 46(1)")
            }
            if safeguard.sccSignedDate == nil {
                add(.info, .sccDateUnknown, "safeguard.sccSignedDate", "record when the clauses were signed",
                    "ange när klausulerna undertecknades")
            }
        case .bindingCorporateRules:
            if (safeguard.bcrReference ?? "").isEmpty {
                add(.warning, .bcrMissingReference, "safeguard.bcrReference", "record the approved BCRs relied on",
                    "ange de godkända bindande företagsbestämmelser som används", "Art 47")
            }
        case .derogation:
            // EDPB Guidelines 2/2018: the derogations are for occasional transfers, never systematic ones.
            if safeguard.occasional == false {
                add(.error, .derogationForSystematicTransfers, "safeguard.occasional",
                    "Art 49 derogations cover occasional transfers only, not systematic ones: obtain an Art 46 safeguard (SCCs, BCRs)",
                    "undantagen i art. 49 gäller bara tillfälliga överföringar, inte systematiska: skaffa en skyddsåtgärd enligt art. 46 (standardavtalsklausuler, BCR)",
                    "Art 49(1), EDPB Guidelines 2/2018")
            } else if safeguard.occasional == nil {
                add(.warning, .derogationForSystematicTransfers, "safeguard.occasional",
                    "record whether the transfers are occasional: Art 49 derogations do not cover systematic transfers",
                    "ange om överföringarna är tillfälliga: undantagen i art. 49 gäller inte systematiska överföringar",
                    "Art 49(1), EDPB Guidelines 2/2018")
            }
            if let derogation = safeguard.derogation {
                if derogation == .compellingLegitimateInterests, register.isBlank(safeguard.documentation) {
                    add(.error, .derogationUndocumented, "safeguard.documentation",
                        "a transfer on compelling legitimate interests must document the suitable safeguards",
                        "en överföring på grund av tvingande berättigade intressen måste dokumentera lämpliga skyddsåtgärder",
                        "Art 30(1)(e), Art 49(6)")
                }
            } else {
                add(.error, .derogationNotNamed, "safeguard.derogation", "name the Art 49(1) derogation relied on",
                    "ange vilket undantag enligt art. 49.1 som används", "Art 49(1)")
            }
        case .codeOfConduct, .certification, .adHocClauses:
            if register.isBlank(safeguard.documentation) {
                add(.warning, .safeguardUndocumented, "safeguard.documentation", "reference the code of conduct, certification or authorised clauses relied on",
                    "hänvisa till uppförandekoden, certifieringen eller de godkända klausuler som används", "Art 46(2), Art 46(3)")
            }
        }
        // Every Art 46 tool, not only SCCs, needs an assessment of the destination's law and practice.
        if safeguard.mechanism.isArticle46Safeguard, safeguard.mechanism != .standardContractualClauses,
           transfer.transferImpactAssessmentDate == nil {
            add(.warning, .safeguardWithoutTIA, "transferImpactAssessmentDate",
                "carry out a transfer impact assessment for the \(safeguard.mechanism.label.en.lowercased()) and record its date (C-311/18 Schrems II; EDPB Recommendations 01/2020)",
                "gör en konsekvensbedömning av överföringen för \(safeguard.mechanism.label.sv.lowercased()) och ange datum (C-311/18 Schrems II; EDPB:s rekommendationer 01/2020)",
                "Art 46(1)")
        }
        return found
    }

    /// Whether the SCC module fits the roles (Decision (EU) 2021/914): module 1 is controller to controller,
    /// 2 controller to processor, 3 processor to processor (a processor towards its sub-processor).
    private func moduleFindings(_ transfer: Transfer, _ module: SCCModule,
                                add: (Severity, FindingCode, String, String, String, String?) -> Void) {
        let recipient = transfer.recipient
        var expected: [SCCModule] = []
        switch recipient.kind {
        case .processor:
            guard let id = recipient.id, let processor = register.processor(id) else { return }
            // The organisation exports to its processor (module 2); its processor exports to a sub-processor (module 3).
            expected = processor.isSubprocessor ? [.module3] : [.module2]
        case .jointController:
            expected = [.module1]
        case .other, .internationalOrganisation:
            return
        }
        guard !expected.contains(module), let fitting = expected.first else { return }
        add(.error, .sccModuleMismatch, "safeguard.sccModule",
            "module \(module.rawValue) does not fit this recipient: use \(fitting.label.en.lowercased())",
            "modul \(module.rawValue) passar inte denna mottagare: använd \(fitting.label.sv.lowercased())", "Art 46(2)(c)")
    }

    private func adequacyFindings(_ transfer: Transfer, _ destination: Destination,
                                  add: (Severity, FindingCode, String, String, String, String?) -> Void) {
        guard let decision = destination.adequacy else {
            add(.error, .transferWithoutSafeguard, "safeguard.mechanism",
                "\(destination.name.en) has no adequacy decision: obtain SCCs or another safeguard",
                "\(destination.name.sv) har inget adekvansbeslut: skaffa standardavtalsklausuler eller annan skyddsåtgärd", "Art 45")
            return
        }
        guard decision.applies(on: asOf) else {
            let ended = decision.expires ?? ""
            add(.error, .adequacyExpired, "safeguard.mechanism",
                "the adequacy decision for \(destination.name.en) (\(decision.reference)) expired on \(ended) and no longer counts: obtain another safeguard",
                "adekvansbeslutet för \(destination.name.sv) (\(decision.reference)) upphörde att gälla \(ended): skaffa en annan skyddsåtgärd", "Art 45")
            return
        }
        guard let scope = decision.scope else { return }
        let coverage = transfer.safeguard.recipientCoverage
        switch coverage?.covered {
        case true?:
            if coverage?.checkedDate.flatMap(CalendarDate.init) == nil {
                add(.warning, .adequacyPartial, "safeguard.recipientCoverage.checkedDate",
                    "record when the recipient's coverage (\(scope)) was checked, e.g. its Data Privacy Framework listing",
                    "ange när mottagarens omfattning (\(decision.scope(.sv) ?? scope)) kontrollerades, t.ex. dess registrering i Data Privacy Framework", "Art 45")
            }
        case false?:
            add(.error, .transferWithoutSafeguard, "safeguard.recipientCoverage",
                "the adequacy decision for \(destination.name.en) covers only \(scope), and the recipient is not covered: obtain SCCs or another safeguard",
                "adekvansbeslutet för \(destination.name.sv) gäller bara \(decision.scope(.sv) ?? scope), och mottagaren omfattas inte: skaffa standardavtalsklausuler eller annan skyddsåtgärd",
                "Art 45, Art 46")
        case nil:
            add(.warning, .adequacyPartial, "safeguard.recipientCoverage",
                "the adequacy decision for \(destination.name.en) covers only \(scope): record that the recipient is covered (e.g. its Data Privacy Framework listing) and when it was checked",
                "adekvansbeslutet för \(destination.name.sv) gäller bara \(decision.scope(.sv) ?? scope): ange att mottagaren omfattas (t.ex. dess registrering i Data Privacy Framework) och när det kontrollerades",
                "Art 45")
        }
    }
}
