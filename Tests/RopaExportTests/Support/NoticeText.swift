import RopaExport
import RopaModel

/// A notice as plain text for tests: every text of the document, one line per heading, paragraph, list
/// item and field line, with no Markdown escaping in the way of finding what it says.
struct NoticeText {
    struct Line {
        let headingLevel: Int?
        let text: String
    }

    let lines: [Line]

    init(_ document: Document) {
        var lines = [Line(headingLevel: 0, text: document.title)] + document.subtitle.map { Line(headingLevel: nil, text: $0) }
        func joined(_ runs: [TextRun]) -> String { runs.map(\.text).joined() }
        for block in document.blocks {
            switch block {
            case .heading(let level, let text, _): lines.append(Line(headingLevel: level, text: text))
            case .paragraph(let runs): lines.append(Line(headingLevel: nil, text: joined(runs)))
            case .bulletList(let items): lines += items.map { Line(headingLevel: nil, text: joined($0)) }
            case .fields(let fields):
                for field in fields {
                    lines.append(Line(headingLevel: nil, text: field.label))
                    lines += field.lines.map { Line(headingLevel: nil, text: joined($0)) }
                }
            case .table(let table): lines += table.rows.map { Line(headingLevel: nil, text: $0.joined(separator: " | ")) }
            case .contents, .pageBreak: break
            }
        }
        self.lines = lines
    }

    var text: String { lines.map(\.text).joined(separator: "\n") }

    /// The text under the heading `title` (case- and diacritic-insensitive) up to the next heading of the
    /// same or a higher level; nil when there is no such heading.
    func section(_ title: String) -> String? {
        guard let start = lines.firstIndex(where: { $0.headingLevel != nil && TextFolding.fold($0.text).hasPrefix(TextFolding.fold(title)) }),
              let level = lines[start].headingLevel else { return nil }
        let rest = lines[(start + 1)...]
        let end = rest.firstIndex { ($0.headingLevel ?? Int.max) <= level } ?? lines.endIndex
        return lines[start..<end].map(\.text).joined(separator: "\n")
    }

    func contains(_ phrase: String) -> Bool {
        TextFolding.contains(text, phrase)
    }
}
