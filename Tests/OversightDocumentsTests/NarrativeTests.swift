@testable import OversightDocuments
import Testing

@Suite("Narratives in Markdown")
struct NarrativeTests {
    @Test("Markdown formats text")
    func formats() {
        let html = Narrative.html("Audits show **real** progress:\n\n- contacts screened\n- plans agreed")
        #expect(html.contains("<strong>real</strong>"))
        #expect(html.contains("<li>contacts screened</li>"))
    }

    @Test("Hostile input never becomes markup", arguments: [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[click](javascript:alert(1))",
        "<a href=\"https://evil.example\">x</a>", "![x](https://evil.example/pixel.png)",
    ])
    func hostile(input: String) {
        let html = Narrative.html(input)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("<a href=\"https://evil.example\">"))
    }

    @Test("Safe links are kept and marked noopener")
    func links() {
        let html = Narrative.html("See [the audit](https://intranet.example/audit) & more")
        #expect(html.contains("<a rel=\"noopener noreferrer\" href=\"https://intranet.example/audit\">the audit</a>"))
        #expect(html.contains("&amp; more"))
    }

    /// Ink printed a link's target into href as it was, so a quote ended the attribute.
    @Test("A link's address cannot leave its attribute, and only safe addresses become links", arguments: [
        (#"[x](https://a" onfocus="alert(1))"#, nil),
        (#"[x](https://a"onfocus="alert(1))"#, #"href="https://a&quot;onfocus=&quot;alert(1)""#),
        ("[x](//evil.example/path)", nil),
        ("[x](JaVaScRiPt:alert(1))", nil),
        ("[x](data:text/html,hi)", nil),
        ("[x](/councils/1/plans)", #"href="/councils/1/plans""#),
        ("[x](https://a.example/?b=1&c='2')", #"href="https://a.example/?b=1&amp;c=&#39;2&#39;""#),
        ("[x](mailto:a@b.example)", #"href="mailto:a@b.example""#),
    ] as [(String, String?)])
    func linkTargets(markdown: String, href: String?) {
        let html = Narrative.html(markdown)
        #expect(!html.contains(#"" onfocus"#) && !html.contains(#""onfocus"#))
        if let href {
            #expect(html.contains(href), "\(html)")
        } else {
            #expect(!html.contains("<a "), "\(html)")
            #expect(html.contains("x"))
        }
    }

    @Test("Code shows exactly what was typed, entities included")
    func codeShowsEntities() {
        #expect(Narrative.html("`&lt;b&gt; & \"q\"`").contains("<code>&amp;lt;b&amp;gt; &amp; &quot;q&quot;</code>"))
    }

    @Test("The Markdown download keeps a link only to an address the pages would link to")
    func markdownDownload() {
        #expect(Narrative.escapingHTML("[a](javascript:x()) and [b](https://b.example)") == "a and [b](https://b.example)")
    }

    @Test("A narrative too long to parse is shown as plain paragraphs, still escaped")
    func tooLong() {
        let html = Narrative.html(String(repeating: "[", count: Narrative.maxMarkdownCharacters + 1) + "<b>")
        #expect(html.hasPrefix("<p>") && html.contains("&lt;b&gt;") && !html.contains("<b>"))
    }
}
