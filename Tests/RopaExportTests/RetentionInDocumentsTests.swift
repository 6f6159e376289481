import RopaExport
import RopaModel
import RopaTestSupport
import XCTest

/// The documents (Markdown, the register document as HTML and DOCX, the privacy notice) show each structured
/// retention period with the event it runs from, as the tables' column "Retention period and trigger" does:
/// the event alone ("avslutat avtal") says from when, not for how long.
final class RetentionInDocumentsTests: XCTestCase {
    private func register() -> Register {
        var register = Fixtures.cleanRegister()
        register.activities[0].retention = [
            RetentionRule(id: "avtal", text: "Sparas som längst i fem år från avslutat avtal.",
                          period: RetentionPeriod(amount: 5, unit: .years, startingEvent: "avslutat avtal")),
            RetentionRule(id: "backup", text: "", period: RetentionPeriod(amount: 1, unit: .days)),
            RetentionRule(id: "loggar", text: "Enligt gallringsplanen"),
        ]
        return register
    }

    func testMarkdownShowsThePeriodWithItsTriggerUnderTheColumnsName() {
        for (language, label, period) in [(Language.en, "Retention period and trigger", "5 years from avslutat avtal"),
                                          (.sv, "Lagringsperiod och utgångspunkt", "5 år från avslutat avtal")] {
            let markdown = String(decoding: MarkdownExporter.export(register(), options: MarkdownOptions(language: language, date: Fixtures.asOf)),
                                  as: UTF8.self)
            XCTAssertTrue(markdown.contains("**\(label):**"), "\(language)")
            XCTAssertTrue(markdown.contains(period), "\(language): \(markdown)")
            XCTAssertFalse(markdown.contains("Retention runs from") || markdown.contains("Lagringstiden räknas från"), "\(language)")
        }
    }

    func testTheRegisterDocumentShowsThePeriodWithItsTrigger() {
        let document = RegisterDocument.make(register(), options: RegisterDocumentOptions(language: .sv, date: Fixtures.asOf))
        let html = String(decoding: HTMLRenderer.render(document), as: UTF8.self)
        XCTAssertTrue(html.contains("Lagringsperiod och utgångspunkt"), html)
        XCTAssertTrue(html.contains("5 år från avslutat avtal"), html)
        XCTAssertTrue(html.contains("1 dag"), html)
    }

    func testTheNoticeShowsEachRulesPeriodWithItsTrigger() {
        let notice = String(decoding: DocumentMarkdownRenderer.render(PrivacyNotice.document(register(), options: NoticeOptions(language: .sv))),
                            as: UTF8.self)
        XCTAssertTrue(notice.contains("Sparas som längst i fem år från avslutat avtal. (5 år från avslutat avtal)"), notice)
        XCTAssertTrue(notice.contains("- 1 dag\n"), "a rule with no text shows its period: \(notice)")
        XCTAssertTrue(notice.contains("- Enligt gallringsplanen\n"), "a rule without a period shows its text alone: \(notice)")
    }
}
