/// Whether a processor has a signed agreement while an activity uses it (Art 28(3), Art 28(9)).
/// Applies to the processors the organisation engaged itself; a sub-processor's agreement is with its processor.
struct AgreementStatusRules {
    let register: Register

    func reasons(for processor: Processor, usedBy: [String]) -> [ReviewReason] {
        guard !processor.isSubprocessor else { return [] }
        let agreement = processor.agreement
        let inUse = !usedBy.isEmpty
        let urgency: ReviewUrgency = inUse ? .critical : .agreement
        let activities = ReviewText.activities(usedBy.count)
        let use = inUse
            ? BilingualText(en: ", yet \(activities.en) the processor", sv: ", trots att \(activities.sv) biträdet")
            : BilingualText(en: "; no activity uses the processor yet", sv: "; ingen behandling använder biträdet ännu")
        let signOrStop = inUse
            ? BilingualText(en: "sign an agreement that covers Art 28(3)(a)–(h), or stop the processing",
                             sv: "teckna ett avtal som omfattar art. 28.3 a–h, eller upphör med behandlingen")
            : BilingualText(en: "sign an agreement that covers Art 28(3)(a)–(h) before any processing starts, or remove the processor",
                             sv: "teckna ett avtal som omfattar art. 28.3 a–h innan någon behandling påbörjas, eller ta bort biträdet")
        switch agreement.status {
        case .missing:
            return [ReviewReason(.agreementMissing, urgency, article: "Art 28(3)",
                                 message: BilingualText(en: "no processor agreement is recorded", sv: "inget personuppgiftsbiträdesavtal är registrerat") + use,
                                 action: signOrStop, field: "agreement.status")]
        case .unknown:
            // Not known to be missing, so not critical; but a processor in use without a known agreement is
            // to be found out now, before the scheduled reviews.
            return [ReviewReason(.agreementUnknown, inUse ? .overdue : .agreement, article: "Art 28(3)",
                                 message: BilingualText(en: "whether there is a processor agreement is not stated",
                                                         sv: "det är inte angivet om det finns ett personuppgiftsbiträdesavtal") + use,
                                 action: BilingualText(en: "find out whether an agreement exists and record its status; if there is none, obtain one",
                                                        sv: "ta reda på om ett avtal finns och ange dess status; finns inget, teckna ett"),
                                 field: "agreement.status")]
        case .draft, .sent:
            let state = agreement.status == .draft
                ? BilingualText(en: "is only a draft", sv: "är bara ett utkast")
                : BilingualText(en: "was sent but is not signed", sv: "har skickats men inte undertecknats")
            return [ReviewReason(.agreementUnsigned, urgency, article: "Art 28(3), Art 28(9)",
                                 message: BilingualText(en: "the processor agreement \(state.en)", sv: "personuppgiftsbiträdesavtalet \(state.sv)") + use,
                                 action: inUse
                                     ? BilingualText(en: "get the agreement signed (in writing, electronic form included), or stop the processing",
                                                      sv: "se till att avtalet undertecknas (skriftligen, elektronisk form inräknad), eller upphör med behandlingen")
                                     : BilingualText(en: "get the agreement signed before any processing starts",
                                                      sv: "se till att avtalet undertecknas innan någon behandling påbörjas"),
                                 field: "agreement.status")]
        case .expired, .terminated:
            guard inUse else { return [] }
            let ended = agreement.status == .expired
                ? BilingualText(en: "has expired", sv: "har löpt ut")
                : BilingualText(en: "has been terminated", sv: "har sagts upp")
            return [ReviewReason(agreement.status == .expired ? .agreementExpired : .agreementTerminated, .critical,
                                 article: "Art 28(3)",
                                 message: BilingualText(en: "the processor agreement \(ended.en)", sv: "personuppgiftsbiträdesavtalet \(ended.sv)") + use,
                                 action: BilingualText(
                                     en: "renew the agreement, or stop the processing and have the data returned or deleted (Art 28(3)(g))",
                                     sv: "förnya avtalet, eller upphör med behandlingen och se till att uppgifterna återlämnas eller raderas (art. 28.3 g)"),
                                 field: "agreement.status")]
        case .signed:
            guard agreement.signedDate.flatMap(CalendarDate.init) == nil else { return [] }
            let what = agreement.signedDate.map { BilingualText(en: "its date \"\($0)\" is not a date", sv: "dess datum \"\($0)\" är inget giltigt datum") }
                ?? BilingualText(en: "its date is unknown", sv: "datumet är okänt")
            return [ReviewReason(.agreementDateUnknown, .agreement, article: "Art 28(3), Art 5(2)",
                                 message: BilingualText(en: "the agreement is recorded as signed but \(what.en)",
                                                         sv: "avtalet är registrerat som undertecknat, men \(what.sv)"),
                                 action: BilingualText(en: "find the signed copy and record the date it was signed (agreement.signedDate)",
                                                        sv: "ta fram det undertecknade exemplaret och ange när det undertecknades (agreement.signedDate)"),
                                 field: "agreement.signedDate")]
        }
    }
}
