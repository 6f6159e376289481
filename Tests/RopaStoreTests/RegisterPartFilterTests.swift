import RopaModel
@testable import RopaStore
import RopaTestSupport
import XCTest

/// The paths a partial edit reads are matched without making each path's id: every path, well named or
/// not, is in the part exactly when `RegisterPart.includes` says so.
final class RegisterPartFilterTests: XCTestCase {
    func testThePathFilterAnswersAsIncludes() {
        let ids = ["ropa-1", "nyhetsbrev", "x", "a-b-c", "0"]
        var paths = [RegisterLayout.settingsFile, RegisterLayout.organisationFile, RegisterLayout.countriesFile, "", "/", "README.md",
                     "activities", "activities/", "activities/.json", "activities/json", "activities/a/b.json", "activities/x.JSON",
                     "activities/x.json/", "activities//x.json", "Activities/x.json", "history/x.json", "activities/x.json.json",
                     "activities/-x.json", "activities/Nyhetsbrev.json", "activities/nyhetsbrëv.json", "activities/x y.json",
                     "reference/countries.json", "organisation.json/x.json", String(repeating: "a", count: 121)]
        for kind in EntityKind.allCases {
            guard let folder = kind.folder else { continue }
            for id in ids + ["other", "ropa-10", "x-", "Bad", "-x", "a.b", "ö", String(repeating: "z", count: 120), String(repeating: "z", count: 121)] {
                paths += ["\(folder)/\(id).json", "\(folder)/\(id)", "\(folder)/\(id).json.tmp", "\(folder)/sub/\(id).json"]
            }
        }
        let wholeChoices: [Set<EntityKind>] = [[], [.processor], Set(EntityKind.allCases).subtracting([.organisation, .activity]), Set(EntityKind.allCases)]
        let idChoices: [Set<String>] = [[], ["ropa-1"], Set(ids), ["Bad", "a/b", "x.json", "-x", "", "ö"], Set(ids + ["other"])]
        var included = 0
        for whole in wholeChoices {
            for chosen in idChoices {
                let part = RegisterPart(wholeKinds: whole, ids: chosen)
                let filter = part.pathFilter()
                for path in paths {
                    XCTAssertEqual(filter.includes(path), part.includes(path), "\(path) in \(whole) + \(chosen)")
                    if part.includes(path) { included += 1 }
                }
            }
        }
        XCTAssertGreaterThan(included, 100, "the cases include paths")
    }
}
