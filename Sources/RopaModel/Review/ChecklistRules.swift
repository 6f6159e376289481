/// The Art 28(3)(a)–(h) checklist of an agreement that exists (signed, or a draft or sent copy).
struct ChecklistRules {
    func reasons(for processor: Processor) -> [ReviewReason] {
        let agreement = processor.agreement
        guard !processor.isSubprocessor, [.signed, .draft, .sent].contains(agreement.status) else { return [] }
        var found: [ReviewReason] = []
        for clause in Article28Clause.allCases {
            let check = agreement.check(clause)
            func suffix(_ at: String, _ note: String) -> String {
                let details = [check.location.map { "\(at) \($0)" }, check.note.map { "\(note): \($0)" }]
                    .compactMap { $0 }.filter { !$0.isEmpty }
                return details.isEmpty ? "" : " (\(details.joined(separator: "; ")))"
            }
            let requirement = BilingualText(en: Self.lowercasingFirst(clause.label.en) + suffix("at", "note"),
                                             sv: Self.lowercasingFirst(clause.label.sv) + suffix("i", "anteckning"))
            let letter = clause.rawValue
            // "clause (a)" for a lettered clause; the opening items are named by the requirement that follows.
            let named = Article28Clause.lettered.contains(clause)
                ? BilingualText(en: "clause (\(letter))", sv: "klausul (\(letter))") : BilingualText(en: "an item", sv: "en uppgift")
            switch check.status {
            case .missing:
                found.append(ReviewReason(.clauseMissing, .agreement, article: clause.citation ?? "Art 28(3)",
                                          message: BilingualText(en: "the agreement lacks \(named.en): \(requirement.en)",
                                                                  sv: "avtalet saknar \(named.sv): \(requirement.sv)"),
                                          action: BilingualText(en: "have the processor add the clause by an amendment, and record where it stands",
                                                                 sv: "be biträdet att lägga till klausulen genom ett tilläggsavtal, och ange var den står"),
                                          field: "agreement.clauses.\(letter)"))
            case .partial:
                found.append(ReviewReason(.clausePartial, .agreement, article: clause.citation ?? "Art 28(3)",
                                          message: BilingualText(en: "\(named.en) is only partly covered: \(requirement.en)",
                                                                  sv: "\(named.sv) är bara delvis uppfylld: \(requirement.sv)"),
                                          action: BilingualText(en: "have the gap closed by an amendment, and note what is still missing",
                                                                 sv: "se till att bristen åtgärdas genom ett tilläggsavtal, och anteckna vad som fortfarande saknas"),
                                          field: "agreement.clauses.\(letter)"))
            case .present, .notChecked:
                break
            }
        }
        let unchecked = Article28Clause.allCases.filter { agreement.check($0).status == .notChecked }
        if !unchecked.isEmpty {
            let letters = ReviewText.letters(unchecked)
            let message: BilingualText
            if unchecked.count == Article28Clause.allCases.count {
                message = BilingualText(en: "none of the Art 28(3) items and clauses (a)–(h) has been checked against the agreement",
                                         sv: "ingen av uppgifterna och klausulerna (a)–(h) enligt art. 28.3 har kontrollerats mot avtalet")
            } else if unchecked.count == 1 {
                message = BilingualText(en: "\(letters.en) (Art 28(3)) has not been checked",
                                         sv: "\(letters.sv) (art. 28.3) har inte kontrollerats")
            } else {
                message = BilingualText(en: "\(letters.en) (Art 28(3)) have not been checked",
                                         sv: "\(letters.sv) (art. 28.3) har inte kontrollerats")
            }
            found.append(ReviewReason(.clausesNotChecked, .agreement, article: ReviewText.citation(unchecked), message: message,
                                      action: BilingualText(
                                          en: "read the agreement and mark each clause present, partial or missing, with where it stands",
                                          sv: "läs avtalet och markera varje klausul som finns, delvis eller saknas, med var den står"),
                                      field: "agreement.clauses"))
        }
        return found
    }

    static func lowercasingFirst(_ text: String) -> String {
        text.prefix(1).lowercased() + text.dropFirst()
    }
}
