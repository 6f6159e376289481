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
        let count = engaged.count == 1 ? "1 sub-processor is" : "\(engaged.count) sub-processors are"
        return [ReviewReason(.subprocessorAuthorisationUnknown, .subprocessor, article: "Art 28(2), Art 28(3)(d)",
                             message: "the agreement does not record how sub-processors are authorised, yet \(count) engaged",
                             action: "record whether the agreement gives prior specific or general written authorisation (agreement.subprocessorAuthorisation)",
                             field: "agreement.subprocessorAuthorisation")]
    }

    private func subprocessorReasons(_ processor: Processor, usedBy: [String]) -> [ReviewReason] {
        var found: [ReviewReason] = []
        let authorisation = authorisationInForce(for: processor)
        let parentName = processor.parentProcessorId.flatMap { register.processor($0)?.name } ?? processor.parentProcessorId ?? "its processor"
        switch processor.approval?.status {
        case .approved?:
            break
        case .objected?:
            let use = usedBy.isEmpty ? "" : ", and \(ReviewText.activities(usedBy.count)) its processor"
            found.append(ReviewReason(.subprocessorObjected, usedBy.isEmpty ? .subprocessor : .critical, article: "Art 28(2)",
                                      message: "you objected to this sub-processor, yet it is still recorded as engaged by \(parentName)\(use)",
                                      action: "confirm with \(parentName) that it no longer uses the sub-processor and remove it, or withdraw the objection",
                                      field: "approval.status"))
        case let status:
            let state: String
            switch status {
            case .pending?: state = "the controller's decision on this sub-processor is pending"
            case .notRequested?: state = "approval of this sub-processor was never requested"
            default: state = "no approval of this sub-processor is recorded"
            }
            let action = authorisation == .generalWithNotice
                ? "decide whether to accept the sub-processor or object to it within the notice period, and record the decision"
                : "give or refuse prior specific written authorisation, and record the decision and its date"
            found.append(ReviewReason(.subprocessorNotApproved, .subprocessor, article: "Art 28(2)",
                                      message: state, action: action, field: "approval.status"))
        }
        if authorisation == .generalWithNotice, processor.approval?.noticeDate == nil {
            found.append(ReviewReason(.subprocessorWithoutNotice, .subprocessor, article: "Art 28(2)",
                                      message: "the sub-processor was added under a general authorisation but no notice from \(parentName) is recorded",
                                      action: "ask \(parentName) for its notice of the change and record its date (approval.noticeDate)",
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
