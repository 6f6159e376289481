import RopaModel
import XCTest

final class OrganisationNumberTests: XCTestCase {
    func testSeedOrganisationNumbersPassTheLuhnCheck() {
        for number in ["556254-0806", "556265-4755", "556582-6848", "556961-0214", "556768-2942", "556595-0648", "5562540806"] {
            XCTAssertTrue(OrganisationNumber.isValid(number), number)
        }
    }

    func testWrongCheckDigitSaysWhichDigitWouldBeRight() {
        XCTAssertEqual(OrganisationNumber.problem("556254-0807"), .checkDigit(expected: 6))
    }

    func testMalformedNumbersAreRefused() {
        for number in ["", "556254-080", "55625-40806", "556254_0806", "5562540806-", "55625A-0806", "556254--0806"] {
            XCTAssertEqual(OrganisationNumber.problem(number), .format, number)
        }
    }
}

final class CalendarDateTests: XCTestCase {
    func testParsesOnlyRealDays() {
        XCTAssertNotNil(CalendarDate("2024-02-29"))
        XCTAssertNil(CalendarDate("2023-02-29"))
        XCTAssertNil(CalendarDate("2024-13-01"))
        XCTAssertNil(CalendarDate("2024-1-01"))
        XCTAssertNil(CalendarDate("24-01-01"))
        XCTAssertNil(CalendarDate("2024-01-01T00:00"))
    }

    func testArithmetic() throws {
        let date = try XCTUnwrap(CalendarDate("2024-01-31"))
        XCTAssertEqual(date.adding(months: 1).description, "2024-02-29")
        XCTAssertEqual(date.adding(months: 12).description, "2025-01-31")
        XCTAssertEqual(date.adding(days: 30).description, "2024-03-01")
        XCTAssertEqual(date.days(until: try XCTUnwrap(CalendarDate("2025-01-31"))), 366)
        XCTAssertEqual(CalendarDate(year: 1970, month: 1, day: 1).dayNumber, 0)
    }
}

final class TextTests: XCTestCase {
    func testFoldingIgnoresCaseAndDiacritics() {
        XCTAssertTrue(TextFolding.contains("Kundtjänst och kontakt", "kundtjanst"))
        XCTAssertTrue(TextFolding.contains("ÅÄÖ", "aao"))
        XCTAssertFalse(TextFolding.contains("Kundservice", "kundtjanst"))
    }

    func testSlugsAreValidIDs() {
        XCTAssertEqual(EntityID.slug("Kundservice och kontakt"), "kundservice-och-kontakt")
        XCTAssertEqual(EntityID.slug("Närmast anhörig!"), "narmast-anhorig")
        XCTAssertEqual(EntityID.unique(from: "A", taken: ["a", "a-2"]), "a-3")
        XCTAssertTrue(EntityID.isValid(EntityID.slug("../../etc/passwd")))
        for bad in ["", "../x", "a/b", "A", "a\u{0}b", "-a", "å"] { XCTAssertFalse(EntityID.isValid(bad), bad) }
    }

    func testTerminalTextMakesHostileCharactersVisible() {
        let hostile = "a\u{1B}]0;pwned\u{07}b\u{202E}c\u{200B}d\u{0}e\u{9B}f"
        let safe = TerminalText.escape(hostile)
        XCTAssertFalse(safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        XCTAssertFalse(safe.contains("\u{202E}"))
        XCTAssertTrue(safe.contains("␛"))
        XCTAssertTrue(safe.contains("<U+202E>"))
        XCTAssertTrue(safe.contains("<U+200B>"))
        XCTAssertEqual(TerminalText.escape("Kundtjänst åäö 漢字"), "Kundtjänst åäö 漢字")
    }
}
