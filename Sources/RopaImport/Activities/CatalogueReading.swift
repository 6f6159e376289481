import RopaExport
import RopaModel

/// The fields of `ActivityCatalogue` read back from their cells: texts, lists and flags by the catalogue's own
/// storage, vocabulary terms and values spread over purposes, retention rules and the DPIA record here.
extension ActivityRowReader {
    mutating func readCatalogue(_ activity: inout Activity) {
        for entry in ActivityCatalogue.tableFields where changed(entry.field) {
            let text = cell(entry.field)
            switch entry.storage {
            case .text(let store):
                store(&activity, CellText.optional(text))
            case .list(let store):
                let items = CellText.items(text)
                store(&activity, items.isEmpty ? nil : items)
            case .flag(let store):
                let answer: Answer? = optionalTerm(entry.field)
                store(&activity, answer == .yes ? true : answer == .no ? false : nil)
            case .special:
                readSpecial(entry.field, into: &activity)
            }
        }
    }

    private mutating func readSpecial(_ field: RegisterField, into activity: inout Activity) {
        switch field {
        case .statutoryProvision:
            assignStatutoryProvisions(&activity.purposes)
        case .rightsAvailable:
            // Rights that are what the lawful bases give are not stored: they follow the bases when those change.
            let rights: [DataSubjectRight] = terms(field)
            activity.rightsAvailable = rights.isEmpty || rights == DataSubjectRights.derived(activity) ? nil : rights
        case .article22Exception:
            let exception: Article22Exception? = optionalTerm(field)
            if activity.automatedDecisionMaking == nil, exception == nil { return }
            var decisions = activity.automatedDecisionMaking ?? AutomatedDecisionMaking(used: .unknown)
            decisions.exception = exception
            activity.automatedDecisionMaking = decisions
        case .dpiaCriteria:
            // The cell shows the criteria met; those the activity's other fields show are not stored again.
            var recorded = activity
            recorded.dpia?.criteria = nil
            let shown = Set(DPIAScreening.criteria(of: recorded))
            let ticked: [DPIACriterion] = terms(field).filter { !shown.contains($0) }
            if activity.dpia == nil, ticked.isEmpty { return }
            var dpia = activity.dpia ?? DPIA(needed: .unknown)
            dpia.criteria = ticked.isEmpty ? nil : ticked
            activity.dpia = dpia
        case .dpiaIMYListItems:
            let items: [IMYListedProcessing] = terms(field)
            if activity.dpia == nil, items.isEmpty { return }
            var dpia = activity.dpia ?? DPIA(needed: .unknown)
            dpia.imyListItems = items.isEmpty ? nil : items
            activity.dpia = dpia
        default:
            break
        }
    }

    /// Each item of a cell as a term of one vocabulary; an item that is none is a problem.
    private mutating func terms<Term: Vocabulary>(_ field: RegisterField) -> [Term] {
        var found: [Term] = []
        for item in CellText.items(cell(field)) {
            guard let term = context.terms.matcher(Term.self).match(item) else {
                problem(field, .importNotOneOf, ImportProblem.quoted(item), TermMatcher<Term>.choices(context.header.language))
                continue
            }
            if !found.contains(term) { found.append(term) }
        }
        return found
    }

    /// The provisions listed go to the purposes that rest on law (a legal obligation, a public task, or an
    /// Art 9(2) condition that needs law) first, each purpose keeping one that is still listed.
    private mutating func assignStatutoryProvisions(_ purposes: inout [Purpose]) {
        let provisions = CellText.items(cell(.statutoryProvision))
        for index in purposes.indices where purposes[index].statutoryProvision.map({ !provisions.contains($0) }) ?? false {
            purposes[index].statutoryProvision = nil
        }
        let onLaw = purposes.indices.filter { index in
            [.legalObligation, .publicTask].contains(purposes[index].lawfulBasis)
                || purposes[index].article9Condition.map(NationalLawRules.conditionsNeedingLaw.contains) == true
        }
        let candidates = onLaw.isEmpty ? Array(purposes.indices) : onLaw
        for provision in provisions where !purposes.contains(where: { $0.statutoryProvision == provision }) {
            guard let free = candidates.first(where: { purposes[$0].statutoryProvision == nil }) ?? candidates.last else {
                problem(.statutoryProvision, LocalizedText(BilingualText(en: "a statutory provision needs a purpose to rest on",
                                                                          sv: "ett författningsstöd behöver ett ändamål att höra till")))
                return
            }
            purposes[free].statutoryProvision = [purposes[free].statutoryProvision, provision].compactMap { $0 }.joined(separator: "; ")
        }
    }
}
