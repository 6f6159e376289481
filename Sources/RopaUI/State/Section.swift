import RopaModel

/// The nine sections, reached with the number keys in this order.
public enum Section: Int, CaseIterable, Sendable {
    case overview = 1, activities, processors, transfers, jointControllers, securityMeasures, review, findings, history

    public var title: BilingualLabel {
        switch self {
        case .overview: return .init(en: "Overview", sv: "Översikt")
        case .activities: return .init(en: "Activities", sv: "Behandlingar")
        case .processors: return .init(en: "Processors", sv: "Biträden")
        case .transfers: return .init(en: "Transfers", sv: "Överföringar")
        case .jointControllers: return .init(en: "Joint controllers", sv: "Gemensamt ansvariga")
        case .securityMeasures: return .init(en: "Security", sv: "Säkerhet")
        case .review: return .init(en: "Review", sv: "Granskning")
        case .findings: return .init(en: "Findings", sv: "Brister")
        case .history: return .init(en: "History", sv: "Historik")
        }
    }

    /// A name for narrow terminals.
    public var shortTitle: BilingualLabel {
        switch self {
        case .jointControllers: return .init(en: "Joint", sv: "Gemensamma")
        case .securityMeasures: return .init(en: "Security", sv: "Säkerhet")
        case .activities: return .init(en: "Activities", sv: "Behandl.")
        case .transfers: return .init(en: "Transfers", sv: "Överför.")
        default: return title
        }
    }

    /// The entity kind a section lists, where it lists entities of one kind.
    public var entityKind: EntityKind? {
        switch self {
        case .activities: return .activity
        case .processors, .review: return .processor
        case .transfers: return .transfer
        case .jointControllers: return .jointController
        case .securityMeasures: return .securityMeasure
        default: return nil
        }
    }
}

/// An entity of the register by kind and id.
public struct EntityRef: Hashable, Sendable {
    public let kind: EntityKind
    public let id: String

    public init(_ kind: EntityKind, _ id: String) {
        self.kind = kind
        self.id = id
    }
}

/// A version as the History section lists it.
public struct VersionSummary: Equatable, Sendable {
    public let number: Int
    public let hash: String
    public let time: String
    public let author: String
    public let message: String
    public let parents: [String]
    /// How the version is named: its number, with a short hash where two branches share it (`2·a6c5`).
    public let label: String

    public init(number: Int, hash: String, time: String, author: String, message: String, parents: [String], label: String? = nil) {
        self.label = label ?? "\(number)"
        self.number = number
        self.hash = hash
        self.time = time
        self.author = author
        self.message = message
        self.parents = parents
    }
}

/// The open register's place on disk and its history, as far as the UI shows it.
public struct SessionInfo: Equatable, Sendable {
    public var path: String
    /// Every version, oldest first; only the newest when `versionsAreComplete` is false.
    public var versions: [VersionSummary]
    /// Set when another editor holds the register: edits are refused, with the reason.
    public var readOnlyReason: String?
    /// False when the register was opened with only its head known (reading a long history took a tenth
    /// of opening a large register): History asks for the rest (`Effect.loadVersions`) when first shown.
    public var versionsAreComplete: Bool

    public init(path: String, versions: [VersionSummary], readOnlyReason: String? = nil, versionsAreComplete: Bool = true) {
        self.path = path
        self.versions = versions
        self.readOnlyReason = readOnlyReason
        self.versionsAreComplete = versionsAreComplete
    }

    public var head: VersionSummary? { versions.last }
    public var name: String { path.split(separator: "/").last.map(String.init) ?? path }
}
