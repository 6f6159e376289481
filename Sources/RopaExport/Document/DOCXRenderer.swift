import RopaArchive
import RopaModel

/// Writes a `Document` as a Word document (WordprocessingML, ECMA-376) in a ZIP package: A4 pages with the
/// page number in the footer, the document's language on all text, headings in Word's heading styles with
/// a contents field over them, label–value fields as two-column tables, wide tables in landscape sections.
/// The same document always gives the same bytes.
public enum DOCXRenderer {
    public static func render(_ document: Document) throws -> [UInt8] {
        var body = DOCXBodyWriter(document: document)
        body.write()
        var zip = ZipWriter()
        // Deflated: the body of a large register is a hundred megabytes of markup that repeats on every line.
        func add(_ name: String, _ bytes: [UInt8]) throws {
            try zip.addDeflated(name, data: bytes, compressed: Deflate.compress(bytes))
        }
        try add("[Content_Types].xml", Array(DOCXParts.contentTypes.utf8))
        try add("_rels/.rels", Array(DOCXParts.packageRelationships.utf8))
        let (compressed, crc, size) = body.finish()
        try zip.addDeflated("word/document.xml", compressed: compressed, crc: crc, size: size)
        try add("word/_rels/document.xml.rels", DOCXParts.documentRelationships(hyperlinks: body.hyperlinks))
        try add("word/styles.xml", Array(DOCXParts.styles(document.language).utf8))
        try add("word/numbering.xml", Array(DOCXParts.numbering.utf8))
        try add("word/settings.xml", Array(DOCXParts.settings(document.language).utf8))
        try add("word/footer1.xml", DOCXParts.footer(document))
        try add("docProps/core.xml", DOCXParts.coreProperties(document))
        try add("docProps/app.xml", Array(DOCXParts.appProperties.utf8))
        try add("docProps/custom.xml", DOCXParts.customProperties(document))
        return try zip.finish()
    }
}

/// The body, `word/document.xml`, written straight into its bytes and compressed a megabyte at a time.
private struct DOCXBodyWriter {
    let document: Document
    let headings: HeadingIndex
    private var bytes: [UInt8] = []
    private var stream = DeflateStream()
    private static let chunk = 1 << 20
    /// External links by relationship id, in the order they were first used.
    private(set) var hyperlinks: [(id: String, target: String)] = []
    private var hyperlinkIDs: [String: String] = [:]

    init(document: Document) {
        self.document = document
        // Bookmarks: Word allows 40 characters, a letter or underscore first; "_Toc" keeps them out of its list.
        headings = HeadingIndex(document.blocks) { _, number in "_Toc\(number)" }
        bytes.reserveCapacity(Self.chunk + (Self.chunk >> 2))
    }

    /// The compressed body, its CRC-32 and its size.
    mutating func finish() -> (compressed: [UInt8], crc: UInt32, size: Int) {
        flush()
        return stream.finish()
    }

    private mutating func flush() {
        stream.write(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func write() {
        raw(DOCXParts.header)
        raw("<w:document \(DOCXParts.wordNamespaces)><w:body>")
        paragraph(style: "Title", document.title)
        for line in document.subtitle { paragraph(style: "Subtitle", line) }
        // The title page stands alone.
        raw("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>")
        for (position, block) in document.blocks.enumerated() {
            if document.opensLandscapePage(at: position) { sectionBreak(endingLandscape: false) }
            write(block, at: position)
            if bytes.count >= Self.chunk { flush() }
        }
        raw("<w:sectPr>")
        sectionProperties(landscape: false)
        raw("</w:sectPr></w:body></w:document>")
    }

    private mutating func write(_ block: DocumentBlock, at position: Int) {
        switch block {
        case .heading(let level, let title, _):
            let level = min(max(level, 1), 4)
            raw("<w:p><w:pPr><w:pStyle w:val=\"Heading\(level)\"/></w:pPr>")
            let bookmark = headings.id(ofBlock: position) ?? ""
            raw("<w:bookmarkStart w:id=\"\(position)\" w:name=\"\(bookmark)\"/>")
            run(TextRun(title))
            raw("<w:bookmarkEnd w:id=\"\(position)\"/></w:p>")
        case .paragraph(let runs):
            raw("<w:p>")
            write(runs)
            raw("</w:p>")
        case .bulletList(let items):
            for item in items { bullet(item, style: "ListBullet") }
        case .fields(let fields):
            write(fields)
        case .table(let table):
            write(table)
        case .contents(let depth):
            writeContents(depth: depth)
        case .pageBreak:
            raw("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>")
        }
    }

    // MARK: Fields and tables

    /// Label–value pairs as a two-column table: the label a third of the width, its value beside it.
    private mutating func write(_ fields: [DocumentField]) {
        guard !fields.isEmpty else { return }
        let width = DOCXParts.portraitTextWidth
        let labelWidth = width * 32 / 100
        raw("<w:tbl><w:tblPr><w:tblStyle w:val=\"FieldTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLayout w:type=\"fixed\"/>")
        raw("<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>")
        raw("<w:tblGrid><w:gridCol w:w=\"\(labelWidth)\"/><w:gridCol w:w=\"\(width - labelWidth)\"/></w:tblGrid>")
        // The cells' widths come from the grid: a fixed layout needs no width per cell.
        for field in fields {
            raw("<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F1F3F5\"/></w:tcPr>")
            paragraph(style: "FieldLabel", field.label)
            raw("</w:tc><w:tc>")
            if field.lines.count == 1 {
                raw("<w:p><w:pPr><w:pStyle w:val=\"FieldValue\"/></w:pPr>")
                write(field.lines[0])
                raw("</w:p>")
            } else if field.lines.isEmpty {
                raw("<w:p><w:pPr><w:pStyle w:val=\"FieldValue\"/></w:pPr></w:p>")
            } else {
                for line in field.lines { bullet(line, style: "FieldValue") }
            }
            raw("</w:tc></w:tr>")
        }
        raw("</w:tbl>")
        // A paragraph between two tables keeps Word from joining them into one.
        raw("<w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:p>")
    }

    /// A table with a header row repeated on every page, its columns shared out by their weights; a wide
    /// one ends the landscape section that `write()` started before it (or before its heading).
    private mutating func write(_ table: DocumentTable) {
        guard !table.columns.isEmpty else { return }
        let width = table.landscape ? DOCXParts.landscapeTextWidth : DOCXParts.portraitTextWidth
        let total = table.columns.reduce(0) { $0 + max($1.weight, 0) }
        let widths = table.columns.map { column in
            total > 0 ? Int(Double(width) * max(column.weight, 0) / total) : width / table.columns.count
        }
        raw("<w:tbl><w:tblPr><w:tblStyle w:val=\"DataTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLayout w:type=\"fixed\"/>")
        raw("<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>")
        for columnWidth in widths { raw("<w:gridCol w:w=\"\(columnWidth)\"/>") }
        raw("</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
        for (column, columnWidth) in zip(table.columns, widths) {
            raw("<w:tc><w:tcPr><w:tcW w:w=\"\(columnWidth)\" w:type=\"dxa\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E4E8EC\"/></w:tcPr>")
            paragraph(style: "TableHeading", column.title)
            raw("</w:tc>")
        }
        raw("</w:tr>")
        for row in table.rows {
            raw("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
            for column in widths.indices {
                raw("<w:tc>")
                paragraph(style: "TableText", column < row.count ? row[column] : "")
                raw("</w:tc>")
            }
            raw("</w:tr>")
        }
        raw("</w:tbl>")
        if table.landscape {
            sectionBreak(endingLandscape: true)
        } else {
            raw("<w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:p>")
        }
    }

    /// Ends the section so far with an empty paragraph holding its properties: portrait before a wide
    /// table, landscape after it. The next section starts on a new page.
    private mutating func sectionBreak(endingLandscape landscape: Bool) {
        raw("<w:p><w:pPr><w:spacing w:after=\"0\"/><w:sectPr>")
        sectionProperties(landscape: landscape)
        raw("</w:sectPr></w:pPr></w:p>")
    }

    private mutating func sectionProperties(landscape: Bool) {
        raw("<w:footerReference w:type=\"default\" r:id=\"\(DOCXParts.footerRelationship)\"/>")
        if landscape {
            raw("<w:pgSz w:w=\"\(DOCXParts.pageHeight)\" w:h=\"\(DOCXParts.pageWidth)\" w:orient=\"landscape\"/>")
        } else {
            raw("<w:pgSz w:w=\"\(DOCXParts.pageWidth)\" w:h=\"\(DOCXParts.pageHeight)\"/>")
        }
        let margin = DOCXParts.margin
        raw("<w:pgMar w:top=\"\(margin)\" w:right=\"\(margin)\" w:bottom=\"\(margin)\" w:left=\"\(margin)\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>")
    }

    // MARK: Contents

    /// The contents: an entry per heading down to `depth`, linked to it, with its page number as a PAGEREF
    /// field. Written as entries rather than as a TOC field: LibreOffice shows a TOC field's entries as they
    /// were saved (no page numbers, since ropa cannot know them), while it computes PAGEREF fields as it lays
    /// the pages out, and Word updates them on opening (settings: updateFields).
    private mutating func writeContents(depth: Int) {
        let depth = min(max(depth, 1), 3)
        paragraph(style: "TOCHeading", DocumentPhrase.contents.text(document.language))
        for entry in headings.entries where entry.level <= depth {
            raw("<w:p><w:pPr><w:pStyle w:val=\"TOC\(min(max(entry.level, 1), 3))\"/></w:pPr>")
            raw("<w:hyperlink w:anchor=\"\(entry.id)\" w:history=\"1\">")
            run(TextRun(entry.text))
            raw("<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>")
            raw("<w:r><w:instrText xml:space=\"preserve\"> PAGEREF \(entry.id) \\h </w:instrText></w:r>")
            raw("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t></w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")
            raw("</w:hyperlink></w:p>")
        }
    }

    // MARK: Paragraphs and runs

    private mutating func paragraph(style: String, _ text: String) {
        raw("<w:p><w:pPr><w:pStyle w:val=\"")
        raw(style)
        raw("\"/></w:pPr>")
        if !text.isEmpty { run(TextRun(text)) }
        raw("</w:p>")
    }

    private mutating func bullet(_ runs: [TextRun], style: String) {
        raw("<w:p><w:pPr><w:pStyle w:val=\"")
        raw(style)
        raw(Self.bulletProperties)
        write(runs)
        raw("</w:p>")
    }

    private mutating func write(_ runs: [TextRun]) {
        for item in runs {
            switch LinkTarget(item.link) {
            case .anchor(let anchor):
                // A link to a heading the document does not have stays text.
                guard let bookmark = headings.id(ofAnchor: anchor) else {
                    run(item)
                    continue
                }
                raw("<w:hyperlink w:anchor=\"")
                raw(bookmark)
                raw("\" w:history=\"1\">")
                run(item, linked: true)
                raw("</w:hyperlink>")
            case .external(let address):
                raw("<w:hyperlink r:id=\"\(hyperlinkID(address))\" w:history=\"1\">")
                run(item, linked: true)
                raw("</w:hyperlink>")
            case nil:
                run(item)
            }
        }
    }

    private mutating func run(_ item: TextRun, linked: Bool = false) {
        guard !item.text.isEmpty else { return }
        raw("<w:r>")
        if item.bold || item.italic || linked {
            raw("<w:rPr>")
            if linked { raw("<w:rStyle w:val=\"Hyperlink\"/>") }
            if item.bold { raw("<w:b/>") }
            if item.italic { raw("<w:i/>") }
            raw("</w:rPr>")
        }
        // Spaces at either end, or several together, are kept only where the text says so.
        raw(Self.needsPreserve(item.text) ? "<w:t xml:space=\"preserve\">" : "<w:t>")
        MarkupText.wordprocessing.append(item.text, to: &bytes)
        raw("</w:t></w:r>")
    }

    private static func needsPreserve(_ text: String) -> Bool {
        var text = text
        // Over the contiguous bytes: walking a String's UTF-8 view a byte at a time was a sixth of the body.
        return text.withUTF8 { utf8 in
            guard let first = utf8.first, let last = utf8.last else { return false }
            if first == 0x20 || last == 0x20 { return true }
            var previous: UInt8 = 0
            for byte in utf8 {
                if (byte == 0x20 && previous == 0x20) || byte == 0x09 || byte == 0x0A || byte == 0x0D { return true }
                previous = byte
            }
            return false
        }
    }

    /// The rest of a bullet paragraph's properties after its style name.
    private static let bulletProperties = "\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"\(DOCXParts.bulletNumbering)\"/></w:numPr></w:pPr>"

    private mutating func hyperlinkID(_ address: String) -> String {
        if let id = hyperlinkIDs[address] { return id }
        let id = "rIdLink\(hyperlinks.count + 1)"
        hyperlinkIDs[address] = id
        hyperlinks.append((id, address))
        return id
    }

    private mutating func raw(_ string: String) {
        var string = string
        string.withUTF8 { bytes.append(contentsOf: $0) }
    }
}
