/// The text of `ropa review`: the queue's heading and each processor's block, in English.
enum EnglishReview {
    static let table: [CLIMessage: String] = [
        .reviewHeading: "Processor agreement review · {0} · as of {1}",
        .reviewOneNeedsAttention: "1 processor needs attention — {0}.",
        .reviewManyNeedAttention: "{0} processors need attention — {1}.",
        .reviewSubprocessorOf: " · sub-processor of {0}",
        .reviewDue: " · review due {0}",
    ]
}
