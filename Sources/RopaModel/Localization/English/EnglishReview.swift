/// The review's dates in words (today, in 3 days) and marking an agreement reviewed, in English.
enum EnglishReview {
    static let table: [Message: String] = [
        .reviewDueText: "{0} ({1})",
        .relativeToday: "today",
        .relativeInOneDay: "in 1 day",
        .relativeOneDayAgo: "1 day ago",
        .relativeInDays: "in {0} days",
        .relativeDaysAgo: "{0} days ago",
        .markReviewedUnknownProcessor: "no processor with the id '{0}' in the register",
        .markReviewedInvalidInterval: "the register's review interval is {0} months: set reviewIntervalMonths in register.json to 1 or more",
        .markReviewedDefaultMessage: "Reviewed agreement with {0}",
    ]
}
