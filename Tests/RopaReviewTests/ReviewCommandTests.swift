import Foundation
import RopaExport
import RopaJSON
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// `ropa review`: exit codes, text, JSON, Markdown, mark-reviewed, and refusals that change nothing.
final class ReviewCommandTests: ReviewTestCase {
    func testHelpListsReview() {
        XCTAssertTrue(ropa("--help").stdout.contains("  review "))
        let help = ropa("help", "review")
        XCTAssertEqual(help.code, 0)
        XCTAssertTrue(help.stdout.contains("Usage: ropa review PATH"))
        XCTAssertTrue(help.stdout.contains("--mark-reviewed ID"))
    }

    func testCleanRegisterExitsZero() throws {
        let folder = try savedRegister()
        let run = ropa("review", folder, "--as-of", "2026-06-01")
        XCTAssertEqual(run.code, 0, run.stderr)
        XCTAssertEqual(run.stdout, "Processor agreement review · Exempel AB · as of 2026-06-01\nNo processor agreement needs attention.\n")
        XCTAssertEqual(ropa("review", folder, "--as-of", "2026-06-01", "--json").stdout, "[]\n")
        let markdown = ropa("review", folder, "--as-of", "2026-06-01", "--format", "markdown")
        XCTAssertEqual(markdown.code, 0)
        XCTAssertTrue(markdown.stdout.contains("No processor agreement needs attention."))
    }

    func testTextCitesTheArticleOfEveryReason() throws {
        let folder = try savedRegister(clean { $0.processors[0].agreement.clauses["d"] = ClauseCheck(status: .missing) })
        let run = ropa("review", folder, "--as-of", "2026-06-01")
        XCTAssertEqual(run.code, 1)
        XCTAssertTrue(run.stdout.contains("1. Ärendesystem AB (arendesystem) · gaps in the agreement"), run.stdout)
        XCTAssertTrue(run.stdout.contains("   clause-missing [Art 28(3)(d)]: the agreement lacks clause (d)"), run.stdout)

        let seed = ropa("review", Fixtures.repositoryRoot + "/Data/izonen", "--as-of", "2026-06-01")
        XCTAssertEqual(seed.code, 1)
        let reasonLines = seed.stdout.split(separator: "\n").filter { $0.hasPrefix("   ") && !$0.hasPrefix("     ") }
        XCTAssertGreaterThan(reasonLines.count, 8)
        for line in reasonLines { XCTAssertTrue(line.contains(" [Art "), String(line)) }
        XCTAssertTrue(seed.stdout.contains("clauses-not-checked [Art 28(3)]: none of the Art 28(3) items and clauses"), seed.stdout)
        XCTAssertTrue(seed.stdout.contains("8 processors need attention"), seed.stdout)
    }

    func testAsOfMakesTheOutputDeterministic() throws {
        let folder = try savedRegister()    // review due 2026-09-01
        let soon = ropa("review", folder, "--as-of", "2026-08-15")
        XCTAssertEqual(soon.code, 1)
        XCTAssertTrue(soon.stdout.contains("review-due-soon [Art 28(1), Art 24(1)]: the review is due on 2026-09-01, in 17 days"), soon.stdout)
        XCTAssertEqual(ropa("review", folder, "--as-of", "2026-08-15").stdout, soon.stdout)
        let late = ropa("review", folder, "--as-of", "2026-09-02")
        XCTAssertEqual(late.code, 1)
        XCTAssertTrue(late.stdout.contains("review-overdue [Art 28(1), Art 24(1)]: the review was due on 2026-09-01, 1 day ago"), late.stdout)
    }

    func testJSONParsesWithTheDocumentedKeys() throws {
        let run = ropa("review", Fixtures.repositoryRoot + "/Data/izonen", "--as-of", "2026-06-01", "--json")
        XCTAssertEqual(run.code, 1)
        let items = try XCTUnwrap(try JSONParser.parse(run.stdout).arrayValue)
        XCTAssertEqual(items.count, 8)
        XCTAssertEqual(run.stdout, ropa("review", Fixtures.repositoryRoot + "/Data/izonen", "--as-of", "2026-06-01", "--format", "json").stdout)
        let codes = Set(ReviewReason.Code.allCases.map(\.rawValue))
        for item in items {
            for key in ["id", "name", "parent", "urgency", "reasons", "depth", "chain", "position"] { XCTAssertNotNil(item[key], key) }
            XCTAssertEqual(item["parent"], .null)
            for reason in item["reasons"]?.arrayValue ?? [] {
                for key in ["code", "article", "message", "action"] { XCTAssertNotNil(reason[key]?.stringValue, key) }
                XCTAssertTrue(codes.contains(reason["code"]?.stringValue ?? ""))
                XCTAssertTrue(reason["article"]?.stringValue?.hasPrefix("Art ") == true)
            }
        }
        XCTAssertEqual(items.first?["urgency"], .string("overdue"))
        XCTAssertEqual(items.first?["position"], .int(1))

        let folder = try savedRegister(clean { $0.processors[1].approval = nil })
        let sub = try XCTUnwrap(try JSONParser.parse(ropa("review", folder, "--as-of", "2026-06-01", "--json").stdout).arrayValue?.first)
        XCTAssertEqual(sub["id"], .string("molnleverantor"))
        XCTAssertEqual(sub["parent"], .string("arendesystem"))
        XCTAssertEqual(sub["chain"], .array([.string("arendesystem")]))
        XCTAssertEqual(sub["reasons"]?.arrayValue?.first?["code"], .string("subprocessor-not-approved"))
        XCTAssertEqual(sub["reasons"]?.arrayValue?.first?["article"], .string("Art 28(2)"))
    }

    func testMarkdownReportKeepsItsTablesWhateverTheNames() throws {
        let hostile = "Evil | Co *bold* _it_ `code` <b>x</b> \\ back\nslash\u{1B}[2J [link](x) ~~s~~ &amp;"
        let register = clean { register in
            register.organisation.name = "Org | \(hostile)"
            register.processors[0].name = hostile
            register.processors[0].agreement.clauses["c"] = ClauseCheck(status: .partial, note: "note | with\npipe", location: "§ 3 | x")
            register.processors[1].name = "Sub | \(hostile)"
            register.processors[1].approval = nil
        }
        let folder = try savedRegister(register)
        let run = ropa("review", folder, "--as-of", "2026-06-01", "--format", "markdown")
        XCTAssertEqual(run.code, 1, run.stderr)
        let report = run.stdout
        XCTAssertTrue(report.hasPrefix("# Processor agreement review: Org \\| Evil \\| Co \\*bold\\*"), report)
        XCTAssertTrue(report.contains("As of 2026-06-01."))
        XCTAssertTrue(report.contains("## Summary") && report.contains("## Queue") && report.contains("## 1. "))
        XCTAssertTrue(report.contains("| Total | 2 |"))
        XCTAssertFalse(report.unicodeScalars.contains { $0.value == 0x1B }, "no raw escape character")
        XCTAssertFalse(report.contains("<b>"))

        let tables = Self.tables(report)
        XCTAssertEqual(tables.count, 4, "summary, queue, one per processor")
        for table in tables {
            let counts = table.map(Self.cellCount)
            XCTAssertEqual(Set(counts).count, 1, "rows of unequal width: \(table)")
        }
        XCTAssertEqual(tables[1].count, 4, "header, separator and two processors")
        XCTAssertEqual(Self.cellCount(tables[1][0]), 6)
    }

    func testMarkdownEscaping() {
        XCTAssertEqual(ReviewMarkdownReport.escape("a|b*c_d`e<f>g\\h[i]j&k~l"), "a\\|b\\*c\\_d\\`e\\<f\\>g\\\\h\\[i\\]j\\&k\\~l")
        XCTAssertEqual(ReviewMarkdownReport.escape("one\ntwo\r\nthree\rfour"), "one two three four")
        XCTAssertEqual(ReviewMarkdownReport.escape("x\u{1B}y\u{202E}"), "x␛y\\<U+202E\\>")
        XCTAssertEqual(ReviewMarkdownReport.escape("Ärendesystem AB – § 7.2"), "Ärendesystem AB – § 7.2")
    }

    func testTextOutputEscapesHostileNames() throws {
        let folder = try savedRegister(clean { register in
            register.processors[0].name = "Evil\u{1B}[2J\u{202E}AB"
            register.processors[0].agreement.status = .missing
        })
        let run = ropa("review", folder, "--as-of", "2026-06-01")
        XCTAssertEqual(run.code, 1)
        XCTAssertFalse(run.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E }, run.stdout)
        XCTAssertTrue(run.stdout.contains("Evil␛[2J<U+202E>AB"), run.stdout)
    }

    func testMarkReviewedRecordsOneVersionWithItsDiff() throws {
        let folder = try savedRegister(clean { $0.processors[0].agreement.reviewDue = "2026-05-01" })
        XCTAssertEqual(ropa("review", folder, "--as-of", "2026-06-01").code, 1)

        let mark = ropa("review", folder, "--mark-reviewed", "arendesystem", "--as-of", "2026-06-01")
        XCTAssertEqual(mark.code, 0, mark.stderr)
        XCTAssertTrue(mark.stdout.hasPrefix("Saved version 2 ("), mark.stdout)
        XCTAssertTrue(mark.stdout.contains("Reviewed agreement with Ärendesystem AB"))
        XCTAssertTrue(mark.stdout.contains("next review due 2027-06-01"))

        let log = try XCTUnwrap(try JSONParser.parse(ropa("log", folder, "--json").stdout).arrayValue)
        XCTAssertEqual(log.count, 2)
        XCTAssertEqual(log.first?["message"], .string("Reviewed agreement with Ärendesystem AB"))
        XCTAssertEqual(log.first?["author"], .string("Test DPO"))

        let changes = try XCTUnwrap(try JSONParser.parse(ropa("diff", folder, "--json").stdout).arrayValue)
        XCTAssertEqual(changes.map { $0["field"]?.stringValue ?? "" }, ["agreement.lastReviewed", "agreement.reviewDue"])
        XCTAssertEqual(changes.map { $0["id"] }, [.string("arendesystem"), .string("arendesystem")])
        XCTAssertEqual(changes.map { $0["new"] }, [.string("2026-06-01"), .string("2027-06-01")])
        XCTAssertEqual(changes.map { $0["old"] }, [.string("2025-09-01"), .string("2026-05-01")])
        let diff = ropa("diff", folder).stdout
        XCTAssertTrue(diff.contains("agreement.reviewDue: '2026-05-01' → '2027-06-01'"), diff)

        XCTAssertEqual(ropa("review", folder, "--as-of", "2026-06-01").code, 0)
        XCTAssertEqual(ropa("verify", folder).code, 0)

        let again = ropa("review", folder, "--mark-reviewed", "arendesystem", "--as-of", "2026-06-01")
        XCTAssertEqual(again.code, 0)
        XCTAssertTrue(again.stdout.hasPrefix("No change"), again.stdout)
        XCTAssertEqual(try JSONParser.parse(ropa("log", folder, "--json").stdout).arrayValue?.count, 2)

        let custom = ropa("review", folder, "--mark-reviewed", "molnleverantor", "--as-of", "2026-06-02", "-m", "Granskat PUB-avtal")
        XCTAssertEqual(custom.code, 0, custom.stderr)
        XCTAssertTrue(custom.stdout.contains("Saved version 3"))
        XCTAssertEqual(try JSONParser.parse(ropa("log", folder, "--json").stdout).arrayValue?.first?["message"], .string("Granskat PUB-avtal"))
    }

    func testMarkReviewedOnACopiedSeed() throws {
        let folder = try seedCopy("izonen")
        let mark = ropa("review", folder, "--mark-reviewed", "cityweb", "--as-of", "2026-06-01")
        XCTAssertEqual(mark.code, 0, mark.stderr)
        let item = try XCTUnwrap(try JSONParser.parse(ropa("review", folder, "--as-of", "2026-06-01", "--json").stdout).arrayValue?
            .first { $0["id"] == .string("cityweb") })
        let codes = item["reasons"]?.arrayValue?.compactMap { $0["code"]?.stringValue } ?? []
        XCTAssertFalse(codes.contains("review-not-scheduled"), "\(codes)")
        XCTAssertTrue(codes.contains("clauses-not-checked"), "\(codes)")
        XCTAssertEqual(item["reviewDue"], .string("2027-06-01"))
    }

    func testBadUsageIsExitTwoAndChangesNothing() throws {
        let folder = try savedRegister()
        assertUnchanged(folder) {
            let refused: [[String]] = [
                ["review"],
                ["review", folder, "--as-of", "2026-02-30"],
                ["review", folder, "--format", "csv"],
                ["review", folder, "--json", "--format", "markdown"],
                ["review", folder, "extra"],
                ["review", folder, "--colour"],
                ["review", folder, "-m", "no mark"],
                ["review", folder, "--mark-reviewed"],
                ["review", folder, "--mark-reviewed", "nope"],
                ["review", folder, "--mark-reviewed", "arendesystem", "--json"],
                ["review", folder, "--mark-reviewed", "arendesystem", "--format", "markdown"],
                ["review", folder, "--mark-reviewed", "arendesystem", "--as-of", "tomorrow"],
                ["review", "/nonexistent/register"],
            ]
            for arguments in refused {
                let run = ropa(arguments)
                XCTAssertEqual(run.code, 2, "\(arguments): \(run.stdout)")
                XCTAssertTrue(run.stderr.hasPrefix("ropa: "), "\(arguments): \(run.stderr)")
                XCTAssertEqual(run.stdout, "", "\(arguments)")
            }
        }
        XCTAssertTrue(ropa("review", folder, "--mark-reviewed", "nope").stderr.contains("no processor with the id 'nope'"))
    }

    func testMarkReviewedWaitsForNoOneHoldingTheLock() throws {
        let folder = try savedRegister()
        let lock = try RegisterLock.acquire(folder: folder)
        defer { lock.release() }
        assertUnchanged(folder) {
            let run = ropa("review", folder, "--mark-reviewed", "arendesystem")
            XCTAssertEqual(run.code, 2)
            XCTAssertTrue(run.stderr.contains("being edited by"), run.stderr)
        }
    }

    // MARK: Markdown helpers

    /// Runs of consecutive lines that start with "|".
    static func tables(_ text: String) -> [[String]] {
        var tables: [[String]] = []
        var current: [String] = []
        for line in text.components(separatedBy: "\n") {
            if line.hasPrefix("|") {
                current.append(line)
            } else if !current.isEmpty {
                tables.append(current)
                current = []
            }
        }
        if !current.isEmpty { tables.append(current) }
        return tables
    }

    /// The number of cells in a table row: pipes not escaped by a backslash, minus the outer pair.
    static func cellCount(_ row: String) -> Int {
        var pipes = 0
        var escaped = false
        for character in row {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                pipes += 1
            }
        }
        return pipes - 1
    }
}
