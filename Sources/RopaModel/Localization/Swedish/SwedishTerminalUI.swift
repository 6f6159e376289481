/// Terminalgränssnittet på svenska: översikten, dialoger och vad varje tangent gör (hjälpen under `?` och
/// statusradens tips görs båda av tangenttabellerna).
enum SwedishTerminalUI {
    static let table: [Message: String] = [
        .uiNeedsAttention: "Behöver åtgärdas (Enter öppnar fältet)",
        .uiAgreementReviewOverdue: "Avtalsgranskning försenad: '{0}', skulle ske {1} (7 Granskning)",
        .uiNothingNeedsAttention: "Inga fel, inga försenade granskningar.",
        .uiAgreementReviewUnscheduled: "Avtalsgranskning ej planerad: '{0}': {1} (7 Granskning)",
    ]
}
