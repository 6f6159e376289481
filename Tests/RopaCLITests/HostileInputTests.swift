import Foundation
import RopaJSON
import RopaTestSupport
import XCTest

/// Bad and hostile input: a clear message, exit 2, and no file changed.
final class HostileInputTests: CLITestCase {
    private func refused(_ folder: String, contains expected: String, file: StaticString = #filePath, line: UInt = #line) {
        assertUnchanged(folder, file: file, line: line) {
            for command in [["validate", folder], ["set", folder, "kundservice", "owner=x"], ["export", folder, "--format", "json"]] {
                let run = ropa(command)
                XCTAssertEqual(run.code, 2, "\(command): \(run.stdout)", file: file, line: line)
                XCTAssertTrue(run.stderr.contains(expected), "\(command): \(run.stderr)", file: file, line: line)
                XCTAssertFalse(run.stderr.contains("Fatal error"), file: file, line: line)
            }
        }
    }

    private func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    func testTruncatedJSON() throws {
        let folder = try savedRegister()
        let path = "\(folder)/activities/kundservice.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try write(String(text.prefix(text.count / 2)), to: path)
        refused(folder, contains: "activities/kundservice.json:")
    }

    func testInvalidUTF8() throws {
        let folder = try savedRegister()
        var bytes = Array("{\"id\": \"kundservice\", \"name\": \"".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array("\"}".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: "\(folder)/activities/kundservice.json"))
        refused(folder, contains: "invalid UTF-8 byte 0xFF")
    }

    func testWrongTypesAndUnknownFields() throws {
        let folder = try savedRegister()
        try write(#"{"id": "kundservice", "name": "x", "role": "controller", "status": "active", "purposes": "all"}"#, to: "\(folder)/activities/kundservice.json")
        refused(folder, contains: "purposes: expected an array, found string")
        try write(#"{"id": "kundservice", "name": "x", "role": "controller", "status": "active", "secret": 1}"#, to: "\(folder)/activities/kundservice.json")
        refused(folder, contains: "unknown field \"secret\"")
    }

    func testHugeStringIsRefusedBeforeReadingIt() throws {
        let folder = try savedRegister()
        let path = "\(folder)/activities/kundservice.json"
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 0)
        handle.write(Data("{\"id\": \"kundservice\", \"name\": \"".utf8))
        let chunk = Data(repeating: 0x61, count: 1_048_576)
        for _ in 0..<100 { handle.write(chunk) }
        handle.write(Data("\"}".utf8))
        try handle.close()
        refused(folder, contains: "a register file holds at most 16 MB")
    }

    func testDeepNesting() throws {
        let folder = try savedRegister()
        try write("{\"id\": \"kundservice\", \"notes\": " + String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000) + "}",
                  to: "\(folder)/activities/kundservice.json")
        refused(folder, contains: "nesting deeper than")
    }

    func testHostileIDs() throws {
        let folder = try savedRegister()
        try write(#"{"id": "../../etc/passwd", "name": "x"}"#, to: "\(folder)/security-measures/x.json")
        refused(folder, contains: "is not valid: use lower-case letters")
        try FileManager.default.removeItem(atPath: "\(folder)/security-measures/x.json")
        try write("{\"id\": \"a\\u0000b\", \"name\": \"x\"}", to: "\(folder)/security-measures/x.json")
        refused(folder, contains: "is not valid")
        try FileManager.default.removeItem(atPath: "\(folder)/security-measures/x.json")
        assertUnchanged(folder) {
            XCTAssertEqual(ropa("set", folder, "../organisation", "name=x").code, 2)
            XCTAssertEqual(ropa("set", folder, "kundservice/../x", "name=x").code, 2)
        }
    }

    func testUnknownSchemaVersionAndFileWhereAFolderShouldBe() throws {
        let folder = try savedRegister()
        try write(#"{"dueSoonDays": 30, "format": "ropa-register", "reviewIntervalMonths": 12, "schemaVersion": 7}"#, to: "\(folder)/register.json")
        refused(folder, contains: "schema version 7 is newer than this ropa supports")
        let other = try savedRegister()
        try FileManager.default.removeItem(atPath: "\(other)/transfers")
        try write("not a folder", to: "\(other)/transfers")
        refused(other, contains: "transfers: expected a folder, found a file")
    }

    func testTamperedOrMissingHistoryIsReported() throws {
        let folder = try savedRegister()
        XCTAssertEqual(ropa("set", folder, "kundservice", "owner=Ny").code, 0)
        let versions = try FileManager.default.contentsOfDirectory(atPath: "\(folder)/history/versions").sorted()
        let log = try JSONParser.parse(ropa("log", folder, "--json").stdout)
        let first = try XCTUnwrap(log.arrayValue?.last?["hash"]?.stringValue)
        XCTAssertTrue(versions.contains("\(first).json"))
        try FileManager.default.removeItem(atPath: "\(folder)/history/versions/\(first).json")
        let verify = ropa("verify", folder)
        XCTAssertEqual(verify.code, 1)
        XCTAssertTrue(verify.stdout.contains("is missing from the history"), verify.stdout)
        try write("{ broken", to: "\(folder)/history/versions/\(first).json")
        let broken = ropa("log", folder)
        XCTAssertEqual(broken.code, 2)
        XCTAssertTrue(broken.stderr.contains("history/versions/\(first).json:1:3: invalid JSON"), broken.stderr)
    }

    func testFullDiskIsAClearErrorAndTheRegisterStaysWhole() throws {
        let folder = try savedRegister()
        let run = FileIO.$writing.withValue(FailingWrites.failing(with: ENOSPC) { $0.contains("/history/versions/") }) {
            ropa("set", folder, "kundservice", "owner=Ny ägare")
        }
        XCTAssertEqual(run.code, 2)
        XCTAssertTrue(run.stderr.contains("No space left on device"), run.stderr)
        XCTAssertEqual(ropa("verify", folder).code, 0)
        XCTAssertFalse(ropa("show", folder).stdout.contains("Ny ägare"))
    }

    func testNoPermissionToWriteIsAClearError() throws {
        let folder = try savedRegister()
        assertUnchanged(folder) {
            let run = FileIO.$writing.withValue(FailingWrites.failing(with: EACCES) { _ in true }) { ropa("set", folder, "kundservice", "owner=x") }
            XCTAssertEqual(run.code, 2)
            XCTAssertTrue(run.stderr.contains("Permission denied"), run.stderr)
        }
    }
}

import RopaStore
