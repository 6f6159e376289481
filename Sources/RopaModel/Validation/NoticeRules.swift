/// What the privacy notice (Art 13 and 14) needs and the register lacks: each finding names the article
/// of the information the notice cannot give. Records kept as a processor and retired activities need no
/// notice of ours.
struct NoticeRules {
    let register: Register

    func checkOrganisation() -> [Finding] {
        let organisation = register.organisation
        guard let dpo = organisation.dataProtectionOfficer,
              [dpo.email, dpo.phone, dpo.address, dpo.url].allSatisfy(register.isBlank) else { return [] }
        return [Finding(.warning, .noticeDPOWithoutContact, kind: .organisation, id: organisation.id, name: organisation.name,
                        field: "dataProtectionOfficer",
                        message: BilingualText(en: "the notice cannot say how to reach the data protection officer: record an e-mail, phone, address or web page",
                                                sv: "informationen kan inte ange hur dataskyddsombudet nås: ange e-post, telefon, adress eller webbsida"),
                        article: "Art 13(1)(b)")]
    }

    func check(_ activity: Activity) -> [Finding] {
        guard activity.role != .processor, activity.status != .retired else { return [] }
        var found: [Finding] = []
        let (id, name) = (activity.id, activity.name)
        func add(_ code: FindingCode, _ field: String, _ en: String, _ sv: String, _ article: String) {
            found.append(Finding(.warning, code, kind: .activity, id: id, name: name, field: field,
                                 message: BilingualText(en: en, sv: sv), article: article))
        }
        for purpose in activity.purposes where purpose.lawfulBasis == .legitimateInterests && register.isBlank(purpose.legitimateInterest) {
            add(.noticeLegitimateInterestNotDescribed, "purposes[\(purpose.id)].legitimateInterest",
                "the notice must name the legitimate interest behind \"\(purpose.description)\": describe it",
                "informationen ska ange det berättigade intresset bakom \"\(purpose.description)\": beskriv det", "Art 13(1)(d)")
        }
        let fromOthers = activity.collectedFrom == .otherSources || activity.collectedFrom == .both
        if fromOthers, activity.dataSources.allSatisfy(register.isBlank) {
            add(.noticeSourceNotStated, "dataSources",
                "the data is collected from other sources than the person: name the sources",
                "uppgifterna samlas in från andra källor än den registrerade: ange källorna", "Art 14(2)(f)")
        }
        if activity.collectedFrom != .otherSources {
            if let provision = activity.dataProvision {
                if provision.requirement != .voluntary, register.isBlank(provision.consequence) {
                    add(.noticeConsequenceNotStated, "dataProvision.consequence",
                        "say what happens if a person does not give the data",
                        "ange vad som händer om den registrerade inte lämnar uppgifterna", "Art 13(2)(e)")
                }
            } else {
                add(.noticeProvisionNotStated, "dataProvision",
                    "state whether people must give the data (by law, by contract, to enter into a contract, or voluntarily) and what happens if they do not",
                    "ange om de registrerade måste lämna uppgifterna (enligt lag, enligt avtal, för att ingå avtal eller frivilligt) och vad som händer om de inte gör det",
                    "Art 13(2)(e)")
            }
        }
        if let decisions = activity.automatedDecisionMaking, decisions.used == .yes || decisions.profiling == .yes,
           register.isBlank(decisions.description) {
            add(.noticeAutomatedLogicNotDescribed, "automatedDecisionMaking.description",
                "describe the logic of the automated decisions or profiling and what they mean for the person",
                "beskriv logiken bakom de automatiserade besluten eller profileringen och vad de innebär för den registrerade",
                "Art 13(2)(f), Art 14(2)(g)")
        }
        return found
    }
}
