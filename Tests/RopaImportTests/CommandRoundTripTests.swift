import Foundation
import RopaCLI
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// The round trip a DPO makes with the commands: `ropa export` a register's activities to CSV, `ropa init` a
/// new register, give it the entities the activities refer to, and `ropa import` the CSV into it.
final class CommandRoundTripTests: XCTestCase {
    var folders: [String] = []

    override func tearDown() {
        for folder in folders { try? FileManager.default.removeItem(atPath: folder) }
        folders = []
    }

    struct Run {
        let code: Int32
        let stdout: String
        let stderr: String
    }

    func ropa(_ arguments: String...) -> Run {
        let out = BufferOutput(), err = BufferOutput()
        let context = CommandContext(stdout: out, stderr: err, environment: ["ROPA_AUTHOR": "Test DPO"])
        let code = RopaCommandLine.run(arguments, context: context)
        return Run(code: code, stdout: out.text, stderr: err.text)
    }

    func testExportInitImportGivesTheSameActivities() throws {
        let manager = FileManager.default
        for name in ImportFixtures.seeds {
            for (language, delimiter) in [("en", ","), ("sv", ";")] {
                let work = try Fixtures.temporaryFolder("ropa-roundtrip")
                folders.append(work)
                let seedPath = "\(Fixtures.repositoryRoot)/Data/\(name)"
                let csv = "\(work)/\(name).csv"
                let export = ropa("export", seedPath, "--format", "csv", "--lang", language, "--delimiter", delimiter, "--bom", "--output", csv)
                XCTAssertEqual(export.code, 0, export.stderr)

                let path = "\(work)/register"
                XCTAssertEqual(ropa("init", path, "--name", name).code, 0)
                // The organisation, processors, transfers, joint controllers and security measures the rows refer to.
                try manager.removeItem(atPath: "\(path)/organisation.json")
                try manager.copyItem(atPath: "\(seedPath)/organisation.json", toPath: "\(path)/organisation.json")
                for folder in ["processors", "transfers", "joint-controllers", "security-measures"] where manager.fileExists(atPath: "\(seedPath)/\(folder)") {
                    try manager.copyItem(atPath: "\(seedPath)/\(folder)", toPath: "\(path)/\(folder)")
                }
                XCTAssertEqual(ropa("commit", path, "-m", "The seed's entities").code, 0)

                let imported = ropa("import", path, "--from", "csv", csv)
                XCTAssertEqual(imported.code, 0, "\(name) \(language): \(imported.stderr)")
                XCTAssertTrue(imported.stdout.contains("Saved version 3"), imported.stdout)

                let seed = try ImportFixtures.seed(name)
                let result = try RegisterStore(folder: path).load()
                XCTAssertEqual(Set(result.activities.map(\.id)), Set(seed.activities.map(\.id)), name)
                for original in seed.activities {
                    guard let activity = result.activity(original.id) else { continue }
                    let expected = CarriedFields(original, in: seed), actual = CarriedFields(activity, in: result)
                    XCTAssertEqual(actual, expected, "\(name) \(language): \(expected.differences(from: actual).joined(separator: "; "))")
                }
                XCTAssertEqual(ropa("verify", path).code, 0)
                // The validator finds in the activities what it found in the seed's: the import lost nothing it checks,
                // but for structured retention periods, which the spreadsheet does not carry.
                func findings(_ register: Register) -> [String] {
                    Validator(register: register, asOf: Fixtures.asOf).findings()
                        .filter { $0.kind == .activity && $0.code != .contradictoryRetention }
                        .map { "\($0.code) \($0.entityID)" }.sorted()
                }
                // As sets: a purpose whose text holds a ";" comes back as two, each with the finding.
                XCTAssertEqual(Set(findings(result)), Set(findings(seed)), "\(name) \(language)")
            }
        }
    }
}
