import RopaExport
import RopaModel
import XCTest

/// The document of a register with many entities, read back: every link leads to a heading whose anchor
/// the reference rules give, and every list of references holds, in order, a link for each entity that
/// exists and the id as text for each that does not. The expectations come from the register and
/// `ReferenceMarkdown`, not from the exporter.
final class MarkdownCrossReferenceTests: XCTestCase {
    private let register = BusyRegister.make()

    private func document(_ register: Register) -> String {
        String(decoding: MarkdownExporter.export(register, options: MarkdownOptions(language: .en, date: SeedRegisters.date)), as: UTF8.self)
    }

    /// A heading of the document with the anchor the reference rules give it.
    private struct Heading {
        let level: Int
        let line: Int
        let anchor: String
    }

    private func headings(_ lines: [String]) -> [Heading] {
        let found = lines.enumerated().compactMap { number, line -> (Int, Int, String)? in
            let level = line.prefix { $0 == "#" }.count
            guard level > 0, line.dropFirst(level).first == " " else { return nil }
            return (level, number, Self.unescaped(String(line.dropFirst(level + 1))))
        }
        let anchors = ReferenceMarkdown.anchors(found.map(\.2))
        return zip(found, anchors).map { Heading(level: $0.0, line: $0.1, anchor: $1) }
    }

    /// The text a reader sees: a backslash before ASCII punctuation only escapes it.
    private static func unescaped(_ markdown: String) -> String {
        var result = ""
        var escaping = false
        for character in markdown {
            if !escaping, character == "\\" {
                escaping = true
                continue
            }
            if escaping, !(character.isASCII && (character.isPunctuation || character.isSymbol)) { result.append("\\") }
            escaping = false
            result.append(character)
        }
        return result
    }

    /// Each entity's section by its id ("- **ID:** …" under its heading), with the heading's anchor.
    private func sections(_ lines: [String], _ headings: [Heading]) -> [String: (anchor: String, lines: ArraySlice<String>)] {
        var sections: [String: (anchor: String, lines: ArraySlice<String>)] = [:]
        for (position, heading) in headings.enumerated() where heading.level == 3 {
            let end = position + 1 < headings.count ? headings[position + 1].line : lines.count
            let body = lines[(heading.line + 1)..<end]
            guard let idLine = body.first(where: { $0.hasPrefix("- **ID:** ") }) else { continue }
            let id = Self.unescaped(String(idLine.dropFirst("- **ID:** ".count)))
            if sections[id] == nil { sections[id] = (heading.anchor, body) }
        }
        return sections
    }

    /// The items nested under "- **Label:**", or nil when the field reads "Not recorded".
    private func items(_ label: String, in section: ArraySlice<String>) -> [String]? {
        guard let start = section.firstIndex(where: { $0 == "- **\(label):**" || $0 == "- **\(label):** Not recorded" }) else {
            XCTFail("no \(label) in \(section.first ?? "")")
            return nil
        }
        guard section[start] == "- **\(label):**" else { return nil }
        return section[(start + 1)...].prefix { $0.hasPrefix("  - ") }.map { String($0.dropFirst(4)) }
    }

    private func link(_ name: String, id: String, anchor: String) -> String {
        let text = ReferenceMarkdown.inline(name)
        return "[\(text.isEmpty ? ReferenceMarkdown.inline(id) : text)](#\(anchor))"
    }

    func testEveryLinkLeadsToAHeadingAndTheContentsListThemAll() {
        let lines = document(register).components(separatedBy: "\n")
        let headings = headings(lines)
        let anchors = Set(headings.map(\.anchor))
        XCTAssertEqual(anchors.count, headings.count, "anchors are unique")
        var links = 0
        for line in lines {
            for part in line.components(separatedBy: "](#").dropFirst() {
                links += 1
                let target = String(part.prefix { $0 != ")" })
                XCTAssertTrue(anchors.contains(target), "\(target) in \(line)")
            }
        }
        XCTAssertGreaterThan(links, BusyRegister.activityCount * 2)

        let contents = lines.drop { $0 != "## Contents" }.dropFirst(2).prefix { !$0.isEmpty }
        let listed = contents.map { String($0.components(separatedBy: "](#").last?.dropLast() ?? "") }
        XCTAssertEqual(listed, headings.filter { $0.level >= 2 && $0.anchor != "contents" }.map(\.anchor))
    }

    func testActivitiesListWhatTheyReferToAndWhatIsMissingAsText() throws {
        let lines = document(register).components(separatedBy: "\n")
        let sections = sections(lines, headings(lines))
        for activity in register.activities {
            let section = try XCTUnwrap(sections[activity.id], activity.id)
            let processors = activity.processorIds.map { id in
                guard let processor = register.processor(id), let target = sections[id] else { return ReferenceMarkdown.inline(id) }
                return link(processor.name, id: id, anchor: target.anchor)
            }
            XCTAssertEqual(items("Processors", in: section.lines), processors.isEmpty ? nil : processors, activity.id)

            let transfers = items("Transfers", in: section.lines) ?? []
            XCTAssertEqual(transfers.count, activity.transferIds.count, activity.id)
            for (item, id) in zip(transfers, activity.transferIds) {
                if let transfer = register.transfers.first(where: { $0.id == id }), let target = sections[id] {
                    XCTAssertTrue(item.hasPrefix(link(transfer.name, id: id, anchor: target.anchor) + ": "), item)
                } else {
                    XCTAssertEqual(item, ReferenceMarkdown.inline(id))
                }
            }

            let measures = activity.securityMeasureIds.map { id in
                ReferenceMarkdown.inline(register.securityMeasures.first { $0.id == id }?.name ?? id)
            }
            XCTAssertEqual(items("Security measures", in: section.lines), measures.isEmpty ? nil : measures, activity.id)

            let organisation = register.organisation
            let entities = activity.legalEntityIds.isEmpty ? organisation.legalEntities : activity.legalEntityIds.map { id in
                organisation.legalEntities.first { $0.id == id } ?? LegalEntity(id: id, name: id)
            }
            XCTAssertEqual(items("Legal entities", in: section.lines), entities.map { entity in
                ReferenceMarkdown.inline(entity.organisationNumber.map { "\(entity.name) (\($0))" } ?? entity.name)
            }, activity.id)
        }
    }

    func testProcessorsAndTheSummaryLinkBackToTheActivities() throws {
        let lines = document(register).components(separatedBy: "\n")
        let sections = sections(lines, headings(lines))
        let activities = register.activities.sorted { $0.id < $1.id }
        for processor in register.processors {
            let section = try XCTUnwrap(sections[processor.id], processor.id)
            let users = activities.filter { $0.processorIds.contains(processor.id) }.map { activity in
                link(activity.name, id: activity.id, anchor: sections[activity.id]?.anchor ?? "?")
            }
            XCTAssertEqual(items("Activities", in: section.lines), users.isEmpty ? nil : users, processor.id)
        }

        let summary = try XCTUnwrap(MarkdownTables.tables(in: lines.joined(separator: "\n")).first)
        XCTAssertEqual(summary.rows.count, activities.count + 2)
        for (row, activity) in zip(summary.rows.dropFirst(2), activities) {
            XCTAssertEqual(row[0], link(activity.name, id: activity.id, anchor: sections[activity.id]?.anchor ?? "?"))
            XCTAssertEqual(row[2], ReferenceMarkdown.inline(activity.purposes.map(\.description).joined(separator: "; ")))
        }

        let measures = try XCTUnwrap(MarkdownTables.tables(in: lines.joined(separator: "\n")).first { $0.rows[0].first == "ID" })
        for (row, measure) in zip(measures.rows.dropFirst(2), register.securityMeasures.sorted { $0.id < $1.id }) {
            let users = activities.filter { $0.securityMeasureIds.contains(measure.id) }.map(\.name)
            XCTAssertEqual(row[4], ReferenceMarkdown.inline(users.joined(separator: "; ")), measure.id)
        }
    }

    func testTheOrderOfTheRegisterFilesChangesNothing() {
        var sorted = register
        sorted.activities.sort { $0.id < $1.id }
        sorted.processors.sort { $0.id < $1.id }
        XCTAssertNotEqual(sorted.activities.map(\.id), register.activities.map(\.id), "the busy register is out of order")
        for language in Language.allCases {
            let options = MarkdownOptions(language: language, date: SeedRegisters.date)
            XCTAssertEqual(MarkdownExporter.export(sorted, options: options), MarkdownExporter.export(register, options: options))
            for table in CSVTable.allCases {
                XCTAssertEqual(CSVExporter.export(sorted, table: table, options: CSVOptions(language: language)),
                               CSVExporter.export(register, table: table, options: CSVOptions(language: language)), "\(table)")
            }
        }
    }
}
