/// Settings kept with the register in `register.json`.
public struct RegisterSettings: Codable, Equatable, Sendable {
    /// Always "ropa-register": tells a register folder from any other.
    public var format: String
    public var schemaVersion: Int
    /// Months between reviews of a processor agreement.
    public var reviewIntervalMonths: Int
    /// Days before a review is due in which it counts as due soon.
    public var dueSoonDays: Int
    /// Findings the DPO accepted until a date, with the reason (absent when none; see `AcceptedFinding`).
    public var acceptedFindings: [AcceptedFinding]?

    public static let formatName = "ropa-register"
    /// The schema this build writes. Older files are migrated on load; newer ones are refused.
    public static let currentSchemaVersion = 1

    public init(format: String = RegisterSettings.formatName, schemaVersion: Int = RegisterSettings.currentSchemaVersion,
                reviewIntervalMonths: Int = 12, dueSoonDays: Int = 30) {
        self.format = format
        self.schemaVersion = schemaVersion
        self.reviewIntervalMonths = reviewIntervalMonths
        self.dueSoonDays = dueSoonDays
    }
}

/// One organisation's register of processing activities, whole, in memory.
public struct Register: Equatable, Sendable {
    public var settings: RegisterSettings
    public var organisation: Organisation
    public var activities: [Activity]
    public var processors: [Processor]
    public var transfers: [Transfer]
    public var jointControllers: [JointController]
    public var securityMeasures: [SecurityMeasure]
    /// The register's own dated copy of the reference data, or nil to use the built-in list.
    public var countryList: CountryList?

    public init(settings: RegisterSettings = RegisterSettings(), organisation: Organisation,
                activities: [Activity] = [], processors: [Processor] = [], transfers: [Transfer] = [],
                jointControllers: [JointController] = [], securityMeasures: [SecurityMeasure] = [],
                countryList: CountryList? = nil) {
        self.settings = settings
        self.organisation = organisation
        self.activities = activities
        self.processors = processors
        self.transfers = transfers
        self.jointControllers = jointControllers
        self.securityMeasures = securityMeasures
        self.countryList = countryList
    }

    /// The reference data in force for this register.
    public var countries: CountryList { countryList ?? .builtIn }

    public func activity(_ id: String) -> Activity? { Register.first(in: activities, id: id) }
    public func processor(_ id: String) -> Processor? { Register.first(in: processors, id: id) }
    public func transfer(_ id: String) -> Transfer? { Register.first(in: transfers, id: id) }
    public func jointController(_ id: String) -> JointController? { Register.first(in: jointControllers, id: id) }
    public func securityMeasure(_ id: String) -> SecurityMeasure? { Register.first(in: securityMeasures, id: id) }

    /// The first entity of a list with an id. Compared in the list's storage, copying only the one found:
    /// `first(where:)` copied every entity it passed, all of its fields, and the review queue asks for
    /// processors by id hundreds of times.
    static func first<T: RegisterEntity>(in list: [T], id: String) -> T? {
        position(in: list, id: id).map { list[$0] }
    }

    /// The position of the first entity of a list with an id, compared in the list's storage: an edit in a
    /// form finds its activity among 10 000 several times.
    public static func position<T: RegisterEntity>(in list: [T], id: String) -> Int? {
        list.withUnsafeBufferPointer { entities in
            for index in entities.indices where entities[index].id == id { return index }
            return nil
        }
    }

    /// The sub-processors engaged directly by a processor.
    public func subprocessors(of processorId: String) -> [Processor] {
        processors.withUnsafeBufferPointer { processors in
            processors.indices.compactMap { processors[$0].parentProcessorId == processorId ? processors[$0] : nil }
        }
    }

    /// Every entity's kind, id and name, for references, lookups by id and diffs.
    public var entityIndex: [(kind: EntityKind, id: String, name: String)] {
        func entries<T: ListedEntity>(_ type: T.Type) -> [(kind: EntityKind, id: String, name: String)] {
            self[keyPath: T.list].map { (T.kind, $0.id, $0.name) }
        }
        return [(.organisation, organisation.id, organisation.name)] + EntityKind.listedTypes.flatMap { entries($0) }
    }

    /// The first entity with an id, in the order of `entityIndex`, without building that list (which
    /// holds every entity: looking names up through it cost milliseconds in a large register).
    public func entity(withID id: String) -> (kind: EntityKind, name: String)? {
        for kind in EntityKind.allCases {
            if let name = entity(withID: id, kind: kind) { return (kind, name) }
        }
        return nil
    }

    /// The name of the first entity of a kind with an id.
    public func entity(withID id: String, kind: EntityKind) -> String? {
        // Lengths first: comparing two long ids costs a hundred instructions, and there are 10 000.
        let length = id.utf8.count
        func find<T: RegisterEntity>(_ list: [T]) -> String? {
            list.withUnsafeBufferPointer { entities in
                for index in entities.indices where entities[index].id.utf8.count == length && entities[index].id == id {
                    return entities[index].name
                }
                return nil
            }
        }
        guard let type = kind.listedType else { return organisation.id == id ? organisation.name : nil }
        func find<T: ListedEntity>(_ type: T.Type) -> String? { find(self[keyPath: T.list]) }
        return find(type)
    }

    /// Which entities refer to the given id, as "kind 'name'" descriptions (for delete confirmations).
    public func references(to id: String) -> [(kind: EntityKind, id: String, name: String, field: String)] {
        var found: [(kind: EntityKind, id: String, name: String, field: String)] = []
        for activity in activities {
            if activity.processorIds.contains(id) { found.append((.activity, activity.id, activity.name, "processorIds")) }
            if activity.transferIds.contains(id) { found.append((.activity, activity.id, activity.name, "transferIds")) }
            if activity.jointControllerIds.contains(id) { found.append((.activity, activity.id, activity.name, "jointControllerIds")) }
            if activity.securityMeasureIds.contains(id) { found.append((.activity, activity.id, activity.name, "securityMeasureIds")) }
        }
        for processor in processors where processor.parentProcessorId == id {
            found.append((.processor, processor.id, processor.name, "parentProcessorId"))
        }
        for transfer in transfers where transfer.recipient.id == id {
            found.append((.transfer, transfer.id, transfer.name, "recipient.id"))
        }
        for joint in jointControllers {
            if joint.activityIds.contains(id) { found.append((.jointController, joint.id, joint.name, "activityIds")) }
            if joint.transferIds.contains(id) { found.append((.jointController, joint.id, joint.name, "transferIds")) }
        }
        return found
    }
}
