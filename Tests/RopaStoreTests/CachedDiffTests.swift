import Foundation
import RopaJSON
import RopaModel
@testable import RopaStore
import RopaTestSupport
import XCTest

/// `ropa diff` through `.ropa-history` reads the records of the versions compared and of those between,
/// and for the files that differ the records back to where each was last written, and shows exactly what
/// a diff reading the whole history shows; where that does not answer, the whole history is read.
final class CachedDiffTests: SavedRegisterTestCase {
    private let time = Date(timeIntervalSince1970: 1_900_000_000)

    private func history() throws -> String {
        let folder = try saved(time: time)
        for (minute, text) in ["owner=Ett", "owner=Två", "name=Kundtjänst", "owner=Ett", "description=Ny text"].enumerated() {
            _ = try RegisterStore(folder: folder, deferringHistory: true)
                .set([try FieldAssignment.parse(text)], ofEntity: "kundservice", message: text, author: "A", time: time + Double(minute + 1) * 60)
        }
        XCTAssertNotNil(HistoryIndex.current(folder: folder))
        return folder
    }

    private func assertSame(_ cached: VersionDiff?, _ whole: VersionDiff?, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(cached?.from, whole?.from, message, file: file, line: line)
        XCTAssertEqual(cached?.to, whole?.to, message, file: file, line: line)
        XCTAssertEqual(cached?.before, whole?.before, message, file: file, line: line)
        XCTAssertEqual(cached?.after, whole?.after, message, file: file, line: line)
    }

    func testADiffThroughTheIndexShowsWhatTheWholeHistoryShows() throws {
        let folder = try history()
        let whole = try RegisterStore(folder: folder).history
        let hash = whole.versions[3].hash
        for (from, to) in [(nil, nil), ("5", "6"), ("1", "6"), ("2", "4"), (nil, "1"), (nil, "3"), (String(hash.prefix(6)), nil)] as [(String?, String?)] {
            let cached = try XCTUnwrap(try VersionDiff.throughIndex(folder: folder, from: from, to: to), "\(from ?? "-") \(to ?? "-")")
            assertSame(cached, try VersionDiff.reading(whole, from: from, to: to), "\(from ?? "-") \(to ?? "-")")
            XCTAssertFalse(cached.before.isEmpty && cached.after.isEmpty, "\(from ?? "-") \(to ?? "-")")
        }
        // Not along first parents (a diff backwards), or past its limit: no answer, the whole history is read.
        XCTAssertNil(try VersionDiff.throughIndex(folder: folder, from: "6", to: "2"))
        XCTAssertNil(try VersionDiff.throughIndex(folder: folder, from: "1", to: "6", limit: 3))
        // A reference no version answers to is refused as the whole history refuses it.
        for reference in ["99", "abcdef12"] {
            let cached = Result { try VersionDiff.throughIndex(folder: folder, from: reference, to: nil) }
            let read = Result { try VersionDiff.reading(whole, from: reference, to: nil) }
            guard case .failure(let cachedError) = cached, case .failure(let wholeError) = read else { return XCTFail(reference) }
            XCTAssertEqual(cachedError as? StoreError, wholeError as? StoreError, reference)
        }
    }

    /// A restore packs nothing: the object it wrote is found in the pack of the version that wrote it first.
    func testADiffOfARestoreFindsTheObjectWhereItWasFirstWritten() throws {
        let folder = try history()
        _ = try RegisterStore(folder: folder).restore("3", message: nil, author: "A", time: time + 600)
        _ = try History.newest(1, folder: folder)
        let whole = try RegisterStore(folder: folder).history
        let cached = try XCTUnwrap(try VersionDiff.throughIndex(folder: folder, from: nil, to: nil))
        assertSame(cached, try VersionDiff.reading(whole, from: nil, to: nil), "the restore")
        XCTAssertEqual(cached.to.record.message, "Restore version 3")
    }

    /// The point: a record older than what the diff needs is not read (one changed in place shows it), and
    /// a damaged index answers for nothing.
    func testADiffOfTheLastTwoVersionsReadsNoOlderRecordAndADamagedIndexNone() throws {
        let folder = try history()
        let whole = try RegisterStore(folder: folder).history
        let expected = try VersionDiff.reading(whole, from: nil, to: nil)
        try withTheFirstRecordChanged(in: folder) {
            assertSame(try VersionDiff.throughIndex(folder: folder, from: nil, to: nil), expected, "the last two versions")
            XCTAssertNil(try VersionDiff.throughIndex(folder: folder, from: nil, to: "1"), "the first record is needed, and refused")
        }
        try Data("ropa-history 1 skräp\n".utf8).write(to: URL(fileURLWithPath: "\(folder)/\(RegisterLayout.historyIndexFile)"))
        XCTAssertNil(try VersionDiff.throughIndex(folder: folder, from: nil, to: nil))
    }
}
