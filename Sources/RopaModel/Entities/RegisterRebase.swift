/// Re-applies one person's edits on top of a register that changed underneath them (a git pull, another
/// program), entity by entity: what they changed, added or deleted wins; everything else is taken from the
/// new state. Both sides changing the same entity is reported, and the person's own version is kept.
public enum RegisterRebase {
    public struct Result: Equatable, Sendable {
        public let register: Register
        /// Entities both sides changed, as "kind 'name'": the person's version was kept.
        public let conflicts: [String]
        /// How many entities the person's edits touched.
        public let reapplied: Int
    }

    public static func rebase(mine: Register, base: Register, onto theirs: Register) -> Result {
        var result = theirs
        var conflicts: [String] = []
        var reapplied = 0
        func single<T: Equatable>(_ mine: T, _ base: T, _ theirs: T, label: String) -> T {
            guard mine != base else { return theirs }
            reapplied += 1
            if theirs != base && theirs != mine { conflicts.append(label) }
            return mine
        }
        result.settings = single(mine.settings, base.settings, theirs.settings, label: "register settings")
        result.organisation = single(mine.organisation, base.organisation, theirs.organisation, label: "Organisation '\(mine.organisation.name)'")
        result.countryList = single(mine.countryList, base.countryList, theirs.countryList, label: "reference data")

        func list<T: RegisterEntity>(_ mine: [T], _ base: [T], _ theirs: [T]) -> [T] {
            let baseByID = Dictionary(base.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let mineByID = Dictionary(mine.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var merged = theirs
            for (id, original) in baseByID where mineByID[id] == nil {
                // Deleted by me: delete from theirs, unless they changed it meanwhile.
                if let theirsIndex = merged.firstIndex(where: { $0.id == id }) {
                    if merged[theirsIndex] != original { conflicts.append("\(T.kind.label.en) '\(original.name)' (deleted here, changed there: deleted)") }
                    merged.remove(at: theirsIndex)
                }
                reapplied += 1
            }
            for entity in mine {
                let original = baseByID[entity.id]
                if original == entity { continue }
                reapplied += 1
                if let index = merged.firstIndex(where: { $0.id == entity.id }) {
                    if merged[index] != (original ?? merged[index]) || (original == nil && merged[index] != entity) {
                        conflicts.append("\(T.kind.label.en) '\(entity.name)'")
                    }
                    merged[index] = entity
                } else {
                    if original != nil { conflicts.append("\(T.kind.label.en) '\(entity.name)' (changed here, deleted there: kept)") }
                    merged.append(entity)
                }
            }
            return merged
        }
        func merge<T: ListedEntity>(_ type: T.Type) {
            result[keyPath: T.list] = list(mine[keyPath: T.list], base[keyPath: T.list], theirs[keyPath: T.list])
        }
        for type in EntityKind.listedTypes { merge(type) }
        return Result(register: result, conflicts: conflicts, reapplied: reapplied)
    }
}
