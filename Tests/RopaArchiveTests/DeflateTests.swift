import Foundation
import RopaTestSupport
import XCTest
@testable import RopaArchive

/// DEFLATE and CRC-32 checked against python's zlib, the reference every ZIP reader agrees with.
final class DeflateTests: XCTestCase {
    private func python(_ script: String, _ files: [String]) throws -> (status: Int32, output: String) {
        let python = "/usr/bin/python3"
        guard FileManager.default.isExecutableFile(atPath: python) else { throw XCTSkip("python3 is not installed") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script] + files
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Inputs that exercise literals, short and long matches, far distances and the ends of the input.
    static let samples: [[UInt8]] = {
        var generator = SeededGenerator(seed: 1951)
        let random = (0..<70_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let xml = Array(String(repeating: "<w:tr><w:tc><w:p><w:r><w:t>Behandling av personuppgifter – åäö</w:t></w:r></w:p></w:tc></w:tr>", count: 3_000).utf8)
        var far = random.prefix(40_000).map { $0 }
        far += random.prefix(40_000)
        return [[], [65], Array("abc".utf8), Array(repeating: 0, count: 100_000), random, xml, far,
                Array("abcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabc".utf8)]
    }()

    func testCompressedBytesInflateToTheInputWithPythonsZlib() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("deflate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String] = []
        for (number, sample) in Self.samples.enumerated() {
            let raw = folder.appendingPathComponent("\(number).raw")
            let compressed = folder.appendingPathComponent("\(number).deflate")
            try Data(sample).write(to: raw)
            try Data(Deflate.compress(sample)).write(to: compressed)
            files += [raw.path, compressed.path]
        }
        let result = try python("""
            import sys, zlib
            args = sys.argv[1:]
            for raw, packed in zip(args[0::2], args[1::2]):
                data = open(raw, 'rb').read()
                out = zlib.decompress(open(packed, 'rb').read(), -15)
                assert out == data, raw
                print(len(data), len(open(packed, 'rb').read()), zlib.crc32(data))
            """, files)
        XCTAssertEqual(result.status, 0, result.output)
        let lines = result.output.split(separator: "\n")
        XCTAssertEqual(lines.count, Self.samples.count)
        for (line, sample) in zip(lines, Self.samples) {
            let fields = line.split(separator: " ")
            XCTAssertEqual(fields.last.flatMap { UInt32($0) }, CRC32.checksum(sample), "CRC-32 agrees with zlib")
        }
        let xml = Self.samples[5]
        XCTAssertLessThan(Deflate.compress(xml).count * 10, xml.count, "repeated markup shrinks tenfold")
    }

    func testAZipOfDeflatedEntriesIsReadByPythonsZipfile() throws {
        var writer = ZipWriter()
        let xml = Self.samples[5]
        try writer.addDeflated("word/document.xml", data: xml, compressed: Deflate.compress(xml))
        // Written in chunks, a block each, as the DOCX body is.
        var stream = DeflateStream()
        for sample in Self.samples { stream.write(sample) }
        let (compressed, crc, size) = stream.finish()
        let all = Self.samples.flatMap { $0 }
        XCTAssertEqual(crc, CRC32.checksum(all))
        XCTAssertEqual(size, all.count)
        try writer.addDeflated("streamed.bin", compressed: compressed, crc: crc, size: size)
        try writer.addDeflated("empty.xml", data: [], compressed: Deflate.compress([]))
        let archive = try writer.finish()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("deflate-\(UUID().uuidString).zip")
        try Data(archive).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try python("""
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None
            print(";".join(f"{i.filename}={i.file_size}:{i.compress_type}" for i in z.infolist()))
            """, [file.path])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.output.trimmingCharacters(in: .whitespacesAndNewlines),
                       "word/document.xml=\(xml.count):8;streamed.bin=\(all.count):8;empty.xml=0:8")
    }
}
