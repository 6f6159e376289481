/// Whether a processor has a signed agreement while an activity uses it (Art 28(3), Art 28(9)).
/// Applies to the processors the organisation engaged itself; a sub-processor's agreement is with its processor.
struct AgreementStatusRules {
    let register: Register

    func reasons(for processor: Processor, usedBy: [String]) -> [ReviewReason] {
        guard !processor.isSubprocessor else { return [] }
        let agreement = processor.agreement
        let inUse = !usedBy.isEmpty
        let urgency: ReviewUrgency = inUse ? .critical : .agreement
        let use = inUse ? ", yet \(ReviewText.activities(usedBy.count)) the processor" : "; no activity uses the processor yet"
        let signOrStop = inUse
            ? "sign an agreement that covers Art 28(3)(a)–(h), or stop the processing"
            : "sign an agreement that covers Art 28(3)(a)–(h) before any processing starts, or remove the processor"
        switch agreement.status {
        case .missing:
            return [ReviewReason(.agreementMissing, urgency, article: "Art 28(3)",
                                 message: "no processor agreement is recorded\(use)",
                                 action: signOrStop, field: "agreement.status")]
        case .draft, .sent:
            let state = agreement.status == .draft ? "is only a draft" : "was sent but is not signed"
            return [ReviewReason(.agreementUnsigned, urgency, article: "Art 28(3), Art 28(9)",
                                 message: "the processor agreement \(state)\(use)",
                                 action: inUse ? "get the agreement signed (in writing, electronic form included), or stop the processing"
                                     : "get the agreement signed before any processing starts",
                                 field: "agreement.status")]
        case .expired, .terminated:
            guard inUse else { return [] }
            let ended = agreement.status == .expired ? "has expired" : "has been terminated"
            return [ReviewReason(agreement.status == .expired ? .agreementExpired : .agreementTerminated, .critical,
                                 article: "Art 28(3)",
                                 message: "the processor agreement \(ended)\(use)",
                                 action: "renew the agreement, or stop the processing and have the data returned or deleted (Art 28(3)(g))",
                                 field: "agreement.status")]
        case .signed:
            guard agreement.signedDate.flatMap(CalendarDate.init) == nil else { return [] }
            let what = agreement.signedDate.map { "its date \"\($0)\" is not a date" } ?? "its date is unknown"
            return [ReviewReason(.agreementDateUnknown, .agreement, article: "Art 28(9)",
                                 message: "the agreement is recorded as signed but \(what)",
                                 action: "find the signed copy and record the date it was signed (agreement.signedDate)",
                                 field: "agreement.signedDate")]
        }
    }
}
