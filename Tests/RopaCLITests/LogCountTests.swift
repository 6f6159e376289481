import Foundation
import RopaJSON
import XCTest

/// `ropa log -n N`: the newest N versions, as the whole log lists them.
final class LogCountTests: CLITestCase {
    func testMinusNListsTheNewestVersionsAsTheWholeLogDoes() throws {
        let folder = try savedRegister()
        for owner in ["Första", "Andra", "Tredje"] {
            XCTAssertEqual(ropa("set", folder, "kundservice", "owner=\(owner)", "-m", "Ägare \(owner)").code, 0)
        }
        let whole = ropa("log", folder).stdout.split(separator: "\n", omittingEmptySubsequences: false)
        for arguments in [["-n", "2"], ["--max-count", "2"], ["--max-count=2"]] {
            let two = ropa(["log", folder] + arguments)
            XCTAssertEqual(two.code, 0, two.stderr)
            XCTAssertEqual(two.stdout.split(separator: "\n", omittingEmptySubsequences: false), Array(whole.prefix(4)) + [""], "\(arguments)")
        }
        XCTAssertTrue(ropa("log", folder, "-n", "1").stdout.hasPrefix("4  "))
        XCTAssertTrue(ropa("log", folder, "-n", "1").stdout.contains("[head]"))
        let all = try XCTUnwrap(try JSONParser.parse(ropa("log", folder, "--json").stdout).arrayValue)
        let one = try XCTUnwrap(try JSONParser.parse(ropa("log", folder, "-n", "1", "--json").stdout).arrayValue)
        XCTAssertEqual(one, [all[0]])
        XCTAssertEqual(ropa("log", folder, "-n", "99").stdout, ropa("log", folder).stdout)
    }

    func testACountThatIsNoPositiveNumberIsAUsageError() throws {
        let folder = try savedRegister()
        for count in ["0", "-3", "två", ""] {
            let run = ropa("log", folder, "-n", count)
            XCTAssertEqual(run.code, 2, count)
            XCTAssertTrue(run.stderr.contains("-n wants a whole number of versions"), run.stderr)
        }
        let swedish = ropa("log", folder, "-n", "noll", "--lang", "sv")
        XCTAssertTrue(swedish.stderr.contains("-n vill ha ett heltal av versioner"), swedish.stderr)
    }
}
