import RopaJSON
import RopaModel

/// A transfer's safeguard shows the fields of its mechanism only: an SCC module or signed date means
/// nothing under an adequacy decision, and left on screen they read as if they applied.
enum SafeguardFields {
    static let byMechanism: [TransferMechanism: Set<String>] = [
        // Whether the recipient is covered matters for a decision that covers only some (the US: DPF).
        .adequacy: ["adequacyReference", "recipientCoverage"],
        .standardContractualClauses: ["sccModule", "sccReference", "sccSignedDate"],
        .bindingCorporateRules: ["bcrReference"],
        // Art 49: the derogation, the documentation of Art 49(1) second subparagraph, occasional transfers.
        .derogation: ["derogation", "documentation", "occasional"],
    ]

    static let mechanismSpecific: Set<String> = byMechanism.values.reduce(into: []) { $0.formUnion($1) }

    /// The safeguard rows of other mechanisms than the transfer's, to leave out of its form.
    static func hiddenPaths(in transfer: JSONValue) -> Set<[String]> {
        let mechanism = transfer["safeguard"]?["mechanism"]?.stringValue.flatMap(TransferMechanism.init(rawValue:))
        let shown = mechanism.flatMap { byMechanism[$0] } ?? []
        return Set(mechanismSpecific.subtracting(shown).map { ["safeguard", $0] })
    }
}

extension AppState {
    /// Enter on a transfer's adequacy decision: the decision in force for its country, to choose rather
    /// than type (with what it covers, such as the certification the EU–US Data Privacy Framework needs).
    /// Returns false when the country has none, for the field to be typed.
    mutating func offerAdequacyDecisions(_ row: FormRow, ref: EntityRef) -> Bool {
        guard ref.kind == .transfer, row.path == ["safeguard", "adequacyReference"],
              let code = register.transfer(ref.id)?.country, let decision = register.countries.country(code)?.adequacy,
              decision.applies(on: asOf) else { return false }
        var detail = decision.date
        if let scope = decision.scope(language) { detail += " · " + text("only ", "bara ") + scope }
        let options = [
            Picker.Option(value: nil, label: text("(not set)", "(ej angivet)"), detail: ""),
            Picker.Option(value: decision.reference, label: decision.reference, detail: detail),
            Picker.Option(value: Picker.typeOwnValue, label: text("Type another reference…", "Skriv en annan referens…"), detail: ""),
        ]
        var picker = Picker(title: text("Adequacy decision for \(code)", "Adekvansbeslut för \(code)"), options: options, multiple: false,
                            chosen: [], ref: ref, path: row.path)
        picker.cursor = 1
        modal = .picker(picker)
        return true
    }

    /// After a decision with a limited scope is chosen: what the recipient must be for it to apply.
    mutating func noteAdequacyScope(_ reference: String, ref: EntityRef) {
        guard let code = register.transfer(ref.id)?.country, let decision = register.countries.country(code)?.adequacy,
              decision.reference == reference, let scope = decision.scope(language) else { return }
        status = (text("Covers only \(scope): check that the recipient is", "Gäller bara \(scope): kontrollera att mottagaren omfattas"), false)
    }
}

extension Picker {
    /// The option that turns the picker into a text field for a value not in the list.
    static let typeOwnValue = "\u{1}type"
}
