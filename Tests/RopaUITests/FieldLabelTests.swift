import RopaExport
import RopaModel
import RopaTestSupport
@testable import RopaUI
import XCTest

/// A field is called the same in the form, the detail view, the tables, the exports and the import: every
/// label comes from the one catalogue, `RegisterField`.
final class FieldLabelTests: XCTestCase {
    private func labels(_ specs: [FieldSpec]) -> [BilingualLabel] {
        specs.flatMap { spec -> [BilingualLabel] in
            switch spec {
            case .group(_, let label, let inner), .list(_, let label, _, let inner, _), .keyed(_, let label, _, let inner):
                return [label] + labels(inner)
            default:
                return [spec.label]
            }
        }
    }

    func testEveryFormLabelComesFromTheCatalogue() {
        let catalogue = Set(RegisterField.allCases.map { "\($0.label.en)|\($0.label.sv)" })
        for kind in EntityKind.allCases {
            for label in labels(EntityForms.fields(for: kind)) {
                XCTAssertTrue(catalogue.contains("\(label.en)|\(label.sv)"), "\(kind): \(label.en) / \(label.sv) is not in RegisterField")
            }
        }
    }

    func testTheOwnerIsCalledTheSameInTheFormAndTheExport() throws {
        let owner = try XCTUnwrap(EntityForms.fields(for: .activity).first { $0.key == "owner" })
        XCTAssertEqual(owner.label.sv, RegisterField.owner.text(.sv))
        XCTAssertEqual(owner.label.en, RegisterField.owner.text(.en))
    }

    func testEveryCatalogueLabelIsSwedishAndEnglishAndUnique() {
        var seen: [String: RegisterField] = [:]
        for field in RegisterField.allCases {
            XCTAssertFalse(field.label.en.isEmpty, field.rawValue)
            XCTAssertFalse(field.label.sv.isEmpty, field.rawValue)
            if let earlier = seen[field.label.en + "|" + field.label.sv] {
                XCTFail("\(field.rawValue) and \(earlier.rawValue) share a label")
            }
            seen[field.label.en + "|" + field.label.sv] = field
        }
    }
}

/// The fields the exports and the import take from `ActivityCatalogue` can be edited in the form, so that a
/// field added to the catalogue is not exported without a way to fill it in.
final class CatalogueFormTests: XCTestCase {
    private func keys(_ specs: [FieldSpec], prefix: String = "") -> Set<String> {
        var found = Set<String>()
        for spec in specs {
            found.insert(prefix + spec.key)
            switch spec {
            case .group(let key, _, let inner), .list(let key, _, _, let inner, _), .keyed(let key, _, _, let inner):
                found.formUnion(keys(inner, prefix: prefix + key + "."))
            default:
                break
            }
        }
        return found
    }

    func testEveryCatalogueFieldHasAPlaceInTheForm() {
        let form = keys(EntityForms.fields(for: .activity))
        let paths: [RegisterField: String] = [
            .department: "department", .vulnerableDataSubjects: "vulnerableDataSubjects", .article10Basis: "article10Basis",
            .identityNumberJustification: "identityNumberJustification", .statutoryProvision: "purposes.statutoryProvision",
            .rightsAvailable: "rightsAvailable", .consentRecords: "consentRecords",
            .legitimateInterestsAssessment: "legitimateInterestsAssessment", .systems: "systems", .storageLocation: "storageLocation",
            .retentionPolicy: "retentionPolicy", .retentionTrigger: "retention.period.startingEvent", .retentionPeriods: "retention.period",
            .article22Exception: "automatedDecisionMaking.exception", .dpiaCriteria: "dpia.criteria", .dpiaIMYListItems: "dpia.imyListItems",
            .dpiaNotNeededReason: "dpia.notNeededReason",
        ]
        for entry in ActivityCatalogue.fields.map(\.field) {
            guard let path = paths[entry] else { return XCTFail("\(entry) has no form path in this test") }
            XCTAssertTrue(form.contains(path), "\(entry): \(path) is not in the activity form")
        }
        XCTAssertTrue(keys(EntityForms.fields(for: .organisation)).contains("breachLog"))
    }

    func testTheOutlineShowsTheRightsTheBasesGive() {
        let register = Fixtures.cleanRegister()
        let lines = CompactDetail.activity(register.activities[0], register: register, language: .sv).map(\.0)
        XCTAssertTrue(lines.contains("De registrerades rättigheter: Tillgång; Rättelse; Radering; Begränsning; Invändning"), "\(lines)")
    }
}
