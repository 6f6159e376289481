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
    private var anchors: HeadingAnchors
    private var entityAnchors: [EntityKey: String] = [:]

    /// An entity of the register, as cross-references name it.
    private struct EntityKey: Hashable {
        let kind: EntityKind
        let id: String

        // Ids are unique across kinds in a valid register: hashing the id alone spares hashing the kind's
        // name for every cross-reference, and equality still tells the kinds apart.
        func hash(into hasher: inout Hasher) { hasher.combine(id) }
    }

    init(index: RegisterIndex, processors: [(processor: Processor, depth: Int)], text: ValueText) {
        let entities = index.activities.count + processors.count + index.transfers.count + index.jointControllers.count
        anchors = HeadingAnchors(headings: entities + 16)
        entityAnchors.reserveCapacity(entities)
        let name = index.register.organisation.name
        add(1, name.isEmpty ? text.phrase(.title) : "\(text.phrase(.title)): \(name)", .overview)
        add(2, text.phrase(.contents), .contents)
        add(2, text.phrase(.summary), .summary)
        add(2, text.phrase(.activitiesHeading), .activities)
        addEntities(index.activities) { .activity($0) }
        add(2, text.phrase(.processorsHeading), .processors)
        addEntities(processors.map(\.processor)) { .processor($0) }
        add(2, text.phrase(.transfersHeading), .transfers)
        addEntities(index.transfers) { .transfer($0) }
        add(2, text.phrase(.jointControllersHeading), .jointControllers)
        addEntities(index.jointControllers) { .jointController($0) }
        add(2, text.phrase(.securityMeasuresHeading), .securityMeasures)
        add(2, text.phrase(.findingsHeading), .findings)
    }

    /// The anchor of an entity's section, or nil when it has none (a broken reference).
    func anchor(_ kind: EntityKind, _ id: String) -> String? { entityAnchors[EntityKey(kind: kind, id: id)] }

    /// A heading shows the entity's name, or its id when the name is blank.
    static func title(_ name: String, id: String) -> String {
        MarkdownEscaping.displayed(name).isEmpty ? id : name
    }

    /// A heading for each entity. By position: a for-in loop would copy each entity, all of its fields.
    private mutating func addEntities<Entity: RegisterEntity>(_ entities: [Entity], _ body: (Int) -> Body) {
        for position in entities.indices {
            let (name, id) = (entities[position].name, entities[position].id)
            add(3, Self.title(name, id: id), body(position), key: EntityKey(kind: Entity.kind, id: id))
        }
    }

    private mutating func add(_ level: Int, _ title: String, _ body: Body, key: EntityKey? = nil) {
        let anchor = anchors.anchor(for: MarkdownEscaping.displayed(title))
        sections.append(Section(level: level, title: title, anchor: anchor, body: body))
        // With duplicate ids the first entity keeps the links; validation reports the duplicate.
        if let key, entityAnchors[key] == nil { entityAnchors[key] = anchor }
    }
}
