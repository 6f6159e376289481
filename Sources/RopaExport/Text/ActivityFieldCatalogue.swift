import RopaModel

/// The activity's fields kept beside Art 30's core (the ICO's and the CNIL's templates, what Swedish law asks
/// for), each with its label from `RegisterField`, how it reads in an export and how an import stores a cell.
/// The CSV and XLSX columns, the Markdown and the register document (DOCX, HTML) list them from here and the
/// import reads them back, so such a field is added here once (beside the model, its schema and its form).
public struct ActivityCatalogueField: Sendable {
    public let field: RegisterField
    /// The values as an export shows them, in the export's language; empty when nothing is recorded.
    let values: @Sendable (Activity, ValueText) -> [String]
    /// How an import stores the field: one text, a list of texts, or a yes/no flag.
    public let storage: Storage
    /// Whether the values are vocabulary terms with their articles, which a Swedish document cites its own way.
    let cites: Bool
    /// Whether the field has a column in the tables (CSV, XLSX), which the import then reads back.
    let inTables: Bool

    init(field: RegisterField, cites: Bool = false, inTables: Bool = true,
         values: @escaping @Sendable (Activity, ValueText) -> [String], storage: Storage) {
        self.field = field
        self.cites = cites
        self.inTables = inTables
        self.values = values
        self.storage = storage
    }

    public enum Storage: Sendable {
        case text(@Sendable (inout Activity, String?) -> Void)
        case list(@Sendable (inout Activity, [String]?) -> Void)
        case flag(@Sendable (inout Activity, Bool?) -> Void)
        /// Read back by the import's own code (vocabulary terms, derived values).
        case special
    }

    static func text(_ field: RegisterField, _ get: @escaping @Sendable (Activity) -> String?,
                     _ set: @escaping @Sendable (inout Activity, String?) -> Void) -> ActivityCatalogueField {
        ActivityCatalogueField(field: field, values: { activity, _ in get(activity).map { $0.isEmpty ? [] : [$0] } ?? [] }, storage: .text(set))
    }

    static func list(_ field: RegisterField, _ get: @escaping @Sendable (Activity) -> [String]?,
                     _ set: @escaping @Sendable (inout Activity, [String]?) -> Void) -> ActivityCatalogueField {
        ActivityCatalogueField(field: field, values: { activity, _ in get(activity) ?? [] }, storage: .list(set))
    }

    static func flag(_ field: RegisterField, _ get: @escaping @Sendable (Activity) -> Bool?,
                     _ set: @escaping @Sendable (inout Activity, Bool?) -> Void) -> ActivityCatalogueField {
        ActivityCatalogueField(field: field, values: { activity, text in
            get(activity).map { [text.label($0 ? Answer.yes : Answer.no)] } ?? []
        }, storage: .flag(set))
    }
}

/// The fields of `ActivityCatalogueField`, in the order the exports show them.
public enum ActivityCatalogue {
    public static let fields: [ActivityCatalogueField] = [
        .text(.department, { $0.department }, { $0.department = $1 }),
        .flag(.vulnerableDataSubjects, { $0.vulnerableDataSubjects }, { $0.vulnerableDataSubjects = $1 }),
        .text(.article10Basis, { $0.article10Basis }, { $0.article10Basis = $1 }),
        .text(.identityNumberJustification, { $0.identityNumberJustification }, { $0.identityNumberJustification = $1 }),
        ActivityCatalogueField(field: .statutoryProvision, values: { activity, _ in
            RegisterIndex.distinct(activity.purposes.compactMap(\.statutoryProvision).filter { !$0.isEmpty })
        }, storage: .special),
        ActivityCatalogueField(field: .rightsAvailable, cites: true, values: { activity, text in
            DataSubjectRights.available(activity).map { text.cited($0) }
        }, storage: .special),
        .text(.consentRecords, { $0.consentRecords }, { $0.consentRecords = $1 }),
        .text(.legitimateInterestsAssessment, { $0.legitimateInterestsAssessment }, { $0.legitimateInterestsAssessment = $1 }),
        .list(.systems, { $0.systems }, { $0.systems = $1 }),
        .text(.storageLocation, { $0.storageLocation }, { $0.storageLocation = $1 }),
        .text(.retentionPolicy, { $0.retentionPolicy }, { $0.retentionPolicy = $1 }),
        // Each structured retention period with the event it runs from, as the tables' column of that name
        // words them ("5 år från avslutat avtal"); the tables have their own column, one place per rule.
        ActivityCatalogueField(field: .retentionPeriods, inTables: false, values: { activity, text in
            RegisterIndex.distinct(activity.retention.compactMap { rule in
                rule.period.map { RetentionPeriodText.text($0, language: text.language) }
            })
        }, storage: .special),
        ActivityCatalogueField(field: .article22Exception, cites: true, values: { activity, text in
            activity.automatedDecisionMaking?.exception.map { [text.cited($0)] } ?? []
        }, storage: .special),
        ActivityCatalogueField(field: .dpiaCriteria, values: { activity, text in
            DPIAScreening.criteria(of: activity).map { text.label($0) }
        }, storage: .special),
        ActivityCatalogueField(field: .dpiaIMYListItems, values: { activity, text in
            activity.dpia?.imyListItems?.map { text.label($0) } ?? []
        }, storage: .special),
        .text(.dpiaNotNeededReason, { $0.dpia?.notNeededReason }, { activity, reason in
            // A reason needs a DPIA record to sit on; "not known" whether one is needed is the honest default.
            if activity.dpia == nil, reason == nil { return }
            var dpia = activity.dpia ?? DPIA(needed: .unknown)
            dpia.notNeededReason = reason
            activity.dpia = dpia
        }),
    ]

    /// The fields that have a column in the tables.
    public static let tableFields = fields.filter(\.inTables)
}
