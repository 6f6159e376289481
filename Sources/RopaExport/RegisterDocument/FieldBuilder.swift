import RopaModel

/// The label–value fields of one section, added in order: "Not recorded" where a point the law asks for
/// has no value, nothing for an optional field without one.
struct FieldBuilder {
    let wording: DocumentWording
    private(set) var fields: [DocumentField] = []

    init(_ wording: DocumentWording) {
        self.wording = wording
        fields.reserveCapacity(24)
    }

    mutating func add(_ field: ExportField, _ value: String?) { add(wording.label(field), value) }

    mutating func add(_ label: String, _ value: String?) {
        let value = value ?? ""
        add(label, runs: [[TextRun(Self.isBlank(value) ? wording.notRecorded : value)]])
    }

    mutating func add(_ field: ExportField, lines: [String]) { add(wording.label(field), lines: lines) }

    mutating func add(_ label: String, lines: [String]) {
        let lines = lines.filter { !Self.isBlank($0) }
        add(label, runs: lines.isEmpty ? [[TextRun(wording.notRecorded)]] : lines.map { [TextRun($0)] })
    }

    /// A field whose lines are already runs (links); none gives "Not recorded".
    mutating func add(_ label: String, runs: [[TextRun]]) {
        fields.append(DocumentField(label: label, lines: runs.isEmpty ? [[TextRun(wording.notRecorded)]] : runs))
    }

    mutating func optional(_ field: ExportField, _ value: String?) {
        guard let value, !Self.isBlank(value) else { return }
        add(field, value)
    }

    mutating func optional(_ field: ExportField, lines: [String]) {
        guard lines.contains(where: { !Self.isBlank($0) }) else { return }
        add(field, lines: lines)
    }

    /// Where the facts came from, one line per source with the fields it covers by their labels:
    /// "IST integritetspolicy 3.1.2: Beskrivning, Kategorier av registrerade".
    mutating func sources(_ provenance: Provenance) {
        guard !provenance.isEmpty else { return }
        var order: [String] = []
        var fieldsBySource: [String: [String]] = [:]
        for (key, source) in provenance.sorted(by: { $0.key < $1.key }) where !Self.isBlank(source) {
            if fieldsBySource[source] == nil { order.append(source) }
            let label = Self.provenanceLabel(key).map(wording.label) ?? (key == "record" ? wording.phrase(.wholeEntry) : nil)
            fieldsBySource[source, default: []].append(contentsOf: label.map { [$0] } ?? [])
        }
        let lines = order.map { source -> String in
            let labels = RegisterIndex.distinct(fieldsBySource[source] ?? [])
            return labels.isEmpty ? source : "\(source): \(labels.joined(separator: ", "))"
        }
        add(.sources, lines: lines)
    }

    /// The label of the field a provenance key names (a JSON key of the entity), or nil for one without.
    static func provenanceLabel(_ key: String) -> ExportField? {
        let base = key.split(separator: ".").last.map(String.init) ?? key
        switch base {
        case "processorIds": return .processors
        case "transferIds": return .transfers
        case "jointControllerIds": return .jointControllers
        case "activityIds": return .activities
        case "securityMeasureIds", "securityDescription": return .securityMeasures
        case "legalEntityIds": return .legalEntities
        case "automatedDecisionMaking": return .automatedDecisions
        case "safeguard": return .mechanism
        case "agreement": return .agreementStatus
        case "kind": return .measureType
        case "dpia": return .dpiaStatus
        case "contact": return .contact
        default: return ExportField(rawValue: base)
        }
    }

    static func isBlank(_ value: String) -> Bool {
        if let first = value.utf8.first, first > 0x20 && first < 0x7F { return false }
        return value.allSatisfy(\.isWhitespace)
    }
}
