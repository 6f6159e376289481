import RopaModel

/// Technical and organisational security measures (Art 32) and the activities they protect.
enum SecurityMeasureColumns {
    static func columns(_ text: ValueText) -> [CSVColumn<SecurityMeasure>] {
        let columns: [CSVColumn<SecurityMeasure>] = [
            CSVColumn(.id) { $0.id },
            CSVColumn(.securityMeasure) { $0.name },
            CSVColumn(.measureType) { text.label($0.kind) },
            CSVColumn(.description) { $0.description.orEmpty },
            .list(.activities) { text.index.activities(usingSecurityMeasure: $0.id).map(\.name) },
            CSVColumn(.notes) { $0.notes.orEmpty },
        ]
        return columns
    }
}
