/// What Union or Swedish law must supply beside the GDPR: a basis in law for Art 10 data, a justification for
/// personnummer (dataskyddslagen 3 kap. 10 §), and the law that Art 9(2)(b) and (g)–(j) rest on.
public struct NationalLawRules {
    let register: Register

    /// Art 9(2) conditions that hold only "on the basis of Union or Member State law" (for (b) also a
    /// collective agreement, for (h) also a contract with a health professional).
    public static let conditionsNeedingLaw: Set<Article9Condition> = [.employmentAndSocialSecurity, .substantialPublicInterest,
                                                                .healthOrSocialCare, .publicHealth, .archivingResearchStatistics]

    func check(_ activity: Activity, add: (Severity, FindingCode, String, String, String, String?) -> Void) {
        // A processor record is the controllers' processing: their basis, not the processor's.
        guard activity.role != .processor else { return }
        let offences = activity.dataCategories.filter { $0.specialCategory == .criminalOffences }
        if !offences.isEmpty, register.isBlank(activity.article10Basis) {
            let names = offences.map(\.name).joined(separator: ", ")
            add(.error, .offenceDataWithoutLegalBasis, "article10Basis",
                "data on criminal offences (\(names)) may be processed outside public authorities only with a basis in Union or national law: record the provision (\(SwedishLaw.offenceData): necessary for \(SwedishLaw.offenceDataExceptions.en); or an IMY decision under \(SwedishLaw.offenceDataByIMY)); consent is no basis",
                "uppgifter om lagöverträdelser (\(names)) får behandlas av andra än myndigheter bara med stöd i unionsrätten eller nationell rätt: ange bestämmelsen (\(SwedishLaw.offenceData): nödvändigt för att \(SwedishLaw.offenceDataExceptions.sv); eller ett beslut av IMY enligt \(SwedishLaw.offenceDataByIMY)); samtycke räcker inte",
                "Art 10; \(SwedishLaw.offenceData)")
        }
        let numbers = activity.dataCategories.filter(\.holdsIdentityNumbers)
        let allByConsent = !activity.purposes.isEmpty && activity.purposes.allSatisfy { $0.lawfulBasis == .consent }
        if !numbers.isEmpty, !allByConsent, register.isBlank(activity.identityNumberJustification) {
            let names = numbers.map(\.name).joined(separator: ", ")
            add(.warning, .identityNumberWithoutJustification, "identityNumberJustification",
                "\(names): without consent, personnummer may be used only where clearly justified by the purpose, the importance of secure identification or another considerable reason; record which, or use another identifier",
                "\(names): utan samtycke får personnummer användas bara när det är klart motiverat med hänsyn till ändamålet, vikten av en säker identifiering eller något annat beaktansvärt skäl; ange vilket, eller använd en annan identifierare",
                "Art 87; \(SwedishLaw.identityNumbers)")
        }
        for purpose in activity.purposes {
            guard let condition = purpose.article9Condition, Self.conditionsNeedingLaw.contains(condition),
                  register.isBlank(purpose.statutoryProvision) else { continue }
            let citation = condition.citation ?? "Art 9(2)"
            add(.warning, .specialCategoryWithoutNationalLaw, "purposes[\(purpose.id)].statutoryProvision",
                "\(citation) holds only on the basis of Union or national law: record the provision \"\(purpose.description)\" rests on",
                "\(citation) gäller bara med stöd i unionsrätten eller nationell rätt: ange bestämmelsen som \"\(purpose.description)\" vilar på",
                citation)
        }
    }
}
