import Foundation

/// Writes a document as a Word `.docx` (Office Open XML, ECMA-376 transitional): real heading
/// styles, tables with a repeating header row, bulleted and numbered lists, links, and page
/// numbers in the footer, so that Word and LibreOffice open it without repair and an officer can
/// go on editing it. The parts are few and written by hand; no Swift library writes Word files.
public enum DocxRenderer {
    /// `baseURL` turns the document's site-relative links ("/councils/...") into addresses Word
    /// can follow; without it they are printed as text. `modified` dates the zip entries, so that
    /// the same document gives the same bytes.
    public static func render(_ document: Document, baseURL: String? = nil,
                              modified: Date = Date(timeIntervalSince1970: 1_262_304_000)) throws -> Data {
        var body = DocxBody(baseURL: baseURL, sections: document.hasContents ? document.sections : nil)
        for block in document.blocks { body.append(block) }
        let parts: [(String, String)] = [
            ("[Content_Types].xml", DocxParts.contentTypes),
            ("_rels/.rels", DocxParts.packageRelationships),
            ("docProps/core.xml", DocxParts.core(title: document.title)),
            ("docProps/app.xml", DocxParts.app),
            ("word/document.xml", body.documentXML),
            ("word/_rels/document.xml.rels", body.relationshipsXML),
            ("word/styles.xml", DocxParts.styles),
            ("word/numbering.xml", body.numberingXML),
            ("word/settings.xml", DocxParts.settings),
            ("word/footer1.xml", DocxParts.footer),
        ]
        return try OOXMLPackage.zip(parts.map { (path: $0.0, xml: $0.1) }, modified: modified)
    }

    static func escape(_ text: String) -> String { OOXMLPackage.escape(text) }
}

/// The body of `word/document.xml` as it is built, with the hyperlink relationships and the
/// numbering instances (one per numbered list, so that each starts at 1) it needs.
struct DocxBody {
    var baseURL: String?
    private var xml = ""
    private var links: [String] = []
    private var numberedLists = 0
    /// The section headings when the document has a contents list: each gets a bookmark that the
    /// list's entries link to, as Word's own table of contents does.
    private let sections: [String]?
    private var section = 0

    init(baseURL: String?, sections: [String]? = nil) {
        self.baseURL = baseURL
        self.sections = sections
        xml.reserveCapacity(64 * 1024)
    }

    /// A4 with 2.5 cm margins: 11906 x 16838 twips, less 1418 each side.
    static let textWidth = 9070

    mutating func append(_ block: Block) {
        switch block {
        case let .heading(level, text):
            if level == 2, sections != nil {
                section += 1
                let name = Document.sectionAnchor(section)
                paragraph(style: "Heading2", runs: "<w:bookmarkStart w:id=\"\(section)\" w:name=\"\(name)\"/>" + run(text)
                    + "<w:bookmarkEnd w:id=\"\(section)\"/>")
            } else {
                paragraph(style: "Heading\(min(max(level, 1), 4))", runs: run(text))
            }
        case let .paragraph(inlines):
            paragraph(style: nil, runs: runs(inlines))
        case let .list(ordered, items):
            let numID: Int
            if ordered {
                numberedLists += 1
                numID = 1 + numberedLists
            } else {
                numID = 1
            }
            for item in items {
                xml += "<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"\(numID)\"/></w:numPr></w:pPr>"
                xml += runs(item) + "</w:p>"
            }
        case let .summary(items):
            for item in items {
                paragraph(style: nil, runs: run(item.label + ": ", bold: true) + runs(item.value))
            }
        case let .table(table):
            self.table(table)
        case let .markdown(text):
            for block in MarkdownBlocks.parse(text) { append(block) }
        case .pageBreak:
            xml += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
        case let .exempt(notice, _):
            paragraph(style: nil, runs: run(notice, bold: true))
        case .contents:
            guard let sections else { break }
            paragraph(style: nil, runs: run("Contents", bold: true))
            for (index, text) in sections.enumerated() {
                paragraph(style: nil, runs: "<w:hyperlink w:anchor=\"\(Document.sectionAnchor(index + 1))\" w:history=\"1\">"
                    + run("\(index + 1). \(text)", style: "Hyperlink") + "</w:hyperlink>")
            }
        }
    }

    private mutating func paragraph(style: String?, runs: String) {
        xml += "<w:p>"
        if let style { xml += "<w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>" }
        xml += runs + "</w:p>"
    }

    private func run(_ text: String, bold: Bool = false, style: String? = nil) -> String {
        var out = ""
        DocxBody.appendRun(text, bold: bold, style: style, to: &out)
        return out
    }

    /// A run of text added to the end of `out`, with line breaks and tabs typed in a cell or
    /// paragraph kept as Word's own.
    private static func appendRun(_ text: String, bold: Bool = false, style: String? = nil, to out: inout String) {
        out += "<w:r>"
        if style != nil || bold {
            out += "<w:rPr>"
            if let style { out += "<w:rStyle w:val=\"" + style + "\"/>" }
            if bold { out += "<w:b/>" }
            out += "</w:rPr>"
        }
        if text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            var first = true
            // A browser sends a typed line break as CR LF, which Swift reads as one character.
            for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
                if !first { out += "<w:br/>" }
                first = false
                let line = String(line)
                out += keepsSpacing(line) ? "<w:t xml:space=\"preserve\">" : "<w:t>"
                OOXMLPackage.append(line, to: &out)
                out += "</w:t>"
            }
        } else {
            out += keepsSpacing(text) ? "<w:t xml:space=\"preserve\">" : "<w:t>"
            OOXMLPackage.append(text, to: &out)
            out += "</w:t>"
        }
        out += "</w:r>"
    }

    /// Whether Word must be told to keep the text's spaces as typed: spaces or a tab at either
    /// end, two spaces together, or a tab. Most text has none, and leaving the attribute off
    /// keeps a 480-row appendix's XML a fifth smaller (less to compress and check).
    static func keepsSpacing(_ text: String) -> Bool {
        var previousWasSpace = true // a space at the start counts
        for byte in text.utf8 {
            if byte == 0x09 { return true }
            if byte == 0x20 {
                if previousWasSpace { return true }
                previousWasSpace = true
            } else {
                previousWasSpace = false
            }
        }
        return previousWasSpace && !text.isEmpty // a space at the end
    }

    private mutating func runs(_ inlines: [Inline]) -> String {
        var out = ""
        for inline in inlines {
            switch inline {
            case let .text(text): out += run(text)
            case let .strong(text): out += run(text, bold: true)
            case let .link(text, url):
                if let target = absolute(url) {
                    links.append(target)
                    out += "<w:hyperlink r:id=\"rIdLink\(links.count)\">" + run(text, style: "Hyperlink") + "</w:hyperlink>"
                } else {
                    out += run(text)
                }
            }
        }
        return out
    }

    private func absolute(_ url: String) -> String? {
        let lower = url.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") { return url }
        if url.hasPrefix("/"), let baseURL { return baseURL.trimmingTrailingSlash + url }
        return nil
    }

    private mutating func table(_ table: Table) {
        if let caption = table.caption { paragraph(style: "Caption", runs: run(caption)) }
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0, 1)
        let width = DocxBody.textWidth / columns
        xml += "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
        xml += "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>"
        xml += "<w:tblGrid>" + String(repeating: "<w:gridCol w:w=\"\(width)\"/>", count: columns) + "</w:tblGrid>"
        let cellStart = "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
        if !table.header.isEmpty {
            // The header row repeats at the top of every page the table runs onto.
            xml += "<w:tr><w:trPr><w:tblHeader/></w:trPr>"
            for index in 0..<columns {
                cell(index < table.header.count ? table.header[index] : "", bold: true, start: cellStart, fill: "E8E8E8")
            }
            xml += "</w:tr>"
        }
        for row in table.rows {
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            for index in 0..<columns {
                if index < row.count {
                    cell(row[index].text, bold: false, start: cellStart, fill: row[index].fill.map(DocxBody.colour))
                } else {
                    cell("", bold: false, start: cellStart, fill: nil)
                }
            }
            xml += "</w:tr>"
        }
        xml += "</w:tbl>"
        // Word needs a paragraph between a table and whatever follows it.
        xml += "<w:p/>"
    }

    /// One cell written straight into the document: `start` opens it with its width.
    private mutating func cell(_ text: String, bold: Bool, start: String, fill: String?) {
        xml += start
        if let fill { xml += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + fill + "\"/>" }
        xml += "</w:tcPr><w:p>"
        DocxBody.appendRun(text, bold: bold, to: &xml)
        xml += "</w:p></w:tc>"
    }

    /// Light tints, so that the rating's word printed in the cell stays readable in black.
    static func colour(_ fill: Fill) -> String {
        switch fill {
        case .red: "F4C7C3"
        case .amber: "FCE5B0"
        case .green: "CCE8D4"
        case .blue: "D2E3F3"
        case .grey: "E8E8E8"
        }
    }

    var documentXML: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(DocxParts.w)" xmlns:r="\(DocxParts.r)"><w:body>\(xml)<w:sectPr>\
        <w:footerReference w:type="default" r:id="rIdFooter"/>\
        <w:pgSz w:w="11906" w:h="16838"/>\
        <w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/>\
        </w:sectPr></w:body></w:document>
        """
    }

    var relationshipsXML: String {
        let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var out = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rIdStyles" Type="\(base)/styles" Target="styles.xml"/>\
            <Relationship Id="rIdNumbering" Type="\(base)/numbering" Target="numbering.xml"/>\
            <Relationship Id="rIdSettings" Type="\(base)/settings" Target="settings.xml"/>\
            <Relationship Id="rIdFooter" Type="\(base)/footer" Target="footer1.xml"/>
            """
        for (index, link) in links.enumerated() {
            out += "<Relationship Id=\"rIdLink\(index + 1)\" Type=\"\(base)/hyperlink\" Target=\"\(DocxRenderer.escape(link))\" TargetMode=\"External\"/>"
        }
        return out + "</Relationships>"
    }

    var numberingXML: String {
        var out = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:numbering xmlns:w="\(DocxParts.w)">\
            <w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0">\
            <w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u{2022}"/><w:lvlJc w:val="left"/>\
            <w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>\
            <w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0">\
            <w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>\
            <w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>\
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            """
        for index in 0..<numberedLists {
            out += "<w:num w:numId=\"\(index + 2)\"><w:abstractNumId w:val=\"1\"/>"
                + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
        }
        return out + "</w:numbering>"
    }
}

extension String {
    var trimmingTrailingSlash: String { hasSuffix("/") ? String(dropLast()) : self }
}
