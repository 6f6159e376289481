import RopaArchive
import RopaModel

/// Writes a workbook as an Office Open XML spreadsheet (ECMA-376 SpreadsheetML): a ZIP package of XML parts.
/// Strings are inline (`t="inlineStr"`), so there is no shared-string table to keep in step. Each sheet's
/// header row is frozen and filtered, columns are as wide as their text (within bounds), long text wraps, and
/// dates are numbers with a date format, as Excel stores them.
///
/// Excel's rules are met: no character XML 1.0 forbids (dropped, and counted), at most 32 767 characters in a
/// cell (a longer value is cut and ends with a note saying how much is left out), sheet names of at most 31
/// characters without `[]:*?/\`, each once.
enum XLSXWriter {
    static let cellLimit = 32_767
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Styles by index in styles.xml's cellXfs.
    enum Style: Int {
        case plain = 0, header = 1, wrapped = 2, date = 3
    }

    /// The package's bytes, and how many characters had to be dropped or cut.
    static func write(_ workbook: Workbook) throws -> (bytes: [UInt8], dropped: Int, cut: Int) {
        var zip = ZipWriter()
        let names = sheetNames(workbook.sheets.map(\.name))
        try zip.addStored("[Content_Types].xml", contentTypes(sheets: workbook.sheets.count))
        try zip.addStored("_rels/.rels", Array(packageRelationships.utf8))
        try zip.addStored("docProps/core.xml", core(workbook))
        try zip.addStored("docProps/custom.xml", custom(workbook.properties))
        try zip.addStored("xl/workbook.xml", workbookPart(workbook.sheets, names: names))
        try zip.addStored("xl/_rels/workbook.xml.rels", workbookRelationships(sheets: workbook.sheets.count))
        try zip.addStored("xl/styles.xml", Array(styles.utf8))
        var dropped = 0, cut = 0
        for (index, sheet) in workbook.sheets.enumerated() {
            let part = worksheet(sheet, language: workbook.language)
            dropped += part.dropped
            cut += part.cut
            try zip.addStored("xl/worksheets/sheet\(index + 1).xml", part.bytes)
        }
        return (try zip.finish(), dropped, cut)
    }

    // MARK: Names and references

    /// Sheet names Excel accepts: forbidden characters replaced, at most 31 characters, each name once.
    static func sheetNames(_ names: [String]) -> [String] {
        var used = Set<String>()
        return names.map { name in
            var clean = String(name.map { "[]:*?/\\".contains($0) ? "-" : $0 }.filter { !$0.isASCII || $0.asciiValue.map { $0 >= 0x20 } == true })
            if clean.isEmpty { clean = "Sheet" }
            clean = String(clean.prefix(31))
            var candidate = clean
            var counter = 2
            while used.contains(candidate.lowercased()) {
                let suffix = " (\(counter))"
                candidate = String(clean.prefix(31 - suffix.count)) + suffix
                counter += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }

    /// "A", "B", …, "Z", "AA", … for a zero-based column.
    static func columnName(_ index: Int) -> String {
        var number = index + 1
        var name: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            name.insert(Character(Unicode.Scalar(UInt8(65 + remainder))), at: 0)
            number = (number - 1) / 26
        }
        return String(name)
    }

    // MARK: Worksheets

    static func worksheet(_ sheet: Sheet, language: Language) -> (bytes: [UInt8], dropped: Int, cut: Int) {
        let columnCount = max(sheet.headers.count, sheet.rows.map(\.count).max() ?? 0, 1)
        let columnNames = (0..<columnCount).map(columnName)
        var widths = sheet.headers.map { displayWidth($0) + 2 }
        widths += Array(repeating: 8, count: columnCount - widths.count)
        for row in sheet.rows {
            for (index, cell) in row.enumerated() {
                switch cell {
                case .text(let text): widths[index] = max(widths[index], min(displayWidth(text), 60))
                case .date: widths[index] = max(widths[index], 11)
                case .empty: break
                }
            }
        }
        var xml = XMLWriter(capacity: 256 + sheet.rows.count * columnCount * 40)
        var cut = 0
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"")
        xml.raw(mainNamespace)
        xml.raw("\" xmlns:r=\"")
        xml.raw(relationshipNamespace)
        xml.raw("\"><dimension ref=\"A1:")
        xml.raw(columnNames[columnCount - 1])
        xml.number(sheet.rows.count + 1)
        xml.raw("\"/><sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
        xml.raw("<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>")
        for (index, width) in widths.enumerated() {
            xml.raw("<col min=\"")
            xml.number(index + 1)
            xml.raw("\" max=\"")
            xml.number(index + 1)
            xml.raw("\" width=\"")
            xml.number(min(max(width, 6), 62))
            xml.raw("\" customWidth=\"1\"/>")
        }
        xml.raw("</cols><sheetData><row r=\"1\">")
        for (index, header) in sheet.headers.enumerated() {
            cell(&xml, reference: columnNames[index], row: 1, .text(header), style: .header, cut: &cut, language: language)
        }
        xml.raw("</row>")
        for (offset, row) in sheet.rows.enumerated() {
            let number = offset + 2
            xml.raw("<row r=\"")
            xml.number(number)
            xml.raw("\">")
            for (index, value) in row.enumerated() {
                cell(&xml, reference: columnNames[index], row: number, value, style: nil, cut: &cut, language: language)
            }
            xml.raw("</row>")
        }
        xml.raw("</sheetData>")
        if sheet.isTable {
            xml.raw("<autoFilter ref=\"A1:")
            xml.raw(columnNames[columnCount - 1])
            xml.number(sheet.rows.count + 1)
            xml.raw("\"/>")
        }
        xml.raw("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>")
        return (xml.bytes, xml.dropped, cut)
    }

    private static func cell(_ xml: inout XMLWriter, reference: String, row: Int, _ value: Cell, style: Style?, cut: inout Int, language: Language) {
        switch value {
        case .empty:
            return
        case .date(let date):
            xml.raw("<c r=\"")
            xml.raw(reference)
            xml.number(row)
            xml.raw("\" s=\"3\"><v>")
            // Excel's serial day: days since 1899-12-30.
            xml.number(date.dayNumber + 25_569)
            xml.raw("</v></c>")
        case .text(var text):
            // UTF-16 is never longer than UTF-8: counting it (a walk over the text) only for long text.
            if text.utf8.count > cellLimit, text.utf16.count > cellLimit {
                text = cutToLimit(text, language: language)
                cut += 1
            }
            let chosen = style ?? (text.utf8.count > 60 || XMLWriter.containsLineFeed(text) ? .wrapped : .plain)
            xml.raw("<c r=\"")
            xml.raw(reference)
            xml.number(row)
            if chosen != .plain {
                xml.raw("\" s=\"")
                xml.number(chosen.rawValue)
            }
            xml.raw("\" t=\"inlineStr\"><is><t")
            if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
               isWhitespace(first) || isWhitespace(last) {
                xml.raw(" xml:space=\"preserve\"")
            }
            xml.raw(">")
            xml.text(text)
            xml.raw("</t></is></c>")
        }
    }

    /// Unicode's White_Space, answered for ASCII without looking up the scalar's properties.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isWhitespace }
        return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D)
    }

    /// The text cut to Excel's limit, ending with a note of how many characters ropa keeps beyond it.
    static func cutToLimit(_ text: String, language: Language) -> String {
        let total = text.count
        var keep = min(total, cellLimit)
        while true {
            let note = WorkbookLabel.cutNote(total - keep, language: language)
            let prefix = text.prefix(keep)
            // Every character is at least one UTF-16 unit: dropping as many characters as units over is enough.
            let over = prefix.utf16.count + note.utf16.count - cellLimit
            if over <= 0 { return prefix + note }
            keep -= over
        }
    }

    /// Roughly how many character widths text takes: its longest line, in Unicode scalars (counted on the
    /// UTF-8 bytes in one pass; counting characters was a fifth of writing a large workbook).
    static func displayWidth(_ text: String) -> Int {
        var text = text
        // Over the contiguous bytes: the UTF-8 view's iterator costs several times more per byte.
        return text.withUTF8 { utf8 in
            var longest = 0, current = 0
            for byte in utf8 {
                if byte == 0x0A {
                    longest = max(longest, current)
                    current = 0
                } else if byte & 0xC0 != 0x80 {
                    current += 1
                }
            }
            return max(longest, current)
        }
    }

    // MARK: Package parts

    static func contentTypes(sheets: Int) -> [UInt8] {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        for index in 1...max(sheets, 1) where sheets > 0 {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        xml += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        xml += "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        xml += "<Override PartName=\"/docProps/custom.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/>"
        xml += "</Types>"
        return Array(xml.utf8)
    }

    static let packageRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
    <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>\
    </Relationships>
    """

    static func core(_ workbook: Workbook) -> [UInt8] {
        var xml = XMLWriter()
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>")
        xml.text(workbook.title)
        xml.raw("</dc:title><dc:creator>ropa</dc:creator><dc:language>")
        xml.raw(workbook.language == .sv ? "sv-SE" : "en-GB")
        xml.raw("</dc:language></cp:coreProperties>")
        return xml.bytes
    }

    static func custom(_ properties: [(name: String, value: String)]) -> [UInt8] {
        var xml = XMLWriter()
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">")
        for (index, property) in properties.enumerated() {
            xml.raw("<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"")
            xml.number(index + 2)
            xml.raw("\" name=\"")
            xml.text(property.name)
            xml.raw("\"><vt:lpwstr>")
            xml.text(property.value)
            xml.raw("</vt:lpwstr></property>")
        }
        xml.raw("</Properties>")
        return xml.bytes
    }

    static func workbookPart(_ sheets: [Sheet], names: [String]) -> [UInt8] {
        var xml = XMLWriter()
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"")
        xml.raw(mainNamespace)
        xml.raw("\" xmlns:r=\"")
        xml.raw(relationshipNamespace)
        xml.raw("\"><bookViews><workbookView/></bookViews><sheets>")
        for (index, name) in names.enumerated() {
            xml.raw("<sheet name=\"")
            xml.text(name)
            xml.raw("\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>")
        }
        xml.raw("</sheets>")
        let filtered = sheets.indices.filter { sheets[$0].isTable }
        if !filtered.isEmpty {
            xml.raw("<definedNames>")
            for index in filtered {
                let sheet = sheets[index]
                let last = columnName(max(sheet.headers.count, 1) - 1)
                xml.raw("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">")
                xml.text("'\(names[index].replacingOccurrences(of: "'", with: "''"))'!$A$1:$\(last)$\(sheet.rows.count + 1)")
                xml.raw("</definedName>")
            }
            xml.raw("</definedNames>")
        }
        xml.raw("</workbook>")
        return xml.bytes
    }

    static func workbookRelationships(sheets: Int) -> [UInt8] {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in 0..<sheets {
            xml += "<Relationship Id=\"rId\(index + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(sheets + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        xml += "</Relationships>"
        return Array(xml.utf8)
    }

    /// Plain, a bold header on a light fill, wrapped text at the top of its cell, and ISO dates.
    static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
    <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>\
    <fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>\
    <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
    <fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>\
    <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
    <cellXfs count="4">\
    <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf>\
    <xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
    <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
    <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="left" vertical="top"/></xf>\
    </cellXfs>\
    <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
    </styleSheet>
    """
}
