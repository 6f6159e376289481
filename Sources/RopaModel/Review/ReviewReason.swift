/// One reason a processor agreement needs attention: a stable code, the article behind it, what is wrong
/// and what to do.
public struct ReviewReason: Equatable, Sendable {
    /// The stable rule names of the review. The raw values are what `ropa review --json` prints.
    public enum Code: String, CaseIterable, Sendable {
        case agreementMissing = "agreement-missing"
        case agreementUnknown = "agreement-unknown"
        case agreementUnsigned = "agreement-unsigned"
        case agreementExpired = "agreement-expired"
        case agreementTerminated = "agreement-terminated"
        case subprocessorObjected = "subprocessor-objected"
        case reviewOverdue = "review-overdue"
        case reviewNotScheduled = "review-not-scheduled"
        case reviewDateInvalid = "review-date-invalid"
        case reviewDueSoon = "review-due-soon"
        case agreementDateUnknown = "agreement-date-unknown"
        case clauseMissing = "clause-missing"
        case clausePartial = "clause-partial"
        case clausesNotChecked = "clauses-not-checked"
        case subprocessorNotApproved = "subprocessor-not-approved"
        case subprocessorWithoutNotice = "subprocessor-without-notice"
        case subprocessorAuthorisationUnknown = "subprocessor-authorisation-unknown"
        case processorCountryUnknown = "processor-country-unknown"
        case transferNotRecorded = "transfer-not-recorded"
        case transferWithoutSafeguard = "transfer-without-safeguard"
        case sccModuleMissing = "scc-module-missing"
        case sccReferenceMissing = "scc-reference-missing"
        case sccOutdated = "scc-outdated"
        case sccWithoutTIA = "scc-without-tia"
        case safeguardWithoutTIA = "safeguard-without-tia"
        case transferMechanismUnknown = "transfer-mechanism-unknown"
    }

    public let code: Code
    public let urgency: ReviewUrgency
    /// The article behind the reason, e.g. "Art 28(3)(d)".
    public let article: String
    /// What is wrong, in English (the default, and what `ropa review --json` prints unless told otherwise).
    public let message: String
    /// What to do about it, in English.
    public let action: String
    /// What is wrong, in Swedish.
    public let swedishMessage: String
    /// What to do about it, in Swedish.
    public let swedishAction: String
    /// The field the reason is about: a path in the processor (`agreement.clauses.d`), or in the transfer
    /// named by `transferID`.
    public let field: String
    /// The transfer the reason is about, for transfer reasons.
    public let transferID: String?

    public init(_ code: Code, _ urgency: ReviewUrgency, article: String, message: BilingualText, action: BilingualText,
                field: String, transferID: String? = nil) {
        self.code = code
        self.urgency = urgency
        self.article = article
        self.message = message.en
        self.action = action.en
        self.swedishMessage = message.sv
        self.swedishAction = action.sv
        self.field = field
        self.transferID = transferID
    }

    public func message(_ language: Language) -> String {
        language == .sv ? swedishMessage : message
    }

    public func action(_ language: Language) -> String {
        language == .sv ? swedishAction : action
    }
}
