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
            let what = register.isBlank(code) ? "where the processor processes the data is not recorded"
                : "the processor's country \"\(code)\" is not a known ISO 3166-1 code"
            found.append(ReviewReason(.processorCountryUnknown, .transfer, article: "Art 44, Art 30(1)(e)",
                                      message: "\(what), so whether data leaves the EU/EEA cannot be told",
                                      action: "record the country where the data is processed (country)", field: "country"))
        }
        let transfers = register.transfers
            .filter { $0.recipient.kind == .processor && $0.recipient.id == processor.id }
            .sorted { $0.id < $1.id }
        if let country, !country.eea, transfers.isEmpty {
            found.append(ReviewReason(.transferNotRecorded, .transfer, article: "Art 44, Art 30(1)(e)",
                                      message: "the processor is in \(country.name), outside the EU/EEA, and no transfer to it is recorded",
                                      action: "record the transfer and the Chapter V safeguard it rests on (adequacy, SCC, BCR)",
                                      field: "country"))
        }
        for transfer in transfers { found += reasons(for: transfer, processorCountry: country) }
        return found
    }

    private func reasons(for transfer: Transfer, processorCountry: Country?) -> [ReviewReason] {
        let destination = register.countries.country(transfer.country) ?? processorCountry
        if destination?.eea == true { return [] }
        let safeguard = transfer.safeguard
        let prefix = "transfer '\(transfer.name)'" + (destination.map { " to \($0.name)" } ?? "")
        func reason(_ code: ReviewReason.Code, _ article: String, _ message: String, _ action: String, _ field: String) -> ReviewReason {
            ReviewReason(code, .transfer, article: article, message: "\(prefix): \(message)", action: action,
                         field: field, transferID: transfer.id)
        }
        switch safeguard.mechanism {
        case .none:
            return [reason(.transferWithoutSafeguard, "Art 44, Art 46", "no adequacy decision or safeguard is recorded",
                           "record the SCCs, BCRs or other safeguard the transfer rests on", "safeguard.mechanism")]
        case .adequacy:
            if let destination, destination.adequacy == nil {
                return [reason(.transferWithoutSafeguard, "Art 45", "\(destination.name) has no adequacy decision",
                               "record SCCs or another Art 46 safeguard", "safeguard.mechanism")]
            }
            return []
        case .standardContractualClauses:
            var found: [ReviewReason] = []
            if safeguard.sccModule == nil {
                found.append(reason(.sccModuleMissing, "Art 46(2)(c)", "the SCC module is not recorded",
                                    "record which module (1–4) the clauses use; controller to processor is module 2, processor to processor module 3",
                                    "safeguard.sccModule"))
            }
            if safeguard.sccSignedDate.flatMap(CalendarDate.init) == nil {
                let decision = (safeguard.sccReference ?? "").isEmpty ? " and the decision they come from is only assumed to be 2021/914" : ""
                found.append(reason(.sccReferenceMissing, "Art 46(2)(c)", "when the clauses were signed is not recorded\(decision)",
                                    "find the signed clauses and record their date (safeguard.sccSignedDate) and decision (safeguard.sccReference)",
                                    "safeguard.sccSignedDate"))
            }
            let reference = safeguard.sccReference ?? ""
            if let old = Self.repealedSCCDecisions.first(where: { reference.contains($0) }) {
                found.append(reason(.sccOutdated, "Art 46(2)(c)", "the clauses come from Decision \(old), repealed by Decision (EU) 2021/914",
                                    "replace them with the 2021 clauses (Decision (EU) 2021/914)", "safeguard.sccReference"))
            }
            if transfer.transferImpactAssessmentDate.flatMap(CalendarDate.init) == nil {
                found.append(reason(.sccWithoutTIA, "Art 46(1)", "no transfer impact assessment is recorded",
                                    "carry out a transfer impact assessment with any supplementary measures (C-311/18 Schrems II) and record its date",
                                    "transferImpactAssessmentDate"))
            }
            return found
        case .bindingCorporateRules, .codeOfConduct, .certification, .derogation:
            return []
        }
    }
}
