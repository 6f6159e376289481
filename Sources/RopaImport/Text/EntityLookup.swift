/// Finds an entity of the register by what a spreadsheet calls it: its id, or one of its names as the export
/// writes it, compared leniently (case, diacritics and white space do not matter).
struct EntityLookup {
    enum Result: Equatable {
        case found(String)
        case unknown
        case ambiguous([String])
    }

    private var ids: Set<String> = []
    private var exact: [String: [String]] = [:]
    private var folded: [String: [String]] = [:]

    /// `entries`: each entity's id and the names it answers to.
    init(_ entries: [(id: String, names: [String])]) {
        for entry in entries { add(entry.id, names: entry.names) }
    }

    /// Makes an entity known: one the import adds or creates answers to its names from then on.
    mutating func add(_ id: String, names: [String]) {
        ids.insert(id)
        for name in Set(names) where !CellText.isBlank(name) {
            if !(exact[name]?.contains(id) ?? false) { exact[name, default: []].append(id) }
            let key = CellText.key(name)
            if !(folded[key]?.contains(id) ?? false) { folded[key, default: []].append(id) }
        }
    }

    func resolve(_ text: String) -> Result {
        let trimmed = CellText.trimmed(text)
        if ids.contains(trimmed) { return .found(trimmed) }
        for candidates in [exact[trimmed], folded[CellText.key(trimmed)]] {
            guard let candidates else { continue }
            let distinct = Array(Set(candidates)).sorted()
            if distinct.count == 1 { return .found(distinct[0]) }
            return .ambiguous(distinct)
        }
        return .unknown
    }
}
