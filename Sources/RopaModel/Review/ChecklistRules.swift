/// The Art 28(3)(a)–(h) checklist of an agreement that exists (signed, or a draft or sent copy).
struct ChecklistRules {
    func reasons(for processor: Processor) -> [ReviewReason] {
        let agreement = processor.agreement
        guard !processor.isSubprocessor, [.signed, .draft, .sent].contains(agreement.status) else { return [] }
        var found: [ReviewReason] = []
        for clause in Article28Clause.allCases {
            let check = agreement.check(clause)
            let details = [check.location.map { "at \($0)" }, check.note.map { "note: \($0)" }]
                .compactMap { $0 }.filter { !$0.isEmpty }
            let suffix = details.isEmpty ? "" : " (\(details.joined(separator: "; ")))"
            let requirement = clause.label.en.prefix(1).lowercased() + clause.label.en.dropFirst()
            switch check.status {
            case .missing:
                found.append(ReviewReason(.clauseMissing, .agreement, article: clause.citation ?? "Art 28(3)",
                                          message: "the agreement lacks clause (\(clause.rawValue)): \(requirement)\(suffix)",
                                          action: "have the processor add the clause by an amendment, and record where it stands",
                                          field: "agreement.clauses.\(clause.rawValue)"))
            case .partial:
                found.append(ReviewReason(.clausePartial, .agreement, article: clause.citation ?? "Art 28(3)",
                                          message: "clause (\(clause.rawValue)) is only partly covered: \(requirement)\(suffix)",
                                          action: "have the gap closed by an amendment, and note what is still missing",
                                          field: "agreement.clauses.\(clause.rawValue)"))
            case .present, .notChecked:
                break
            }
        }
        let unchecked = Article28Clause.allCases.filter { agreement.check($0).status == .notChecked }
        if !unchecked.isEmpty {
            let message = unchecked.count == Article28Clause.allCases.count
                ? "none of the Art 28(3) clauses (a)–(h) has been checked against the agreement"
                : "clause\(unchecked.count == 1 ? "" : "s") \(ReviewText.letters(unchecked)) of Art 28(3) \(unchecked.count == 1 ? "has" : "have") not been checked"
            found.append(ReviewReason(.clausesNotChecked, .agreement, article: ReviewText.citation(unchecked), message: message,
                                      action: "read the agreement and mark each clause present, partial or missing, with where it stands",
                                      field: "agreement.clauses"))
        }
        return found
    }
}
