import Foundation
import RopaArchive
import RopaTestSupport
import XCTest

/// Inflate against what zlib writes (stored, fixed and dynamic blocks), the reader against ropa's own
/// archives and python's, and both against hostile input: an error, never a crash or a runaway.
final class ZipReaderTests: XCTestCase {
    /// Raw DEFLATE of `text` by python's zlib with the given level and strategy.
    func zlibDeflate(_ data: [UInt8], level: Int, strategy: String) throws -> [UInt8] {
        guard SpreadsheetTools.path("python3") != nil else { throw XCTSkip("python3 is not installed") }
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("ropa-inflate-\(UUID().uuidString)")
        try Data(data).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let script = """
        import sys, zlib
        data = open(sys.argv[1], "rb").read()
        c = zlib.compressobj(\(level), zlib.DEFLATED, -15, 9, zlib.\(strategy))
        print((c.compress(data) + c.flush()).hex())
        """
        let run = try SpreadsheetTools.python(script, arguments: [input.path])
        XCTAssertEqual(run.status, 0, run.errors)
        let text = run.output.trimmingCharacters(in: .whitespacesAndNewlines)
        var bytes: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 2)
            bytes.append(UInt8(text[index..<next], radix: 16) ?? 0)
            index = next
        }
        return bytes
    }

    var sample: [UInt8] {
        var text = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Behandling åäö</t></is></c></row>\n"
        for number in 0..<400 { text += "<row r=\"\(number)\"><c><v>\(number * 7919 % 1000)</v></c><c><is><t>Kundtjänst \(number % 13)</t></is></c></row>\n" }
        return Array(text.utf8)
    }

    func testInflateReadsStoredFixedAndDynamicBlocks() throws {
        let data = sample
        for (level, strategy) in [(0, "Z_DEFAULT_STRATEGY"), (6, "Z_FIXED"), (9, "Z_DEFAULT_STRATEGY"), (1, "Z_HUFFMAN_ONLY"), (6, "Z_RLE")] {
            let compressed = try zlibDeflate(data, level: level, strategy: strategy)
            XCTAssertEqual(try Inflate.inflate(compressed, limit: data.count), data, "\(level) \(strategy)")
        }
        XCTAssertEqual(try Inflate.inflate(try zlibDeflate([], level: 6, strategy: "Z_DEFAULT_STRATEGY"), limit: 0), [])
    }

    func testInflateRefusesWhatIsWrong() throws {
        let data = sample
        let compressed = try zlibDeflate(data, level: 9, strategy: "Z_DEFAULT_STRATEGY")
        XCTAssertThrowsError(try Inflate.inflate(Array(compressed.prefix(compressed.count / 2)), limit: data.count)) { error in
            XCTAssertEqual(error as? Inflate.Failure, .truncated)
        }
        XCTAssertThrowsError(try Inflate.inflate(compressed, limit: data.count - 1)) { error in
            XCTAssertEqual(error as? Inflate.Failure, .tooLarge(limit: data.count - 1))
        }
        XCTAssertThrowsError(try Inflate.inflate([0x07], limit: 10))   // block type 3
        XCTAssertThrowsError(try Inflate.inflate([0x01, 0x05, 0x00, 0x00, 0x00], limit: 10))   // stored length check fails
        // A fixed block whose first code is a back-reference: there is nothing to copy yet.
        XCTAssertThrowsError(try Inflate.inflate([0x03, 0x02], limit: 100))
        // A bomb: a megabyte of zeros, refused at the limit the entry declares.
        let zeros = try zlibDeflate([UInt8](repeating: 0, count: 1 << 20), level: 9, strategy: "Z_DEFAULT_STRATEGY")
        XCTAssertThrowsError(try Inflate.inflate(zeros, limit: 4096))
        // Random bytes: errors only.
        var generator = SeededGenerator(seed: 17)
        for _ in 0..<2000 {
            let length = Int.random(in: 0..<64, using: &generator)
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = try? Inflate.inflate(bytes, limit: 1 << 16)
        }
    }

    func testTheReaderReadsRopasAndPythonsArchives() throws {
        var writer = ZipWriter()
        try writer.addStored("a.xml", Array("<a/>".utf8))
        try writer.addStored("xl/worksheets/sheet1.xml", sample)
        let archive = try ZipReader(try writer.finish())
        XCTAssertEqual(archive.entries.map(\.name), ["a.xml", "xl/worksheets/sheet1.xml"])
        XCTAssertEqual(try archive.data("xl/worksheets/sheet1.xml"), sample)
        XCTAssertNil(try archive.data("missing"))

        guard SpreadsheetTools.path("python3") != nil else { throw XCTSkip("python3 is not installed") }
        let folder = try Fixtures.temporaryFolder("ropa-zip")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = "\(folder)/python.zip"
        let run = try SpreadsheetTools.python("""
        import sys, zipfile
        with zipfile.ZipFile(sys.argv[1], "w") as z:
            z.writestr("deflated.xml", sys.argv[2], compress_type=zipfile.ZIP_DEFLATED)
            z.writestr("stored.xml", "stored", compress_type=zipfile.ZIP_STORED)
            z.comment = b"a comment at the end"
        """, arguments: [path, String(decoding: sample, as: UTF8.self)])
        XCTAssertEqual(run.status, 0, run.errors)
        let python = try ZipReader(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        XCTAssertEqual(try python.data("deflated.xml"), sample)
        XCTAssertEqual(try python.data("stored.xml"), Array("stored".utf8))
        XCTAssertEqual(python.entries.first?.method, 8)
    }

    func testTheReaderRefusesHostileArchives() throws {
        var writer = ZipWriter()
        try writer.addStored("a.xml", Array("hello".utf8))
        let good = try writer.finish()
        XCTAssertThrowsError(try ZipReader(Array("not a zip at all, but long enough to look".utf8))) { XCTAssertEqual($0 as? ZipReader.Failure, .notAnArchive) }
        XCTAssertThrowsError(try ZipReader([]))

        // A changed byte of the data: the CRC says so.
        var damaged = good
        damaged[30 + 5] ^= 0xFF
        XCTAssertThrowsError(try ZipReader(damaged).data("a.xml")) { XCTAssertEqual($0 as? ZipReader.Failure, .checksum(name: "a.xml")) }

        // The central directory claims a size far beyond what DEFLATE can give: refused before reading.
        var bomb = good
        let directory = good.count - 22 - 46 - 5
        bomb[directory + 10] = 8                                          // method: deflate
        bomb[directory + 24] = 0; bomb[directory + 25] = 0; bomb[directory + 26] = 0x40; bomb[directory + 27] = 0   // 4 MiB
        XCTAssertThrowsError(try ZipReader(bomb)) { XCTAssertEqual($0 as? ZipReader.Failure, .tooLarge(name: "a.xml")) }

        var encrypted = good
        encrypted[directory + 8] |= 1
        XCTAssertThrowsError(try ZipReader(encrypted)) { XCTAssertEqual($0 as? ZipReader.Failure, .unsupported(.encryption(of: "a.xml"))) }

        var offsetOutside = good
        offsetOutside[directory + 42] = 0xFF; offsetOutside[directory + 43] = 0xFF
        XCTAssertThrowsError(try ZipReader(offsetOutside))

        // Every truncation and every single changed byte: an error or the right data, never a crash.
        for length in 0..<good.count { _ = try? ZipReader(Array(good.prefix(length))).data("a.xml") }
        for index in good.indices {
            var changed = good
            changed[index] ^= 0xA5
            if let data = try? ZipReader(changed).data("a.xml") { XCTAssertEqual(data, Array("hello".utf8)) }
        }
    }
}
