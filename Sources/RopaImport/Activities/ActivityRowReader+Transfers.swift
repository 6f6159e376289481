import RopaExport
import RopaModel

/// The transfers of an activity, which the spreadsheet shows only as their countries and mechanisms.
///
/// The import picks the register's transfers that go to a listed country under a listed mechanism, preferring
/// those whose recipient is one of the activity's processors (or their sub-processors) or joint controllers.
/// Every listed country and mechanism must be covered; one that no transfer matches is a problem: record the
/// transfer first.
extension ActivityRowReader {
    mutating func transfers(for activity: Activity) -> [String] {
        let countries = CellText.items(cell(.transferCountries))
        let mechanisms = CellText.items(cell(.transferMechanisms))
        if countries.isEmpty, mechanisms.isEmpty { return [] }
        let countryKeys = countries.map(CellText.key), mechanismKeys = mechanisms.map(CellText.key)

        func countryPosition(_ transfer: Transfer) -> Int? {
            if countryKeys.isEmpty { return 0 }
            return countryKeys.firstIndex { key in countryTexts(transfer).contains(key) }
        }
        func mechanismPosition(_ transfer: Transfer) -> Int? {
            if mechanismKeys.isEmpty { return 0 }
            return mechanismKeys.firstIndex { key in mechanismTexts(transfer).contains(key) }
        }
        let candidates = (context.register.transfers + context.references.transfers).filter { countryPosition($0) != nil && mechanismPosition($0) != nil }
        let linked = candidates.filter { isLinked($0, to: activity) }

        func uncovered(_ chosen: [Transfer]) -> (countries: [String], mechanisms: [String]) {
            let missingCountries = countries.indices.filter { position in
                !chosen.contains { countryTexts($0).contains(countryKeys[position]) }
            }.map { countries[$0] }
            let missingMechanisms = mechanisms.indices.filter { position in
                !chosen.contains { mechanismTexts($0).contains(mechanismKeys[position]) }
            }.map { mechanisms[$0] }
            return (missingCountries, missingMechanisms)
        }
        var chosen = linked
        var missing = uncovered(linked)
        if !missing.countries.isEmpty || !missing.mechanisms.isEmpty {
            chosen = candidates
            missing = uncovered(candidates)
        }
        if context.references.createMissing, !missing.countries.isEmpty || !missing.mechanisms.isEmpty {
            chosen += createTransfers(for: activity, countries: countries, mechanisms: mechanisms, missing: missing)
            missing = uncovered(chosen)
        }
        for country in missing.countries {
            problem(.transferCountries, mechanisms.isEmpty ? .importNoTransferTo : .importNoTransferToUnderMechanisms, ImportProblem.quoted(country))
        }
        for mechanism in missing.mechanisms {
            problem(.transferMechanisms, countries.isEmpty ? .importNoTransferOn : .importNoTransferOnToCountries, ImportProblem.quoted(mechanism))
        }
        // In the order the cells list them, so that the export reads the same; kept ones stay in place.
        let ordered = chosen.sorted { lhs, rhs in
            let left = (countryPosition(lhs) ?? 0, mechanismPosition(lhs) ?? 0), right = (countryPosition(rhs) ?? 0, mechanismPosition(rhs) ?? 0)
            return left == right ? lhs.id < rhs.id : left < right
        }.map(\.id)
        let kept = activity.transferIds.filter { ordered.contains($0) }
        return kept + ordered.filter { !kept.contains($0) }
    }

    /// Transfers for the countries no transfer of the register goes to, each under the mechanism listed at the
    /// same place (or the only one listed); the recipient is not known from the row.
    private mutating func createTransfers(for activity: Activity, countries: [String], mechanisms: [String],
                                          missing: (countries: [String], mechanisms: [String])) -> [Transfer] {
        let matcher: TermMatcher<TransferMechanism> = context.terms.matcher()
        func mechanism(_ text: String) -> TransferMechanism? {
            matcher.match(text) ?? text.components(separatedBy: ", ").first.flatMap { matcher.match($0) }
        }
        var created: [Transfer] = []
        func make(country: String?, countryText: String, mechanismText: String?) {
            var safeguard = TransferSafeguard()
            if let mechanismText, let found = mechanism(mechanismText) { safeguard.mechanism = found }
            let name = countryText.isEmpty ? activity.name : "\(activity.name): \(countryText)"
            var transfer = Transfer(id: "", name: name, recipient: TransferRecipient(kind: .other), country: country, safeguard: safeguard)
            transfer.id = context.references.createTransfer(transfer, source: context.source, line: line)
            created.append(transfer)
        }
        for country in missing.countries {
            let notRecorded = ExportTexts.notRecordedKeys.contains(CellText.key(country))
            guard let code = notRecorded ? "" : CountryReading.code(country, in: context.register.countries) else { continue }
            let position = countries.firstIndex(of: country) ?? 0
            let mechanismText = mechanisms.count == countries.count ? mechanisms[position] : mechanisms.count == 1 ? mechanisms[0] : nil
            make(country: code.isEmpty ? nil : code, countryText: country, mechanismText: mechanismText)
        }
        if countries.isEmpty {
            for text in missing.mechanisms where mechanism(text) != nil { make(country: nil, countryText: "", mechanismText: text) }
        }
        return created
    }

    /// The country as the export writes it in either language, its name alone, its code, or "Not recorded" for none.
    private func countryTexts(_ transfer: Transfer) -> Set<String> {
        guard let code = transfer.country, !code.isEmpty else { return ExportTexts.notRecordedKeys }
        var texts = context.texts.map { $0.country(code) } + [code]
        if let country = context.register.countries.country(code) { texts += Language.allCases.map { country.name($0) } }
        return Set(texts.map(CellText.key))
    }

    /// The safeguard as the export writes it, or just its mechanism, in either language.
    private func mechanismTexts(_ transfer: Transfer) -> Set<String> {
        let mechanism = transfer.safeguard.mechanism
        var texts = context.texts.flatMap { [$0.safeguard(transfer.safeguard), $0.cited(mechanism)] }
        texts += [mechanism.label.en, mechanism.label.sv, mechanism.rawValue]
        return Set(texts.map(CellText.key))
    }

    /// A transfer to one of the activity's processors (or a sub-processor below one) or joint controllers.
    private func isLinked(_ transfer: Transfer, to activity: Activity) -> Bool {
        guard let id = transfer.recipient.id else { return false }
        switch transfer.recipient.kind {
        case .jointController:
            return activity.jointControllerIds.contains(id)
        case .processor:
            var current: String? = id
            var seen = Set<String>()
            while let processor = current, seen.insert(processor).inserted {
                if activity.processorIds.contains(processor) { return true }
                current = context.register.processor(processor)?.parentProcessorId
            }
            return false
        case .other, .internationalOrganisation:
            return false
        }
    }
}
