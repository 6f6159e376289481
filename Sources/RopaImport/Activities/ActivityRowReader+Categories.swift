import RopaExport
import RopaModel

/// Categories of personal data with their special-category and high-risk flags, and retention rules that
/// name the categories they cover ("Namn, E-post: 90 dagar").
extension ActivityRowReader {
    mutating func dataCategories(_ existing: [DataCategory]) -> [DataCategory] {
        var categories = ListedItems.match(CellText.items(cell(.dataCategories)), to: existing, id: \.id, text: \.name) {
            DataCategory(id: $0, name: $1)
        }

        // "Hälsouppgifter: Health (Art 9(1))": the category's name, then the special category.
        var special: [Int: SpecialCategory] = [:]
        let matcher: TermMatcher<SpecialCategory> = context.terms.matcher()
        for item in CellText.items(cell(.specialCategories)) {
            guard let (name, category) = splitLast(item, matching: { matcher.match($0) }) else {
                problem(.specialCategories, .importNotASpecialCategory, ImportProblem.quoted(item), TermMatcher<SpecialCategory>.choices(context.header.language))
                continue
            }
            guard let index = categoryIndex(name, in: categories) else {
                problem(.specialCategories, .importNotAmongTheData, ImportProblem.quoted(name))
                continue
            }
            special[index] = category
        }
        for index in categories.indices { categories[index].specialCategory = special[index] }

        var highRisk = Set<Int>()
        for name in CellText.items(cell(.highRiskData)) {
            guard let index = categoryIndex(name, in: categories) else {
                problem(.highRiskData, .importNotAmongTheData, ImportProblem.quoted(name))
                continue
            }
            highRisk.insert(index)
        }
        for index in categories.indices {
            if highRisk.contains(index) {
                categories[index].highRisk = true
            } else if categories[index].highRisk == true {
                categories[index].highRisk = nil
            }
        }
        return categories
    }

    /// The retention rules; a rule that still reads the same keeps its id and structured period.
    mutating func retention(_ existing: [RetentionRule], categories: [DataCategory]) -> [RetentionRule] {
        var unused = existing
        var rules: [RetentionRule] = []
        for item in CellText.items(cell(.retention)) {
            let (categoryIDs, text) = retentionParts(item, categories: categories)
            if let index = unused.firstIndex(where: { $0.text == text && $0.dataCategoryIds == categoryIDs })
                ?? unused.firstIndex(where: { $0.text == text }) {
                var rule = unused.remove(at: index)
                rule.dataCategoryIds = categoryIDs
                rules.append(rule)
            } else {
                let taken = Set(rules.map(\.id) + unused.map(\.id))
                rules.append(RetentionRule(id: EntityID.unique(from: text, taken: taken), dataCategoryIds: categoryIDs, text: text))
            }
        }
        return rules
    }

    /// "Namn, E-post: 90 dagar" → the ids of Namn and E-post, and "90 dagar", when everything before a ": "
    /// is a list of the row's categories; otherwise the whole value is the text.
    func retentionParts(_ item: String, categories: [DataCategory]) -> (ids: [String], text: String) {
        var searchStart = item.startIndex
        while let range = item.range(of: ": ", range: searchStart..<item.endIndex) {
            let prefix = String(item[..<range.lowerBound])
            if let names = segment(prefix, names: categories.map(\.name)) {
                let ids = names.compactMap { name in categories.first { $0.name == name }?.id }
                return (RegisterTexts.distinct(ids), String(item[range.upperBound...]))
            }
            searchStart = range.upperBound
        }
        return ([], item)
    }

    /// `text` as names from `names` joined with ", ", longest names first (a name may itself hold ", ").
    func segment(_ text: String, names: [String]) -> [String]? {
        if text.isEmpty { return nil }
        for name in names.sorted(by: { $0.count > $1.count }) where !name.isEmpty {
            if text == name { return [name] }
            if text.hasPrefix(name + ", "), let rest = segment(String(text.dropFirst(name.count + 2)), names: names) {
                return [name] + rest
            }
        }
        return nil
    }

    func categoryIndex(_ name: String, in categories: [DataCategory]) -> Int? {
        categories.firstIndex { $0.name == name } ?? categories.firstIndex { CellText.key($0.name) == CellText.key(name) }
    }

    /// Splits "name: term" at the last ": " after which a term is recognised.
    func splitLast<Term>(_ item: String, matching match: (String) -> Term?) -> (String, Term)? {
        var end = item.endIndex
        while let range = item.range(of: ":", options: .backwards, range: item.startIndex..<end) {
            let name = CellText.trimmed(String(item[..<range.lowerBound]))
            if !name.isEmpty, let term = match(String(item[range.upperBound...])) { return (name, term) }
            end = range.lowerBound
        }
        return nil
    }
}

/// The structured retention periods, one per retention rule in the rules' order ("5 år från avslutad
/// kundrelation"; "–" for a rule without one). An event without a length takes the length the rule already
/// has, or the first one its text writes ("90 dagar").
extension ActivityRowReader {
    mutating func readRetentionPeriods(_ rules: inout [RetentionRule]) {
        let items = CellText.items(cell(.retentionPeriods))
        if items.count > rules.count {
            problem(.retentionPeriods, LocalizedText(BilingualText(
                en: "\(items.count) retention periods for \(rules.count) retention rules: give one per rule, in their order, with \"\(RetentionPeriodText.none)\" for a rule without one",
                sv: "\(items.count) lagringsperioder för \(rules.count) lagringsregler: ange en per regel, i deras ordning, med \"\(RetentionPeriodText.none)\" för en regel utan")))
            return
        }
        for index in rules.indices {
            guard index < items.count, let reading = RetentionPeriodText.read(items[index]) else {
                rules[index].period = nil
                continue
            }
            let length = reading.amount.flatMap { amount in reading.unit.map { (amount: amount, unit: $0) } }
                ?? rules[index].period.map { (amount: $0.amount, unit: $0.unit) }
                ?? RetentionPeriodText.length(in: rules[index].text)
            guard let length else {
                problem(.retentionPeriods, LocalizedText(BilingualText(
                    en: "\(ImportProblem.quoted(items[index])): a period needs its length, written before the event (\"5 years from the end of the contract\") or in the retention text",
                    sv: "\(ImportProblem.quoted(items[index])): en period behöver sin längd, skriven före händelsen (\"5 år från avtalets upphörande\") eller i lagringstiden")))
                continue
            }
            rules[index].period = RetentionPeriod(amount: length.amount, unit: length.unit, startingEvent: reading.startingEvent)
        }
    }
}
