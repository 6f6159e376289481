import RopaModel

/// The register proper: one row per processing activity, Art 30(1)(a)–(g) and what DPOs keep beside
/// them, in about the order of the ICO's record-of-processing template.
enum ActivityColumns {
    static func columns(_ text: ValueText) -> [CSVColumn<Activity>] {
        let organisation = text.index.register.organisation
        let controllerContact = text.contact(organisation.contact)
        let dataProtectionOfficer = text.contact(organisation.dataProtectionOfficer)
        let euRepresentative = text.contact(organisation.euRepresentative)
        let columns: [CSVColumn<Activity>] = [
            CSVColumn(.id) { $0.id },
            CSVColumn(.activity) { $0.name },
            CSVColumn(.description) { $0.description.orEmpty },
            CSVColumn(.owner) { $0.owner.orEmpty },
            CSVColumn(.role) { text.label($0.role) },
            CSVColumn(.status) { text.label($0.status) },
            // Art 30(1)(a): the same for every row, so that each row is a complete record on its own.
            .list(.legalEntities) { text.legalEntities(of: $0) },
            CSVColumn(.controllerContact) { _ in controllerContact },
            CSVColumn(.dataProtectionOfficer) { _ in dataProtectionOfficer },
            CSVColumn(.euRepresentative) { _ in euRepresentative },
            .list(.controllers) { $0.controllers.map(text.party) },
            .list(.jointControllers) { $0.jointControllerIds.map(text.jointControllerName) },
            .list(.purposes) { $0.purposes.map(\.description) },
            .list(.lawfulBasis) { text.lawfulBases($0) },
            .list(.legitimateInterests) { text.legitimateInterests($0) },
            .list(.article9Condition) { text.article9Conditions($0) },
            .list(.dataSubjects) { $0.dataSubjects },
            .list(.dataCategories) { $0.dataCategories.map(\.name) },
            .list(.specialCategories) { text.specialCategories($0) },
            .list(.highRiskData) { text.highRiskData($0) },
            .list(.dataSources) { $0.dataSources },
            .list(.recipients) { $0.recipients },
            .list(.processors) { $0.processorIds.map(text.processorName) },
            .list(.transferCountries) { text.transferCountries($0) },
            .list(.transferMechanisms) { text.transferMechanisms($0) },
            .list(.retention) { text.retention(of: $0) },
            // Each rule's structured period and the event it runs from, lined up with the rules above.
            .list(.retentionPeriods) { text.retentionPeriods(of: $0) },
            .list(.securityMeasures) { text.securityMeasures($0) },
            CSVColumn(.automatedDecisions) { text.automatedDecisions($0.automatedDecisionMaking) },
            CSVColumn(.profiling) { text.label($0.automatedDecisionMaking?.profiling) },
            CSVColumn(.dpiaNeeded) { text.label($0.dpia?.needed) },
            CSVColumn(.dpiaStatus) { text.label($0.dpia?.status) },
            CSVColumn(.dpiaDate) { $0.dpia?.date ?? "" },
            CSVColumn(.dpiaLink) { $0.dpia?.link ?? "" },
        ] + ActivityCatalogue.tableFields.map { entry in
            CSVColumn<Activity>.list(entry.field) { entry.values($0, text) }
        } + [
            CSVColumn(.lastReviewed) { $0.lastReviewed.orEmpty },
            CSVColumn(.notes) { $0.notes.orEmpty },
        ]
        return columns
    }
}
