import RopaModel

/// Joint controllers (Art 26) and the arrangement that sets out who does what.
enum JointControllerColumns {
    static func columns(_ text: ValueText) -> [CSVColumn<JointController>] {
        let columns: [CSVColumn<JointController>] = [
            CSVColumn(.id) { $0.id },
            CSVColumn(.jointController) { $0.name },
            CSVColumn(.party) { $0.party?.name ?? "" },
            CSVColumn(.partyContact) { text.contact($0.party?.contact) },
            CSVColumn(.country) { text.country($0.country) },
            CSVColumn(.scope) { $0.scope.orEmpty },
            CSVColumn(.arrangement) { text.label($0.arrangement.status) },
            CSVColumn(.arrangementTitle) { $0.arrangement.title.orEmpty },
            CSVColumn(.arrangementReference) { $0.arrangement.reference.orEmpty },
            CSVColumn(.arrangementDate) { $0.arrangement.date.orEmpty },
            CSVColumn(.responsibilities) { $0.responsibilities.orEmpty },
            CSVColumn(.contactPoint) { $0.contactPoint.orEmpty },
            .list(.activities) { text.index.activities(ofJointController: $0).map(\.name) },
            .list(.transfers) { $0.transferIds.map(text.transferName) },
            CSVColumn(.notes) { $0.notes.orEmpty },
        ]
        return columns
    }
}
