/// An entity the register keeps in a list of its kind: every kind but the organisation, which is one.
/// What differs between the kinds is stated here, once per type, so that code working on "an entity of
/// some kind" (the UI's edits, name look-ups) reaches the right list without a switch over the kinds.
public protocol ListedEntity: RegisterEntity {
    /// Where the register keeps the entities of this kind.
    static var list: WritableKeyPath<Register, [Self]> { get }
    /// The name of that list where the register is one document (the JSON export): "securityMeasures".
    static var listKey: String { get }
    /// The names a table's cell may call the entity by, beside its id: its name, for most kinds.
    var referenceNames: [String] { get }
    /// A new entity of this kind with nothing but its id and name, as `ropa add` creates it.
    static func named(id: String, name: String) -> Self
    /// A new entity of this kind with only an id and an empty name: the UI's draft.
    static func draft(id: String) -> Self
}

extension ListedEntity {
    public static func draft(id: String) -> Self { named(id: id, name: "") }
    public var referenceNames: [String] { [name] }
}

extension EntityKind {
    /// Every type kept in a list, in the order of `allCases`: the order the store encodes them in.
    public static let listedTypes: [any ListedEntity.Type] = allCases.compactMap(\.listedType)

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

extension JointController {
    /// "LinkedIn (LinkedIn Ireland Unlimited Company)": the name, with the legal party where it is another.
    public var displayName: String {
        guard let party = party?.name, !party.isEmpty, party != name else { return name }
        return "\(name) (\(party))"
    }
}

extension Register {
    /// How many entities the register keeps in its lists, of every kind.
    public var listedEntityCount: Int {
        func count<T: ListedEntity>(_ type: T.Type) -> Int { self[keyPath: T.list].count }
        return EntityKind.listedTypes.reduce(0) { $0 + count($1) }
    }

    /// The entity of type `T` with this id.
    public func entity<T: ListedEntity>(_ type: T.Type, id: String) -> T? {
        Register.first(in: self[keyPath: T.list], id: id)
    }
}

extension Activity: ListedEntity {
    public static let listKey = "activities"
    public static var list: WritableKeyPath<Register, [Activity]> { \.activities }
    public static func named(id: String, name: String) -> Activity { Activity(id: id, name: name) }
    /// A draft starts as `draft`, not `active`: the UI's new activity is not yet in use.
    public static func draft(id: String) -> Activity { Activity(id: id, name: "", status: .draft) }
}

extension Processor: ListedEntity {
    public static let listKey = "processors"
    public static var list: WritableKeyPath<Register, [Processor]> { \.processors }
    public static func named(id: String, name: String) -> Processor { Processor(id: id, name: name) }
}

extension Transfer: ListedEntity {
    public static let listKey = "transfers"
    public static var list: WritableKeyPath<Register, [Transfer]> { \.transfers }
    public static func named(id: String, name: String) -> Transfer {
        Transfer(id: id, name: name, recipient: TransferRecipient(kind: .processor))
    }
}

extension JointController: ListedEntity {
    public static let listKey = "jointControllers"
    /// A joint controller is also known by its legal party, and as the activities table writes it
    /// (`displayName`): "LinkedIn (LinkedIn Ireland Unlimited Company)".
    public var referenceNames: [String] {
        var names = [name]
        if let party = party?.name, !party.isEmpty { names.append(party) }
        if displayName != name { names.append(displayName) }
        return names
    }
    public static var list: WritableKeyPath<Register, [JointController]> { \.jointControllers }
    public static func named(id: String, name: String) -> JointController { JointController(id: id, name: name) }
}

extension SecurityMeasure: ListedEntity {
    public static let listKey = "securityMeasures"
    public static var list: WritableKeyPath<Register, [SecurityMeasure]> { \.securityMeasures }
    public static func named(id: String, name: String) -> SecurityMeasure { SecurityMeasure(id: id, name: name) }
}
