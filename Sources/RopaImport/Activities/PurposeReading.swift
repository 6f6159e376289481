import RopaExport
import RopaModel

/// Purposes with their lawful bases, legitimate interests and Art 9 conditions.
///
/// The spreadsheet lists the purposes in one column and, in the next ones, each basis, interest and condition
/// once, without saying which purpose it belongs to. So the import keeps what it can: a purpose that is still
/// listed keeps its id and its values where they are still listed; a value that is new goes to the first
/// purpose that has none, in order; a purpose left without a basis (or, on legitimate interests, without an
/// interest) takes the one of the purpose before it. Reading the export of an activity back gives the same
/// columns again.
extension ActivityRowReader {
    mutating func purposes(_ existing: [Purpose]) -> [Purpose] {
        var purposes = ListedItems.match(CellText.items(cell(.purposes)), to: existing, id: \.id, text: \.description) {
            Purpose(id: $0, description: $1)
        }
        assignLawfulBases(&purposes)
        assignLegitimateInterests(&purposes)
        assignArticle9Conditions(&purposes)
        return purposes
    }

    private mutating func assignLawfulBases(_ purposes: inout [Purpose]) {
        var bases: [LawfulBasis] = []
        var notRecorded = false
        let matcher: TermMatcher<LawfulBasis> = context.terms.matcher()
        for item in CellText.items(cell(.lawfulBasis)) {
            if ExportTexts.notRecordedKeys.contains(CellText.key(item)) {
                notRecorded = true
            } else if let basis = LawfulBasisReading.match(item, matcher) {
                if !bases.contains(basis) { bases.append(basis) }
            } else {
                problem(.lawfulBasis, .importNotALawfulBasis, ImportProblem.quoted(item), TermMatcher<LawfulBasis>.choices(context.header.language))
            }
        }
        if (!bases.isEmpty || notRecorded), purposes.isEmpty {
            problem(.lawfulBasis, .importBasisNeedsPurpose)
            return
        }
        let current = Set(purposes.compactMap(\.lawfulBasis))
        let currentlyMissing = purposes.contains { $0.lawfulBasis == nil }
        if current == Set(bases), currentlyMissing == (notRecorded || bases.isEmpty) { return }

        guard Self.distribute(bases, over: &purposes, at: \.lawfulBasis) else {
            problem(.lawfulBasis, .importMoreBasesThanPurposes, "\(bases.count)", "\(purposes.count)")
            return
        }
        if notRecorded {
            if !purposes.contains(where: { $0.lawfulBasis == nil }) {
                // Free the last purpose whose basis another purpose also has.
                let shared = purposes.indices.last { index in
                    purposes.indices.contains { $0 != index && purposes[$0].lawfulBasis == purposes[index].lawfulBasis }
                }
                guard let shared else {
                    problem(.lawfulBasis, .importNotRecordedNeedsPurpose, context.texts[0].notRecorded)
                    return
                }
                purposes[shared].lawfulBasis = nil
            } else if !bases.isEmpty {
                // One purpose without a basis is what the cell says for sure: the last one stays without,
                // the others take the basis of the purpose before them.
                let missing = purposes.indices.filter { purposes[$0].lawfulBasis == nil }
                var previous: LawfulBasis?
                for index in purposes.indices {
                    if let basis = purposes[index].lawfulBasis {
                        previous = basis
                    } else if index != missing.last, let previous {
                        purposes[index].lawfulBasis = previous
                    }
                }
            }
        } else if !bases.isEmpty {
            // Every purpose has a basis: one without takes the basis of the purpose before it.
            var previous = bases[0]
            for index in purposes.indices {
                if let basis = purposes[index].lawfulBasis { previous = basis } else { purposes[index].lawfulBasis = previous }
            }
        }
    }

    private mutating func assignLegitimateInterests(_ purposes: inout [Purpose]) {
        let interests = CellText.items(cell(.legitimateInterests))
        let current = RegisterTexts.distinct(purposes.compactMap(\.legitimateInterest).filter { !$0.isEmpty })
        if CellText.items(ListCell.joined(current)) == interests { return }
        if !interests.isEmpty, purposes.isEmpty {
            problem(.legitimateInterests, .importInterestNeedsPurpose)
            return
        }
        // Keep the interests still listed; give the new ones to purposes on legitimate interests first.
        for index in purposes.indices where purposes[index].legitimateInterest.map({ !interests.contains($0) }) ?? false {
            purposes[index].legitimateInterest = nil
        }
        let onInterests = purposes.indices.filter { purposes[$0].lawfulBasis == .legitimateInterests }
        let candidates = onInterests.isEmpty ? Array(purposes.indices) : onInterests
        var last: Int?
        for interest in interests where !purposes.contains(where: { $0.legitimateInterest == interest }) {
            if let free = candidates.first(where: { purposes[$0].legitimateInterest == nil }) {
                purposes[free].legitimateInterest = interest
                last = free
            } else if let target = last ?? candidates.last {
                // More values than purposes: the interest itself held a ";".
                purposes[target].legitimateInterest = [purposes[target].legitimateInterest, interest].compactMap { $0 }.joined(separator: "; ")
                last = target
            }
        }
        // A purpose on legitimate interests still without one pursues the interest of the one before it.
        guard var previous = interests.first else { return }
        for index in purposes.indices where purposes[index].lawfulBasis == .legitimateInterests {
            if let interest = purposes[index].legitimateInterest { previous = interest } else { purposes[index].legitimateInterest = previous }
        }
    }

    private mutating func assignArticle9Conditions(_ purposes: inout [Purpose]) {
        var conditions: [Article9Condition] = []
        let matcher: TermMatcher<Article9Condition> = context.terms.matcher()
        for item in CellText.items(cell(.article9Condition)) {
            if let condition = matcher.match(item) {
                if !conditions.contains(condition) { conditions.append(condition) }
            } else {
                problem(.article9Condition, .importNotAnArticle9Condition, ImportProblem.quoted(item), TermMatcher<Article9Condition>.choices(context.header.language))
            }
        }
        if Set(purposes.compactMap(\.article9Condition)) == Set(conditions) { return }
        guard Self.distribute(conditions, over: &purposes, at: \.article9Condition) else {
            problem(.article9Condition, .importMoreConditionsThanPurposes, "\(conditions.count)", "\(purposes.count)")
            return
        }
    }

    /// Values a cell lists that each belong to one purpose (a lawful basis, an Art 9 condition): a purpose
    /// whose value is no longer listed loses it, and each listed value no purpose has goes to the first
    /// purpose without one. False when no purpose is left for a value.
    private static func distribute<Value: Equatable>(_ values: [Value], over purposes: inout [Purpose],
                                                     at value: WritableKeyPath<Purpose, Value?>) -> Bool {
        for index in purposes.indices where purposes[index][keyPath: value].map({ !values.contains($0) }) ?? false {
            purposes[index][keyPath: value] = nil
        }
        for listed in values where !purposes.contains(where: { $0[keyPath: value] == listed }) {
            guard let free = purposes.firstIndex(where: { $0[keyPath: value] == nil }) else { return false }
            purposes[free][keyPath: value] = listed
        }
        return true
    }
}

/// Small helpers shared by the readers.
enum RegisterTexts {
    /// Each value once, in the order of first appearance.
    static func distinct<Value: Hashable>(_ values: [Value]) -> [Value] {
        var seen = Set<Value>()
        return values.filter { seen.insert($0).inserted }
    }
}
