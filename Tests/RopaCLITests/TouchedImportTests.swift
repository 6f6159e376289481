import Foundation
import RopaCLI
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// An import of rows that name their activities by ID reads only those activities and what rows can refer
/// to, and saves through the touched-file path; it must give exactly what the import over the whole
/// register gives. The whole-register import is taken by adding a sheet of another table without rows
/// (a partial plan only covers activities tables), which changes nothing in the plan.
final class TouchedImportTests: CLITestCase {
    /// The clean register with `count` more activities, of generated owners and descriptions, saved at `time`.
    func generatedRegister(count: Int = 40, time: Date = Date()) throws -> String {
        var register = Fixtures.cleanRegister()
        var random = SeededGenerator(seed: 16)
        let owners = ["Ekonomichef", "HR-chef", "Kundservicechef", "IT-chef", "Rektor"]
        guard let model = register.activities.first else { throw XCTSkip("the clean register has no activity") }
        for number in 1...count {
            var activity = model
            activity.id = String(format: "behandling-%02d", number)
            activity.name = String(format: "Behandling %02d", number)
            activity.owner = owners[Int(random.next() % UInt64(owners.count))]
            activity.description = "Genererad beskrivning \(random.next() % 1000)"
            register.activities.append(activity)
        }
        let folder = try Fixtures.savedRegister(register, time: time)
        folders.append(folder)
        return folder
    }

    func copy(_ folder: String) throws -> String {
        let copy = try Fixtures.temporaryFolder("ropa-touched-import")
        try FileManager.default.removeItem(atPath: copy)
        try FileManager.default.copyItem(atPath: folder, toPath: copy)
        folders.append(copy)
        return copy
    }

    /// The export's lines (tab-separated, no line breaks in cells).
    func exportedLines(_ register: String) throws -> [String] {
        let run = ropa("export", register, "--format", "csv", "--delimiter", "tab")
        XCTAssertEqual(run.code, 0, run.stderr)
        return run.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    /// The line of `id` with the cell of `column` replaced.
    func row(_ lines: [String], id: String, _ column: String, _ value: String) throws -> String {
        let header = lines[0].components(separatedBy: "\t")
        let position = try XCTUnwrap(header.firstIndex(of: column), column)
        var cells = try XCTUnwrap(lines.first { $0.hasPrefix("\(id)\t") }, id).components(separatedBy: "\t")
        XCTAssertEqual(cells.count, header.count)
        cells[position] = value
        return cells.joined(separator: "\t")
    }

    /// The line of `original` as a new activity's: its id and name replaced.
    func added(_ lines: [String], from original: String, id: String, name: String) throws -> String {
        let line = try XCTUnwrap(lines.first { $0.hasPrefix("\(original)\t") }, original)
        var cells = line.components(separatedBy: "\t")
        let oldName = cells[1]
        cells[0] = id
        cells[1] = name
        XCTAssertFalse(oldName.isEmpty)
        return cells.joined(separator: "\t")
    }

    /// A sheet of the security-measures table without rows: it makes the import plan the whole register.
    func emptyOtherTable(_ register: String) throws -> String {
        let path = "\(try Fixtures.temporaryFolder("ropa-touched-sheet"))/security-measures.csv"
        folders.append((path as NSString).deletingLastPathComponent)
        let run = ropa("export", register, "--format", "csv", "--table", "security-measures", "--delimiter", "tab")
        XCTAssertEqual(run.code, 0, run.stderr)
        var header = try XCTUnwrap(run.stdout.components(separatedBy: "\r\n").first).components(separatedBy: "\t")
        header[0] = "ID"
        try Data((header.joined(separator: "\t") + "\r\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func write(_ lines: [String]) throws -> String {
        let path = "\(try Fixtures.temporaryFolder("ropa-touched-sheet"))/rader.csv"
        folders.append((path as NSString).deletingLastPathComponent)
        try Data((lines.joined(separator: "\r\n") + "\r\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A sheet of `lines`' header and rows that change a description, the owner of activities 05 (which the
    /// register changed too) and 07, a list of processors (naming a new one), and add an activity.
    func sheetOfOldRows(_ lines: [String]) throws -> String {
        try write([
            lines[0],
            try row(lines, id: "behandling-03", "Description", "Ändrad i arket"),
            try row(lines, id: "behandling-05", "Owner", "Arkets ägare"),
            try row(lines, id: "behandling-07", "Owner", "Ny ägare"),
            try row(lines, id: "kundservice", "Processors", "Ärendesystem AB; Helt ny leverantör AB"),
            try added(lines, from: "behandling-09", id: "ny-behandling", name: "Ny behandling"),
        ])
    }

    /// The newest version's record without its time (two imports made seconds apart).
    func headRecord(_ folder: String) throws -> VersionRecord {
        let history = try RegisterStore(folder: folder).history
        var record = try XCTUnwrap(history.head.flatMap(history.version)).record
        record.time = ""
        return record
    }

    func trackedFiles(_ folder: String) throws -> RegisterFiles {
        try RegisterStore(folder: folder).readFiles()
    }

    /// Imports `sheet` into two copies of `register`, one the import of those rows alone and one planned over
    /// the whole register, and checks that they give the same files, version and report.
    func assertSameAsWholeImport(_ register: String, sheet: String, succeeds: Bool = true, file: StaticString = #filePath, line: UInt = #line) throws {
        let (touched, whole) = (try copy(register), try copy(register))
        let other = try emptyOtherTable(register)
        let part = ropa("import", touched, "--from", "csv", sheet, "-m", "rader")
        let all = ropa("import", whole, "--from", "csv", sheet, other, "-m", "rader")
        XCTAssertEqual(part.code == 0, succeeds, part.stderr, file: file, line: line)
        XCTAssertEqual(part.code, all.code, all.stderr, file: file, line: line)
        XCTAssertEqual(try trackedFiles(touched), try trackedFiles(whole), file: file, line: line)
        XCTAssertEqual(try headRecord(touched), try headRecord(whole), file: file, line: line)
        XCTAssertEqual(try RegisterStore(folder: touched).history.count, try RegisterStore(folder: whole).history.count, file: file, line: line)
        // The report is the same but for the line of the added table and the version's hash (its time differs).
        let tableLine = { (text: String) in
            text.components(separatedBy: "\n").filter { !$0.contains("security-measures.csv") }.map { $0.hasPrefix("Saved version") ? String($0.prefix(15)) : $0 }
        }
        XCTAssertEqual(tableLine(part.stdout), tableLine(all.stdout), file: file, line: line)
        XCTAssertEqual(tableLine(part.stderr), tableLine(all.stderr), file: file, line: line)
    }

    func testRowsOfAnOldSheetGiveTheSameRegisterAndVersionAsTheWholeImport() throws {
        let register = try generatedRegister()
        let lines = try exportedLines(register)
        XCTAssertTrue(lines[0].hasPrefix("ID (ropa 1 "), lines[0])
        // Newer work since the export: one field the sheet also changes, one it does not.
        XCTAssertEqual(ropa("set", register, "behandling-05", "owner=Registrets ägare").code, 0)
        XCTAssertEqual(ropa("set", register, "behandling-07", "notes=Nyare anteckning").code, 0)
        let sheet = try sheetOfOldRows(lines)
        try assertSameAsWholeImport(register, sheet: sheet)
        let touched = try copy(register)
        let run = ropa("import", touched, "--from", "csv", sheet)
        XCTAssertEqual(run.code, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("Activity 'Behandling 05' · owner"), "the conflict is named: \(run.stdout)")
        let imported = try RegisterStore(folder: touched).load()
        XCTAssertEqual(imported.activity("behandling-03")?.description, "Ändrad i arket")
        XCTAssertEqual(imported.activity("behandling-05")?.owner, "Registrets ägare", "newer work is kept")
        XCTAssertEqual(imported.activity("behandling-07")?.owner, "Ny ägare")
        XCTAssertEqual(imported.activity("behandling-07")?.notes, "Nyare anteckning")
        XCTAssertEqual(imported.activity("ny-behandling")?.name, "Ny behandling")
        XCTAssertTrue(imported.processors.contains { $0.name == "Helt ny leverantör AB" })
        XCTAssertEqual(ropa("verify", touched).code, 0)
    }

    func testASheetOfTheHeadAndOneWithoutAStampGiveTheSameAsTheWholeImport() throws {
        let register = try generatedRegister()
        let lines = try exportedLines(register)
        try assertSameAsWholeImport(register, sheet: try write([lines[0], try row(lines, id: "behandling-11", "Owner", "Ny ägare")]))
        var unstamped = lines[0].components(separatedBy: "\t")
        unstamped[0] = "ID"
        try assertSameAsWholeImport(register, sheet: try write([unstamped.joined(separator: "\t"), try row(lines, id: "behandling-12", "Owner", "Ny")]))
        // Nothing changed: no version.
        try assertSameAsWholeImport(register, sheet: try write([lines[0], try XCTUnwrap(lines.first { $0.hasPrefix("behandling-13\t") })]))
    }

    func testABadRowIsRefusedAsByTheWholeImportAndWritesNothing() throws {
        let register = try generatedRegister()
        let lines = try exportedLines(register)
        let sheet = try write([lines[0], try row(lines, id: "behandling-02", "Lawful basis", "Concent")])
        try assertSameAsWholeImport(register, sheet: sheet, succeeds: false)
        assertUnchanged(register) {
            let run = ropa("import", register, "--from", "csv", sheet)
            XCTAssertNotEqual(run.code, 0)
            XCTAssertTrue(run.stderr.contains("'Concent' is not a lawful basis"), run.stderr)
        }
    }

    func testARowOfAnIDOfAnotherKindIsRefusedAsByTheWholeImport() throws {
        let register = try generatedRegister()
        let lines = try exportedLines(register)
        let sheet = try write([lines[0], try added(lines, from: "behandling-02", id: "arendesystem", name: "Behandling 02")])
        try assertSameAsWholeImport(register, sheet: sheet, succeeds: false)
    }

    func testANewLegalEntityGivesTheSameAsTheWholeImport() throws {
        let register = try generatedRegister()
        let lines = try exportedLines(register)
        let header = lines[0].components(separatedBy: "\t")
        guard let column = header.first(where: { $0.hasPrefix("Legal entit") }) else { throw XCTSkip("the export has no legal-entity column: \(header)") }
        let sheet = try write([lines[0], try row(lines, id: "behandling-04", column, "Dotterbolaget AB (556036-0793)")])
        try assertSameAsWholeImport(register, sheet: sheet)
    }

    func testAHandEditedFileIsStillRefused() throws {
        let register = try generatedRegister()
        let lines = try exportedLines(register)
        let path = "\(register)/activities/behandling-20.json"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"owner\": \"", with: "\"owner\": \"Handredigerad ")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let sheet = try write([lines[0], try row(lines, id: "behandling-21", "Owner", "Ny ägare")])
        assertUnchanged(register) {
            let run = ropa("import", register, "--from", "csv", sheet)
            XCTAssertNotEqual(run.code, 0, run.stdout)
            XCTAssertTrue(run.stderr.contains("behandling-20"), run.stderr)
        }
    }

    // MARK: Through the caches

    /// Imports `sheet` into `register`, whose caches (`.ropa-history`, `.ropa-index`) the saves before wrote
    /// for it, and into a copy, for whose folder they answer not: its history is read whole. Both give the
    /// same files, version and report. `firstRecordChanged`: the register's first record is changed in place
    /// for the import, which every whole read refuses (see `Fixtures.withTheFirstRecordChanged`).
    @discardableResult
    func assertCachedSameAsWhole(_ register: String, sheet: String, firstRecordChanged: Bool, file: StaticString = #filePath,
                                 line: UInt = #line) throws -> Run {
        let whole = try copy(register)
        let expected = ropa("import", whole, "--from", "csv", sheet, "-m", "rader")
        let importing = { self.ropa("import", register, "--from", "csv", sheet, "-m", "rader") }
        let cached = try firstRecordChanged ? Fixtures.withTheFirstRecordChanged(in: register) {
            XCTAssertThrowsError(try RegisterStore(folder: register), "a whole read refuses the changed record", file: file, line: line)
            return importing()
        } : importing()
        XCTAssertEqual(cached.code, 0, cached.stderr, file: file, line: line)
        XCTAssertEqual(cached.code, expected.code, expected.stderr, file: file, line: line)
        XCTAssertEqual(try trackedFiles(register), try trackedFiles(whole), file: file, line: line)
        XCTAssertEqual(try headRecord(register), try headRecord(whole), file: file, line: line)
        // The same report but for the version's hash (the versions' times differ).
        let shown = { (text: String) in text.components(separatedBy: "\n").map { $0.hasPrefix("Saved version") ? String($0.prefix { $0 != "(" }) : $0 } }
        XCTAssertEqual(shown(cached.stdout), shown(expected.stdout), file: file, line: line)
        XCTAssertEqual(shown(cached.stderr), shown(expected.stderr), file: file, line: line)
        XCTAssertEqual(ropa("verify", register).code, 0, file: file, line: line)
        return cached
    }

    /// A register whose activities 05 and 07 were changed twice, once before and once after `export`; the
    /// lines of that export (stamped with version 3).
    func registerChangedSinceItsExport() throws -> (register: String, lines: [String]) {
        let register = try generatedRegister()
        XCTAssertEqual(ropa("set", register, "behandling-05", "owner=Andra versionens ägare").code, 0)
        XCTAssertEqual(ropa("set", register, "behandling-07", "notes=Tredje versionens anteckning").code, 0)
        let lines = try exportedLines(register)
        XCTAssertTrue(lines[0].hasPrefix("ID (ropa 3 "), lines[0])
        XCTAssertEqual(ropa("set", register, "behandling-05", "owner=Registrets ägare").code, 0)
        XCTAssertEqual(ropa("set", register, "behandling-07", "notes=Nyare anteckning").code, 0)
        return (register, lines)
    }

    /// The point of the caches: an old sheet's version is named through `.ropa-history` and its part worked out
    /// from the head's files and the records since it, so no older record is read (the first one, changed in
    /// place, would be refused); the merge is exactly the one over the whole history.
    func testAnOldSheetThroughTheCachesReadsNoRecordBeforeItsVersion() throws {
        let (register, lines) = try registerChangedSinceItsExport()
        let sheet = try sheetOfOldRows(lines)
        let run = try assertCachedSameAsWhole(register, sheet: sheet, firstRecordChanged: true)
        XCTAssertTrue(run.stderr.contains("was exported from version 3: what it changed since then is applied on top of version 5"), run.stderr)
        XCTAssertTrue(run.stdout.contains("Activity 'Behandling 05' · owner"), "the conflict is named: \(run.stdout)")
        let imported = try RegisterStore(folder: register).load()
        XCTAssertEqual(imported.activity("behandling-05")?.owner, "Registrets ägare", "newer work is kept")
        XCTAssertEqual(imported.activity("behandling-07")?.owner, "Ny ägare")
        XCTAssertEqual(imported.activity("behandling-07")?.notes, "Nyare anteckning")
    }

    /// A sheet of the head, one of a version the history does not have and one without a stamp name no old
    /// version: through the caches no record but the head's is read, and the report is the whole history's.
    func testAHeadStampAnUnknownStampAndNoStampThroughTheCaches() throws {
        let (register, lines) = try registerChangedSinceItsExport()
        var header = lines[0].components(separatedBy: "\t")
        header[0] = "ID (ropa 9 abcdef123456)"
        var run = try assertCachedSameAsWhole(register, sheet: try write([header.joined(separator: "\t"), try row(lines, id: "behandling-11", "Owner", "Okänd")]),
                                              firstRecordChanged: true)
        XCTAssertTrue(run.stderr.contains("names version 9, which this register's history does not have"), run.stderr)
        header[0] = "ID"
        run = try assertCachedSameAsWhole(register, sheet: try write([header.joined(separator: "\t"), try row(lines, id: "behandling-12", "Owner", "Ingen")]),
                                          firstRecordChanged: true)
        XCTAssertTrue(run.stderr.contains("carries no register version: it is compared with the current version (6)"), run.stderr)
        let current = try exportedLines(register)
        run = try assertCachedSameAsWhole(register, sheet: try write([current[0], try row(current, id: "behandling-13", "Owner", "Huvudets")]),
                                          firstRecordChanged: true)
        XCTAssertTrue(run.stderr.contains("was exported from version 7, the current one"), run.stderr)
    }

    /// Caches that do not answer (a damaged `.ropa-history`, none at all) never change what is imported: the
    /// history is read whole.
    func testWithoutCachesThatAnswerTheHistoryIsReadWhole() throws {
        let (register, lines) = try registerChangedSinceItsExport()
        let index = "\(register)/\(RegisterLayout.historyIndexFile)"
        try Data("ropa-history 1 skräp\n".utf8).write(to: URL(fileURLWithPath: index))
        try assertCachedSameAsWhole(register, sheet: try write([lines[0], try row(lines, id: "behandling-05", "Owner", "Arkets ägare")]),
                                    firstRecordChanged: false)
        try FileManager.default.removeItem(atPath: index)
        try assertCachedSameAsWhole(register, sheet: try write([lines[0], try row(lines, id: "behandling-07", "Owner", "Ny ägare")]),
                                    firstRecordChanged: false)
    }

    /// The common case: the row's activity was last written long before the sheet's version (here in the
    /// first, 70 versions back), so the walk through the caches gives up and the history is read whole in the
    /// same save: the same import as over the whole history, said once.
    func testARowWhoseActivityWasLastWrittenLongBeforeTheSheetReadsTheHistoryWhole() throws {
        let start = Date().addingTimeInterval(-3_600)
        let register = try generatedRegister(time: start)
        for number in 1...70 {
            _ = try RegisterStore(folder: register, deferringHistory: true)
                .set([try FieldAssignment.parse("notes=Anteckning \(number)")], ofEntity: "behandling-07", message: "\(number)", author: "A",
                     time: start + Double(number))
        }
        let lines = try exportedLines(register)
        XCTAssertTrue(lines[0].hasPrefix("ID (ropa 71 "), lines[0])
        XCTAssertEqual(ropa("set", register, "behandling-05", "owner=Registrets ägare").code, 0)
        let sheet = try write([lines[0], try row(lines, id: "behandling-05", "Description", "Ändrad i arket")])
        let run = try assertCachedSameAsWhole(register, sheet: sheet, firstRecordChanged: false)
        XCTAssertEqual(run.stderr.components(separatedBy: "was exported from version 71").count, 2, "said once: \(run.stderr)")
        let imported = try XCTUnwrap(try RegisterStore(folder: register).load().activity("behandling-05"))
        XCTAssertEqual(imported.description, "Ändrad i arket")
        XCTAssertEqual(imported.owner, "Registrets ägare")
    }

    /// A sheet of a version merged in as a second parent is no first-parent ancestor of the head: the caches
    /// name it but cannot work out its files, and the history is read whole in the same save, the import
    /// saying what it says once.
    func testASheetOfAMergedBranchIsImportedOverTheWholeHistoryAndReportedOnce() throws {
        // Dated in the past, so that the import's version is not dated before its parent.
        let start = Date().addingTimeInterval(-600)
        let register = try generatedRegister(time: start)
        let branch = try copy(register)
        func set(_ folder: String, _ id: String, _ text: String, minutes: Double) throws {
            _ = try RegisterStore(folder: folder, deferringHistory: true)
                .set([try FieldAssignment.parse(text)], ofEntity: id, message: text, author: "A", time: start + minutes * 60)
        }
        // The branch's version is the older: the merge's first parent is the register's own.
        try set(branch, "behandling-09", "owner=Grenens ägare", minutes: 1)
        try set(register, "behandling-07", "owner=Registrets ägare", minutes: 2)
        let lines = try exportedLines(branch)
        let branchVersion = try XCTUnwrap(RegisterStore(folder: branch).history.head)
        let branchHistory = try RegisterStore(folder: branch).history
        for path in [branchHistory.recordPath(branchVersion), branchHistory.packPath(branchVersion)] where FileManager.default.fileExists(atPath: path) {
            try FileManager.default.copyItem(atPath: path, toPath: path.replacingOccurrences(of: branch, with: register))
        }
        try set(register, "behandling-11", "owner=Sammanslagning", minutes: 3)
        try set(register, "behandling-13", "owner=Efter sammanslagningen", minutes: 4)
        let history = try RegisterStore(folder: register).history
        let merge = try XCTUnwrap(history.head.flatMap(history.version)?.record.parents.first.flatMap(history.version))
        XCTAssertEqual(merge.record.parents.count, 2)
        XCTAssertEqual(merge.record.parents.last, branchVersion, "the branch is the merge's second parent")
        let sheet = try write([lines[0], try row(lines, id: "behandling-09", "Description", "Ändrad på grenen")])
        let run = try assertCachedSameAsWhole(register, sheet: sheet, firstRecordChanged: false)
        XCTAssertEqual(run.stderr.components(separatedBy: "was exported from version 2").count, 2, "said once: \(run.stderr)")
        XCTAssertEqual(run.stdout.components(separatedBy: "rader.csv: 1 row(s)").count, 2, "said once: \(run.stdout)")
    }
}
