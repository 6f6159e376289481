/// The controller's identity and contacts, Art 30(1)(a).
struct OrganisationRules {
    let register: Register

    func check() -> [Finding] {
        let organisation = register.organisation
        var found: [Finding] = []
        func add(_ severity: Severity, _ code: FindingCode, _ field: String, _ en: String, _ sv: String, _ article: String? = nil) {
            found.append(Finding(severity, code, kind: .organisation, id: organisation.id, name: organisation.name,
                                 field: field, message: BilingualText(en: en, sv: sv), article: article))
        }
        if register.isBlank(organisation.name) {
            add(.error, .missingControllerName, "name", "name the controller", "ange den personuppgiftsansvariges namn", "Art 30(1)(a)")
        }
        if organisation.legalEntities.isEmpty {
            add(.error, .missingLegalEntity, "legalEntities", "list the legal entities that are controller, with organisation numbers",
                "ange de juridiska personer som är personuppgiftsansvariga, med organisationsnummer", "Art 30(1)(a)")
        }
        for entity in organisation.legalEntities {
            let field = "legalEntities[\(entity.id)].organisationNumber"
            let swedish = entity.country == nil || entity.country?.uppercased() == "SE"
            guard let number = entity.organisationNumber, !register.isBlank(number) else {
                if swedish {
                    add(.warning, .missingOrganisationNumber, field, "record the organisation number of \(entity.name)",
                        "ange organisationsnumret för \(entity.name)")
                }
                continue
            }
            guard swedish else { continue }
            switch OrganisationNumber.problem(number) {
            case .none: break
            case .format:
                add(.error, .invalidOrganisationNumber, field, "\"\(number)\" is not a Swedish organisation number (NNNNNN-NNNN)",
                    "\"\(number)\" är inget svenskt organisationsnummer (NNNNNN-NNNN)")
            case .checkDigit(let expected):
                add(.error, .invalidOrganisationNumber, field,
                    "\"\(number)\" fails the Luhn check (the last digit would be \(expected)): check the number against Bolagsverket",
                    "\"\(number)\" klarar inte Luhn-kontrollen (sista siffran skulle vara \(expected)): kontrollera numret mot Bolagsverket")
            }
        }
        if organisation.contact?.isEmpty ?? true {
            add(.error, .missingControllerContact, "contact", "record the controller's contact details (address, e-mail or phone)",
                "ange den personuppgiftsansvariges kontaktuppgifter (adress, e-post eller telefon)", "Art 30(1)(a)")
        }
        if let dpo = organisation.dataProtectionOfficer {
            if register.isBlank(dpo.email) && register.isBlank(dpo.phone) && register.isBlank(dpo.address) {
                add(.warning, .dpoMissingContact, "dataProtectionOfficer",
                    "record how to reach the data protection officer (e-mail, phone or address)",
                    "ange hur dataskyddsombudet nås (e-post, telefon eller adress)", "Art 30(1)(a), Art 37(7)")
            }
        } else {
            add(.info, .noDPORecorded, "dataProtectionOfficer",
                "no data protection officer is recorded: record one if designated (Art 37), or note why none is required",
                "inget dataskyddsombud är angivet: ange det om ett har utsetts (art. 37), eller notera varför inget krävs")
        }
        if organisation.supervisoryAuthorities.isEmpty {
            add(.info, .noSupervisoryAuthority, "supervisoryAuthorities", "name the supervisory authority (in Sweden: IMY)",
                "ange tillsynsmyndigheten (i Sverige: IMY)")
        }
        found += NoticeRules(register: register).checkOrganisation()
        return found
    }
}
