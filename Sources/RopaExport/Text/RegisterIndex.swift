import RopaModel

/// A register's entities by id and who refers to whom, built once per export so that exporting ten
/// thousand activities stays linear instead of searching the lists for every reference.
struct RegisterIndex {
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

    init(_ register: Register) {
        self.register = register
        activities = register.activities.sorted { $0.id < $1.id }
        processors = register.processors.sorted { $0.id < $1.id }
        transfers = register.transfers.sorted { $0.id < $1.id }
        jointControllers = register.jointControllers.sorted { $0.id < $1.id }
        securityMeasures = register.securityMeasures.sorted { $0.id < $1.id }
        // The first entity with an id wins, as everywhere else; a duplicate id is a validation finding.
        processorsByID = Dictionary(processors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        transfersByID = Dictionary(transfers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        jointControllersByID = Dictionary(jointControllers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        securityMeasuresByID = Dictionary(securityMeasures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        legalEntitiesByID = Dictionary(register.organisation.legalEntities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        activitiesByID = Dictionary(activities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        countriesByCode = Dictionary(register.countries.countries.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

        var children: [String: [Processor]] = [:]
        for processor in processors {
            if let parent = processor.parentProcessorId { children[parent, default: []].append(processor) }
        }
        childrenByParent = children

        var byProcessor: [String: [Int]] = [:], byTransfer: [String: [Int]] = [:]
        var byJoint: [String: [Int]] = [:], byMeasure: [String: [Int]] = [:]
        for (position, activity) in activities.enumerated() {
            for id in Self.distinct(activity.processorIds) { byProcessor[id, default: []].append(position) }
            for id in Self.distinct(activity.transferIds) { byTransfer[id, default: []].append(position) }
            for id in Self.distinct(activity.jointControllerIds) { byJoint[id, default: []].append(position) }
            for id in Self.distinct(activity.securityMeasureIds) { byMeasure[id, default: []].append(position) }
        }
        activitiesByProcessor = byProcessor
        activitiesByTransfer = byTransfer
        activitiesByJointController = byJoint
        activitiesBySecurityMeasure = byMeasure
    }

    func activity(_ id: String) -> Activity? { activitiesByID[id].map { activities[$0] } }
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

    func activities(usingProcessor id: String) -> [Activity] { (activitiesByProcessor[id] ?? []).map { activities[$0] } }
    func activities(usingTransfer id: String) -> [Activity] { (activitiesByTransfer[id] ?? []).map { activities[$0] } }
    func activities(usingSecurityMeasure id: String) -> [Activity] { (activitiesBySecurityMeasure[id] ?? []).map { activities[$0] } }

    /// The activities of a joint controller: those it names and those that name it, each once.
    func activities(ofJointController joint: JointController) -> [Activity] {
        var seen = Set<String>()
        var result: [Activity] = []
        for id in joint.activityIds where seen.insert(id).inserted {
            result.append(activity(id) ?? Activity(id: id, name: id))
        }
        for position in activitiesByJointController[joint.id] ?? [] where seen.insert(activities[position].id).inserted {
            result.append(activities[position])
        }
        return result
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

    static func distinct(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
