/// Chapter V: every transfer names its country and rests on a mechanism that applies there.
struct TransferRules {
    let register: Register

    func check() -> [Finding] {
        register.transfers.flatMap(check)
    }

    private func check(_ transfer: Transfer) -> [Finding] {
        var found: [Finding] = []
        func add(_ severity: Severity, _ code: FindingCode, _ field: String, _ en: String, _ sv: String, _ article: String? = nil) {
            found.append(Finding(severity, code, kind: .transfer, id: transfer.id, name: transfer.name,
                                 field: field, message: BilingualLabel(en: en, sv: sv), article: article))
        }
        let safeguard = transfer.safeguard
        var country: Country?
        if let code = transfer.country, !code.isEmpty {
            country = register.countries.country(code)
            if country == nil {
                add(.error, .unknownCountry, "country", "\"\(code)\" is not an ISO 3166-1 country code", "\"\(code)\" är ingen landskod enligt ISO 3166-1")
            }
        } else {
            add(.error, .transferMissingCountry, "country", "name the third country the data goes to",
                "ange vilket tredjeland uppgifterna förs över till", "Art 30(1)(e)")
        }
        if let country, country.eea {
            add(.info, .transferInsideEEA, "country", "\(country.name) is in the EU/EEA: no transfer safeguard is needed",
                "\(country.name(.sv)) ligger inom EU/EES: ingen skyddsåtgärd för överföring behövs")
            return found
        }
        switch safeguard.mechanism {
        case .none:
            add(.error, .transferWithoutSafeguard, "safeguard.mechanism",
                "the transfer has neither an adequacy decision nor a safeguard: record SCCs, BCRs or the Art 49 derogation relied on",
                "överföringen har varken adekvansbeslut eller skyddsåtgärd: ange standardavtalsklausuler, BCR eller undantaget enligt art. 49",
                "Art 44, Art 46")
        case .adequacy:
            if let country {
                if let decision = country.adequacy {
                    if let scope = decision.scope {
                        add(.warning, .adequacyPartial, "safeguard.adequacyReference",
                            "the adequacy decision for \(country.name) covers only \(scope): record that the recipient is covered",
                            "adekvansbeslutet för \(country.name(.sv)) gäller bara \(scope): ange att mottagaren omfattas", "Art 45")
                    }
                } else {
                    add(.error, .transferWithoutSafeguard, "safeguard.mechanism",
                        "\(country.name) has no adequacy decision: record SCCs or another safeguard",
                        "\(country.name(.sv)) har inget adekvansbeslut: ange standardavtalsklausuler eller annan skyddsåtgärd", "Art 45")
                }
            }
        case .standardContractualClauses:
            if safeguard.sccModule == nil {
                add(.warning, .sccMissingModule, "safeguard.sccModule", "record which SCC module (1–4) the clauses use",
                    "ange vilken modul (1–4) av standardavtalsklausulerna som används", "Art 46(2)(c)")
            }
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
        case .codeOfConduct, .certification:
            if register.isBlank(safeguard.documentation) {
                add(.warning, .safeguardUndocumented, "safeguard.documentation", "reference the code of conduct or certification relied on",
                    "hänvisa till uppförandekoden eller certifieringen som används", "Art 46(2)")
            }
        }
        return found
    }
}
