import Foundation
import OversightDocuments
import Testing

@Suite("Document renderers")
struct RendererTests {
    let document = Document(title: "Summary", blocks: [
        .heading(level: 1, text: "Northshire <County> Council"),
        .paragraph([.strong("1. "), .text("Use *care* & <script>alert(1)</script> | pipes")]),
        .summary([("Inspectorate", [.text("Ofsted")])]),
        .table(Table(header: ["Area", "Grade"], rows: [["Leadership", Cell("Inadequate", fill: .red)]])),
        .list(ordered: true, items: [[.text("first")], [.link(text: "report", url: "https://example.org/a b")]]),
    ])

    @Test("HTML escapes every text and keeps the words beside colours")
    func html() {
        let html = HTMLRenderer.render(document)
        #expect(html.contains("<h1>Northshire &lt;County&gt; Council</h1>"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(html.contains(#"<td class="fill-red">Inadequate</td>"#))
        #expect(html.contains(#"<th scope="col">Area</th>"#))
        #expect(html.contains("<dt>Inspectorate</dt><dd>Ofsted</dd>"))
    }

    @Test("Markdown escapes markup so user text stays literal")
    func markdown() {
        let text = MarkdownRenderer.render(document)
        #expect(text.hasPrefix("# Northshire \\<County\\> Council\n"))
        #expect(text.contains("**1. **Use \\*care\\* \\& \\<script\\>alert(1)\\</script\\> \\| pipes"))
        #expect(text.contains("| Area | Grade |\n| --- | --- |\n| Leadership | Inadequate |"))
        #expect(text.contains("- **Inspectorate**: Ofsted"))
        #expect(text.contains("1. first\n2. [report](<https://example.org/a b>)"))
    }

    @Test("A line break in a table cell cannot break the table")
    func newlinesInCells() {
        let table = Document(title: "t", blocks: [.table(Table(header: ["A"], rows: [["one\ntwo"]]))])
        #expect(MarkdownRenderer.render(table).contains("| one two |"))
    }
}

@Suite("CSV")
struct CSVWriterTests {
    @Test("Quotes what needs quoting, ends lines with CRLF, and defuses formulas")
    func rfc4180() {
        let csv = CSVWriter.write(header: ["ref", "what"], rows: [
            ["1.1", "Plain"], ["1.2", "Has, comma"], ["1.3", "Says \"hello\"\nand more"], ["1.4", "=HYPERLINK(\"x\")"],
        ])
        #expect(csv == "ref,what\r\n1.1,Plain\r\n1.2,\"Has, comma\"\r\n1.3,\"Says \"\"hello\"\"\nand more\"\r\n1.4,\"'=HYPERLINK(\"\"x\"\")\"\r\n")
    }
}

@Suite("Contents lists")
struct ContentsTests {
    let pack = Document(title: "Board pack", blocks: [
        .heading(level: 1, text: "Improvement Board"), .contents,
        .heading(level: 2, text: "Agenda"), .paragraph("Items"),
        .heading(level: 3, text: "Not listed"),
        .heading(level: 2, text: "Action log & <risks>"),
    ])

    @Test("HTML: a navigation list linking to each section, whose heading carries the anchor")
    func html() {
        let html = HTMLRenderer.render(pack, headingOffset: 1)
        #expect(html.contains(#"<nav class="ov-contents" aria-label="Contents">"#))
        #expect(html.contains(##"<a href="#section-1">Agenda</a>"##))
        #expect(html.contains(##"<a href="#section-2">Action log &amp; &lt;risks&gt;</a>"##))
        #expect(html.contains(#"<h3 id="section-1">Agenda</h3>"#))
        #expect(html.contains("<h4>Not listed</h4>"))
        // A document without a contents list keeps its headings as they were.
        #expect(!HTMLRenderer.render(Document(title: "x", blocks: [.heading(level: 2, text: "Agenda")])).contains("id="))
    }

    @Test("Markdown lists the sections; Word links to bookmarks on the section headings")
    func otherFormats() throws {
        #expect(MarkdownRenderer.render(pack).contains("**Contents**\n\n1. Agenda\n2. Action log \\& \\<risks\\>"))
        let xml = try #require(try DocxTests.parts(try DocxRenderer.render(pack))["word/document.xml"])
        #expect(xml.contains(#"<w:hyperlink w:anchor="section-2" w:history="1">"#))
        #expect(xml.contains(#"<w:bookmarkStart w:id="2" w:name="section-2"/>"#))
        #expect(DocxTests.isWellFormed(xml))
    }

    @Test("A document with a contents list survives being frozen as JSON")
    func codable() throws {
        let data = try JSONEncoder().encode(pack)
        #expect(try JSONDecoder().decode(Document.self, from: data) == pack)
    }
}
