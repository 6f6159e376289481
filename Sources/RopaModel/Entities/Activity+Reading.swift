import RopaJSON

// Activities read by hand straight from their file's document: a large register is almost all
// activities, and reading them through `Decodable` from a parsed tree was the largest cost of opening it.
// The fields are read in declaration order, so the first error is the one the synthesised decoder
// reports; debug builds of the store compare both.

extension Activity {
    /// The activity in `document`, with what `JSONValueDecoder.decodeWithReport` would report for the same
    /// bytes parsed into a `JSONValue`.
    public static func read(_ document: JSONDocument) throws -> (value: Activity, report: JSONValueDecoder.Report) {
        try JSONObjectReader.read(document, Activity.init(reading:))
    }

    init(reading json: inout JSONObjectReader) throws {
        self.init(
            id: try json.string("id"),
            name: try json.string("name"),
            description: try json.optionalString("description"),
            role: try json.word("role"),
            legalEntityIds: try json.strings("legalEntityIds"),
            controllers: try json.objects("controllers", ExternalParty.init(reading:)),
            jointControllerIds: try json.strings("jointControllerIds"),
            purposes: try json.objects("purposes", Purpose.init(reading:)),
            dataSubjects: try json.strings("dataSubjects"),
            dataCategories: try json.objects("dataCategories", DataCategory.init(reading:)),
            dataSources: try json.strings("dataSources"),
            collectedFrom: try json.optionalWord("collectedFrom"),
            recipients: try json.strings("recipients"),
            processorIds: try json.strings("processorIds"),
            transferIds: try json.strings("transferIds"),
            retention: try json.objects("retention", RetentionRule.init(reading:)),
            securityMeasureIds: try json.strings("securityMeasureIds"),
            securityDescription: try json.optionalString("securityDescription"),
            automatedDecisionMaking: try json.optionalObject("automatedDecisionMaking", AutomatedDecisionMaking.init(reading:)),
            dataProvision: try json.optionalObject("dataProvision", DataProvision.init(reading:)),
            dpia: try json.optionalObject("dpia", DPIA.init(reading:)),
            owner: try json.optionalString("owner"),
            status: try json.word("status"),
            lastReviewed: try json.optionalString("lastReviewed"),
            department: try json.optionalString("department"),
            vulnerableDataSubjects: try json.optionalBool("vulnerableDataSubjects"),
            article10Basis: try json.optionalString("article10Basis"),
            identityNumberJustification: try json.optionalString("identityNumberJustification"),
            rightsAvailable: try json.optionalWords("rightsAvailable"),
            consentRecords: try json.optionalString("consentRecords"),
            legitimateInterestsAssessment: try json.optionalString("legitimateInterestsAssessment"),
            systems: try json.optionalStrings("systems"),
            storageLocation: try json.optionalString("storageLocation"),
            retentionPolicy: try json.optionalString("retentionPolicy"),
            notes: try json.optionalString("notes"),
            provenance: try json.stringMap("provenance"))
    }
}

extension Purpose {
    init(reading json: inout JSONObjectReader) throws {
        self.init(id: try json.string("id"), description: try json.string("description"),
                  lawfulBasis: try json.optionalWord("lawfulBasis"), legitimateInterest: try json.optionalString("legitimateInterest"),
                  article9Condition: try json.optionalWord("article9Condition"),
                  statutoryProvision: try json.optionalString("statutoryProvision"))
    }
}

extension DataCategory {
    init(reading json: inout JSONObjectReader) throws {
        self.init(id: try json.string("id"), name: try json.string("name"),
                  specialCategory: try json.optionalWord("specialCategory"), highRisk: try json.optionalBool("highRisk"))
    }
}

extension ExternalParty {
    init(reading json: inout JSONObjectReader) throws {
        self.init(id: try json.string("id"), name: try json.string("name"), contact: try json.optionalObject("contact", Contact.init(reading:)))
    }
}

extension Contact {
    init(reading json: inout JSONObjectReader) throws {
        self.init(name: try json.optionalString("name"), role: try json.optionalString("role"), email: try json.optionalString("email"),
                  phone: try json.optionalString("phone"), address: try json.optionalString("address"), url: try json.optionalString("url"),
                  note: try json.optionalString("note"))
    }
}

extension RetentionRule {
    init(reading json: inout JSONObjectReader) throws {
        self.init(id: try json.string("id"), dataCategoryIds: try json.strings("dataCategoryIds"), text: try json.string("text"),
                  period: try json.optionalObject("period", RetentionPeriod.init(reading:)))
    }
}

extension RetentionPeriod {
    init(reading json: inout JSONObjectReader) throws {
        self.init(amount: try json.int("amount"), unit: try json.word("unit"), startingEvent: try json.optionalString("startingEvent"))
    }
}

extension AutomatedDecisionMaking {
    init(reading json: inout JSONObjectReader) throws {
        self.init(used: try json.word("used"), profiling: try json.optionalWord("profiling"), description: try json.optionalString("description"),
                  exception: try json.optionalWord("exception"))
    }
}

extension DPIA {
    init(reading json: inout JSONObjectReader) throws {
        self.init(needed: try json.word("needed"), status: try json.optionalWord("status"), link: try json.optionalString("link"),
                  date: try json.optionalString("date"), criteria: try json.optionalWords("criteria"),
                  imyListItems: try json.optionalWords("imyListItems"), notNeededReason: try json.optionalString("notNeededReason"))
    }
}
