import Foundation
import RopaJSON
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// Entity files are decoded on every core a folder at a time: the lists keep the files' path order, every
/// entity is the one its file holds, and the file named in an error is the first bad one in path order,
/// whichever folder it is in.
final class RegisterDecodingOrderTests: XCTestCase {
    /// The clean register with enough activities and processors that each folder is decoded on every core.
    private func largeRegister() -> Register {
        var register = Fixtures.cleanRegister()
        let activity = register.activities[0], processor = register.processors[0]
        for number in 0..<300 {
            var copy = activity
            copy.id = "aktivitet-\(number)"
            copy.name = "Aktivitet \(number)"
            register.activities.append(copy)
        }
        for number in 0..<120 {
            var copy = processor
            copy.id = "leverantor-\(number)"
            copy.name = "Leverantör \(number)"
            register.processors.append(copy)
        }
        return register
    }

    private func inPathOrder(_ folder: String, _ ids: [String]) -> [String] {
        ids.map { "\(folder)/\($0).json" }.sorted().map { String($0.dropFirst(folder.count + 1).dropLast(5)) }
    }

    func testListsKeepThePathOrderAndEachEntityIsItsFiles() throws {
        let register = largeRegister()
        let files = try RegisterCodec.encode(register)
        let decoded = try RegisterCodec.decode(files, folder: "reg")
        XCTAssertEqual(decoded.activities.map(\.id), inPathOrder("activities", register.activities.map(\.id)))
        XCTAssertEqual(decoded.processors.map(\.id), inPathOrder("processors", register.processors.map(\.id)))
        let activities = Dictionary(uniqueKeysWithValues: register.activities.map { ($0.id, $0) })
        for activity in decoded.activities { XCTAssertEqual(activity, activities[activity.id]) }
        let processors = Dictionary(uniqueKeysWithValues: register.processors.map { ($0.id, $0) })
        for processor in decoded.processors { XCTAssertEqual(processor, processors[processor.id]) }
        XCTAssertEqual(decoded.transfers, register.transfers)
        XCTAssertEqual(decoded.jointControllers, register.jointControllers)
        XCTAssertEqual(decoded.securityMeasures, register.securityMeasures)
        XCTAssertEqual(try RegisterCodec.encode(decoded), files)
    }

    func testTheFirstBadFileInPathOrderIsNamed() throws {
        var files = try RegisterCodec.encode(largeRegister())
        // Bad files in several folders and chunks; "aktivitet-250" comes before "aktivitet-40" by path.
        files["activities/aktivitet-40.json"] = Array("{\n  oops\n}\n".utf8)
        files["activities/aktivitet-250.json"] = Array("{\n  \"id\": 1\n}\n".utf8)
        files["processors/leverantor-3.json"] = Array("[]\n".utf8)
        files["transfers/overforing-usa.json"] = Array("{\n".utf8)
        func named() -> String {
            do {
                _ = try RegisterCodec.decode(files, folder: "reg")
                return "no error"
            } catch {
                return "\(error)"
            }
        }
        XCTAssertTrue(named().hasPrefix("reg/activities/aktivitet-250.json"), named())
        files.removeValue(forKey: "activities/aktivitet-250.json")
        XCTAssertTrue(named().hasPrefix("reg/activities/aktivitet-40.json"), named())
        files.removeValue(forKey: "activities/aktivitet-40.json")
        XCTAssertTrue(named().hasPrefix("reg/processors/leverantor-3.json"), named())
        files.removeValue(forKey: "processors/leverantor-3.json")
        XCTAssertTrue(named().hasPrefix("reg/transfers/overforing-usa.json"), named())
    }
}
