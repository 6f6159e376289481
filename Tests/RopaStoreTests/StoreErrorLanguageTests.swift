import Foundation
import RopaJSON
import RopaModel
@testable import RopaStore
import XCTest

/// Every store error reads in English (`description`, unchanged) and in Swedish (`description(.sv)`).
final class StoreErrorLanguageTests: XCTestCase {
    static let errors: [StoreError] = [
        .notFound(path: "reg"), .notARegister(path: "reg"), .notAFolder(path: "reg"),
        .unreadable(path: "reg/a.json", reason: LocalizedText(.fileTooLarge, "20", "16")),
        .syntax(path: "reg/a.json", error: JSONSyntaxError(.expectedCommaOrBrace, line: 4, column: 3)),
        .invalidContent(path: "reg/register.json", problem: LocalizedText(.problemExpectedObject)),
        .unknownField(path: "reg/a.json", field: "colour"), .idMismatch(path: "reg/a.json", id: "b"),
        .invalidID(path: "reg/a.json", id: "A B"), .newerSchema(path: "reg/register.json", found: 9, supported: 1),
        .locked(path: "reg", holder: LocalizedText(.lockHolder, "anna@dator", "42", "2026-06-01T10:00:00Z")),
        .writeFailed(path: "reg/a.json", reason: LocalizedText(.systemNoSpace)),
        .history(path: "reg/history", problem: LocalizedText(.problemParentCycle)),
        .changedOnDisk(path: "reg", files: ["a.json"]), .unknownVersion("9"), .unknownEntity("x"),
        .invalidEdit(LocalizedText(.editIDNeverChanges)),
        .history(path: "reg/history/packs/ab.pack", problem: LocalizedText(.packNotAPack)),
        .history(path: "reg/history/packs/ab.pack", problem: LocalizedText(.packNewerFormat, "2", "1")),
        .history(path: "reg/history/packs/ab.pack", problem: LocalizedText(.packHeaderDamaged, "4")),
        .history(path: "reg/history/packs/ab.pack", problem: LocalizedText(.problemObjectChanged, "73ab2c9ef744")),
        .history(path: "reg/history/packs/ab.pack", problem: LocalizedText(.packCompressionCheckFailed)),
        .history(path: "reg/history/packs/ab.pack", problem: LocalizedText(.packChunkDamaged, arguments: [.verbatim("3"), LZ4Block.DecodeError.truncated.problem])),
        .history(path: "reg/history/packs/ab.pack", problem: LocalizedText(.packChunkDamaged, arguments: [.verbatim("3"), LZ4Block.DecodeError.offsetOutOfRange(at: 9).problem])),
        .history(path: "reg/history/packs/ab.pack", problem: LocalizedText(.packChunkDamaged, arguments: [.verbatim("3"), LZ4Block.DecodeError.tooLong(expected: 9).problem])),
        .history(path: "reg/history/packs/ab.pack", problem: LocalizedText(.packChunkDamaged, arguments: [.verbatim("3"), LZ4Block.DecodeError.tooShort(decoded: 8, expected: 9).problem])),
    ]

    func testEveryErrorReadsInBothLanguages() {
        for error in Self.errors {
            XCTAssertEqual(error.description, error.description(.en))
            XCTAssertFalse(error.description(.sv).isEmpty)
            XCTAssertNotEqual(error.description(.sv), error.description(.en), "\(error)")
        }
        XCTAssertEqual(StoreError.notFound(path: "/x").description, "/x: no such file or folder")
        XCTAssertEqual(StoreError.notFound(path: "/x").description(.sv), "/x: filen eller mappen finns inte")
        XCTAssertEqual(Self.errors[4].description(.sv), "reg/a.json:4:3: ogiltig JSON: ',' eller '}' väntades i ett objekt")
        XCTAssertEqual(Self.errors[10].description(.sv), "reg: registret redigeras av anna@dator (process 42) sedan 2026-06-01T10:00:00Z")
        XCTAssertEqual(Self.errors[10].description, "reg: the register is being edited by anna@dator pid 42 since 2026-06-01T10:00:00Z")
        XCTAssertEqual(Self.errors[22].description, "reg/history/packs/ab.pack: history: chunk 3 of the pack is damaged: the compressed data ends in the middle of a sequence")
        XCTAssertEqual(Self.errors[22].description(.sv), "reg/history/packs/ab.pack: historik: block 3 i paketet är skadat: den komprimerade datan tar slut mitt i en sekvens")
    }

    /// A system error reads as the system words it in English; the common ones have Swedish words.
    func testSystemErrorsKeepTheSystemsEnglishAndHaveSwedish() {
        for code in [ENOENT, EACCES, EPERM, ENOSPC, EDQUOT, EROFS, EEXIST, ENOTDIR, EISDIR, ENOTEMPTY, EIO, EMFILE, ENAMETOOLONG, ELOOP, EBUSY] {
            let text = FileIO.systemError(code)
            XCTAssertEqual(text.text(.en), String(cString: strerror(code)), "errno \(code)")
            XCTAssertNotEqual(text.text(.sv), text.text(.en), "errno \(code)")
        }
        XCTAssertEqual(FileIO.systemError(EXDEV).text(.sv), String(cString: strerror(EXDEV)), "an uncommon error as the system says it")
    }

    func testTheLockHolderIsWordedFromTheLockFile() throws {
        let folder = NSTemporaryDirectory() + "ropa-lock-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = "\(folder)/\(RegisterLayout.lockFile)"
        try Data("anna@dator pid 42 since 2026-06-01T10:00:00Z\n".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(RegisterLock.holderDescription(path: path).text(.sv), "anna@dator (process 42) sedan 2026-06-01T10:00:00Z")
        try Data("något annat\n".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(RegisterLock.holderDescription(path: path).text(.en), "något annat")
        try Data().write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(RegisterLock.holderDescription(path: path).text(.sv), "en annan process")
    }
}
