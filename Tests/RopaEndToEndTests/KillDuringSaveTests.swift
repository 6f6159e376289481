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
        // How long one save takes here, to spread the kills over its whole duration. The first save hashes
        // every file (no stat cache yet) and is slower than the rest, so the fastest of the next three counts.
        var saveTimes: [TimeInterval] = []
        for calibration in 0..<4 {
            let started = Date()
            _ = try spawnAndWait(ropa, ["set", register, "kundservice-och-kontakt", "owner=kalibrering \(calibration)"], environment: [:])
            if calibration > 0 { saveTimes.append(Date().timeIntervalSince(started)) }
        }
        let saveTime = max(0.005, saveTimes.min() ?? 0)
        // Saves in the loop also finish the journals of killed ones, and the machine's load changes during the
        // run: a save that finished before its kill narrows the window, a killed one widens it, so about four
        // kills in five land mid-save and the rest show the window reaches past the save's end.
        var window = 1.2
        var generator = SeededGenerator(seed: 20261123)
        var killed = 0
        var previous = "kalibrering 3"
        for round in 0..<250 {
            let value = "ägare \(round)"
            let save = try Program.start(ropa, ["set", register, "kundservice-och-kontakt", "owner=\(value)", "-m", "round \(round)"])
            usleep(UInt32(Double.random(in: 0...(saveTime * window), using: &generator) * 1_000_000))
            kill(save.pid, SIGKILL)
            // A save that had finished (exited, not yet reaped) also takes kill() without an error: only
            // its exit status says whether the kill ended it.
            if save.wait() == .signalled(SIGKILL) {
                killed += 1
                window = min(4, window * 1.05)
            } else {
                window = max(0.1, window * 0.8)
            }

            let show = try Program.run(ropa, ["show", register, "--json"], environment: [:])
            XCTAssertEqual(show.status, 0, "round \(round): the register must open: \(show.combined)")
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
        XCTAssertGreaterThan(killed, 100, "most saves should have been killed while running (\(killed) of 250)")
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: register).filter { $0.contains(".tmp-") || $0.hasSuffix(".ropa-lock") }
        let after = try spawnAndWait(ropa, ["set", register, "kundservice-och-kontakt", "owner=sist"], environment: [:])
        XCTAssertEqual(after.code, 0)
        let swept = try FileManager.default.subpathsOfDirectory(atPath: register).filter { $0.contains(".tmp-") }
        XCTAssertEqual(swept, [], "a save removes temporary files of killed writers (there were \(leftovers.count))")
    }

    /// The owner in `show --json` output (after a killed save, standard error notes the pending journal).
    private func ownerOfKundservice(_ output: String) -> String? {
        guard let data = output.data(using: .utf8),
              let document = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let activities = document["activities"] as? [[String: Any]] else { return nil }
        return activities.first { $0["id"] as? String == "kundservice-och-kontakt" }?["owner"] as? String
    }
}
