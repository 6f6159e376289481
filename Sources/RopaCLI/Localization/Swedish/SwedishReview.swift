/// The text of `ropa review`: the queue's heading and each processor's block, in Swedish.
enum SwedishReview {
    static let table: [CLIMessage: String] = [
        .reviewHeading: "Granskning av personuppgiftsbiträdesavtal · {0} · per {1}",
        .reviewOneNeedsAttention: "1 personuppgiftsbiträde behöver åtgärdas — {0}.",
        .reviewManyNeedAttention: "{0} personuppgiftsbiträden behöver åtgärdas — {1}.",
        .reviewSubprocessorOf: " · underbiträde till {0}",
        .reviewDue: " · nästa granskning {0}",
    ]
}
