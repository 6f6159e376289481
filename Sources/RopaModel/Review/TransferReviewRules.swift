/// Where a processor processes the data and, outside the EU/EEA, whether the transfer is recorded with a
/// complete safeguard (Chapter V; Art 28(3)(a) instructions include transfers).
struct TransferReviewRules {
    let register: Register

    /// SCC decisions repealed by Decision (EU) 2021/914; contracts on them ran out on 27 December 2022.
    static let repealedSCCDecisions = ["2001/497", "2004/915", "2010/87"]

    func reasons(for processor: Processor) -> [ReviewReason] {
        var found: [ReviewReason] = []
        let code = processor.country ?? ""
        let country = register.countries.country(code)
        if register.isBlank(code) || country == nil {
            let what = register.isBlank(code)
                ? BilingualText(en: "where the processor processes the data is not recorded",
                                 sv: "var biträdet behandlar uppgifterna är inte registrerat")
                : BilingualText(en: "the processor's country \"\(code)\" is not a known ISO 3166-1 code",
                                 sv: "biträdets land \"\(code)\" är ingen känd landskod enligt ISO 3166-1")
            found.append(ReviewReason(.processorCountryUnknown, .transfer, article: "Art 44, Art 30(1)(e)",
                                      message: BilingualText(en: "\(what.en), so whether data leaves the EU/EEA cannot be told",
                                                              sv: "\(what.sv), så det går inte att avgöra om uppgifter lämnar EU/EES"),
                                      action: BilingualText(en: "record the country where the data is processed (country)",
                                                             sv: "ange i vilket land uppgifterna behandlas (country)"),
                                      field: "country"))
        }
        // Looked at in the list's storage: filtering copied each of the register's transfers for each processor.
        let transfers = register.transfers.withUnsafeBufferPointer { all in
            all.indices.compactMap { all[$0].recipient.kind == .processor && all[$0].recipient.id == processor.id ? all[$0] : nil }
        }.sorted { $0.id < $1.id }
        if let country, !country.eea, transfers.isEmpty {
            found.append(ReviewReason(.transferNotRecorded, .transfer, article: "Art 44, Art 30(1)(e)",
                                      message: BilingualText(
                                          en: "the processor is in \(country.name), outside the EU/EEA, and no transfer to it is recorded",
                                          sv: "biträdet finns i \(country.name(.sv)), utanför EU/EES, och ingen överföring till det är registrerad"),
                                      action: BilingualText(
                                          en: "record the transfer and the Chapter V safeguard it rests on (adequacy, SCC, BCR)",
                                          sv: "registrera överföringen och den skyddsåtgärd enligt kapitel V som den grundas på (adekvansbeslut, standardavtalsklausuler, bindande företagsbestämmelser)"),
                                      field: "country"))
        }
        for transfer in transfers { found += reasons(for: transfer, processorCountry: country) }
        return found
    }

    private func reasons(for transfer: Transfer, processorCountry: Country?) -> [ReviewReason] {
        let destination = register.countries.country(transfer.country) ?? processorCountry
        if destination?.eea == true { return [] }
        let safeguard = transfer.safeguard
        let prefix = BilingualText(en: "transfer '\(transfer.name)'" + (destination.map { " to \($0.name)" } ?? ""),
                                    sv: "överföringen '\(transfer.name)'" + (destination.map { " till \($0.name(.sv))" } ?? ""))
        func reason(_ code: ReviewReason.Code, _ article: String, _ message: BilingualText, _ action: BilingualText,
                    _ field: String) -> ReviewReason {
            ReviewReason(code, .transfer, article: article,
                         message: BilingualText(en: "\(prefix.en): \(message.en)", sv: "\(prefix.sv): \(message.sv)"),
                         action: action, field: field, transferID: transfer.id)
        }
        switch safeguard.mechanism {
        case .none:
            return [reason(.transferWithoutSafeguard, "Art 44, Art 46",
                           BilingualText(en: "no adequacy decision or safeguard is recorded",
                                          sv: "varken adekvansbeslut eller skyddsåtgärd är registrerad"),
                           BilingualText(en: "record the SCCs, BCRs or other safeguard the transfer rests on",
                                          sv: "ange de standardavtalsklausuler, bindande företagsbestämmelser eller andra skyddsåtgärder som överföringen grundas på"),
                           "safeguard.mechanism")]
        case .unknown:
            return [reason(.transferMechanismUnknown, "Art 44, Art 30(1)(e)",
                           BilingualText(en: "the safeguard the transfer rests on is not stated",
                                          sv: "det är inte angivet vilken skyddsåtgärd överföringen grundas på"),
                           BilingualText(en: "find out from the processor which Chapter V safeguard it uses and record it",
                                          sv: "ta reda på hos biträdet vilken skyddsåtgärd enligt kapitel V som används och ange den"),
                           "safeguard.mechanism")]
        case .adequacy:
            if let destination, destination.adequacy == nil {
                return [reason(.transferWithoutSafeguard, "Art 45",
                               BilingualText(en: "\(destination.name) has no adequacy decision",
                                              sv: "\(destination.name(.sv)) har inget adekvansbeslut"),
                               BilingualText(en: "record SCCs or another Art 46 safeguard",
                                              sv: "ange standardavtalsklausuler eller en annan skyddsåtgärd enligt art. 46"),
                               "safeguard.mechanism")]
            }
            return []
        case .standardContractualClauses:
            var found: [ReviewReason] = []
            if safeguard.sccModule == nil {
                found.append(reason(.sccModuleMissing, "Art 46(2)(c)",
                                    BilingualText(en: "the SCC module is not recorded",
                                                   sv: "standardavtalsklausulernas modul är inte angiven"),
                                    BilingualText(
                                        en: "record which module (1–4) the clauses use; controller to processor is module 2, processor to processor module 3",
                                        sv: "ange vilken modul (1–4) klausulerna använder; personuppgiftsansvarig till personuppgiftsbiträde är modul 2, biträde till biträde modul 3"),
                                    "safeguard.sccModule"))
            }
            if safeguard.sccSignedDate.flatMap(CalendarDate.init) == nil {
                let assumed = (safeguard.sccReference ?? "").isEmpty
                let decision = assumed
                    ? BilingualText(en: " and the decision they come from is only assumed to be 2021/914",
                                     sv: " och beslutet som de bygger på antas bara vara 2021/914")
                    : BilingualText(en: "", sv: "")
                found.append(reason(.sccReferenceMissing, "Art 46(2)(c)",
                                    BilingualText(en: "when the clauses were signed is not recorded\(decision.en)",
                                                   sv: "när klausulerna undertecknades är inte angivet\(decision.sv)"),
                                    BilingualText(
                                        en: "find the signed clauses and record their date (safeguard.sccSignedDate) and decision (safeguard.sccReference)",
                                        sv: "ta fram de undertecknade klausulerna och ange deras datum (safeguard.sccSignedDate) och beslut (safeguard.sccReference)"),
                                    "safeguard.sccSignedDate"))
            }
            let reference = safeguard.sccReference ?? ""
            if let old = Self.repealedSCCDecisions.first(where: { reference.contains($0) }) {
                found.append(reason(.sccOutdated, "Art 46(2)(c)",
                                    BilingualText(en: "the clauses come from Decision \(old), repealed by Decision (EU) 2021/914",
                                                   sv: "klausulerna kommer från beslut \(old), som har upphävts genom beslut (EU) 2021/914"),
                                    BilingualText(en: "replace them with the 2021 clauses (Decision (EU) 2021/914)",
                                                   sv: "ersätt dem med 2021 års klausuler (beslut (EU) 2021/914)"),
                                    "safeguard.sccReference"))
            }
            if transfer.transferImpactAssessmentDate.flatMap(CalendarDate.init) == nil {
                found.append(reason(.sccWithoutTIA, "Art 46(1)",
                                    BilingualText(en: "no transfer impact assessment is recorded",
                                                   sv: "ingen konsekvensbedömning av överföringen är registrerad"),
                                    BilingualText(
                                        en: "carry out a transfer impact assessment with any supplementary measures (C-311/18 Schrems II) and record its date",
                                        sv: "gör en konsekvensbedömning av överföringen med eventuella kompletterande åtgärder (C-311/18 Schrems II) och ange dess datum"),
                                    "transferImpactAssessmentDate"))
            }
            return found
        case .bindingCorporateRules, .codeOfConduct, .certification, .adHocClauses:
            guard transfer.transferImpactAssessmentDate.flatMap(CalendarDate.init) == nil else { return [] }
            return [reason(.safeguardWithoutTIA, "Art 46(1)",
                           BilingualText(en: "no transfer impact assessment is recorded",
                                          sv: "ingen konsekvensbedömning av överföringen är registrerad"),
                           BilingualText(
                               en: "carry out a transfer impact assessment with any supplementary measures (C-311/18 Schrems II) and record its date",
                               sv: "gör en konsekvensbedömning av överföringen med eventuella kompletterande åtgärder (C-311/18 Schrems II) och ange dess datum"),
                           "transferImpactAssessmentDate")]
        case .derogation:
            return []
        }
    }
}
