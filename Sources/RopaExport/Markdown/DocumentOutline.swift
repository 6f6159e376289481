import RopaModel

/// The headings of the document in order, each with its anchor and what follows it. Anchors are known
/// before anything is written, so the contents, the summary and cross-references can link forward.
struct DocumentOutline {
    /// What follows a heading; an entity by its position in the exporter's list of that kind.
    enum Body {
        case overview, contents, summary
        case activities, activity(Int)
        case processors, processor(Int)
        case transfers, transfer(Int)
        case jointControllers, jointController(Int)
        case securityMeasures, findings
    }

    struct Section {
        let level: Int
        let title: String
        let anchor: String
        let body: Body
    }

    private(set) var sections: [Section] = []
    private var anchors = HeadingAnchors()
    private var entityAnchors: [String: String] = [:]

    init(index: RegisterIndex, processors: [(processor: Processor, depth: Int)], text: ValueText) {
        let name = index.register.organisation.name
        add(1, name.isEmpty ? text.phrase(.title) : "\(text.phrase(.title)): \(name)", .overview)
        add(2, text.phrase(.contents), .contents)
        add(2, text.phrase(.summary), .summary)
        add(2, text.phrase(.activitiesHeading), .activities)
        for (position, activity) in index.activities.enumerated() {
            add(3, Self.title(activity.name, id: activity.id), .activity(position), key: Self.key(.activity, activity.id))
        }
        add(2, text.phrase(.processorsHeading), .processors)
        for (position, entry) in processors.enumerated() {
            let processor = entry.processor
            add(3, Self.title(processor.name, id: processor.id), .processor(position), key: Self.key(.processor, processor.id))
        }
        add(2, text.phrase(.transfersHeading), .transfers)
        for (position, transfer) in index.transfers.enumerated() {
            add(3, Self.title(transfer.name, id: transfer.id), .transfer(position), key: Self.key(.transfer, transfer.id))
        }
        add(2, text.phrase(.jointControllersHeading), .jointControllers)
        for (position, joint) in index.jointControllers.enumerated() {
            add(3, Self.title(joint.name, id: joint.id), .jointController(position), key: Self.key(.jointController, joint.id))
        }
        add(2, text.phrase(.securityMeasuresHeading), .securityMeasures)
        add(2, text.phrase(.findingsHeading), .findings)
    }

    /// The anchor of an entity's section, or nil when it has none (a broken reference).
    func anchor(_ kind: EntityKind, _ id: String) -> String? { entityAnchors[Self.key(kind, id)] }

    /// A heading shows the entity's name, or its id when the name is blank.
    static func title(_ name: String, id: String) -> String {
        MarkdownEscaping.displayed(name).isEmpty ? id : name
    }

    private static func key(_ kind: EntityKind, _ id: String) -> String { "\(kind.rawValue):\(id)" }

    private mutating func add(_ level: Int, _ title: String, _ body: Body, key: String? = nil) {
        let anchor = anchors.anchor(for: MarkdownEscaping.displayed(title))
        sections.append(Section(level: level, title: title, anchor: anchor, body: body))
        // With duplicate ids the first entity keeps the links; validation reports the duplicate.
        if let key, entityAnchors[key] == nil { entityAnchors[key] = anchor }
    }
}
