/// Every date in the register is a real day written YYYY-MM-DD.
struct DateRules {
    let register: Register

    func check() -> [Finding] {
        var found: [Finding] = []
        func check(_ value: String?, _ kind: EntityKind, _ id: String, _ name: String, _ field: String) {
            guard let value, CalendarDate(value) == nil else { return }
            found.append(Finding(.error, "invalid-date", kind: kind, id: id, name: name, field: field,
                                 message: BilingualLabel(en: "\"\(value)\" is not a date: write YYYY-MM-DD",
                                                         sv: "\"\(value)\" är inget datum: skriv ÅÅÅÅ-MM-DD")))
        }
        for activity in register.activities {
            check(activity.lastReviewed, .activity, activity.id, activity.name, "lastReviewed")
            check(activity.dpia?.date, .activity, activity.id, activity.name, "dpia.date")
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
