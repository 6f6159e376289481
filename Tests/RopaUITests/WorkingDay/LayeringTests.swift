import Foundation
import XCTest

/// The UI core depends on the model alone (issue 14, Design): its files import nothing of the store or
/// the exporters and touch no file, so that every key can be tested without a disk. The I/O is in
/// `RopaUIDriver`.
final class LayeringTests: XCTestCase {
    private static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/RopaUI")

    func testTheUICoreImportsTheModelAlone() throws {
        let files = try XCTUnwrap(FileManager.default.enumerator(atPath: Self.sources.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        XCTAssertGreaterThan(files.count, 20)
        for file in files {
            let text = try String(contentsOf: Self.sources.appendingPathComponent(file), encoding: .utf8)
            let imports = text.split(separator: "\n").filter { $0.hasPrefix("import ") }.map { String($0.dropFirst(7)) }
            XCTAssertTrue(Set(imports).isSubset(of: ["RopaModel", "RopaJSON", "Foundation", "Glibc", "Darwin"]), "\(file) imports \(imports)")
            for io in ["FileManager", "FileIO", "fopen(", "contentsOfFile", "RegisterStore"] {
                XCTAssertFalse(text.contains(io), "\(file) does I/O (\(io)): that belongs in RopaUIDriver")
            }
        }
    }
}
