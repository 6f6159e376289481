/// How much a finding matters. Errors are gaps the law requires closing; warnings are what the law asks
/// "where possible" or good practice; info is a hint.
public enum Severity: String, Codable, Comparable, Sendable, CaseIterable {
    case error, warning, info

    /// Errors first: the order findings are listed in.
    var rank: Int {
        switch self {
        case .error: return 0
        case .warning: return 1
        case .info: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    public var label: BilingualLabel {
        switch self {
        case .error: return .init(en: "error", sv: "fel")
        case .warning: return .init(en: "warning", sv: "varning")
        case .info: return .init(en: "info", sv: "info")
        }
    }
}

/// One thing validation found: which entity and field, under which stable rule, and what to do.
public struct Finding: Equatable, Sendable {
    public let severity: Severity
    /// The stable rule, such as `.transferWithoutSafeguard` (`transfer-without-safeguard`).
    public let code: FindingCode
    public let kind: EntityKind
    public let entityID: String
    public let entityName: String
    /// The field path the finding is about, e.g. `purposes[marknadsforing].lawfulBasis`.
    public let field: String
    /// What is wrong and what to do, in English (the `--json` output and the default).
    public let message: String
    /// The same in Swedish.
    public let swedishMessage: String
    /// The article behind the rule, e.g. "Art 30(1)(f)".
    public let article: String?

    public init(_ severity: Severity, _ code: FindingCode, kind: EntityKind, id: String, name: String, field: String,
                message: BilingualText, article: String? = nil) {
        self.severity = severity
        self.code = code
        self.kind = kind
        self.entityID = id
        self.entityName = name
        self.field = field
        self.message = message.en
        self.swedishMessage = message.sv
        self.article = article
    }
}

extension Finding {
    public func message(_ language: Language) -> String {
        language == .sv ? swedishMessage : message
    }
}
