/// Obligations added in the review of December 2026 that depend on one activity alone: a processor record
/// without a purpose of its own, the controllers' contact details, "no recipients" beside processors, and
/// retention stated with no criteria.
struct ObligationRules {
    let register: Register

    /// Words that say the data goes to no one (English and Swedish), as DPOs write them in the recipients list.
    static let noRecipients: Set<String> = ["none", "no one", "nobody", "inga", "ingen", "inga mottagare", "-", "—"]

    /// Retention that names no period and no criteria: "as long as necessary" (Art 5(1)(e); Art 13(2)(a) asks for
    /// the period or the criteria used to determine it).
    static let vagueRetention = ["as long as necessary", "as long as needed", "as long as required",
                                 "så länge det är nödvändigt", "så länge som är nödvändigt", "så länge det behövs", "så länge som behövs",
                                 "så länge behandlingen är nödvändig", "den tid det är nödvändigt", "så länge det krävs"]
    static let vagueRetentionPhrases = FoldedPhrases(vagueRetention)

    /// Whether one entry of the recipients list says "none". An ASCII entry longer than the longest of those
    /// words that starts and ends with something other than white space is none of them (folding ASCII keeps
    /// its length, and there is nothing to trim), so it is neither folded nor trimmed: most entries.
    static func saysNoRecipients(_ recipient: String) -> Bool {
        let bytes = recipient.utf8
        if bytes.count > noRecipientsLongest, let first = bytes.first, let last = bytes.last,
           first > 0x20, last > 0x20, bytes.allSatisfy({ $0 < 0x7F }) {
            return false
        }
        return noRecipients.contains(TextFolding.fold(recipient).trimmingSpaces)
    }

    static let noRecipientsLongest = noRecipients.map(\.utf8.count).max() ?? 0

    func check(_ activity: Activity, add: (Severity, FindingCode, String, String, String, String?) -> Void) {
        if activity.role == .processor {
            // Art 28(10): a processor that determines purposes and means becomes a controller for that processing.
            for purpose in activity.purposes where purpose.lawfulBasis != nil {
                add(.warning, .processorRecordWithOwnBasis, "purposes[\(purpose.id)].lawfulBasis",
                    "a processor record has no lawful basis of its own: the controllers choose it; record the processing the organisation decides itself as a controller activity",
                    "en behandling som personuppgiftsbiträde har ingen egen rättslig grund: den väljer de personuppgiftsansvariga; registrera det organisationen själv bestämmer som en egen behandling",
                    "Art 28(10)")
            }
            for controller in activity.controllers where controller.contact?.isEmpty ?? true {
                add(.warning, .controllerContactMissing, "controllers[\(controller.id)].contact",
                    "record the contact details of \(controller.name), on whose behalf the processing is done",
                    "ange kontaktuppgifter till \(controller.name), för vars räkning behandlingen utförs", "Art 30(2)(a)")
            }
        } else if !activity.processorIds.isEmpty,
                  activity.recipients.contains(where: Self.saysNoRecipients) {
            add(.warning, .recipientsNoneWithProcessors, "recipients",
                "the recipients say \"none\", yet processors receive the data: list them as a category of recipients",
                "mottagarna anges som \"inga\", men personuppgiftsbiträden tar emot uppgifterna: ange dem som en kategori av mottagare",
                "Art 30(1)(d), Art 4(9)")
        }
        for rule in activity.retention where rule.period == nil {
            if Self.vagueRetentionPhrases.occur(in: rule.text) {
                add(.warning, .vagueRetention, "retention[\(rule.id)]",
                    "\"as long as necessary\" is no period: state the period, or the criteria that decide it (an event and a length)",
                    "\"så länge det är nödvändigt\" är ingen lagringstid: ange tiden, eller de kriterier som avgör den (en händelse och en längd)",
                    "Art 30(1)(f), Art 5(1)(e)")
            }
        }
    }
}
