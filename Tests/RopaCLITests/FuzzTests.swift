import Foundation
import RopaTestSupport
import XCTest

/// Seeded random damage to the seed registers' files, fed to the loader, the validator and `set`: never a
/// crash or a hang, only exit codes 0, 1 or 2, and a refused `set` leaves every file as it was.
final class FuzzTests: CLITestCase {
    static let cases = 600

    func testMutatedRegistersNeverCrash() throws {
        var generator = SeededGenerator(seed: 0x5EED_2026)
        let seeds = ["ist-group", "ict-workgroup", "intelliplan", "izonen", "jsc-it-partner"]
        var outcomes: [Int32: Int] = [:]
        for index in 0..<Self.cases {
            let seed = seeds[index % seeds.count]
            let folder = try Fixtures.temporaryFolder("ropa-fuzz")
            folders.append(folder)
            let register = folder + "/" + seed
            try FileManager.default.copyItem(atPath: Fixtures.repositoryRoot + "/Data/" + seed, toPath: register)
            let files = try FileManager.default.subpathsOfDirectory(atPath: register).filter { $0.hasSuffix(".json") }.sorted()
            let target = files[Int(generator.next() % UInt64(files.count))]
            let path = register + "/" + target
            var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            let mutation = generator.next() % 7
            mutate(&bytes, kind: mutation, using: &generator)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let context = "case \(index): \(seed)/\(target), mutation \(mutation)"

            for command in [["validate", register], ["show", register, "--json"], ["verify", register]] {
                let run = ropa(command)
                XCTAssertTrue([0, 1, 2].contains(run.code), "\(context): \(command[0]) exited \(run.code)")
                outcomes[run.code, default: 0] += 1
                if run.code == 2 { XCTAssertTrue(run.stderr.hasPrefix("ropa: "), "\(context): \(run.stderr)") }
            }
            let before = Fixtures.snapshot(register)
            let set = ropa("set", register, firstActivityID(files) ?? "organisation", "notes=fuzz \(index)")
            XCTAssertTrue([0, 2].contains(set.code), "\(context): set exited \(set.code)")
            if set.code != 0 {
                XCTAssertEqual(Fixtures.snapshot(register), before, "\(context): a refused set changed files")
            }
            try? FileManager.default.removeItem(atPath: folder)
            folders.removeLast()
        }
        // The mutations must reach both outcomes, or the test proves little.
        XCTAssertGreaterThan(outcomes[2, default: 0], Self.cases / 4, "\(outcomes)")
        XCTAssertGreaterThan(outcomes[0, default: 0] + outcomes[1, default: 0], Self.cases / 10, "\(outcomes)")
    }

    private func firstActivityID(_ files: [String]) -> String? {
        files.first { $0.hasPrefix("activities/") }.map { String($0.dropFirst("activities/".count).dropLast(5)) }
    }

    private func mutate(_ bytes: inout [UInt8], kind: UInt64, using generator: inout SeededGenerator) {
        guard !bytes.isEmpty else { return }
        let position = Int(generator.next() % UInt64(bytes.count))
        switch kind {
        case 0: bytes = Array(bytes.prefix(position))
        case 1:
            for _ in 0..<(1 + generator.next() % 4) {
                let at = Int(generator.next() % UInt64(bytes.count))
                bytes[at] ^= UInt8(truncatingIfNeeded: 1 << (generator.next() % 8))
            }
        case 2: bytes.insert(contentsOf: [0xC3, 0x28, 0xFF], at: position)
        case 3:
            if let colon = bytes[position...].firstIndex(of: UInt8(ascii: ":")) {
                let depth = 300 + Int(generator.next() % 3000)
                bytes.insert(contentsOf: Array(repeating: UInt8(ascii: "["), count: depth) + Array(repeating: UInt8(ascii: "]"), count: depth)
                                + Array(",".utf8), at: colon + 2)
            }
        case 4: bytes.removeAll { $0 == UInt8(ascii: "\"") && generator.next() % 5 == 0 }
        case 5:
            // Swap a value for one of another type.
            if let colon = bytes[position...].firstIndex(of: UInt8(ascii: ":")) {
                bytes.insert(contentsOf: Array(" 12345, \"x\":".utf8), at: colon + 1)
            }
        default:
            bytes.insert(contentsOf: Array("\u{1B}]0;pwned\u{07}\u{202E}".utf8), at: position)
        }
    }
}
