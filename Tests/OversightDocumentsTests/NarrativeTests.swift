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

    /// Markdown an attacker might save, named so that a failure says which.
    struct Pathological: Sendable, CustomTestStringConvertible {
        let name: String
        let markdown: String
        init(_ unit: String, _ count: Int = 3_000, then tail: String = "") {
            name = "\"\(unit.replacingOccurrences(of: "\n", with: "\\n"))\" × \(count)" + (tail.isEmpty ? "" : " then \"\(tail.prefix(8))…\"")
            markdown = String(repeating: unit, count: count) + tail
        }
        var testDescription: String { name }
    }

    /// Found by the route fuzzer: a self-assessment answer of 3,000 "[" ended the server when the
    /// page showed it (the Markdown parser went one level deeper for every bracket until the
    /// stack ran out), and 300 "![" took over a minute. Each of these is a narrative anyone who
    /// writes one could save.
    @Test("Deeply nested Markdown is shown, not followed until the stack runs out", arguments: [
        Pathological("["), Pathological("!["), Pathological("[a]("), Pathological("[]("), Pathological("[[[]]]"),
        Pathological("[a\n"), Pathological("> ", then: "a"), Pathological("*a"), Pathological("_a"),
        Pathological("**", then: "a"), Pathological("`"), Pathological("("), Pathological("- ", then: "a"),
        Pathological("1. ", then: "a"), Pathological("  - a\n"), Pathological("~"),
        Pathological("[", then: String(repeating: "]", count: 3_000)),
        Pathological("![![![", 1, then: String(repeating: "x ", count: 3_000) + "]]]"),
    ])
    func deeplyNested(_ input: Pathological) async {
        let markdown = input.markdown
        // On a task, as a request is: its stack is far smaller than the main thread's.
        let html = await Task.detached { Narrative.html(markdown) }.value
        // Every bracket typed is still there to read, whether as a bracket or an entity.
        let shown = Narrative.stripTags(html).replacingOccurrences(of: "&#91;", with: "[")
        #expect(shown.filter { $0 == "[" }.count == markdown.filter { $0 == "[" }.count)
        #expect(!html.contains("<a"))
    }

    @Test("Brackets nested deeper than a link needs, or never closed, are shown as typed; links still work")
    func deepBracketsShown() {
        let html = Narrative.html(String(repeating: "[", count: 20) + "x" + String(repeating: "]", count: 20))
        let shown = Narrative.stripTags(html).replacingOccurrences(of: "&#91;", with: "[")
        #expect(shown == String(repeating: "[", count: 20) + "x" + String(repeating: "]", count: 20))
        let unclosed = Narrative.html("See [the plan](https://example.org/plan and [more")
        #expect(unclosed.contains("&#40;https://example.org/plan") && unclosed.contains("&#91;more"))
        #expect(!unclosed.contains("<a"))
        let links = Narrative.html("[Plan](https://example.org/plan) and [![chart](https://example.org/c.png)](https://example.org/c)")
        #expect(links.contains("href=\"https://example.org/plan\">Plan</a>"))
        #expect(links.contains("href=\"https://example.org/c\">"))
        #expect(Narrative.html("`a[0](`").contains("<code>a[0]&#40;</code>"))
    }
}
