import RopaModel

/// Transfers to third countries (Chapter V): where the data goes and the mechanism that makes it lawful.
enum TransferColumns {
    static func columns(_ text: ValueText) -> [CSVColumn<Transfer>] {
        let columns: [CSVColumn<Transfer>] = [
            CSVColumn(.id) { $0.id },
            CSVColumn(.transfer) { $0.name },
            CSVColumn(.recipient) { text.recipient($0.recipient) },
            CSVColumn(.recipientType) { text.label($0.recipient.kind) },
            CSVColumn(.country) { text.country($0.country) },
            CSVColumn(.countryStatus) { text.countryStatus($0.country) },
            CSVColumn(.mechanism) { text.cited($0.safeguard.mechanism) },
            CSVColumn(.sccModule) { text.label($0.safeguard.sccModule) },
            CSVColumn(.sccReference) { text.sccReference($0.safeguard) },
            CSVColumn(.sccSigned) { $0.safeguard.sccSignedDate.orEmpty },
            CSVColumn(.adequacyReference) { $0.safeguard.adequacyReference.orEmpty },
            CSVColumn(.recipientCovered) { text.yesNo($0.safeguard.recipientCoverage?.covered) },
            CSVColumn(.coverageReference) { $0.safeguard.recipientCoverage?.reference ?? "" },
            CSVColumn(.coverageChecked) { $0.safeguard.recipientCoverage?.checkedDate ?? "" },
            CSVColumn(.bcrReference) { $0.safeguard.bcrReference.orEmpty },
            CSVColumn(.derogation) { $0.safeguard.derogation.map(text.cited) ?? "" },
            CSVColumn(.derogationDocumentation) { $0.safeguard.documentation.orEmpty },
            CSVColumn(.occasionalTransfers) { text.yesNo($0.safeguard.occasional) },
            CSVColumn(.transferImpactAssessment) { $0.transferImpactAssessmentDate.orEmpty },
            .list(.supplementaryMeasures) { $0.supplementaryMeasures },
            .list(.dataCategories) { $0.dataCategories },
            .list(.activities) { text.index.activities(usingTransfer: $0.id).map(\.name) },
            CSVColumn(.notes) { $0.notes.orEmpty },
        ]
        return columns
    }
}
