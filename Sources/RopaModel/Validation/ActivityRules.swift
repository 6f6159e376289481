/// Each activity's Art 30(1) (or 30(2)) fields, lawful bases and retention.
struct ActivityRules {
    let register: Register

    func check() -> [Finding] {
        register.activities.flatMap(check)
    }

    /// One activity's findings: they depend on the activity alone.
    func check(_ activity: Activity) -> [Finding] {
        var found: [Finding] = []
        func add(_ severity: Severity, _ code: String, _ field: String, _ message: String, _ article: String? = nil) {
            found.append(Finding(severity, code, kind: .activity, id: activity.id, name: activity.name,
                                 field: field, message: message, article: article))
        }
        let isProcessorRecord = activity.role == .processor
        if register.isBlank(activity.name) { add(.error, "missing-name", "name", "give the activity a name") }

        switch activity.role {
        case .processor:
            if activity.controllers.isEmpty {
                add(.error, "processor-record-without-controller", "controllers",
                    "name the controllers on whose behalf the processing is done", "Art 30(2)(a)")
            }
        case .jointController:
            if activity.jointControllerIds.isEmpty {
                add(.error, "joint-control-without-partner", "jointControllerIds",
                    "link the joint controllers of this activity", "Art 26(1)")
            }
        case .controller:
            break
        }

        if activity.purposes.isEmpty {
            add(.error, "missing-purpose", "purposes",
                isProcessorRecord ? "describe the categories of processing carried out for the controllers" : "state the purposes of the processing",
                isProcessorRecord ? "Art 30(2)(b)" : "Art 30(1)(b)")
        }
        for purpose in activity.purposes {
            let field = "purposes[\(purpose.id)]"
            if register.isBlank(purpose.description) {
                add(.error, "missing-purpose", "\(field).description", "describe the purpose", "Art 30(1)(b)")
            }
            if !isProcessorRecord, purpose.lawfulBasis == nil {
                add(.error, "missing-lawful-basis", "\(field).lawfulBasis",
                    "choose the Art 6(1) lawful basis for \"\(purpose.description)\"", "Art 6(1)")
            }
            if purpose.lawfulBasis == .legitimateInterests, register.isBlank(purpose.legitimateInterest) {
                add(.warning, "legitimate-interest-not-described", "\(field).legitimateInterest",
                    "describe the legitimate interest and where its balancing test is documented", "Art 6(1)(f)")
            }
        }
        if !isProcessorRecord {
            if activity.dataSubjects.isEmpty {
                add(.error, "missing-data-subjects", "dataSubjects", "list the categories of data subjects", "Art 30(1)(c)")
            }
            if activity.dataCategories.isEmpty {
                add(.error, "missing-data-categories", "dataCategories", "list the categories of personal data", "Art 30(1)(c)")
            }
            if activity.recipients.isEmpty && activity.processorIds.isEmpty && activity.jointControllerIds.isEmpty {
                add(.error, "missing-recipients", "recipients",
                    "list the categories of recipients, or record \"none\" if the data is disclosed to no one", "Art 30(1)(d)")
            }
        }
        if activity.hasSpecialCategories, !activity.purposes.contains(where: { $0.article9Condition != nil }) {
            let names = activity.dataCategories.filter { $0.specialCategory?.needsArticle9Condition == true }.map(\.name)
            add(.error, "special-category-without-condition", "purposes",
                "special categories (\(names.joined(separator: ", "))) need an Art 9(2) condition on the purpose that processes them", "Art 9(2)")
        }
        found += retentionFindings(activity, add: add)
        if activity.securityMeasureIds.isEmpty && register.isBlank(activity.securityDescription) {
            add(.warning, "missing-security-measures", "securityMeasureIds",
                "link the security measures that protect this processing, or describe them", isProcessorRecord ? "Art 30(2)(d)" : "Art 30(1)(g)")
        }
        if let dpia = activity.dpia, dpia.needed == .yes, dpia.status != .done {
            add(.warning, "dpia-not-done", "dpia.status", "a DPIA is needed: carry it out before the processing starts", "Art 35(1)")
        }
        if register.isBlank(activity.owner) {
            add(.info, "missing-owner", "owner", "name the business owner responsible for the activity")
        }
        if activity.lastReviewed == nil {
            add(.info, "never-reviewed", "lastReviewed", "review the activity and record the date")
        }
        return found
    }

    private func retentionFindings(_ activity: Activity, add: (Severity, String, String, String, String?) -> Void) -> [Finding] {
        if activity.retention.isEmpty {
            add(.warning, "missing-retention", "retention",
                "state how long the data is kept, or the criteria that decide it", activity.role == .processor ? nil : "Art 30(1)(f)")
            return []
        }
        for rule in activity.retention where register.isBlank(rule.text) && rule.period == nil {
            add(.warning, "missing-retention", "retention[\(rule.id)]", "write the retention period as it applies", "Art 30(1)(f)")
        }
        // Two rules for the same data with different definite periods contradict each other.
        let withPeriods = activity.retention.filter { $0.period != nil }
        for (index, first) in withPeriods.enumerated() {
            for second in withPeriods.dropFirst(index + 1) {
                guard let a = first.period, let b = second.period, a != b else { continue }
                let overlap = first.dataCategoryIds.isEmpty || second.dataCategoryIds.isEmpty
                    || !Set(first.dataCategoryIds).isDisjoint(with: second.dataCategoryIds)
                if overlap {
                    add(.warning, "contradictory-retention", "retention[\(second.id)]",
                        "\"\(first.text)\" and \"\(second.text)\" give different periods for the same data: decide which applies", "Art 5(1)(e)")
                }
            }
        }
        return []
    }
}
