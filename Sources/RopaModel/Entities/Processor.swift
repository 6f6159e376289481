/// A processor (personuppgiftsbiträde), or a sub-processor when `parentProcessorId` names the
/// processor that engaged it; sub-processors nest at any depth.
public struct Processor: RegisterEntity {
    public static let kind = EntityKind.processor

    public var id: String
    public var name: String
    /// What the processor does for the organisation.
    public var service: String?
    /// ISO 3166-1 alpha-2 code where the data is processed.
    public var country: String?
    public var contact: Contact?
    /// The processor that engaged this one; nil for a processor engaged by the organisation itself.
    public var parentProcessorId: String?
    /// For a sub-processor: the controller's approval.
    public var approval: SubprocessorApproval?
    public var agreement: ProcessorAgreement
    public var notes: String?
    public var provenance: Provenance

    public init(id: String, name: String, service: String? = nil, country: String? = nil, contact: Contact? = nil,
                parentProcessorId: String? = nil, approval: SubprocessorApproval? = nil,
                agreement: ProcessorAgreement = ProcessorAgreement(), notes: String? = nil, provenance: Provenance = [:]) {
        self.id = id
        self.name = name
        self.service = service
        self.country = country
        self.contact = contact
        self.parentProcessorId = parentProcessorId
        self.approval = approval
        self.agreement = agreement
        self.notes = notes
        self.provenance = provenance
    }

    public var isSubprocessor: Bool { parentProcessorId != nil }
}

/// The processor agreement (Art 28(3)) and its review.
public struct ProcessorAgreement: Codable, Equatable, Sendable {
    public var status: AgreementStatus
    /// YYYY-MM-DD.
    public var signedDate: String?
    public var reference: String?
    /// YYYY-MM-DD by which the agreement must be reviewed again.
    public var reviewDue: String?
    /// YYYY-MM-DD.
    public var lastReviewed: String?
    /// The Art 28(3)(a)–(h) checklist, keyed by clause letter.
    public var clauses: [String: ClauseCheck]
    public var subprocessorAuthorisation: SubprocessorAuthorisation?
    /// Under a general authorisation: the days the controller has to object after notice of a new
    /// sub-processor (Art 28(2)).
    public var objectionPeriodDays: Int?
    public var note: String?

    public init(status: AgreementStatus = .missing, signedDate: String? = nil, reference: String? = nil,
                reviewDue: String? = nil, lastReviewed: String? = nil, clauses: [String: ClauseCheck] = [:],
                subprocessorAuthorisation: SubprocessorAuthorisation? = nil, objectionPeriodDays: Int? = nil, note: String? = nil) {
        self.status = status
        self.signedDate = signedDate
        self.reference = reference
        self.reviewDue = reviewDue
        self.lastReviewed = lastReviewed
        self.clauses = clauses
        self.subprocessorAuthorisation = subprocessorAuthorisation
        self.objectionPeriodDays = objectionPeriodDays
        self.note = note
    }

    /// The check of one clause; a clause never looked at reads as not checked.
    public func check(_ clause: Article28Clause) -> ClauseCheck {
        clauses[clause.rawValue] ?? ClauseCheck()
    }
}

/// One Art 28(3) clause as found in the agreement.
public struct ClauseCheck: Codable, Equatable, Sendable {
    public var status: ClauseStatus
    public var note: String?
    /// Where in the agreement the clause stands, e.g. "§ 7.2".
    public var location: String?

    public init(status: ClauseStatus = .notChecked, note: String? = nil, location: String? = nil) {
        self.status = status
        self.note = note
        self.location = location
    }
}

/// The controller's approval of a sub-processor.
public struct SubprocessorApproval: Codable, Equatable, Sendable {
    public var status: ApprovalStatus
    /// YYYY-MM-DD of the decision.
    public var date: String?
    /// YYYY-MM-DD on which the processor gave notice of the sub-processor (general authorisation).
    public var noticeDate: String?

    public init(status: ApprovalStatus, date: String? = nil, noticeDate: String? = nil) {
        self.status = status
        self.date = date
        self.noticeDate = noticeDate
    }
}
