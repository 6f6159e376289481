import RopaExport
import RopaModel

/// What the activities table of a CSV export carries of an activity, as values. Two activities with equal
/// projections agree field by field on every column the spreadsheet has; what it cannot show (ids of
/// purposes, categories and retention rules, provenance, which purpose has which basis) is left out.
struct CarriedFields: Equatable {
    var id: String
    var name: String
    var description: String?
    var owner: String?
    var role: ProcessingRole
    var status: ActivityStatus
    var legalEntityIds: [String]
    var controllers: [String]
    var jointControllerIds: [String]
    var purposes: [String]
    var lawfulBases: Set<LawfulBasis>
    var purposeWithoutBasis: Bool
    var legitimateInterests: [String]
    var article9Conditions: Set<Article9Condition>
    var dataSubjects: [String]
    var dataCategories: [String]
    var specialCategories: [String: SpecialCategory]
    var highRiskData: Set<String>
    var dataSources: [String]
    var recipients: [String]
    var processorIds: [String]
    var transferIds: Set<String>
    var retention: [String]
    /// The structured period of each retention value (a rule split at a ";" has it on its first value).
    var retentionPeriods: [RetentionPeriod?]
    var securityMeasureIds: [String]
    var securityDescription: String?
    var automatedDecisionMaking: AutomatedDecisionMaking?
    var dpia: DPIA?
    var lastReviewed: String?
    var notes: String?

    init(_ activity: Activity, in register: Register) {
        let text = ExportText(register: register, language: .en)
        id = activity.id
        name = activity.name
        description = activity.description
        owner = activity.owner
        role = activity.role
        status = activity.status
        // No legal entity named means all of them, which is also what the export writes for all.
        let all = register.organisation.legalEntities.map(\.id)
        legalEntityIds = activity.legalEntityIds.isEmpty ? all : activity.legalEntityIds
        controllers = CarriedFields.list(activity.controllers.map { text.party($0) })
        jointControllerIds = activity.jointControllerIds
        purposes = CarriedFields.list(activity.purposes.map(\.description))
        lawfulBases = Set(activity.purposes.compactMap(\.lawfulBasis))
        purposeWithoutBasis = activity.purposes.contains { $0.lawfulBasis == nil }
        var seen = Set<String>()
        legitimateInterests = CarriedFields.list(activity.purposes.compactMap(\.legitimateInterest).filter { !$0.isEmpty && seen.insert($0).inserted })
        article9Conditions = Set(activity.purposes.compactMap(\.article9Condition))
        dataSubjects = CarriedFields.list(activity.dataSubjects)
        dataCategories = CarriedFields.list(activity.dataCategories.map(\.name))
        specialCategories = Dictionary(activity.dataCategories.compactMap { category in category.specialCategory.map { (category.name, $0) } },
                                       uniquingKeysWith: { first, _ in first })
        highRiskData = Set(activity.dataCategories.filter { $0.highRisk == true }.map(\.name))
        dataSources = CarriedFields.list(activity.dataSources)
        recipients = CarriedFields.list(activity.recipients)
        processorIds = activity.processorIds
        transferIds = Set(activity.transferIds)
        retention = CarriedFields.list(activity.retention.map { rule in
            let names = rule.dataCategoryIds.map { id in activity.dataCategories.first { $0.id == id }?.name ?? id }
            return names.isEmpty ? rule.text : "\(names.joined(separator: ", ")): \(rule.text)"
        })
        retentionPeriods = activity.retention.flatMap { rule -> [RetentionPeriod?] in
            let names = rule.dataCategoryIds.map { id in activity.dataCategories.first { $0.id == id }?.name ?? id }
            let count = CarriedFields.list([names.isEmpty ? rule.text : "\(names.joined(separator: ", ")): \(rule.text)"]).count
            return count == 0 ? [] : [rule.period] + Array(repeating: nil, count: count - 1)
        }
        securityMeasureIds = activity.securityMeasureIds
        securityDescription = activity.securityDescription
        automatedDecisionMaking = activity.automatedDecisionMaking
        dpia = activity.dpia
        lastReviewed = activity.lastReviewed
        notes = activity.notes
    }

    /// A multi-valued cell holds the values joined with "; ", so a value with a ";" of its own reads as two.
    static func list(_ values: [String]) -> [String] {
        values.joined(separator: "; ").split(separator: ";").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// The fields that differ, for a readable failure.
    func differences(from other: CarriedFields) -> [String] {
        let mine = Mirror(reflecting: self).children, theirs = Mirror(reflecting: other).children
        return zip(mine, theirs).compactMap { left, right in
            String(describing: left.value) == String(describing: right.value) ? nil
                : "\(left.label ?? "?"): \(left.value) ≠ \(right.value)"
        }
    }
}
