/// Records that a processor agreement was reviewed: last reviewed on the given day, next review one
/// review interval later. Pure: returns the changed register for the caller to save as one version.
public struct MarkReviewed: Equatable, Sendable {
    /// Why an agreement cannot be marked reviewed.
    public enum Failure: Error, Equatable, LocalizedDescription {
        case unknownProcessor(String)
        case invalidInterval(Int)

        public func description(_ language: Language) -> String {
            switch self {
            case .unknownProcessor(let id):
                return Message.markReviewedUnknownProcessor.text(language, id)
            case .invalidInterval(let months):
                return Message.markReviewedInvalidInterval.text(language, "\(months)")
            }
        }
    }

    /// The register with the review recorded.
    public let register: Register
    public let processorID: String
    public let lastReviewed: CalendarDate
    public let reviewDue: CalendarDate
    /// The default version message in English: "Reviewed agreement with <name>".
    public var message: String { message(.en) }
    /// The processor's name, for the default version message.
    public let processorName: String

    /// Marks the agreement of `processorID` reviewed on `asOf`; the next review falls
    /// `register.settings.reviewIntervalMonths` later (the day clamped to the end of a shorter month).
    public init(register: Register, processorID: String, asOf: CalendarDate) throws {
        let months = register.settings.reviewIntervalMonths
        guard months >= 1 else { throw Failure.invalidInterval(months) }
        guard let index = register.processors.firstIndex(where: { $0.id == processorID }) else {
            throw Failure.unknownProcessor(processorID)
        }
        var changed = register
        let due = try MarkReviewed.mark(&changed.processors[index], asOf: asOf, intervalMonths: months)
        self.register = changed
        self.processorID = processorID
        self.lastReviewed = asOf
        self.reviewDue = due
        self.processorName = register.processors[index].name
    }

    /// The default version message: "Reviewed agreement with <name>" / "Granskade avtalet med <name>".
    public func message(_ language: Language) -> String {
        MarkReviewed.message(processorName: processorName, language)
    }

    public static func message(processorName: String, _ language: Language) -> String {
        Message.markReviewedDefaultMessage.text(language, processorName)
    }

    /// Marks one processor's agreement reviewed on `asOf`, due `intervalMonths` later; returns that day.
    public static func mark(_ processor: inout Processor, asOf: CalendarDate, intervalMonths months: Int) throws -> CalendarDate {
        guard months >= 1 else { throw Failure.invalidInterval(months) }
        let due = asOf.adding(months: months)
        processor.agreement.lastReviewed = asOf.description
        processor.agreement.reviewDue = due.description
        return due
    }
}
