import Foundation
import XCTest
@testable import RopaArchive

final class ZipWriterTests: XCTestCase {
    func testCRC32MatchesTheStandardCheckValue() {
        // The check value of CRC-32/ISO-HDLC for "123456789".
        XCTAssertEqual(CRC32.checksum(Array("123456789".utf8)), 0xCBF4_3926)
        XCTAssertEqual(CRC32.checksum([UInt8]()), 0)
    }

    func testAnArchiveOfStoredEntriesIsReadByUnzip() throws {
        let unzip = URL(fileURLWithPath: "/usr/bin/python3")
        guard FileManager.default.isExecutableFile(atPath: unzip.path) else {
            throw XCTSkip("python3 is not installed")
        }
        var writer = ZipWriter()
        try writer.addStored("[Content_Types].xml", Array("<Types/>".utf8))
        try writer.addStored("xl/sälj.xml", Array(repeating: 0x41, count: 70_000))
        XCTAssertThrowsError(try writer.addStored("xl/sälj.xml", [])) { error in
            XCTAssertEqual(error as? ZipWriter.Failure, .duplicateName("xl/sälj.xml"))
        }
        let archive = try writer.finish()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.zip")
        try Data(archive).write(to: file)
        let process = Process()
        process.executableURL = unzip
        process.arguments = ["-c", """
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None
            print(";".join(f"{i.filename}={i.file_size}" for i in z.infolist()))
            """, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        process.waitUntilExit()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertEqual(output.trimmingCharacters(in: .whitespacesAndNewlines),
                       "[Content_Types].xml=8;xl/sälj.xml=70000")
    }
}
