import RopaModel

/// A register's entities by id and who refers to whom, built once per export so that exporting ten
/// thousand activities stays linear instead of searching the lists for every reference. A class: every
/// section and every value shares the one index, and a struct of this many collections cost a retain
/// of each one wherever it was passed along.
final class RegisterIndex: Sendable {
    let register: Register
    /// Entities in the order exports list them: by id, as the JSON export does.
    let activities: [Activity]
    let processors: [Processor]
    let transfers: [Transfer]
    let jointControllers: [JointController]
    let securityMeasures: [SecurityMeasure]

    private let processorsByID: [String: Processor]
    private let transfersByID: [String: Transfer]
    private let jointControllersByID: [String: JointController]
    private let securityMeasuresByID: [String: SecurityMeasure]
    private let legalEntitiesByID: [String: LegalEntity]
    private let childrenByParent: [String: [Processor]]
    // Positions in `activities` rather than copies: an activity is a large value.
    private let activitiesByProcessor: [String: [Int]]
    private let activitiesByTransfer: [String: [Int]]
    private let activitiesByJointController: [String: [Int]]
    private let activitiesBySecurityMeasure: [String: [Int]]
    private let activitiesByID: [String: Int]
    private let countriesByCode: [String: Country]
    /// For each activity's routes out of the EU/EEA through its processors (Art 30(1)(e)).
    let chains: ProcessorChainIndex

    init(_ register: Register) {
        self.register = register
        chains = ProcessorChainIndex(register)
        let activities = Self.byID(register.activities)
        self.activities = activities
        processors = Self.byID(register.processors)
        transfers = Self.byID(register.transfers)
        jointControllers = Self.byID(register.jointControllers)
        securityMeasures = Self.byID(register.securityMeasures)
        // The first entity with an id wins, as everywhere else; a duplicate id is a validation finding.
        processorsByID = Dictionary(processors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        transfersByID = Dictionary(transfers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        jointControllersByID = Dictionary(jointControllers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        securityMeasuresByID = Dictionary(securityMeasures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        legalEntitiesByID = Dictionary(register.organisation.legalEntities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        activitiesByID = Dictionary(activities.indices.map { (activities[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        countriesByCode = Dictionary(register.countries.countries.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

        var children: [String: [Processor]] = [:]
        for processor in processors {
            if let parent = processor.parentProcessorId { children[parent, default: []].append(processor) }
        }
        childrenByParent = children

        var byProcessor: [String: [Int]] = [:], byTransfer: [String: [Int]] = [:]
        var byJoint: [String: [Int]] = [:], byMeasure: [String: [Int]] = [:]
        // By position: a for-in loop would copy each activity, all of its fields.
        for position in activities.indices {
            for id in Self.distinct(activities[position].processorIds) { byProcessor[id, default: []].append(position) }
            for id in Self.distinct(activities[position].transferIds) { byTransfer[id, default: []].append(position) }
            for id in Self.distinct(activities[position].jointControllerIds) { byJoint[id, default: []].append(position) }
            for id in Self.distinct(activities[position].securityMeasureIds) { byMeasure[id, default: []].append(position) }
        }
        activitiesByProcessor = byProcessor
        activitiesByTransfer = byTransfer
        activitiesByJointController = byJoint
        activitiesBySecurityMeasure = byMeasure
    }

    func processor(_ id: String) -> Processor? { processorsByID[id] }
    func transfer(_ id: String) -> Transfer? { transfersByID[id] }
    func jointController(_ id: String) -> JointController? { jointControllersByID[id] }
    func securityMeasure(_ id: String) -> SecurityMeasure? { securityMeasuresByID[id] }
    func legalEntity(_ id: String) -> LegalEntity? { legalEntitiesByID[id] }

    /// The country with an ISO code, in any case, from the register's reference data.
    func country(_ code: String?) -> Country? {
        guard let code, !code.isEmpty else { return nil }
        return countriesByCode[code] ?? countriesByCode[code.uppercased()]
    }

    /// The sub-processors a processor engaged directly, by id.
    func subprocessors(of id: String) -> [Processor] { childrenByParent[id] ?? [] }

    func activities(usingProcessor id: String) -> [ActivityReference] { references(activitiesByProcessor[id]) }
    func activities(usingTransfer id: String) -> [ActivityReference] { references(activitiesByTransfer[id]) }
    func activities(usingSecurityMeasure id: String) -> [ActivityReference] { references(activitiesBySecurityMeasure[id]) }

    /// The activities of a joint controller: those it names and those that name it, each once.
    func activities(ofJointController joint: JointController) -> [ActivityReference] {
        var seen = Set<String>()
        var result: [ActivityReference] = []
        for id in joint.activityIds where seen.insert(id).inserted {
            result.append(activitiesByID[id].map(reference) ?? ActivityReference(id: id, name: id))
        }
        for position in activitiesByJointController[joint.id] ?? [] where seen.insert(activities[position].id).inserted {
            result.append(reference(position))
        }
        return result
    }

    private func references(_ positions: [Int]?) -> [ActivityReference] { (positions ?? []).map(reference) }

    private func reference(_ position: Int) -> ActivityReference {
        ActivityReference(id: activities[position].id, name: activities[position].name)
    }

    /// The legal entities an activity is recorded for; none named means all of the organisation's.
    func legalEntities(of activity: Activity) -> [LegalEntity] {
        if activity.legalEntityIds.isEmpty { return register.organisation.legalEntities }
        return activity.legalEntityIds.map { legalEntitiesByID[$0] ?? LegalEntity(id: $0, name: $0) }
    }

    /// Processors in the order of their chains: each top-level processor followed by its sub-processors,
    /// depth first. Processors whose chain is broken or loops come last, so none is ever left out.
    func processorsInChainOrder() -> [(processor: Processor, depth: Int)] {
        var result: [(processor: Processor, depth: Int)] = []
        var placed = Set<String>()
        func visit(_ processor: Processor, depth: Int) {
            guard placed.insert(processor.id).inserted else { return }
            result.append((processor, depth))
            for child in subprocessors(of: processor.id) { visit(child, depth: depth + 1) }
        }
        for processor in processors where processor.parentProcessorId == nil { visit(processor, depth: 0) }
        for processor in processors where !placed.contains(processor.id) { visit(processor, depth: 0) }
        return result
    }

    /// The entities in the order of their ids (stable: entities with one id keep theirs). A register read
    /// from its folder is in that order already, and sharing its array copies none of the entities.
    private static func byID<Entity: RegisterEntity>(_ entities: [Entity]) -> [Entity] {
        let inOrder = entities.indices.dropFirst().allSatisfy { entities[$0 - 1].id <= entities[$0].id }
        return inOrder ? entities : entities.sorted { $0.id < $1.id }
    }

    /// Each value once, in the order of their first occurrence.
    static func distinct(_ values: [String]) -> [String] {
        // Most lists are a handful of ids or labels: comparing with the values before costs less than
        // hashing each into a set, and most have nothing twice, so they are returned as they are.
        if values.count <= 16 {
            let repeats = values.indices.contains { values[..<$0].contains(values[$0]) }
            guard repeats else { return values }
            return values.indices.filter { !values[..<$0].contains(values[$0]) }.map { values[$0] }
        }
        var seen = Set<String>(minimumCapacity: values.count)
        return values.filter { seen.insert($0).inserted }
    }
}

/// An activity as another entity refers to it: its id and name, rather than a copy of all of it (listing
/// the activities of every processor and security measure copied tens of thousands of activities).
struct ActivityReference {
    let id: String
    let name: String
}
