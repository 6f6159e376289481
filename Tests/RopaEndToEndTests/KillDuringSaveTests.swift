import Foundation
import RopaTestSupport
import XCTest

/// Saves killed with SIGKILL at random instants: afterwards the register always opens, `verify` passes,
/// the head is the old or the new version, and the next save works (no stale lock).
final class KillDuringSaveTests: XCTestCase {
    func testHundredsOfKilledSaves() throws {
        guard FileManager.default.isExecutableFile(atPath: TmuxSession.ropaPath) else { throw XCTSkip("the ropa binary is not built") }
        let folder = try Fixtures.temporaryFolder("ropa-kill")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let register = folder + "/ist-group"
        try FileManager.default.copyItem(atPath: Fixtures.repositoryRoot + "/Data/ist-group", toPath: register)
        let ropa = TmuxSession.ropaPath
        // How long one save takes here, to spread the kills over its whole duration.
        let started = Date()
        _ = try spawnAndWait(ropa, ["set", register, "kundservice-och-kontakt", "owner=kalibrering"], environment: [:])
        let saveTime = max(0.005, Date().timeIntervalSince(started))
        var generator = SeededGenerator(seed: 20261123)
        var killed = 0
        var previous = "kalibrering"
        for round in 0..<250 {
            let value = "ägare \(round)"
            let pid = try spawn(ropa, ["set", register, "kundservice-och-kontakt", "owner=\(value)", "-m", "round \(round)"])
            usleep(UInt32(Double.random(in: 0...(saveTime * 1.2), using: &generator) * 1_000_000))
            if kill(pid, SIGKILL) == 0 { killed += 1 }
            var status: Int32 = 0
            waitpid(pid, &status, 0)

            let show = try spawnAndWait(ropa, ["show", register, "--json"], environment: [:])
            XCTAssertEqual(show.code, 0, "round \(round): the register must open: \(show.output)")
            let owner = ownerOfKundservice(show.output)
            XCTAssertTrue(owner == previous || owner == value, "round \(round): owner is \(owner ?? "nil"), expected \(previous) or \(value)")
            let verify = try spawnAndWait(ropa, ["verify", register], environment: [:])
            XCTAssertEqual(verify.code, 0, "round \(round): \(verify.output)")
            if let owner { previous = owner }
            if round % 50 == 49 {
                let next = try spawnAndWait(ropa, ["set", register, "kundservice-och-kontakt", "owner=efter \(round)"], environment: [:])
                XCTAssertEqual(next.code, 0, "round \(round): the next save must work: \(next.output)")
                previous = "efter \(round)"
            }
        }
        XCTAssertGreaterThan(killed, 100, "most saves should have been killed while running")
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: register).filter { $0.contains(".tmp-") || $0.hasSuffix(".ropa-lock") }
        let after = try spawnAndWait(ropa, ["set", register, "kundservice-och-kontakt", "owner=sist"], environment: [:])
        XCTAssertEqual(after.code, 0)
        let swept = try FileManager.default.subpathsOfDirectory(atPath: register).filter { $0.contains(".tmp-") }
        XCTAssertEqual(swept, [], "a save removes temporary files of killed writers (there were \(leftovers.count))")
    }

    /// The owner in `show --json` output; standard error is in the same output, and after a killed save it
    /// holds a note about the pending journal before the document.
    private func ownerOfKundservice(_ output: String) -> String? {
        let json = output.firstIndex(of: "{").map { String(output[$0...]) } ?? output
        guard let data = json.data(using: .utf8),
              let document = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let activities = document["activities"] as? [[String: Any]] else { return nil }
        return activities.first { $0["id"] as? String == "kundservice-och-kontakt" }?["owner"] as? String
    }

    private func spawn(_ path: String, _ arguments: [String]) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { throw NSError(domain: "spawn", code: 1) }
        return pid
    }
}
