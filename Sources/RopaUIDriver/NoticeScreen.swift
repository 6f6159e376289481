import RopaExport
import RopaModel
import RopaUI

/// The Notice view: the privacy notice (Art 13 and 14) as `ropa notice` writes it, made from the register
/// each time it is opened, so it shows every edit made so far. It is read in the scrolling text screen the
/// history diff uses; `x` with a path ending in `.notice.md`, `.notice.html` or `.notice.docx` writes it.
enum NoticeScreen {
    static func isNoticePath(_ path: String) -> Bool {
        NoticeFormat(noticePath: path) != nil
    }

    static func title(_ language: Language) -> String {
        language == .sv ? "Integritetsinformation (art. 13 och 14)" : "Privacy notice (Art 13 and 14)"
    }

    /// The notice as lines of at most `width` columns: headings, paragraphs, lists and fields as text,
    /// register text made safe for the terminal by the wrapping.
    static func lines(_ register: Register, language: Language, width: Int) -> [String] {
        let document = PrivacyNotice.document(register, options: NoticeOptions(language: language))
        let width = max(20, width)
        var lines: [String] = []
        func add(_ text: String, indent: String = "", first: String? = nil) {
            for (index, line) in DisplayWidth.wrap(text, width: width - indent.count).enumerated() {
                lines.append((index == 0 ? first ?? indent : indent) + line)
            }
        }
        func joined(_ runs: [TextRun]) -> String { runs.map(\.text).joined() }
        add(document.title.uppercased())
        for line in document.subtitle { add(line) }
        for block in document.blocks {
            switch block {
            case .heading(let level, let text, _):
                lines.append("")
                add(level == 1 ? text.uppercased() : text)
            case .paragraph(let runs):
                add(joined(runs))
            case .bulletList(let items):
                for item in items { add(joined(item), indent: "  ", first: "• ") }
            case .fields(let fields):
                for field in fields {
                    add(field.label + ":")
                    for line in field.lines { add(joined(line), indent: "    ", first: "  • ") }
                }
            case .table(let table):
                for row in table.rows { add(row.joined(separator: " · ")) }
            case .contents, .pageBreak:
                break
            }
        }
        return lines
    }

    /// Writes the notice to `path` in the format its ending names and the language of the UI, returning
    /// the paths written.
    static func export(_ register: Register, language: Language, to path: String) throws -> [String] {
        let format = NoticeFormat(noticePath: path) ?? .markdown
        let document = PrivacyNotice.document(register, options: NoticeOptions(language: language))
        return try Exporter.write([ExportFile(name: "notice.\(format.fileExtension)", bytes: try format.render(document))], to: path)
    }
}
