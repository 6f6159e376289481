import RopaExport
import RopaModel

/// Reads a vocabulary term as a spreadsheet writes it: the English or Swedish label, with or without its
/// article ("Consent", "Samtycke", "Consent (Art 6(1)(a))"), or the raw value ("legitimateInterests").
struct TermMatcher<Term: Vocabulary> {
    private let terms: [String: Term]

    init() {
        var terms: [String: Term] = [:]
        for term in Term.allCases {
            for text in [term.rawValue, term.label.en, term.label.sv, ExportTexts.english.cited(term), ExportTexts.swedish.cited(term)] {
                let key = CellText.key(text)
                if terms[key] == nil { terms[key] = term }
            }
        }
        self.terms = terms
    }

    func match(_ text: String) -> Term? {
        terms[CellText.key(text)]
    }

    /// "Consent, Contract, …" for messages.
    static func choices(_ language: Language = .en) -> String {
        Term.allCases.map { $0.label.text(language) }.joined(separator: ", ")
    }
}

/// The exports' wording in both languages, for terms that do not depend on a register.
enum ExportTexts {
    static let english = ExportText(register: Register(organisation: Organisation(name: "")), language: .en)
    static let swedish = ExportText(register: Register(organisation: Organisation(name: "")), language: .sv)

    /// "Not recorded" and "Ej angivet" as keys.
    static let notRecordedKeys: Set<String> = [CellText.key(english.notRecorded), CellText.key(swedish.notRecorded)]
}

/// The matchers of one import, each built once: building one folds every label of its vocabulary.
final class TermMatchers {
    private var built: [ObjectIdentifier: Any] = [:]

    func matcher<Term: Vocabulary>(_ type: Term.Type = Term.self) -> TermMatcher<Term> {
        if let matcher = built[ObjectIdentifier(type)] as? TermMatcher<Term> { return matcher }
        let matcher = TermMatcher<Term>()
        built[ObjectIdentifier(type)] = matcher
        return matcher
    }
}
