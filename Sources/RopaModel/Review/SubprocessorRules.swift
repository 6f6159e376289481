/// Sub-processors: the controller's authorisation and approval (Art 28(2), Art 28(4)).
struct SubprocessorRules {
    let register: Register

    func reasons(for processor: Processor, usedBy: [String]) -> [ReviewReason] {
        processor.isSubprocessor ? subprocessorReasons(processor, usedBy: usedBy) : processorReasons(processor)
    }

    /// A processor that engages sub-processors must have an agreement that says how they are authorised.
    private func processorReasons(_ processor: Processor) -> [ReviewReason] {
        let engaged = register.subprocessors(of: processor.id)
        guard !engaged.isEmpty, processor.agreement.subprocessorAuthorisation == nil,
              processor.agreement.status != .missing else { return [] }
        let count = engaged.count == 1
            ? BilingualText(en: "1 sub-processor is", sv: "1 underbiträde är anlitat")
            : BilingualText(en: "\(engaged.count) sub-processors are", sv: "\(engaged.count) underbiträden är anlitade")
        return [ReviewReason(.subprocessorAuthorisationUnknown, .subprocessor, article: "Art 28(2), Art 28(3)(d)",
                             message: BilingualText(en: "the agreement does not record how sub-processors are authorised, yet \(count.en) engaged",
                                                     sv: "avtalet anger inte hur underbiträden godkänns, trots att \(count.sv)"),
                             action: BilingualText(
                                 en: "record whether the agreement gives prior specific or general written authorisation (agreement.subprocessorAuthorisation)",
                                 sv: "ange om avtalet ger särskilt eller allmänt skriftligt förhandstillstånd (agreement.subprocessorAuthorisation)"),
                             field: "agreement.subprocessorAuthorisation")]
    }

    private func subprocessorReasons(_ processor: Processor, usedBy: [String]) -> [ReviewReason] {
        var found: [ReviewReason] = []
        let authorisation = authorisationInForce(for: processor)
        let recordedParent = processor.parentProcessorId.flatMap { register.processor($0)?.name } ?? processor.parentProcessorId
        let parent = recordedParent.map { BilingualText(en: $0, sv: $0) }
            ?? BilingualText(en: "its processor", sv: "dess personuppgiftsbiträde")
        switch processor.approval?.status {
        case .approved?:
            break
        case .objected?:
            let activities = ReviewText.activities(usedBy.count)
            let use = usedBy.isEmpty ? BilingualText(en: "", sv: "")
                : BilingualText(en: ", and \(activities.en) its processor", sv: ", och \(activities.sv) dess personuppgiftsbiträde")
            found.append(ReviewReason(.subprocessorObjected, usedBy.isEmpty ? .subprocessor : .critical, article: "Art 28(2)",
                                      message: BilingualText(
                                          en: "you objected to this sub-processor, yet it is still recorded as engaged by \(parent.en)",
                                          sv: "ni har invänt mot detta underbiträde, men det är fortfarande registrerat som anlitat av \(parent.sv)") + use,
                                      action: BilingualText(
                                          en: "confirm with \(parent.en) that it no longer uses the sub-processor and remove it, or withdraw the objection",
                                          sv: "bekräfta med \(parent.sv) att underbiträdet inte längre används och ta bort det, eller återkalla invändningen"),
                                      field: "approval.status"))
        case let status:
            let state: BilingualText
            switch status {
            case .pending?:
                state = BilingualText(en: "the controller's decision on this sub-processor is pending",
                                       sv: "den personuppgiftsansvariges beslut om detta underbiträde har ännu inte fattats")
            case .notRequested?:
                state = BilingualText(en: "approval of this sub-processor was never requested",
                                       sv: "godkännande av detta underbiträde har aldrig begärts")
            default:
                state = BilingualText(en: "no approval of this sub-processor is recorded",
                                       sv: "inget godkännande av detta underbiträde är registrerat")
            }
            let action = authorisation == .generalWithNotice
                ? BilingualText(en: "decide whether to accept the sub-processor or object to it within the notice period, and record the decision",
                                 sv: "besluta om underbiträdet ska godtas eller om ni ska invända inom tidsfristen, och registrera beslutet")
                : BilingualText(en: "give or refuse prior specific written authorisation, and record the decision and its date",
                                 sv: "ge eller vägra särskilt skriftligt förhandstillstånd, och registrera beslutet och dess datum")
            found.append(ReviewReason(.subprocessorNotApproved, .subprocessor, article: "Art 28(2)",
                                      message: state, action: action, field: "approval.status"))
        }
        if authorisation == .generalWithNotice, processor.approval?.noticeDate == nil {
            found.append(ReviewReason(.subprocessorWithoutNotice, .subprocessor, article: "Art 28(2)",
                                      message: BilingualText(
                                          en: "the sub-processor was added under a general authorisation but no notice from \(parent.en) is recorded",
                                          sv: "underbiträdet har lagts till med stöd av ett allmänt förhandstillstånd, men inget förhandsbesked från \(parent.sv) är registrerat"),
                                      action: BilingualText(
                                          en: "ask \(parent.en) for its notice of the change and record its date (approval.noticeDate)",
                                          sv: "begär förhandsbeskedet om ändringen från \(parent.sv) och ange dess datum (approval.noticeDate)"),
                                      field: "approval.noticeDate"))
        }
        return found
    }

    /// The authorisation that governs a sub-processor: the nearest engaging processor's agreement that
    /// records one (conditions flow down the chain, Art 28(4)).
    private func authorisationInForce(for processor: Processor) -> SubprocessorAuthorisation? {
        register.engagingChain(of: processor.id).reversed().lazy.compactMap(\.agreement.subprocessorAuthorisation).first
    }
}
