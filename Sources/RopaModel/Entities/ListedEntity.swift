/// An entity the register keeps in a list of its kind: every kind but the organisation, which is one.
/// What differs between the kinds is stated here, once per type, so that code working on "an entity of
/// some kind" (the UI's edits, name look-ups) reaches the right list without a switch over the kinds.
public protocol ListedEntity: RegisterEntity {
    /// Where the register keeps the entities of this kind.
    static var list: WritableKeyPath<Register, [Self]> { get }
    /// A new entity of this kind with only an id and an empty name: the UI's draft.
    static func draft(id: String) -> Self
}

extension EntityKind {
    /// The type of the entities of this kind; nil for the organisation, which is not in a list.
    public var listedType: (any ListedEntity.Type)? {
        switch self {
        case .organisation: return nil
        case .activity: return Activity.self
        case .processor: return Processor.self
        case .transfer: return Transfer.self
        case .jointController: return JointController.self
        case .securityMeasure: return SecurityMeasure.self
        }
    }
}

extension Register {
    /// The entity of type `T` with this id.
    public func entity<T: ListedEntity>(_ type: T.Type, id: String) -> T? {
        self[keyPath: T.list].first { $0.id == id }
    }
}

extension Activity: ListedEntity {
    public static var list: WritableKeyPath<Register, [Activity]> { \.activities }
    public static func draft(id: String) -> Activity { Activity(id: id, name: "", status: .draft) }
}

extension Processor: ListedEntity {
    public static var list: WritableKeyPath<Register, [Processor]> { \.processors }
    public static func draft(id: String) -> Processor { Processor(id: id, name: "") }
}

extension Transfer: ListedEntity {
    public static var list: WritableKeyPath<Register, [Transfer]> { \.transfers }
    public static func draft(id: String) -> Transfer { Transfer(id: id, name: "", recipient: TransferRecipient(kind: .processor)) }
}

extension JointController: ListedEntity {
    public static var list: WritableKeyPath<Register, [JointController]> { \.jointControllers }
    public static func draft(id: String) -> JointController { JointController(id: id, name: "") }
}

extension SecurityMeasure: ListedEntity {
    public static var list: WritableKeyPath<Register, [SecurityMeasure]> { \.securityMeasures }
    public static func draft(id: String) -> SecurityMeasure { SecurityMeasure(id: id, name: "") }
}
