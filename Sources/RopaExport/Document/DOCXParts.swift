import RopaModel

/// The parts of a DOCX package besides the body (ECMA-376 Part 1): content types, relationships, styles
/// with the heading styles Word builds its contents from, bullet numbering, settings, the footer with the
/// page number, and the core, extended and custom properties (the register version is a custom property).
enum DOCXParts {
    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let wordNamespaces = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

    /// A4 in twentieths of a point, and the margins (2 cm) around the text.
    static let pageWidth = 11906
    static let pageHeight = 16838
    static let margin = 1134
    static let portraitTextWidth = pageWidth - 2 * margin
    static let landscapeTextWidth = pageHeight - 2 * margin
    static let footerRelationship = "rIdFooter1"
    static let bulletNumbering = 1

    static let contentTypes = header + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
        <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
        <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
        <Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>\
        </Types>
        """

    static let packageRelationships = header + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
        <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>\
        </Relationships>
        """

    /// The body's relationships: its parts, then one per external link (`hyperlinks` are id and address).
    static func documentRelationships(hyperlinks: [(id: String, target: String)]) -> [UInt8] {
        var bytes = Array((header + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            <Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
            <Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
            <Relationship Id="\(footerRelationship)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
            """).utf8)
        for link in hyperlinks {
            bytes.append(contentsOf: "<Relationship Id=\"\(link.id)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"".utf8)
            MarkupText.attribute.append(link.target, to: &bytes)
            bytes.append(contentsOf: "\" TargetMode=\"External\"/>".utf8)
        }
        bytes.append(contentsOf: "</Relationships>".utf8)
        return bytes
    }

    /// Styles: the language and font of all text, the headings (with outline levels, so Word's and
    /// LibreOffice's contents find them), title, contents entries, field labels, table text, bullets.
    static func styles(_ language: Language) -> String {
        let tag = DocumentPhrase.tag(language)
        func heading(_ level: Int, size: Int, before: Int) -> String {
            """
            <w:style w:type="paragraph" w:styleId="Heading\(level)"><w:name w:val="heading \(level)"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>\
            <w:spacing w:before="\(before)" w:after="120"/><w:outlineLvl w:val="\(level - 1)"/></w:pPr>\
            <w:rPr><w:b/><w:color w:val="1F3A5F"/><w:sz w:val="\(size)"/><w:szCs w:val="\(size)"/></w:rPr></w:style>
            """
        }
        func contentsEntry(_ level: Int) -> String {
            """
            <w:style w:type="paragraph" w:styleId="TOC\(level)"><w:name w:val="toc \(level)"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="\(portraitTextWidth)"/></w:tabs>\
            <w:spacing w:after="40"/><w:ind w:left="\((level - 1) * 284)"/></w:pPr></w:style>
            """
        }
        return header + """
            <w:styles \(wordNamespaces)>\
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>\
            <w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="\(tag)" w:eastAsia="\(tag)" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:after="100" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
            <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>\
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>\
            <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>\
            <w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Subtitle"/><w:qFormat/>\
            <w:pPr><w:spacing w:before="2400" w:after="480"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3A5F"/><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:spacing w:after="80"/></w:pPr><w:rPr><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>\
            \(heading(1, size: 32, before: 360))\(heading(2, size: 26, before: 320))\(heading(3, size: 22, before: 240))\(heading(4, size: 20, before: 200))\
            <w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
            <w:uiPriority w:val="39"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="200"/></w:pPr>\
            <w:rPr><w:b/><w:color w:val="1F3A5F"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>\
            \(contentsEntry(1))\(contentsEntry(2))\(contentsEntry(3))\
            <w:style w:type="paragraph" w:styleId="FieldLabel"><w:name w:val="Field Label"/><w:basedOn w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="FieldValue"><w:name w:val="Field Value"/><w:basedOn w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="TableHeading"><w:name w:val="Table Heading"/><w:basedOn w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:keepNext/><w:spacing w:before="20" w:after="20"/></w:pPr><w:rPr><w:b/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:spacing w:before="20" w:after="20"/><w:ind w:left="284" w:hanging="284"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:color w:val="555555"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>\
            <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/>\
            <w:uiPriority w:val="99"/><w:rPr><w:color w:val="1A4D8F"/></w:rPr></w:style>\
            <w:style w:type="table" w:styleId="FieldTable"><w:name w:val="Field Table"/><w:basedOn w:val="TableNormal"/>\
            <w:tblPr><w:tblBorders><w:bottom w:val="single" w:sz="4" w:space="0" w:color="D5DAE0"/>\
            <w:insideH w:val="single" w:sz="4" w:space="0" w:color="D5DAE0"/></w:tblBorders></w:tblPr></w:style>\
            <w:style w:type="table" w:styleId="DataTable"><w:name w:val="Data Table"/><w:basedOn w:val="TableNormal"/>\
            <w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="A9B1BA"/>\
            <w:left w:val="single" w:sz="4" w:space="0" w:color="A9B1BA"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="A9B1BA"/>\
            <w:right w:val="single" w:sz="4" w:space="0" w:color="A9B1BA"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="C9D0D7"/>\
            <w:insideV w:val="single" w:sz="4" w:space="0" w:color="C9D0D7"/></w:tblBorders></w:tblPr></w:style>\
            </w:styles>
            """
    }

    /// One bullet list definition, with three levels.
    static let numbering = header + """
        <w:numbering \(wordNamespaces)><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>\
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="284" w:hanging="284"/></w:pPr></w:lvl>\
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="568" w:hanging="284"/></w:pPr></w:lvl>\
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="852" w:hanging="284"/></w:pPr></w:lvl>\
        </w:abstractNum><w:num w:numId="\(bulletNumbering)"><w:abstractNumId w:val="0"/></w:num></w:numbering>
        """

    /// Word updates the fields (contents page numbers, page count) when it opens the document. The
    /// elements keep the order of the schema's sequence: Word refuses a settings part out of order.
    static func settings(_ language: Language) -> String {
        header + """
            <w:settings \(wordNamespaces)><w:defaultTabStop w:val="709"/>\
            <w:characterSpacingControl w:val="doNotCompress"/><w:updateFields w:val="true"/>\
            <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>\
            <w:themeFontLang w:val="\(DocumentPhrase.tag(language))"/></w:settings>
            """
    }

    /// "Title · Page 3 of 12" at the foot of every page.
    static func footer(_ document: Document) -> [UInt8] {
        var bytes = Array((header + "<w:ftr \(wordNamespaces)><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr><w:r><w:t xml:space=\"preserve\">").utf8)
        MarkupText.attribute.append(document.title, to: &bytes)
        let page = DocumentPhrase.page.text(document.language)
        let of = DocumentPhrase.of.text(document.language)
        bytes.append(contentsOf: """
             · \(page) </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>\
            <w:r><w:t xml:space="preserve"> \(of) </w:t></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>
            """.utf8)
        return bytes
    }

    static func coreProperties(_ document: Document) -> [UInt8] {
        var bytes = Array((header + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>
            """).utf8)
        MarkupText.attribute.append(document.title, to: &bytes)
        bytes.append(contentsOf: "</dc:title>".utf8)
        if let subject = document.subtitle.first {
            bytes.append(contentsOf: "<dc:subject>".utf8)
            MarkupText.attribute.append(subject, to: &bytes)
            bytes.append(contentsOf: "</dc:subject>".utf8)
        }
        bytes.append(contentsOf: "<dc:creator>ropa</dc:creator><dc:language>\(DocumentPhrase.tag(document.language))</dc:language></cp:coreProperties>".utf8)
        return bytes
    }

    static let appProperties = header + """
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" \
        xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>ropa</Application></Properties>
        """

    /// The name of the custom property that holds the register version the document was made from.
    static let versionProperty = "RegisterVersion"

    static func customProperties(_ document: Document) -> [UInt8] {
        var bytes = Array((header + """
            <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" \
            xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
            """).utf8)
        if let stamp = document.versionStamp {
            bytes.append(contentsOf: "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"\(versionProperty)\"><vt:lpwstr>".utf8)
            MarkupText.attribute.append(stamp, to: &bytes)
            bytes.append(contentsOf: "</vt:lpwstr></property>".utf8)
        }
        bytes.append(contentsOf: "</Properties>".utf8)
        return bytes
    }
}
