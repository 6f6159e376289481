/// Art 26 arrangements between joint controllers.
struct JointControllerRules {
    let register: Register

    func check() -> [Finding] {
        var found: [Finding] = []
        for joint in register.jointControllers {
            func add(_ severity: Severity, _ code: FindingCode, _ field: String, _ en: String, _ sv: String, _ article: String? = nil) {
                found.append(Finding(severity, code, kind: .jointController, id: joint.id, name: joint.name,
                                     field: field, message: BilingualText(en: en, sv: sv), article: article))
            }
            let party = joint.party?.name ?? joint.name
            switch joint.arrangement.status {
            case .missing:
                add(.error, .jointControllerWithoutArrangement, "arrangement.status",
                    "no arrangement with \(party) is on record: obtain one that sets out the respective responsibilities",
                    "inget arrangemang med \(party) finns registrerat: skaffa ett som fördelar ansvaret", "Art 26(1)")
            case .unknown:
                add(.warning, .arrangementUnknown, "arrangement.status",
                    "whether there is an arrangement with \(party) is not stated: find out, and record it",
                    "det är inte angivet om det finns ett arrangemang med \(party): ta reda på det och ange det", "Art 26(1)")
            case .inPlace:
                if register.isBlank(joint.arrangement.title) && register.isBlank(joint.arrangement.reference) {
                    add(.warning, .arrangementUnreferenced, "arrangement.reference", "record the title or link of the arrangement",
                        "ange arrangemangets titel eller länk", "Art 26(2)")
                }
            }
            if joint.party?.contact?.isEmpty ?? true {
                add(.warning, .jointControllerContactMissing, "party.contact",
                    "record the name and contact details of the joint controller (\(party))",
                    "ange den gemensamt personuppgiftsansvariges namn och kontaktuppgifter (\(party))", "Art 30(1)(a)")
            }
            if register.isBlank(joint.responsibilities) {
                add(.info, .responsibilitiesNotDescribed, "responsibilities",
                    "summarise who answers data subjects' requests and who informs them",
                    "sammanfatta vem som besvarar de registrerades begäranden och vem som informerar dem", "Art 26(1)")
            }
            if let code = joint.country, let country = register.countries.country(code), !country.eea,
               !register.transfers.contains(where: { $0.recipient.kind == .jointController && $0.recipient.id == joint.id }) {
                // The same gap as a processor outside the EEA without a transfer, with the same severity.
                add(.error, .jointControllerOutsideEEAWithoutTransfer, "country",
                    "\(joint.name) is in \(country.name), outside the EU/EEA: record the transfer and its safeguard",
                    "\(joint.name) finns i \(country.name(.sv)), utanför EU/EES: registrera överföringen och dess skyddsåtgärd", "Art 44")
            }
        }
        return found
    }
}
