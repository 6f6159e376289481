/// Chapter V: every transfer names its country and rests on a mechanism that applies there.
struct TransferRules {
    let register: Register

    func check() -> [Finding] {
        register.transfers.flatMap(check)
    }

    private func check(_ transfer: Transfer) -> [Finding] {
        var found: [Finding] = []
        func add(_ severity: Severity, _ code: String, _ field: String, _ message: String, _ article: String? = nil) {
            found.append(Finding(severity, code, kind: .transfer, id: transfer.id, name: transfer.name,
                                 field: field, message: message, article: article))
        }
        let safeguard = transfer.safeguard
        var country: Country?
        if let code = transfer.country, !code.isEmpty {
            country = register.countries.country(code)
            if country == nil { add(.error, "unknown-country", "country", "\"\(code)\" is not an ISO 3166-1 country code") }
        } else {
            add(.error, "transfer-missing-country", "country", "name the third country the data goes to", "Art 30(1)(e)")
        }
        if let country, country.eea {
            add(.info, "transfer-inside-eea", "country", "\(country.name) is in the EU/EEA: no transfer safeguard is needed")
            return found
        }
        switch safeguard.mechanism {
        case .none:
            add(.error, "transfer-without-safeguard", "safeguard.mechanism",
                "the transfer has neither an adequacy decision nor a safeguard: record SCCs, BCRs or the Art 49 derogation relied on", "Art 44, Art 46")
        case .adequacy:
            if let country {
                if let decision = country.adequacy {
                    if let scope = decision.scope {
                        add(.warning, "adequacy-partial", "safeguard.adequacyReference",
                            "the adequacy decision for \(country.name) covers only \(scope): record that the recipient is covered", "Art 45")
                    }
                } else {
                    add(.error, "transfer-without-safeguard", "safeguard.mechanism",
                        "\(country.name) has no adequacy decision: record SCCs or another safeguard", "Art 45")
                }
            }
        case .standardContractualClauses:
            if safeguard.sccModule == nil {
                add(.warning, "scc-missing-module", "safeguard.sccModule", "record which SCC module (1–4) the clauses use", "Art 46(2)(c)")
            }
            if transfer.transferImpactAssessmentDate == nil {
                add(.warning, "scc-without-tia", "transferImpactAssessmentDate",
                    "carry out a transfer impact assessment and record its date (C-311/18 Schrems II)", "Art 46(1)")
            }
            if safeguard.sccSignedDate == nil {
                add(.info, "scc-date-unknown", "safeguard.sccSignedDate", "record when the clauses were signed")
            }
        case .bindingCorporateRules:
            if (safeguard.bcrReference ?? "").isEmpty {
                add(.warning, "bcr-missing-reference", "safeguard.bcrReference", "record the approved BCRs relied on", "Art 47")
            }
        case .derogation:
            if let derogation = safeguard.derogation {
                if derogation == .compellingLegitimateInterests, register.isBlank(safeguard.documentation) {
                    add(.error, "derogation-undocumented", "safeguard.documentation",
                        "a transfer on compelling legitimate interests must document the suitable safeguards", "Art 30(1)(e), Art 49(6)")
                }
            } else {
                add(.error, "derogation-not-named", "safeguard.derogation", "name the Art 49(1) derogation relied on", "Art 49(1)")
            }
        case .codeOfConduct, .certification:
            if register.isBlank(safeguard.documentation) {
                add(.warning, "safeguard-undocumented", "safeguard.documentation", "reference the code of conduct or certification relied on", "Art 46(2)")
            }
        }
        return found
    }
}
