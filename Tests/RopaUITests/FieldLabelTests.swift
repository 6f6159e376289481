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
