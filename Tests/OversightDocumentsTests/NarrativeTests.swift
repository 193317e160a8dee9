import OversightDocuments
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
}
