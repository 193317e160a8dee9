import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import OversightDocuments
import Testing
import ZIPFoundation

@Suite("Word documents")
struct DocxTests {
    static let document = Document(title: "Report & <plan>", blocks: [
        .heading(level: 1, text: "Children's Services Continuous Improvement Plan"),
        .paragraph([.strong("Report to the Cabinet")]),
        .paragraph([.text("Contact: "), .link(text: "helen@example.gov.uk", url: "mailto:helen@example.gov.uk"),
                    .text(" or "), .link(text: "the plan", url: "/councils/1/plans/2")]),
        .markdown("First paragraph with **bold**.\n\n- one\n- two\n\n1. first\n2. second\n\n<script>alert(1)</script> & \u{0C}form feed"),
        .table(Table(caption: "Background papers", header: ["Paper", "Date", "Contact/Tel"],
                     rows: [["Ofsted inspection report", "November 2015", "David Okafor / (01632) 960102"],
                            [Cell("Red", fill: .red), "x"]])),
        .summary([("Checksum", [.text("abc")])]),
        .list(ordered: true, items: [[.text("again from one")]]),
        .pageBreak,
        .heading(level: 2, text: "Appendix A: The plan"),
    ])

    static func parts(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }

    /// Whether the text is well-formed XML, as Word's own parser demands.
    static func isWellFormed(_ xml: String) -> Bool {
        XMLParser(data: Data(xml.utf8)).parse()
    }

    @Test("Every part is there and is well-formed XML")
    func parts() throws {
        let parts = try Self.parts(try DocxRenderer.render(Self.document, baseURL: "https://oversight.example"))
        #expect(Set(parts.keys) == ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                                    "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
                                    "word/numbering.xml", "word/settings.xml", "word/footer1.xml"])
        for (name, xml) in parts { #expect(Self.isWellFormed(xml), "\(name) is not well-formed") }
    }

    @Test("Headings use heading styles, tables repeat their header row, and the footer numbers the pages")
    func structure() throws {
        let parts = try Self.parts(try DocxRenderer.render(Self.document))
        let body = try #require(parts["word/document.xml"])
        #expect(body.contains("<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Children&apos;s") ||
                body.contains("<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Children's Services"))
        #expect(body.contains("<w:trPr><w:tblHeader/></w:trPr>"))
        #expect(body.contains("<w:b/></w:rPr><w:t>Paper</w:t>"))
        #expect(body.contains("w:fill=\"F4C7C3\""))
        #expect(body.contains("<w:br w:type=\"page\"/>"))
        #expect(try #require(parts["word/footer1.xml"]).contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"))
        #expect(try #require(parts["word/styles.xml"]).contains("w:styleId=\"Heading2\""))
        // Two numbered lists, each restarting at one.
        #expect(try #require(parts["word/numbering.xml"]).components(separatedBy: "<w:startOverride w:val=\"1\"/>").count == 3)
    }

    @Test("Spacing Word would drop is marked to be kept: a space at either end, two together, a tab; other text is not")
    func spacing() throws {
        let document = Document(title: "Spacing", blocks: [
            .paragraph([.text("Contact: "), .strong("Helen"), .text(" or "), .text("two  spaces"), .text("a\ttab"), .text("plain words")]),
        ])
        let body = try #require(try Self.parts(try DocxRenderer.render(document))["word/document.xml"])
        for kept in ["Contact: ", " or ", "two  spaces", "a\ttab"] {
            #expect(body.contains("<w:t xml:space=\"preserve\">\(kept)</w:t>"), "\(kept) lost its spacing")
        }
        #expect(body.contains("<w:t>plain words</w:t>") && body.contains("<w:t>Helen</w:t>"))
    }

    @Test("A line break typed in a browser (CR LF) breaks the line in Word, as a bare LF does")
    func browserLineBreaks() throws {
        let document = Document(title: "Breaks", blocks: [
            .table(Table(caption: nil, header: ["Update"], rows: [["First line\r\nsecond line"], ["One\nTwo"]])),
        ])
        let body = try #require(try Self.parts(try DocxRenderer.render(document))["word/document.xml"])
        #expect(body.contains("<w:t>First line</w:t><w:br/><w:t>second line</w:t>"))
        #expect(body.contains("<w:t>One</w:t><w:br/><w:t>Two</w:t>"))
        #expect(!body.contains("\r"))
    }

    @Test("Markdown sections become paragraphs, lists and bold; typed markup is text, never structure")
    func markdown() throws {
        let body = try #require(try Self.parts(try DocxRenderer.render(Self.document))["word/document.xml"])
        #expect(body.contains("<w:b/></w:rPr><w:t>bold</w:t>"))
        #expect(body.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; form feed"))
        #expect(body.contains("<w:numId w:val=\"1\"/>"))
        #expect(!body.contains("<script>"))
    }

    @Test("Links: absolute and mailto addresses are followed; site paths need the site's address")
    func links() throws {
        let withBase = try Self.parts(try DocxRenderer.render(Self.document, baseURL: "https://oversight.example/"))
        let rels = try #require(withBase["word/_rels/document.xml.rels"])
        #expect(rels.contains("Target=\"mailto:helen@example.gov.uk\" TargetMode=\"External\""))
        #expect(rels.contains("Target=\"https://oversight.example/councils/1/plans/2\""))
        let without = try Self.parts(try DocxRenderer.render(Self.document))
        #expect(!(try #require(without["word/_rels/document.xml.rels"])).contains("councils/1"))
        #expect(try #require(without["docProps/core.xml"]).contains("<dc:title>Report &amp; &lt;plan&gt;</dc:title>"))
    }

    @Test("The same document gives the same bytes")
    func deterministic() throws {
        #expect(try DocxRenderer.render(Self.document) == DocxRenderer.render(Self.document))
    }

    @Test("A frozen document reads back exactly as it was written")
    func codable() throws {
        let data = try JSONEncoder().encode(Self.document)
        #expect(try JSONDecoder().decode(Document.self, from: data) == Self.document)
    }

    @Test("The Markdown reader keeps every word a person wrote")
    func markdownBlocks() {
        let blocks = MarkdownBlocks.parse("# Heading\nLine one\nline two\n\n- a **b**\n  continued\n* c\n\n3) third\n\n[site](https://example.org) and [bad](javascript:alert(1))")
        #expect(blocks == [
            .heading(level: 3, text: "Heading"),
            .paragraph([.text("Line one line two")]),
            .list(ordered: false, items: [[.text("a "), .strong("b"), .text(" continued")], [.text("c")]]),
            .list(ordered: true, items: [[.text("third")]]),
            // A refused link keeps its words; what follows the first ")" of its address stays as text.
            .paragraph([.link(text: "site", url: "https://example.org"), .text(" and "), .text("bad"), .text(")")]),
        ])
    }
}
