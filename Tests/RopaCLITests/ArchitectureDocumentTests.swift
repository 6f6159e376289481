import Foundation
import RopaTestSupport
import XCTest

/// `docs/ARCHITECTURE.md` stays true: every path it names exists, every source folder is in its table, and
/// its list of the files a new activity field touches is the list of files that carry `owner` today.
final class ArchitectureDocumentTests: XCTestCase {
    private var root: String { Fixtures.repositoryRoot }

    private func document() throws -> String {
        try String(contentsOfFile: "\(root)/docs/ARCHITECTURE.md", encoding: .utf8)
    }

    /// Backquoted repository paths: `Sources/…`, `Tests/…`, `Data/…`, `Benchmarks/…`, `docs/…`.
    private func namedPaths(in text: String) -> [String] {
        let pattern = try? NSRegularExpression(pattern: "`((?:Sources|Tests|Data|Benchmarks|docs)/[^`*…]+)`")
        let range = NSRange(text.startIndex..., in: text)
        return pattern?.matches(in: text, range: range).compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } } ?? []
    }

    func testEveryNamedPathExistsAndEverySourceFolderIsNamed() throws {
        let text = try document()
        let paths = namedPaths(in: text)
        XCTAssertGreaterThan(paths.count, 20)
        for path in paths {
            XCTAssertTrue(FileManager.default.fileExists(atPath: "\(root)/\(path)"), "docs/ARCHITECTURE.md names \(path), which does not exist")
        }
        let folders = try FileManager.default.contentsOfDirectory(atPath: "\(root)/Sources").filter { $0.hasPrefix("Ropa") }
        for folder in folders {
            XCTAssertTrue(paths.contains("Sources/\(folder)"), "docs/ARCHITECTURE.md does not describe Sources/\(folder)")
        }
    }

    func testTheFilesANewFieldTouchesAreTheFilesThatCarryOwner() throws {
        let text = try document()
        let start = try XCTUnwrap(text.range(of: "<!-- field-files -->"))
        let end = try XCTUnwrap(text.range(of: "<!-- /field-files -->"))
        let listed = Set(namedPaths(in: String(text[start.upperBound..<end.lowerBound])))
        // The activity's `owner`, as the model, its reader, the forms, exports and import name it.
        let pattern = try NSRegularExpression(pattern: #"\.owner\b|"owner"|\bowner:"#)
        var carrying: Set<String> = []
        for folder in ["Sources", "Data/schema"] {
            let base = "\(root)/\(folder)"
            for file in FileManager.default.enumerator(atPath: base)?.compactMap({ $0 as? String }) ?? []
            where file.hasSuffix(".swift") || file.hasSuffix(".json") {
                let contents = try String(contentsOfFile: "\(base)/\(file)", encoding: .utf8)
                if pattern.firstMatch(in: contents, range: NSRange(contents.startIndex..., in: contents)) != nil {
                    carrying.insert("\(folder)/\(file)")
                }
            }
        }
        XCTAssertEqual(listed.subtracting(carrying).sorted(), [], "listed in docs/ARCHITECTURE.md but no longer carrying owner")
        XCTAssertEqual(carrying.subtracting(listed).sorted(), [], "carrying owner but missing from docs/ARCHITECTURE.md's field list")
    }

    /// The code the document says works on every kind through `ListedEntity` names no kind of its own.
    func testTheStoresPerKindCodeNamesNoKind() throws {
        let generic = ["Sources/RopaStore/Codec/RegisterCodec.swift", "Sources/RopaStore/Codec/EncodingCache.swift",
                       "Sources/RopaStore/Codec/EncodingCache+KnownHashes.swift", "Sources/RopaStore/Codec/ValueRules.swift",
                       "Sources/RopaCLI/Commands/AddCommand.swift", "Sources/RopaStore/Saving/TouchedFileSaves.swift",
                       "Sources/RopaImport/Tables/SheetMerge.swift"]
        let text = try document()
        for path in generic { XCTAssertTrue(text.contains("`\(path)`"), "docs/ARCHITECTURE.md does not name \(path)") }
        for path in generic {
            let contents = try String(contentsOfFile: "\(root)/\(path)", encoding: .utf8)
            for name in ["securityMeasure", "jointController", "SecurityMeasure(", "JointController("] {
                XCTAssertFalse(contents.contains(name), "\(path) names \(name): a new kind of entity would have to change it")
            }
        }
    }
}
