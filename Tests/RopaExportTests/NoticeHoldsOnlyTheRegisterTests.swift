import Foundation
import RopaExport
import RopaJSON
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// The notice states nothing the register does not hold: every line of every seed's notice, in both
/// languages, is the notice's own wording (the catalogue's notice texts around their placeholders) filled
/// with text from the register (its values, country names, numbers) and nothing else.
final class NoticeHoldsOnlyTheRegisterTests: XCTestCase {
    /// The fixed pieces of the notice's wording: each notice message split at its placeholders.
    private func wording(_ language: Language) -> [String] {
        ExportMessage.table(language).filter { $0.key.rawValue.hasPrefix("notice") }.values.flatMap { template in
            template.components(separatedBy: "{0}").flatMap { $0.components(separatedBy: "{1}") }
        }
    }

    /// Every text the register holds, as written and as the notice may trim it.
    private func registerTexts(_ register: Register, _ language: Language) throws -> [String] {
        var texts: [String] = []
        func collect(_ value: JSONValue) {
            switch value {
            case .string(let text):
                texts.append(text)
                if text.hasSuffix(".") { texts.append(String(text.dropLast())) }
            case .int(let number): texts.append(String(number))
            case .array(let values): values.forEach(collect)
            case .object(let members): members.values.forEach(collect)
            case .null, .bool, .double: break
            }
        }
        for bytes in try RegisterCodec.encode(register).values { collect(try JSONParser.parse(bytes)) }
        texts += register.countries.countries.map { $0.name(language) }
        // Vocabulary words the notice puts inside its sentences (derogations, period units).
        texts += Article49Derogation.allCases.map { $0.label.text(language).lowercased() }
        texts += PeriodUnit.allCases.map { $0.label.text(language).lowercased() }
        // Each structured retention period as the tables word it: the register's amount, unit and event.
        texts += register.activities.flatMap(\.retention).compactMap(\.period).map { period in
            var present = period
            present.startingEvent = period.startingEvent?.trimmingCharacters(in: .whitespacesAndNewlines)
            return RetentionPeriodText.text(present, language: language)
        }
        return texts
    }

    /// What is left of `line` once the wording and the register's texts are taken out, longest first.
    private func unexplained(_ line: String, pieces: [String]) -> String {
        var rest = line
        for piece in pieces where !piece.isEmpty { rest = rest.replacingOccurrences(of: piece, with: "\u{1}") }
        let separators = CharacterSet(charactersIn: "\u{1} ,.:;()–-").union(.whitespaces)
        return rest.unicodeScalars.filter { !separators.contains($0) }.map(String.init).joined()
    }

    func testEveryLineIsTheNoticesWordingFilledFromTheRegister() throws {
        for name in SeedRegisters.names {
            let (register, _) = try SeedRegisters.load(name)
            for language in Language.allCases {
                let pieces = (wording(language) + (try registerTexts(register, language)))
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count > 1 }
                    .sorted { $0.count > $1.count }
                let notice = NoticeText(PrivacyNotice.document(register, options: NoticeOptions(language: language)))
                for line in notice.lines {
                    XCTAssertEqual(unexplained(line.text, pieces: pieces), "", "\(name) \(language): \(line.text)")
                }
            }
        }
    }

    func testAnInventedFactWouldBeFound() throws {
        let (register, _) = try SeedRegisters.load("izonen")
        let pieces = (wording(.sv) + (try registerTexts(register, .sv))).filter { $0.count > 1 }.sorted { $0.count > $1.count }
        XCTAssertNotEqual(unexplained("Vi sparar uppgifterna i 12 år hos Amazon Web Services.", pieces: pieces), "")
    }
}
