import Foundation
import RopaModel
import RopaStore
import RopaUI

/// Years of a DPO team's work as versions: each version makes one to three everyday edits (a retention
/// period clarified, an agreement reviewed, a processor linked, a new activity, a DPIA done …) and is
/// saved through `RegisterStore.save`, exactly as `ropa set` or the UI's `s` would save it.
struct HistoryGenerator {
    enum Edit: CaseIterable {
        case retention, addCategory, reviewAgreement, linkProcessor, describe, addActivity, retire, dpiaDone,
             approveSubprocessor, transferAssessed, activityReviewed, lawfulBasis, addRecipient, deleteActivity

        /// How often each edit happens, out of the sum of weights.
        var weight: Int {
            switch self {
            case .retention: return 14
            case .addCategory: return 9
            case .reviewAgreement: return 14
            case .linkProcessor: return 9
            case .describe: return 9
            case .addActivity: return 5
            case .retire: return 4
            case .dpiaDone: return 4
            case .approveSubprocessor: return 4
            case .transferAssessed: return 4
            case .activityReviewed: return 14
            case .lawfulBasis: return 3
            case .addRecipient: return 5
            case .deleteActivity: return 1
            }
        }
    }

    static let authors = ["anna.lindqvist@nordlund.se", "erik.aberg@nordlund.se", "dana.dataskydd@nordlund.se", "sara.strom@nordlund.se"]

    var random: SeededRandom
    /// Activities made up front and added by `.addActivity` edits, so the head has the asked-for count.
    var heldBack: [Activity]
    private(set) var time: Date
    /// Seconds between versions on average: the history spans about five years whatever its length.
    let averageStep: Double

    init(seed: UInt64, versions: Int, heldBack: [Activity] = [], start: Date = Date(timeIntervalSince1970: 1_578_384_000)) {
        random = SeededRandom(seed: seed)
        self.heldBack = heldBack
        time = start
        averageStep = 5 * 365 * 86_400 / Double(max(1, versions))
    }

    /// The edits of versions 2…`versions`, decided before the register is made so that it can hold back
    /// the activities later versions add and make extra ones for those they delete.
    static func plan(versions: Int, seed: UInt64) -> [[Edit]] {
        var random = SeededRandom(seed: seed ^ 0x5EED_0F_ED17)
        let total = Edit.allCases.map(\.weight).reduce(0, +)
        return (0..<max(0, versions - 1)).map { _ in
            let count = random.chance(0.75) ? 1 : random.int(2...3)
            return (0..<count).map { _ in
                var roll = random.int(below: total)
                for edit in Edit.allCases {
                    if roll < edit.weight { return edit }
                    roll -= edit.weight
                }
                return .retention
            }
        }
    }

    /// Moves the clock on to the next version's time.
    mutating func tick() -> Date {
        time += max(1, averageStep * (0.5 + Double(random.int(below: 1000)) / 1000))
        return time
    }

    var today: String {
        CalendarDate.today(time).description
    }

    /// Applies one edit and returns its message.
    mutating func apply(_ edit: Edit, to register: inout Register) -> String {
        let activities = register.activities.indices
        guard !activities.isEmpty else { return "Ingen ändring" }
        let index = random.int(below: activities.count)
        var activity = register.activities[index]
        var message = ""
        switch edit {
        case .retention:
            let rule = random.pick(SwedishText.retentionTexts)
            if activity.retention.isEmpty {
                activity.retention = [RetentionRule(id: "lagring-1", text: rule.text)]
            } else {
                activity.retention[0].text = rule.text
                activity.retention[0].period = rule.amount > 0 ? RetentionPeriod(amount: rule.amount, unit: PeriodUnit(rawValue: rule.unit) ?? .years, startingEvent: rule.event) : nil
            }
            message = "Uppdaterad lagringstid för \(activity.name)"
        case .addCategory:
            let category = random.pick(SwedishText.dataCategories)
            let id = EntityID.slug(category.name)
            if !activity.dataCategories.contains(where: { $0.id == id }) {
                activity.dataCategories.append(DataCategory(id: id, name: category.name, highRisk: category.highRisk ? true : nil))
            }
            message = "Lagt till personuppgiftskategorin \(category.name) i \(activity.name)"
        case .reviewAgreement, .approveSubprocessor:
            guard !register.processors.isEmpty else { return "Ingen ändring" }
            let target = random.int(below: register.processors.count)
            var processor = register.processors[target]
            if edit == .approveSubprocessor, processor.isSubprocessor {
                processor.approval = SubprocessorApproval(status: .approved, date: today, noticeDate: processor.approval?.noticeDate ?? today)
                message = "Underbiträdet \(processor.name) godkänt"
            } else {
                processor.agreement.lastReviewed = today
                let next = CalendarDate.today(time + 365 * 86_400)
                processor.agreement.reviewDue = next.description
                message = "Biträdesavtalet med \(processor.name) granskat"
            }
            register.processors[target] = processor
            return message
        case .linkProcessor:
            if let processor = register.processors.filter({ !$0.isSubprocessor }).dropFirst(random.int(below: 50)).first,
               !activity.processorIds.contains(processor.id) {
                activity.processorIds.append(processor.id)
                message = "Kopplat \(processor.name) till \(activity.name)"
            } else {
                message = "Genomgång av biträden för \(activity.name)"
                activity.notes = "Biträden genomgångna \(today)."
            }
        case .describe:
            activity.description = (activity.description ?? "") + " Förtydligat \(today) efter dialog med verksamheten."
            message = "Förtydligad beskrivning av \(activity.name)"
        case .addActivity:
            guard !heldBack.isEmpty else { return apply(.activityReviewed, to: &register) }
            let added = heldBack.removeFirst()
            register.activities.append(added)
            return "Ny behandling: \(added.name)"
        case .retire:
            activity.status = .retired
            message = "Behandlingen \(activity.name) avslutad"
        case .dpiaDone:
            activity.dpia = DPIA(needed: .yes, status: .done, link: "https://intranat.nordlund.se/dpia/\(activity.id)", date: today)
            message = "Konsekvensbedömning klar för \(activity.name)"
        case .transferAssessed:
            guard !register.transfers.isEmpty else { return "Ingen ändring" }
            let target = random.int(below: register.transfers.count)
            register.transfers[target].transferImpactAssessmentDate = today
            return "Riskbedömning (TIA) för \(register.transfers[target].name) dokumenterad"
        case .activityReviewed:
            activity.lastReviewed = today
            message = "Årlig genomgång av \(activity.name)"
        case .lawfulBasis:
            if !activity.purposes.isEmpty, activity.role != .processor {
                activity.purposes[0].lawfulBasis = random.pick([.contract, .legalObligation, .legitimateInterests])
                activity.purposes[0].legitimateInterest = activity.purposes[0].lawfulBasis == .legitimateInterests
                    ? random.pick(SwedishText.legitimateInterests) : nil
            }
            message = "Rättslig grund ändrad för \(activity.name) efter juridisk bedömning"
        case .addRecipient:
            let recipient = random.pick(SwedishText.recipients)
            if !activity.recipients.contains(recipient) { activity.recipients.append(recipient) }
            message = "Ny mottagare (\(recipient)) för \(activity.name)"
        case .deleteActivity:
            let ref = EntityRef(.activity, activity.id)
            register = RegisterEditing.deleting(ref, in: register)
            return "Behandlingen \(activity.name) borttagen"
        }
        register.activities[index] = activity
        return message
    }

    /// The version's author: mostly the DPO team's two regulars.
    mutating func author() -> String {
        Self.authors[random.chance(0.7) ? random.int(below: 2) : random.int(below: Self.authors.count)]
    }
}
