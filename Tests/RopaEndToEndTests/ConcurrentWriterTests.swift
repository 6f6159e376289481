import Foundation
import RopaTestSupport
import Synchronization
import XCTest

/// Two `ropa set` processes started at once, a hundred times: each takes the lock before reading the history,
/// so every one that succeeds is one more version on a single line, never a fork; the other is refused.
final class ConcurrentWriterTests: XCTestCase {
    func testConcurrentSetsNeverForkTheHistory() throws {
        guard FileManager.default.isExecutableFile(atPath: TmuxSession.ropaPath) else { throw XCTSkip("the ropa binary is not built") }
        let folder = try Fixtures.temporaryFolder("ropa-pairs")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let register = folder + "/ist-group"
        try FileManager.default.copyItem(atPath: Fixtures.repositoryRoot + "/Data/ist-group", toPath: register)
        let ropa = TmuxSession.ropaPath
        var successes = 0
        for round in 0..<100 {
            let results = Results()
            let group = DispatchGroup()
            for side in 0..<2 {
                group.enter()
                DispatchQueue.global().async {
                    let result = (try? spawnAndWait(ropa, ["set", register, "kundservice-och-kontakt", "owner=\(round)-\(side)"], environment: [:]))
                        ?? (-1, "could not start")
                    results.add(result)
                    group.leave()
                }
            }
            group.wait()
            for result in results.all {
                XCTAssertTrue(result.code == 0 || (result.code == 2 && result.output.contains("being edited by")),
                              "round \(round): \(result.code) \(result.output)")
                if result.code == 0 { successes += 1 }
            }
        }
        let log = try spawnAndWait(ropa, ["log", register, "--json"], environment: [:])
        let versions = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(log.output.utf8)) as? [[String: Any]])
        // The seed ships two versions: its transcription and the legal review's corrections.
        XCTAssertEqual(versions.count, 2 + successes, "every success is one version")
        let parents = versions.compactMap { $0["parents"] as? [String] }
        XCTAssertEqual(parents.filter { $0.count > 1 }.count, 0, "no merges")
        var children: [String: Int] = [:]
        for list in parents { for parent in list { children[parent, default: 0] += 1 } }
        XCTAssertTrue(children.values.allSatisfy { $0 == 1 }, "no version has two children: the history is one line")
        XCTAssertEqual(try spawnAndWait(ropa, ["verify", register], environment: [:]).code, 0)
    }
}

/// The results of processes run side by side.
private final class Results: Sendable {
    private let results = Mutex<[(code: Int32, output: String)]>([])

    func add(_ result: (code: Int32, output: String)) {
        results.withLock { $0.append(result) }
    }

    var all: [(code: Int32, output: String)] {
        results.withLock { $0 }
    }
}
