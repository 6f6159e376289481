import Foundation
import RopaJSON
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

final class RegisterCodecTests: XCTestCase {
    func testEncodeDecodeIsLosslessAndCanonical() throws {
        let register = Fixtures.cleanRegister()
        let files = try RegisterCodec.encode(register)
        XCTAssertEqual(try RegisterCodec.decode(files, folder: "x"), register)
        XCTAssertEqual(try RegisterCodec.encode(try RegisterCodec.decode(files, folder: "x")), files)
        for (path, bytes) in files {
            XCTAssertEqual(bytes.last, 0x0A, path)
            XCTAssertEqual(CanonicalJSON.bytes(try JSONParser.parse(bytes)), bytes, path)
        }
        XCTAssertNotNil(files["activities/kundservice.json"])
        XCTAssertNotNil(files["processors/molnleverantor.json"])
    }

    func testControlCharactersAreStoredExactly() throws {
        var register = Fixtures.cleanRegister()
        register.activities[0].name = "Namn\u{1B}[2J\u{0}\t\"slut\""
        let files = try RegisterCodec.encode(register)
        XCTAssertEqual(try RegisterCodec.decode(files, folder: "x").activities[0].name, register.activities[0].name)
    }

    func testUnknownFieldIsRefusedWithItsPath() throws {
        var files = try RegisterCodec.encode(Fixtures.cleanRegister())
        var value = try JSONParser.parse(try XCTUnwrap(files["activities/kundservice.json"]))
        if case .object(var members) = value {
            members["purposes"] = .array([.object(["id": .string("p"), "description": .string("d"), "colour": .string("red")])])
            value = .object(members)
        }
        files["activities/kundservice.json"] = CanonicalJSON.bytes(value)
        XCTAssertThrowsError(try RegisterCodec.decode(files, folder: "reg")) { error in
            XCTAssertEqual(error as? StoreError, .unknownField(path: "reg/activities/kundservice.json", field: "purposes[0].colour"))
        }
    }

    func testSyntaxErrorNamesFileLineAndColumn() throws {
        var files = try RegisterCodec.encode(Fixtures.cleanRegister())
        files["transfers/overforing-usa.json"] = Array("{\n  \"id\": \"overforing-usa\",\n  oops\n}\n".utf8)
        XCTAssertThrowsError(try RegisterCodec.decode(files, folder: "reg")) { error in
            XCTAssertEqual("\(error)", "reg/transfers/overforing-usa.json:3:3: invalid JSON: expected a quoted key")
        }
    }

    func testIdMustMatchFileName() throws {
        var files = try RegisterCodec.encode(Fixtures.cleanRegister())
        files["activities/annat.json"] = files.removeValue(forKey: "activities/kundservice.json")
        XCTAssertThrowsError(try RegisterCodec.decode(files, folder: "reg")) { error in
            XCTAssertEqual(error as? StoreError, .idMismatch(path: "reg/activities/annat.json", id: "kundservice"))
        }
    }

    func testHostileIdIsRefused() throws {
        var register = Fixtures.cleanRegister()
        register.securityMeasures[0].id = "../x"
        var files = try RegisterCodec.encode(Fixtures.cleanRegister())
        files["security-measures/x.json"] = try RegisterCodec.canonicalBytes(register.securityMeasures[0])
        XCTAssertThrowsError(try RegisterCodec.decode(files, folder: "reg")) { error in
            guard case .invalidID = error as? StoreError else { return XCTFail("\(error)") }
        }
    }

    func testNewerSchemaIsRefusedAndFormatChecked() throws {
        var files = try RegisterCodec.encode(Fixtures.cleanRegister())
        files["register.json"] = Array(#"{"dueSoonDays": 30, "format": "ropa-register", "reviewIntervalMonths": 12, "schemaVersion": 99}"#.utf8)
        XCTAssertThrowsError(try RegisterCodec.decode(files, folder: "reg")) { error in
            XCTAssertEqual(error as? StoreError, .newerSchema(path: "reg/register.json", found: 99, supported: RegisterSettings.currentSchemaVersion))
            XCTAssertTrue("\(error)".contains("upgrade ropa"))
        }
        files["register.json"] = Array(#"{"format": "something-else", "schemaVersion": 1}"#.utf8)
        XCTAssertThrowsError(try RegisterCodec.decode(files, folder: "reg"))
    }

    func testWrongTypeNamesTheField() throws {
        var files = try RegisterCodec.encode(Fixtures.cleanRegister())
        files["activities/kundservice.json"] = Array(#"{"id": "kundservice", "name": 42, "role": "controller", "status": "active"}"#.utf8)
        XCTAssertThrowsError(try RegisterCodec.decode(files, folder: "reg")) { error in
            XCTAssertEqual("\(error)", "reg/activities/kundservice.json: name: expected a string, found number")
        }
    }
}
