/// The terminal UI in English: the Overview, dialogs, and what each key binding does (the `?` overlay
/// and the status bar's hints are both made from the bindings).
enum EnglishTerminalUI {
    static let table: [Message: String] = [
        .uiNeedsAttention: "Needs attention (Enter opens the field)",
        .uiAgreementReviewOverdue: "Agreement review overdue: '{0}', due {1} (7 Review)",
        .uiNothingNeedsAttention: "No errors, no overdue reviews.",
        .uiAgreementReviewUnscheduled: "Agreement review not scheduled: '{0}': {1} (7 Review)",
    ]
}
