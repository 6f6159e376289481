import RopaModel

/// Writes a `Document` as one self-contained HTML file: no script, no external style, font or image, so it
/// opens anywhere and a browser prints it to PDF as the document it is: A4 pages with their numbers, the
/// title page on its own, wide tables on landscape pages, the contents as links to the headings.
public enum HTMLRenderer {
    public static func render(_ document: Document) -> [UInt8] {
        var writer = HTMLWriter(document: document)
        writer.write()
        return writer.bytes
    }
}

private struct HTMLWriter {
    let document: Document
    let headings: HeadingIndex
    var bytes: [UInt8] = []

    init(document: Document) {
        self.document = document
        headings = HeadingIndex(document.blocks) { anchor, number in
            // An id may be any text without spaces; anything else gets a made-up one.
            if let anchor, !anchor.isEmpty, !anchor.contains(where: \.isWhitespace), !anchor.hasPrefix("h-") { return anchor }
            return "h-\(number)"
        }
        bytes.reserveCapacity(4_096 + document.blocks.count * 400)
    }

    private var language: Language { document.language }

    mutating func write() {
        raw("<!DOCTYPE html>\n<html lang=\"\(DocumentPhrase.tag(language))\">\n<head>\n<meta charset=\"utf-8\">\n")
        raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        raw("<meta name=\"generator\" content=\"ropa\">\n")
        if let stamp = document.versionStamp {
            raw("<meta name=\"ropa-register-version\" content=\"")
            text(stamp, .attribute)
            raw("\">\n")
        }
        raw("<title>")
        text(([document.title] + document.subtitle.prefix(1)).joined(separator: " · "), .attribute)
        raw("</title>\n<style>\n")
        raw(Self.style(language))
        raw("</style>\n</head>\n<body>\n<header class=\"title-page\">\n<h1 class=\"title\">")
        text(document.title)
        raw("</h1>\n")
        for line in document.subtitle {
            raw("<p class=\"subtitle\">")
            text(line)
            raw("</p>\n")
        }
        raw("</header>\n<main>\n")
        for (position, block) in document.blocks.enumerated() {
            if document.opensLandscapePage(at: position) { raw("<div class=\"landscape\">\n") }
            write(block, at: position)
            if case .table(let table) = block, table.landscape { raw("</div>\n") }
        }
        raw("</main>\n</body>\n</html>\n")
    }

    private mutating func write(_ block: DocumentBlock, at position: Int) {
        switch block {
        case .heading(let level, let title, _):
            let tag = "h\(min(max(level, 1) + 1, 6))"
            raw("<\(tag) id=\"")
            text(headings.id(ofBlock: position) ?? "", .attribute)
            raw("\">")
            text(title)
            raw("</\(tag)>\n")
        case .paragraph(let runs):
            raw("<p>")
            write(runs)
            raw("</p>\n")
        case .bulletList(let items):
            raw("<ul>\n")
            for item in items {
                raw("<li>")
                write(item)
                raw("</li>\n")
            }
            raw("</ul>\n")
        case .fields(let fields):
            write(fields)
        case .table(let table):
            write(table)
        case .contents(let depth):
            writeContents(depth: depth)
        case .pageBreak:
            raw("<div class=\"page-break\"></div>\n")
        }
    }

    /// Label–value pairs as a two-column table: the label beside its value, several lines as a list.
    private mutating func write(_ fields: [DocumentField]) {
        raw("<table class=\"fields\">\n<colgroup><col class=\"label\"><col></colgroup>\n<tbody>\n")
        for field in fields {
            raw("<tr><th scope=\"row\">")
            text(field.label)
            raw("</th><td>")
            if field.lines.count == 1 {
                write(field.lines[0])
            } else if !field.lines.isEmpty {
                raw("<ul>")
                for line in field.lines {
                    raw("<li>")
                    write(line)
                    raw("</li>")
                }
                raw("</ul>")
            }
            raw("</td></tr>\n")
        }
        raw("</tbody>\n</table>\n")
    }

    private mutating func write(_ table: DocumentTable) {
        raw("<table class=\"data\">\n<colgroup>")
        let total = table.columns.reduce(0) { $0 + max($1.weight, 0) }
        for column in table.columns {
            let share = total > 0 ? max(column.weight, 0) / total * 100 : 100 / Double(max(table.columns.count, 1))
            raw("<col style=\"width:\(Self.percent(share))%\">")
        }
        raw("</colgroup>\n<thead><tr>")
        for column in table.columns {
            raw("<th scope=\"col\">")
            text(column.title)
            raw("</th>")
        }
        raw("</tr></thead>\n<tbody>\n")
        for row in table.rows {
            raw("<tr>")
            for column in table.columns.indices {
                raw("<td>")
                if column < row.count { text(row[column]) }
                raw("</td>")
            }
            raw("</tr>\n")
        }
        raw("</tbody>\n</table>\n")
    }

    /// The contents: a link to every heading down to `depth`, indented by level.
    private mutating func writeContents(depth: Int) {
        raw("<nav class=\"contents\">\n<h2 class=\"contents-title\">")
        text(DocumentPhrase.contents.text(language))
        raw("</h2>\n<ul>\n")
        for entry in headings.entries where entry.level <= depth {
            raw("<li class=\"level-\(min(max(entry.level, 1), 6))\"><a href=\"#")
            text(entry.id, .attribute)
            raw("\">")
            text(entry.text)
            raw("</a></li>\n")
        }
        raw("</ul>\n</nav>\n")
    }

    private mutating func write(_ runs: [TextRun]) {
        for run in runs {
            let target = LinkTarget(run.link)
            var href: String?
            switch target {
            case .anchor(let anchor): href = headings.id(ofAnchor: anchor).map { "#\($0)" }
            case .external(let address): href = address
            case nil: break
            }
            if let href {
                raw("<a href=\"")
                text(href, .attribute)
                raw("\">")
            }
            if run.bold { raw("<strong>") }
            if run.italic { raw("<em>") }
            text(run.text)
            if run.italic { raw("</em>") }
            if run.bold { raw("</strong>") }
            if href != nil { raw("</a>") }
        }
    }

    private mutating func raw(_ string: StaticString) {
        string.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func raw(_ string: String) {
        bytes.append(contentsOf: string.utf8)
    }

    private mutating func text(_ value: String, _ style: MarkupText = .html) {
        style.append(value, to: &bytes)
    }

    private static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// Print first: A4 with page numbers in the bottom margin, the title page alone, chapters kept with
    /// their first lines, rows not split across pages, table headers repeated, wide tables on landscape pages.
    private static func style(_ language: Language) -> String {
        let page = DocumentPhrase.page.text(language)
        let of = DocumentPhrase.of.text(language)
        return """
        @page { size: A4; margin: 20mm 18mm 22mm 18mm;
          @bottom-center { content: "\(page) " counter(page) " \(of) " counter(pages); font: 9pt Arial, "Liberation Sans", "DejaVu Sans", sans-serif; color: #444; } }
        @page wide { size: A4 landscape; margin: 16mm 18mm 20mm 18mm; }
        html { font: 10.5pt/1.45 Arial, "Liberation Sans", "DejaVu Sans", sans-serif; color: #111; }
        body { margin: 0; }
        h1, h2, h3, h4, h5, h6 { line-height: 1.25; break-after: avoid; page-break-after: avoid; }
        h1.title { font-size: 24pt; margin: 30mm 0 8mm; }
        h2 { font-size: 16pt; margin: 1.4em 0 0.5em; }
        h3 { font-size: 13pt; margin: 1.3em 0 0.4em; }
        h4, h5, h6 { font-size: 11pt; margin: 1.1em 0 0.3em; }
        p.subtitle { font-size: 12pt; margin: 0.2em 0; }
        .title-page { break-after: page; page-break-after: always; }
        .page-break { break-after: page; page-break-after: always; }
        .landscape { page: wide; }
        a { color: #1a4d8f; text-decoration: none; }
        table { border-collapse: collapse; width: 100%; margin: 0.4em 0 1em; }
        th, td { text-align: left; vertical-align: top; padding: 3pt 5pt; overflow-wrap: break-word; hyphens: manual; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        thead { display: table-header-group; }
        table.fields { table-layout: fixed; }
        table.fields col.label { width: 32%; }
        table.fields th { font-weight: bold; background: #f1f3f5; border-bottom: 1px solid #fff; }
        table.fields td { border-bottom: 1px solid #dde1e5; }
        table.fields ul, td ul { margin: 0; padding-left: 1.1em; }
        table.data { table-layout: fixed; font-size: 9pt; }
        table.data th { background: #e4e8ec; border: 1px solid #b8bfc6; }
        table.data td { border: 1px solid #ccd2d8; }
        nav.contents ul { list-style: none; padding: 0; }
        nav.contents li { margin: 0.15em 0; }
        nav.contents li.level-2 { padding-left: 1.5em; }
        nav.contents li.level-3 { padding-left: 3em; }
        nav.contents li.level-4, nav.contents li.level-5, nav.contents li.level-6 { padding-left: 4.5em; }
        @media screen { body { max-width: 50em; margin: 2em auto; padding: 0 1em; } .title-page { border-bottom: 1px solid #ccc; } }

        """
    }
}
