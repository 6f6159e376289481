/// Each activity's Art 30(1) (or 30(2)) fields, lawful bases and retention.
struct ActivityRules {
    let register: Register

    func check() -> [Finding] {
        register.activities.flatMap(check)
    }

    /// One activity's findings: they depend on the activity alone.
    func check(_ activity: Activity) -> [Finding] {
        var found: [Finding] = []
        // The id and name rather than the activity: a function that captured the activity copied all of it.
        let (id, name) = (activity.id, activity.name)
        func add(_ severity: Severity, _ code: FindingCode, _ field: String, _ en: String, _ sv: String, _ article: String? = nil) {
            found.append(Finding(severity, code, kind: .activity, id: id, name: name,
                                 field: field, message: BilingualText(en: en, sv: sv), article: article))
        }
        let isProcessorRecord = activity.role == .processor
        if register.isBlank(activity.name) { add(.error, .missingName, "name", "give the activity a name", "ge behandlingen ett namn") }

        switch activity.role {
        case .processor:
            if activity.controllers.isEmpty {
                add(.error, .processorRecordWithoutController, "controllers",
                    "name the controllers on whose behalf the processing is done",
                    "ange de personuppgiftsansvariga för vars räkning behandlingen utförs", "Art 30(2)(a)")
            }
        case .jointController:
            if activity.jointControllerIds.isEmpty {
                add(.error, .jointControlWithoutPartner, "jointControllerIds", "link the joint controllers of this activity",
                    "länka behandlingens gemensamt personuppgiftsansvariga", "Art 26(1)")
            }
        case .controller:
            break
        }

        if activity.purposes.isEmpty {
            if isProcessorRecord {
                add(.error, .missingPurpose, "purposes", "describe the categories of processing carried out for the controllers",
                    "beskriv vilka slags behandlingar som utförs för de personuppgiftsansvariga", "Art 30(2)(b)")
            } else {
                add(.error, .missingPurpose, "purposes", "state the purposes of the processing", "ange ändamålen med behandlingen", "Art 30(1)(b)")
            }
        }
        for purpose in activity.purposes {
            // Worded only for a finding: most purposes have none.
            var field: String { "purposes[\(purpose.id)]" }
            if register.isBlank(purpose.description) {
                add(.error, .missingPurpose, "\(field).description", "describe the purpose", "beskriv ändamålet", "Art 30(1)(b)")
            }
            if !isProcessorRecord, purpose.lawfulBasis == nil {
                // A purpose not yet described is not quoted as "".
                let described = !register.isBlank(purpose.description)
                add(.error, .missingLawfulBasis, "\(field).lawfulBasis",
                    "choose the Art 6(1) lawful basis for " + (described ? "\"\(purpose.description)\"" : "the purpose"),
                    "välj rättslig grund enligt art. 6.1 för " + (described ? "\"\(purpose.description)\"" : "ändamålet"), "Art 6(1)")
            }
            if purpose.lawfulBasis == .legitimateInterests, register.isBlank(purpose.legitimateInterest) {
                add(.warning, .legitimateInterestNotDescribed, "\(field).legitimateInterest",
                    "describe the legitimate interest and where its balancing test is documented",
                    "beskriv det berättigade intresset och var intresseavvägningen finns dokumenterad", "Art 6(1)(f)")
            }
        }
        if !isProcessorRecord {
            if activity.dataSubjects.isEmpty {
                add(.error, .missingDataSubjects, "dataSubjects", "list the categories of data subjects",
                    "ange kategorierna av registrerade", "Art 30(1)(c)")
            }
            if activity.dataCategories.isEmpty {
                add(.error, .missingDataCategories, "dataCategories", "list the categories of personal data",
                    "ange kategorierna av personuppgifter", "Art 30(1)(c)")
            }
            if activity.recipients.isEmpty && activity.processorIds.isEmpty && activity.jointControllerIds.isEmpty {
                add(.error, .missingRecipients, "recipients",
                    "list the categories of recipients, or record \"none\" if the data is disclosed to no one",
                    "ange kategorierna av mottagare, eller skriv \"inga\" om uppgifterna inte lämnas ut", "Art 30(1)(d)")
            }
        }
        if activity.hasSpecialCategories, !activity.purposes.contains(where: { $0.article9Condition != nil }) {
            let names = activity.dataCategories.filter { $0.specialCategory?.needsArticle9Condition == true }.map(\.name).joined(separator: ", ")
            add(.error, .specialCategoryWithoutCondition, "purposes",
                "special categories (\(names)) need an Art 9(2) condition on the purpose that processes them",
                "känsliga personuppgifter (\(names)) kräver ett villkor enligt art. 9.2 för ändamålet som behandlar dem", "Art 9(2)")
        }
        retentionFindings(activity, add: add)
        ObligationRules(register: register).check(activity, add: add)
        NationalLawRules(register: register).check(activity, add: add)
        HighRiskRules(register: register).check(activity, add: add)
        if activity.securityMeasureIds.isEmpty && register.isBlank(activity.securityDescription) {
            add(.warning, .missingSecurityMeasures, "securityMeasureIds",
                "link the security measures that protect this processing, or describe them",
                "länka de säkerhetsåtgärder som skyddar behandlingen, eller beskriv dem", isProcessorRecord ? "Art 30(2)(d)" : "Art 30(1)(g)")
        }
        if let dpia = activity.dpia, dpia.needed == .yes, dpia.status != .done {
            add(.warning, .dpiaNotDone, "dpia.status", "a DPIA is needed: carry it out before the processing starts",
                "en konsekvensbedömning behövs: gör den innan behandlingen börjar", "Art 35(1)")
        }
        if register.isBlank(activity.owner) {
            add(.info, .missingOwner, "owner", "name the business owner responsible for the activity",
                "ange vem i verksamheten som ansvarar för behandlingen")
        }
        if activity.lastReviewed == nil {
            add(.info, .neverReviewed, "lastReviewed", "review the activity and record the date", "granska behandlingen och ange datum")
        }
        found += NoticeRules(register: register).check(activity)
        return found
    }

    private func retentionFindings(_ activity: Activity, add: (Severity, FindingCode, String, String, String, String?) -> Void) {
        if activity.retention.isEmpty {
            add(.warning, .missingRetention, "retention", "state how long the data is kept, or the criteria that decide it",
                "ange hur länge uppgifterna sparas, eller vilka kriterier som avgör det", activity.role == .processor ? nil : "Art 30(1)(f)")
            return
        }
        for rule in activity.retention where register.isBlank(rule.text) && rule.period == nil {
            add(.warning, .missingRetention, "retention[\(rule.id)]", "write the retention period as it applies",
                "skriv lagringstiden som den gäller", "Art 30(1)(f)")
        }
        // Two rules for the same data with different definite periods contradict each other.
        let withPeriods = activity.retention.filter { $0.period != nil }
        for (index, first) in withPeriods.enumerated() {
            for second in withPeriods.dropFirst(index + 1) {
                guard let a = first.period, let b = second.period, a != b else { continue }
                let overlap = first.dataCategoryIds.isEmpty || second.dataCategoryIds.isEmpty
                    || !Set(first.dataCategoryIds).isDisjoint(with: second.dataCategoryIds)
                if overlap {
                    add(.warning, .contradictoryRetention, "retention[\(second.id)]",
                        "\"\(first.text)\" and \"\(second.text)\" give different periods for the same data: decide which applies",
                        "\"\(first.text)\" och \"\(second.text)\" anger olika lagringstid för samma uppgifter: bestäm vilken som gäller",
                        "Art 5(1)(e)")
                }
            }
        }
    }
}
