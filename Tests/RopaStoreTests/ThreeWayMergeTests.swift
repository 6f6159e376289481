import Foundation
import RopaJSON
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// The field-wise three-way merge the git driver and verify use.
final class ThreeWayMergeTests: XCTestCase {
    private func json(_ text: String) throws -> JSONValue { try JSONParser.parse(text) }

    private func merge(_ base: String?, _ mine: String?, _ theirs: String?) throws -> ThreeWayMerge.Result {
        ThreeWayMerge.merge(base: try base.map(json), mine: try mine.map(json), theirs: try theirs.map(json))
    }

    func testDifferentFieldsNeverConflict() throws {
        let result = try merge(#"{"id":"a","name":"A","owner":"x"}"#, #"{"id":"a","name":"B","owner":"x"}"#, #"{"id":"a","name":"A","owner":"y"}"#)
        XCTAssertEqual(result.conflicts, [])
        XCTAssertEqual(result.value, try json(#"{"id":"a","name":"B","owner":"y"}"#))
    }

    func testTheSameFieldChangedDifferentlyIsAConflictInItsPlace() throws {
        let result = try merge(#"{"id":"a","purposes":[{"id":"p","lawfulBasis":"consent"}]}"#,
                               #"{"id":"a","purposes":[{"id":"p","lawfulBasis":"contract"}]}"#,
                               #"{"id":"a","purposes":[{"id":"p","lawfulBasis":"legalObligation"}]}"#)
        XCTAssertEqual(result.conflicts.map(\.field), ["purposes[p].lawfulBasis"])
        XCTAssertEqual(result.conflicts.first?.mine, .string("contract"))
        XCTAssertEqual(result.conflicts.first?.theirs, .string("legalObligation"))
        let merged = try XCTUnwrap(result.value)
        XCTAssertEqual(RegisterConflicts.find(in: merged).map(\.field), ["purposes[p].lawfulBasis"], "the marker reads back")
        let settled = RegisterConflicts.resolving(merged) { _ in .theirs }
        XCTAssertEqual(settled, try json(#"{"id":"a","purposes":[{"id":"p","lawfulBasis":"legalObligation"}]}"#))
    }

    func testListsByIdKeepWhatEachSideAddedAndRemoved() throws {
        let result = try merge(#"{"l":[{"id":"a"},{"id":"b"}]}"#, #"{"l":[{"id":"a"},{"id":"b"},{"id":"c"}]}"#, #"{"l":[{"id":"b"},{"id":"d"}]}"#)
        XCTAssertEqual(result.conflicts, [])
        XCTAssertEqual(result.value, try json(#"{"l":[{"id":"b"},{"id":"c"},{"id":"d"}]}"#))
    }

    func testAnElementRemovedOnOneSideAndChangedOnTheOtherIsAConflict() throws {
        let result = try merge(#"{"l":[{"id":"a","x":1}]}"#, #"{"l":[]}"#, #"{"l":[{"id":"a","x":2}]}"#)
        XCTAssertEqual(result.conflicts.map(\.field), ["l[a]"])
        XCTAssertNil(result.conflicts.first?.mine)
        let kept = RegisterConflicts.resolving(try XCTUnwrap(result.value)) { _ in .mine }
        XCTAssertEqual(kept, try json(#"{"l":[]}"#))
    }

    func testListsOfPlainValuesMergeAsSets() throws {
        let result = try merge(#"{"s":["a","b"]}"#, #"{"s":["a","b","c"]}"#, #"{"s":["b","d"]}"#)
        XCTAssertEqual(result.value, try json(#"{"s":["b","c","d"]}"#))
    }

    func testBothAddingTheSameFileMergesEqualFieldsAndConflictsOnTheRest() throws {
        let result = try merge(nil, #"{"id":"a","name":"A","owner":"x"}"#, #"{"id":"a","name":"A","owner":"y"}"#)
        XCTAssertEqual(result.conflicts.map(\.field), ["owner"])
        XCTAssertNil(result.conflicts.first?.base)
    }

    func testFileMergeGivesAnUnchangedSideItsBytesAndRefusesWhatIsNotJSON() throws {
        let base = Array("{}\n".utf8), mine = Array("{ \"a\": 1 }".utf8)
        XCTAssertEqual(try FileMerge.merge(base: base, mine: mine, theirs: base, path: "x.json").bytes, mine)
        XCTAssertThrowsError(try FileMerge.merge(base: base, mine: Array("{".utf8), theirs: Array("[]".utf8), path: "x.json"))
        let canonical = try FileMerge.merge(base: base, mine: Array(#"{"a":1}"#.utf8), theirs: Array(#"{"b":2}"#.utf8), path: "x.json")
        XCTAssertEqual(canonical.bytes, CanonicalJSON.bytes(try json(#"{"a":1,"b":2}"#)))
    }
}

/// Version numbers are generations: a number once printed names the same version after any merge.
final class GenerationNumberingTests: SavedRegisterTestCase {
    func testTwoBranchesBothHaveAVersionTwoNamedWithTheirHashes() throws {
        let folder = try saved()
        let copy = try Fixtures.temporaryFolder("ropa-branch")
        folders.append(copy)
        try FileManager.default.removeItem(atPath: copy)
        try FileManager.default.copyItem(atPath: folder, toPath: copy)
        func edit(_ folder: String, _ owner: String) throws -> Version {
            let store = try RegisterStore(folder: folder)
            var register = try store.load()
            register.activities[0].owner = owner
            return try XCTUnwrap(try store.save(register, message: owner, author: "A")).version
        }
        let mine = try edit(folder, "Alice"), theirs = try edit(copy, "Bob")
        XCTAssertEqual([mine.number, theirs.number], [2, 2])
        XCTAssertEqual(mine.label, "2")
        // Bring the other branch's history in, as git does.
        let versions = "\(copy)/\(RegisterLayout.versionsFolder)", packs = "\(copy)/\(RegisterLayout.packsFolder)"
        for (from, to) in [(versions, RegisterLayout.versionsFolder), (packs, RegisterLayout.packsFolder)] {
            for name in try FileManager.default.contentsOfDirectory(atPath: from) where !FileManager.default.fileExists(atPath: "\(folder)/\(to)/\(name)") {
                try FileManager.default.copyItem(atPath: "\(from)/\(name)", toPath: "\(folder)/\(to)/\(name)")
            }
        }
        let history = try History(folder: folder)
        XCTAssertEqual(history.version(mine.hash)?.number, 2)
        XCTAssertEqual(history.version(theirs.hash)?.number, 2)
        let label = try XCTUnwrap(history.version(mine.hash)?.label)
        XCTAssertTrue(label.hasPrefix("2·") && mine.hash.hasPrefix(String(label.dropFirst(2))), label)
        XCTAssertEqual(try history.resolve(label), mine.hash)
        XCTAssertEqual(try history.resolve("2." + theirs.hash.prefix(6)), theirs.hash)
        XCTAssertThrowsError(try history.resolve("2")) { error in
            guard case StoreError.ambiguousVersion(_, let candidates)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(candidates.count, 2)
        }
        XCTAssertEqual(history.mergeBase(mine.hash, theirs.hash), history.ordered.first)
    }
}
