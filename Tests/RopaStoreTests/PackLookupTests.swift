import RopaHash
import RopaModel
@testable import RopaStore
import RopaTestSupport
import XCTest

/// A pack's objects are found by their hash kept as bytes: each object of a pack of thousands reads as the
/// bytes packed, in the header's order, and headers that lie (a hash twice, upper-case or short hashes, cut
/// anywhere) are refused as before.
final class PackLookupTests: XCTestCase {
    private func objects(_ count: Int, seed: UInt64) -> [(hash: String, bytes: [UInt8])] {
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { index in
            let bytes = Array("{\n  \"id\": \"aktivitet-\(index)\",\n  \"name\": \"Aktivitet \(random.next() % 1_000_000)\"\n}\n".utf8)
            return (SHA256.hex(bytes), bytes)
        }
    }

    func testEveryObjectOfAPackOfThousandsReadsAsPacked() throws {
        let packed = objects(3_000, seed: 7)
        let pack = try PackFile(bytes: try PackWriter.encode(packed, path: "p"), path: "p")
        XCTAssertEqual(pack.count, 3_000)
        XCTAssertEqual(pack.order, packed.map(\.hash))
        XCTAssertGreaterThan(pack.chunks.count, 1)
        for (hash, bytes) in packed {
            XCTAssertEqual(try pack.object(hash), bytes)
            let entry = try XCTUnwrap(pack.entry(hash))
            XCTAssertEqual(PackFile.slice(of: try pack.decodedChunk(entry.chunk), entry), bytes)
        }
        let absent = SHA256.hex(Array("not packed".utf8))
        for hash in [absent, packed[0].hash.uppercased(), String(packed[0].hash.dropLast()), packed[0].hash + "0", "", "zz"] {
            XCTAssertNil(pack.entry(hash), hash)
            XCTAssertNil(try pack.object(hash), hash)
        }
    }

    func testTheHashAsBytesSpellsItself() throws {
        var random = SeededGenerator(seed: 12)
        for _ in 0..<500 {
            let hash = SHA256.hex((0..<8).map { _ in UInt8(truncatingIfNeeded: random.next()) })
            XCTAssertEqual(ObjectKey(hex: hash)?.hex, hash)
        }
        XCTAssertEqual(ObjectKey(hex: String(repeating: "0", count: 64))?.hex, String(repeating: "0", count: 64))
        XCTAssertEqual(ObjectKey(hex: String(repeating: "f", count: 64))?.hex, String(repeating: "f", count: 64))
        // Every byte value at every place of a hash: only the 16 lower-case digits read, and as themselves.
        let hash = Array(SHA256.hex(Array("one".utf8)).utf8)
        for place in 0..<64 {
            for value in UInt8.min...UInt8.max {
                var changed = hash
                changed[place] = value
                let isDigit = (48...57).contains(value) || (97...102).contains(value)
                let key = changed.withUnsafeBufferPointer { ObjectKey(hex: $0) }
                XCTAssertEqual(key?.hex, isDigit ? String(decoding: changed, as: UTF8.self) : nil, "byte \(value) at \(place)")
            }
        }
        for bad in [String(repeating: "F", count: 64), String(repeating: "g", count: 64), String(repeating: "0", count: 63) + "/",
                    String(repeating: "0", count: 65), String(repeating: "0", count: 63) + ":"] {
            XCTAssertNil(ObjectKey(hex: bad), bad)
        }
    }

    /// Headers that lie about their objects: refused with the header's line, never read.
    func testLyingHeadersAreRefused() throws {
        let packed = objects(40, seed: 9)
        let bytes = try PackWriter.encode(packed, path: "p")
        let text = String(decoding: bytes, as: UTF8.self)
        func refused(_ damaged: [UInt8], _ why: String, file: StaticString = #filePath, line: UInt = #line) {
            XCTAssertThrowsError(try PackFile(bytes: damaged, path: "p"), why, file: file, line: line) { error in
                let said = (error as? StoreError)?.description(.en) ?? "\(error)"
                XCTAssertTrue(said.contains("the pack's header is damaged at line") || said.contains("not a ropa pack"), said, file: file, line: line)
            }
        }
        // The second object's line names the first's hash: a hash twice.
        refused(Array(text.replacingOccurrences(of: packed[1].hash, with: packed[0].hash).utf8), "a hash twice")
        refused(Array(text.replacingOccurrences(of: packed[5].hash, with: packed[5].hash.uppercased()).utf8), "upper case")
        refused(Array(text.replacingOccurrences(of: packed[5].hash, with: String(packed[5].hash.dropLast())).utf8), "short hash")
        refused(Array(text.replacingOccurrences(of: packed[5].hash + " ", with: packed[5].hash + "0 ").utf8), "long hash")
        let headerEnd = try XCTUnwrap(text.range(of: "data\n")).upperBound.utf16Offset(in: text)
        for cut in 0..<headerEnd { refused(Array(bytes.prefix(cut)), "cut at \(cut)") }
        XCTAssertEqual(try PackFile(bytes: bytes, path: "p").count, 40)
    }
}
