import RopaJSON

// Processors read by hand straight from their file's document, as activities are (see
// Activity+Reading.swift): after the activities they are the register's most numerous files, and an
// import of a few rows reads every one of them. The fields are read in declaration order, so the first
// error is the one the synthesised decoder reports; debug builds of the store compare both.

extension Processor {
    /// The processor in `document`, with what `JSONValueDecoder.decodeWithReport` would report for the
    /// same bytes parsed into a `JSONValue`.
    public static func read(_ document: JSONDocument) throws -> (value: Processor, report: JSONValueDecoder.Report) {
        try JSONObjectReader.read(document, Processor.init(reading:))
    }

    init(reading json: inout JSONObjectReader) throws {
        self.init(
            id: try json.string("id"),
            name: try json.string("name"),
            service: try json.optionalString("service"),
            country: try json.optionalString("country"),
            contact: try json.optionalObject("contact", Contact.init(reading:)),
            parentProcessorId: try json.optionalString("parentProcessorId"),
            approval: try json.optionalObject("approval", SubprocessorApproval.init(reading:)),
            agreement: try json.object("agreement", ProcessorAgreement.init(reading:)),
            notes: try json.optionalString("notes"),
            provenance: try json.stringMap("provenance"))
    }
}

extension ProcessorAgreement {
    init(reading json: inout JSONObjectReader) throws {
        self.init(status: try json.word("status"), signedDate: try json.optionalString("signedDate"),
                  reference: try json.optionalString("reference"), reviewDue: try json.optionalString("reviewDue"),
                  lastReviewed: try json.optionalString("lastReviewed"), clauses: try json.objectMap("clauses", ClauseCheck.init(reading:)),
                  subprocessorAuthorisation: try json.optionalWord("subprocessorAuthorisation"),
                  objectionPeriodDays: try json.optionalInt("objectionPeriodDays"), note: try json.optionalString("note"))
    }
}

extension ClauseCheck {
    init(reading json: inout JSONObjectReader) throws {
        self.init(status: try json.word("status"), note: try json.optionalString("note"), location: try json.optionalString("location"))
    }
}

extension SubprocessorApproval {
    init(reading json: inout JSONObjectReader) throws {
        self.init(status: try json.word("status"), date: try json.optionalString("date"), noticeDate: try json.optionalString("noticeDate"))
    }
}
