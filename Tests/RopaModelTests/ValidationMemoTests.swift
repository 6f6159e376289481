import RopaModel
import RopaTestSupport
import XCTest

/// The UI validates an edit of one activity by checking that activity again and reusing the rest: on a
/// generated register, after every one of many random edits, the findings are those of validating the
/// whole register again.
final class ValidationMemoTests: XCTestCase {
    /// A register of `activities` activities over `processors` processors, some of whose agreements have
    /// ended (their findings depend on whether an activity still uses them), with gaps the rules find.
    private func generatedRegister(activities: Int, processors: Int, random: inout SeededGenerator) -> Register {
        var register = Fixtures.cleanRegister()
        let template = register.processors[0]
        let statuses: [AgreementStatus] = [.signed, .expired, .terminated, .missing, .signed]
        for number in 0..<processors {
            var processor = template
            processor.id = "bitrade-\(number)"
            processor.name = "Biträde \(number)"
            processor.agreement.status = statuses[number % statuses.count]
            register.processors.append(processor)
        }
        let base = register.activities[0]
        register.activities = (0..<activities).map { number in
            var activity = base
            activity.id = "behandling-\(number)"
            activity.name = "Behandling \(number)"
            activity.processorIds = (0..<Int.random(in: 0...3, using: &random)).map { _ in "bitrade-\(Int.random(in: 0..<processors, using: &random))" }
            if number % 7 == 0 { activity.owner = nil }
            if number % 11 == 0 { activity.status = .retired }
            return activity
        }
        register.jointControllers[0].activityIds = ["behandling-0"]
        return register
    }

    /// One random change to an activity, of the kinds a form makes.
    private func edit(_ activity: inout Activity, processors: Int, random: inout SeededGenerator) {
        switch Int.random(in: 0..<8, using: &random) {
        case 0: activity.name = "Ändrad \(Int.random(in: 0..<1_000, using: &random))"
        case 1: activity.processorIds = [] // may leave a processor whose agreement ended unused
        case 2: activity.processorIds.append("bitrade-\(Int.random(in: 0..<processors, using: &random))")
        case 3: activity.status = activity.status == .retired ? .active : .retired
        case 4: activity.processorIds.append("finns-inte")
        case 5: activity.retention[0].text = "Så länge det behövs"
        case 6: activity.recipients = ["inga"]
        default: activity.owner = activity.owner == nil ? "Ägare" : nil
        }
    }

    func testEveryEditGivesTheFindingsOfAFullValidation() {
        var random = SeededGenerator(seed: 2026)
        let processors = 25
        var register = generatedRegister(activities: 250, processors: processors, random: &random)
        let memo = ValidationMemo()
        XCTAssertEqual(Validator(register: register, asOf: Fixtures.asOf).findings(memo: memo),
                       Validator(register: register, asOf: Fixtures.asOf).findings())
        var followedEdit = 0
        for _ in 0..<120 {
            let index = Int.random(in: 0..<register.activities.count, using: &random)
            edit(&register.activities[index], processors: processors, random: &random)
            let kept = Validator(register: register, asOf: Fixtures.asOf).findings(memo: memo, editedActivity: index)
            XCTAssertEqual(kept, Validator(register: register, asOf: Fixtures.asOf).findings(), "after editing activity \(index)")
            if memo.lastValidationFollowedEdit { followedEdit += 1 }
        }
        // Nearly every edit is checked on its own; the others validated the register again.
        XCTAssertGreaterThan(followedEdit, 80)
    }
}
