/// The review's dates in words (today, in 3 days) and marking an agreement reviewed, in Swedish.
enum SwedishReview {
    static let table: [Message: String] = [
        .reviewDueText: "{0} ({1})",
        .relativeToday: "i dag",
        .relativeInOneDay: "om 1 dag",
        .relativeOneDayAgo: "för 1 dag sedan",
        .relativeInDays: "om {0} dagar",
        .relativeDaysAgo: "för {0} dagar sedan",
        .markReviewedUnknownProcessor: "inget personuppgiftsbiträde med id '{0}' i registret",
        .markReviewedInvalidInterval: "registrets granskningsintervall är {0} månader: sätt reviewIntervalMonths i register.json till 1 eller mer",
        .markReviewedDefaultMessage: "Granskade avtalet med {0}",
    ]
}
