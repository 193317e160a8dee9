import Foundation
@testable import OversightApp
@testable import OversightDemo
import OversightDomain
import OversightStore
import Testing
import VaporTesting

/// A report's summary for children, young people and families: first on its page, as exempt as the
/// report it belongs to, and written in the report's own form.
@Suite("Plain-language summaries of reports")
struct PlainSummaryTests {
    static let heading = "In brief, for children, young people and families"

    @Test("The public read a Part I report's summary first, before the report itself")
    func shownFirst() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let report = try await app.demoReport(ReportText.cabinet, in: council)
            let summary = try #require(report.plainSummary)
            let page = try await app.get(SiteURL.report(.value(council.id), .value(report.id)).path, as: nil)
            #expect(page.status == .ok)
            let html = ReportPublicTests.unescaped(page.text)
            let words = String(summary.prefix(60))
            let shown = try #require(html.range(of: words), "the summary is on the page")
            let heading = try #require(html.range(of: Self.heading))
            let article = try #require(html.range(of: #"<article class="ov-report""#))
            #expect(heading.lowerBound < shown.lowerBound && shown.lowerBound < article.lowerBound, "first, before the report")
        }
    }

    @Test("A Part II report's summary reaches only those with Part II access")
    func exempt() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let report = try await app.demoReport(ReportText.partTwo, in: council)
            #expect(report.plainSummary == DemoExempt.partTwoPlainSummary)
            let path = SiteURL.report(.value(council.id), .value(report.id)).path
            for reader in [nil, Who.viewer, Who.contributor] {
                let page = try await app.get(path, as: reader)
                #expect(!ReportPublicTests.unescaped(page.text).contains(DemoExempt.partTwoPlainSummary), "\(reader ?? "the public")")
            }
            let manager = try await app.get(path, as: Who.programmeManager)
            #expect(ReportPublicTests.unescaped(manager.text).contains(DemoExempt.partTwoPlainSummary))
        }
    }

    @Test("The author writes it in the report's form; too long is refused naming the field")
    func written() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let draft = try await app.demoReport(ReportText.draft, in: council)
            let cid = Parameter.value(council.id), rid = Parameter.value(draft.id)
            let editPath = SiteURL.editReport(cid, rid).path
            let form = try await app.get(editPath, as: Who.programmeManager)
            #expect(form.status == .ok && form.text.contains("Summary for children, young people and families"))
            // Every field as the form holds it, with the summary written.
            var fields = try formFields(form.text)
            fields.removeAll { $0.0 == "_csrf" || $0.0 == "section-plain-language-summary" }
            let saved = try await app.post(editPath, form: fields + [("section-plain-language-summary", "We will tell you what we find.")],
                                           as: Who.programmeManager)
            #expect(saved.status == .seeOther)
            #expect(try await app.demoReport(ReportText.draft, in: council).plainSummary == "We will tell you what we find.")

            let again = try await app.get(editPath, as: Who.programmeManager)
            var long = try formFields(again.text)
            long.removeAll { $0.0 == "_csrf" || $0.0 == "section-plain-language-summary" }
            let refused = try await app.post(editPath, form: long + [("section-plain-language-summary", String(repeating: "a", count: 3_001))],
                                             as: Who.programmeManager)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("Summary for children, young people and families must be 3000 characters or fewer"))
        }
    }

    /// The named inputs, textareas and checked choices of the page's main form, as a browser would send them.
    private func formFields(_ html: String) throws -> [(String, String)] {
        var fields: [(String, String)] = []
        let input = try Regex(#"<input([^>]*)>"#)
        for match in html.matches(of: input) {
            let attributes = String(html[match.range])
            guard let name = attribute("name", attributes) else { continue }
            let type = attribute("type", attributes) ?? "text"
            if (type == "radio" || type == "checkbox") && !attributes.contains("checked") { continue }
            fields.append((name, attribute("value", attributes) ?? ""))
        }
        let textarea = try Regex(#"<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)</textarea>"#)
        for match in html.matches(of: textarea) {
            let text = String(html[match.range])
            guard let name = attribute("name", text), let start = text.firstIndex(of: ">"), let end = text.range(of: "</textarea>") else { continue }
            fields.append((name, ReportPublicTests.unescaped(String(text[text.index(after: start)..<end.lowerBound]))))
        }
        for select in html.matches(of: try Regex(#"<select[^>]*name="([^"]+)"[\s\S]*?</select>"#)) {
            let text = String(html[select.range])
            guard let name = attribute("name", text) else { continue }
            if let chosen = text.firstMatch(of: try Regex(#"<option[^>]*value="([^"]*)"[^>]*selected"#)) {
                fields.append((name, attribute("value", String(text[chosen.range])) ?? ""))
            }
        }
        return fields
    }

    private func attribute(_ name: String, _ tag: String) -> String? {
        guard let range = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return ReportPublicTests.unescaped(String(rest[..<end]))
    }
}
