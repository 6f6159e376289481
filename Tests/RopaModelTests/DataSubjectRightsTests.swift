import RopaModel
import RopaTestSupport
import XCTest

/// The rights the lawful bases give, worked out with flags, are those of the rule as Art 17(3)(b), 20(1)(a),
/// 21(1), 7(3) and 22(3) state it (written here with sets), for every combination of bases and every
/// Art 22 exception.
final class DataSubjectRightsTests: XCTestCase {
    private func byTheRule(_ bases: Set<LawfulBasis>, _ exception: Article22Exception?, automated: Bool) -> [DataSubjectRight] {
        var rights: Set<DataSubjectRight> = [.access, .rectification, .restriction]
        if !bases.subtracting([.legalObligation, .publicTask]).isEmpty { rights.insert(.erasure) }
        if !bases.isDisjoint(with: [.consent, .contract]) { rights.insert(.portability) }
        if !bases.isDisjoint(with: [.publicTask, .legitimateInterests]) { rights.insert(.objection) }
        if bases.contains(.consent) { rights.insert(.withdrawConsent) }
        if automated, exception == .contract || exception == .explicitConsent { rights.insert(.humanIntervention) }
        return DataSubjectRight.allCases.filter(rights.contains)
    }

    func testEveryCombinationOfBasesGivesTheRightsOfTheRule() {
        let bases = LawfulBasis.allCases
        var activity = Fixtures.cleanRegister().activities[0]
        activity.role = .controller
        activity.rightsAvailable = nil
        for mask in 0..<(1 << bases.count) {
            let chosen = bases.indices.filter { mask & (1 << $0) != 0 }.map { bases[$0] }
            // A purpose without a basis too: it gives no right.
            activity.purposes = chosen.enumerated().map { Purpose(id: "p\($0.offset)", description: "Ändamål", lawfulBasis: $0.element) }
                + [Purpose(id: "utan", description: "Utan grund")]
            for exception in [nil] + Article22Exception.allCases {
                for used in [Answer.yes, .no] {
                    activity.automatedDecisionMaking = AutomatedDecisionMaking(used: used, exception: exception)
                    XCTAssertEqual(DataSubjectRights.derived(activity), byTheRule(Set(chosen), exception, automated: used == .yes),
                                   "\(chosen) \(String(describing: exception)) \(used)")
                }
            }
        }
        activity.role = .processor
        XCTAssertEqual(DataSubjectRights.derived(activity), [])
    }
}
