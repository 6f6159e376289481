import RopaModel

/// The versions an edit can name (a sheet's stamp names one) and the register, or the part an edit reads,
/// as each has it: answered by the whole history, or during a partial edit by `.ropa-history` and the
/// records since the version (see `RegisterStore.editPartTouched`). Both name versions alike: the listing
/// resolves a reference exactly as the whole history does.
public struct RegisterVersions {
    /// A version by its hash and number.
    public struct Named: Equatable {
        public let hash: String
        public let number: Int
    }

    /// The newest head; nil before the first version.
    public let head: Named?
    private let names: History
    private let readPart: (String) throws -> PartialRegister

    /// `names` resolves and numbers the versions; `part` reads the register, or the part, at one.
    init(names: History, part: @escaping (String) throws -> PartialRegister) {
        self.names = names
        readPart = part
        head = names.head.flatMap { hash in names.number(of: hash).map { Named(hash: hash, number: $0) } }
    }

    /// The version `reference` names (a number, a hash prefix, `2·a6c5`); nil when none does.
    public func version(_ reference: String) -> Named? {
        guard let hash = try? names.resolve(reference), let number = names.number(of: hash) else { return nil }
        return Named(hash: hash, number: number)
    }

    /// The register, or the part the edit reads, as the version `hash` has it.
    public func part(at hash: String) throws -> PartialRegister {
        try readPart(hash)
    }
}

/// Thrown while a partial edit works through the caches when they do not answer for an old version (too
/// far back, not along first parents, an object not found that way): the edit starts again over the whole
/// history. Never seen outside the store.
struct HistoryNotAtHand: Error {}

extension RegisterStore {
    /// The versions as the whole history has them, each read whole and checked: what an edit of the whole
    /// register names (`ropa import` of any sheet, and its dry run).
    public func wholeRegisterVersions() throws -> RegisterVersions {
        try readWholeHistory()
        return RegisterVersions(names: history) { hash in
            let register = try self.register(at: hash)
            return PartialRegister(register: register) { register.entityIndex.map { ($0.kind, $0.id) } }
        }
    }
}
