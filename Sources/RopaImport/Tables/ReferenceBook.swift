import RopaExport
import RopaModel

/// An entity the import creates because a row names it and neither the register nor the file has it.
public struct CreatedEntity: Equatable, Sendable {
    /// The register's entity kinds, and the organisation's legal entities (kept in organisation.json).
    public enum Kind: Equatable, Sendable {
        case entity(EntityKind)
        case legalEntity

        public var label: BilingualLabel {
            switch self {
            case .entity(let kind): return kind.label
            case .legalEntity: return .init(en: "Legal entity", sv: "Juridisk person")
            }
        }
    }

    public let kind: Kind
    public let id: String
    public let name: String
    /// Where it was first named: the file or sheet, and the line.
    public let source: String
    public let line: Int
}

/// The entities rows may name, by id and name, across every table of one import: what the register has,
/// what the file's own tables add, and what the import creates from a name (unless creating is refused).
final class ReferenceBook {
    /// The register the look-ups start from, each kind's built when a row first names one of that kind.
    private let register: Register
    private var lookups: [EntityKind: EntityLookup] = [:]
    /// Every id in use, of every kind: a created entity takes a free one.
    private(set) var taken: Set<String>
    private(set) var created: [CreatedEntity] = []
    let createMissing: Bool

    /// `entityIDs`: every entity id of the register, of which `register` may hold only part.
    init(register: Register, entityIDs: [(kind: EntityKind, id: String)], createMissing: Bool) {
        self.createMissing = createMissing
        self.register = register
        taken = Set(entityIDs.map(\.id) + register.organisation.legalEntities.map(\.id))
    }

    /// The look-up of a kind: a listed kind's entities by the names they answer to (`referenceNames`); for the
    /// organisation, its legal entities by name, by number as written, with its hyphen and without.
    private func lookup(_ kind: EntityKind) -> EntityLookup {
        if let built = lookups[kind] { return built }
        func listed<T: ListedEntity>(_ type: T.Type) -> EntityLookup {
            EntityLookup(register[keyPath: T.list].map { ($0.id, $0.referenceNames) })
        }
        let built = kind.listedType.map { listed($0) } ?? EntityLookup(register.organisation.legalEntities.map { entity in
            let number = entity.organisationNumber ?? ""
            let numbers = [number, OrganisationNumber.normalised(number), number.filter { $0 != "-" }]
            return (entity.id, [entity.name, ExportText.legalEntity(entity)] + numbers)
        })
        lookups[kind] = built
        return built
    }

    private func addNames(_ kind: EntityKind, id: String, names: [String]) {
        var updated = lookup(kind)
        lookups[kind] = nil  // one owner of the look-up's storage while it grows
        updated.add(id, names: names)
        lookups[kind] = updated
    }

    func resolve(_ kind: EntityKind, _ text: String) -> EntityLookup.Result {
        lookup(kind).resolve(text)
    }

    /// Legal entities the import creates from names such as "IST Group AB (556254-0806)".
    private(set) var legalEntities: [LegalEntity] = []

    func createLegalEntity(_ text: String, source: String, line: Int) -> String? {
        guard createMissing else { return nil }
        var name = CellText.trimmed(text)
        var number: String?
        if name.hasSuffix(")"), let open = name.lastIndex(of: "(") {
            let inside = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
            if OrganisationNumber.problem(inside) != .format {
                number = inside
                name = CellText.trimmed(String(name[..<open]))
            }
        }
        let id = EntityID.unique(from: name, taken: taken)
        taken.insert(id)
        legalEntities.append(LegalEntity(id: id, name: name, organisationNumber: number))
        addNames(.organisation, id: id, names: [CellText.trimmed(text), name])
        created.append(CreatedEntity(kind: .legalEntity, id: id, name: name, source: source, line: line))
        return id
    }

    /// Records an entity the file itself adds, so that later rows find it.
    func add(_ kind: EntityKind, id: String, names: [String]) {
        taken.insert(id)
        addNames(kind, id: id, names: names)
    }

    /// The entity a row names, created from the name when it is unknown and creating is allowed; nil when
    /// it is unknown and may not be created.
    func resolveOrCreate(_ kind: EntityKind, _ text: String, source: String, line: Int) -> EntityLookup.Result? {
        let result = resolve(kind, text)
        guard result == .unknown else { return result }
        guard createMissing else { return nil }
        let name = CellText.trimmed(text)
        let id = EntityID.unique(from: name, taken: taken)
        add(kind, id: id, names: [name])
        created.append(CreatedEntity(kind: .entity(kind), id: id, name: name, source: source, line: line))
        return .found(id)
    }

    /// Transfers created for the countries an activity lists, which later rows may share.
    private(set) var transfers: [Transfer] = []

    func createTransfer(_ transfer: Transfer, source: String, line: Int) -> String {
        var transfer = transfer
        transfer.id = create(.transfer, name: transfer.name, source: source, line: line)
        transfers.append(transfer)
        return transfer.id
    }

    /// Creates an entity that no name can find (a transfer made for an activity's country): recorded as created.
    func create(_ kind: EntityKind, name: String, source: String, line: Int) -> String {
        let id = EntityID.unique(from: name, taken: taken)
        taken.insert(id)
        created.append(CreatedEntity(kind: .entity(kind), id: id, name: name, source: source, line: line))
        return id
    }
}
