/// Every date in the register is a real day written YYYY-MM-DD.
struct DateRules {
    let register: Register

    func check() -> [Finding] {
        register.activities.flatMap(DateRules.check) + checkOthers()
    }

    private static func check(_ value: String?, _ kind: EntityKind, _ id: String, _ name: String, _ field: String, into found: inout [Finding]) {
        guard let value, CalendarDate(value) == nil else { return }
        found.append(Finding(.error, .invalidDate, kind: kind, id: id, name: name, field: field,
                             message: BilingualText(en: "\"\(value)\" is not a date: write YYYY-MM-DD",
                                                     sv: "\"\(value)\" är inget datum: skriv ÅÅÅÅ-MM-DD")))
    }

    /// One activity's dates: they depend on the activity alone.
    static func check(_ activity: Activity) -> [Finding] {
        var found: [Finding] = []
        check(activity.lastReviewed, .activity, activity.id, activity.name, "lastReviewed", into: &found)
        check(activity.dpia?.date, .activity, activity.id, activity.name, "dpia.date", into: &found)
        return found
    }

    /// Processors, transfers and joint controllers.
    func checkOthers() -> [Finding] {
        var found: [Finding] = []
        func check(_ value: String?, _ kind: EntityKind, _ id: String, _ name: String, _ field: String) {
            DateRules.check(value, kind, id, name, field, into: &found)
        }
        for processor in register.processors {
            let agreement = processor.agreement
            check(agreement.signedDate, .processor, processor.id, processor.name, "agreement.signedDate")
            check(agreement.reviewDue, .processor, processor.id, processor.name, "agreement.reviewDue")
            check(agreement.lastReviewed, .processor, processor.id, processor.name, "agreement.lastReviewed")
            check(processor.approval?.date, .processor, processor.id, processor.name, "approval.date")
            check(processor.approval?.noticeDate, .processor, processor.id, processor.name, "approval.noticeDate")
        }
        for transfer in register.transfers {
            check(transfer.transferImpactAssessmentDate, .transfer, transfer.id, transfer.name, "transferImpactAssessmentDate")
            check(transfer.safeguard.sccSignedDate, .transfer, transfer.id, transfer.name, "safeguard.sccSignedDate")
        }
        for joint in register.jointControllers {
            check(joint.arrangement.date, .jointController, joint.id, joint.name, "arrangement.date")
        }
        return found
    }
}
