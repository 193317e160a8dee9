import Foundation
@testable import OversightApp
@testable import OversightDemo
import OversightDocuments
import OversightDomain
import OversightStore
import Testing
import VaporTesting

/// A Part I report with an exempt (Part II) appendix: the public read the report and, in the
/// appendix's place, that it is exempt and why; those with Part II access read it all.
@Suite("Exempt appendices of Part I reports")
struct ExemptAppendixTests {
    static let notice = "Appendix C is exempt from publication under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972"
    /// Lines of the demo's exempt appendix, which only Part II readers may see.
    static let exemptWords = ["£41.20 an hour", "£24,700 in the month", DemoExempt.appendixPublicInterest]

    static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test("Page, Markdown, Word and the API show the notice in the appendix's place to anyone without Part II, and the file is refused",
          arguments: [nil, Who.viewer, Who.contributor])
    func withheld(_ who: String?) async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let report = try await app.demoReport(ReportText.scrutiny, in: council)
            let rid = Parameter.value(report.id)
            let appendix = try #require(try await ReportAppendixStore.appendices(of: report.id, on: app.db).first { $0.exemption != nil })

            let page = Self.unescaped(try await app.get(SiteURL.report(cid, rid).path, as: who).text)
            let markdown = try await app.get(SiteURL.reportMarkdown(cid, rid).path, as: who).text.replacingOccurrences(of: "\\", with: "")
            let docx = try await app.get(SiteURL.reportDocx(cid, rid).path, as: who)
            let words = try ReportText.docxText(Data(docx.body.readableBytesView))
            for (name, text) in [("page", page), ("Markdown", markdown), ("Word", words)] {
                #expect(text.contains(Self.notice), "\(name) for \(who ?? "a visitor") lacks the notice")
                #expect(text.contains("Appendix C: \(DemoExempt.appendixTitle)"), "\(name): the appendix is named")
                for exempt in Self.exemptWords { #expect(!text.contains(exempt), "\(name) for \(who ?? "a visitor") shows \(exempt)") }
            }
            #expect(!page.contains(SiteURL.appendixFile(cid, rid, .value(appendix.id)).path))
            let file = try await app.get(SiteURL.appendixFile(cid, rid, .value(appendix.id)).path, as: who)
            #expect(file.status == .forbidden)
            #expect(file.text.contains("This appendix is exempt from publication (Part II)"))
        }
    }

    @Test("Someone with Part II access reads the exempt appendix wherever the report is")
    func revealed() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let report = try await app.demoReport(ReportText.scrutiny, in: council)
            let rid = Parameter.value(report.id)
            let appendix = try #require(try await ReportAppendixStore.appendices(of: report.id, on: app.db).first { $0.exemption != nil })
            let page = Self.unescaped(try await app.get(SiteURL.report(cid, rid).path, as: Who.democratic).text)
            #expect(!page.contains(Self.notice))
            #expect(page.contains("Exempt from publication (Part II): Paragraph 3 of Part 1 of Schedule 12A"))
            #expect(page.contains(DemoExempt.appendixPublicInterest))
            #expect(page.contains(SiteURL.appendixFile(cid, rid, .value(appendix.id)).path))
            let file = try await app.get(SiteURL.appendixFile(cid, rid, .value(appendix.id)).path, as: Who.democratic)
            #expect(file.status == .ok)
            #expect(file.text.contains("£41.20 an hour"))
            // The frozen document holds it, and is intact: the notice is how it is printed, not a change to it.
            let frozen = try #require(try await ReportPublicationStore.find(report.id, on: app.db))
            #expect(frozen.intact)
            #expect(try ReportDocument.decode(frozen.document).hasExempt)
            // The information-governance list names its lines for the Part II crawl to look for.
            let entries = try await ExemptMaterial.entries(in: council.id, on: app.db)
            #expect(entries.contains { $0.text.contains("£41.20 an hour") && $0.hiddenFrom == .partTwo })
            #expect(entries.contains { $0.text.hasPrefix("The appendix sets out the rates") && $0.hiddenFrom == .partTwo })
        }
    }

    @Test("Adding an exempt appendix needs its paragraph and reason, and only a Part I report's may be exempt")
    func adding() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let draft = try await app.demoReport(ReportText.draft, in: council)
            let rid = Parameter.value(draft.id)
            let form = try await app.get(SiteURL.newAppendix(cid, rid).path, as: Who.democratic)
            #expect(form.text.contains("Is this appendix exempt (Part II)?"))

            let text = Array("Rates by supplier: £39.10 an hour for the first twelve weeks.\n".utf8)
            let missing = try await app.postMultipart(SiteURL.newAppendix(cid, rid).path, fields: [
                ("source", "upload"), ("exempt", "yes"),
            ], files: [(field: "file", name: "rates.txt", bytes: text)], as: Who.democratic)
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.text.contains("Select the paragraph of Schedule 12A that makes the appendix exempt"))
            #expect(missing.text.contains("Enter why the public interest"))
            let odd = try await app.postMultipart(SiteURL.newAppendix(cid, rid).path, fields: [("source", "upload"), ("exempt", "maybe")],
                                                  files: [(field: "file", name: "rates.txt", bytes: text)], as: Who.democratic)
            #expect(odd.text.contains("Select whether the appendix is exempt from publication"))
            #expect(try await ReportAppendixStore.appendices(of: draft.id, on: app.db).count == 2)

            let added = try await app.postMultipart(SiteURL.newAppendix(cid, rid).path, fields: [
                ("source", "upload"), ("title", "Supplier rates"), ("exempt", "yes"), ("exemptionParagraph", "3"),
                ("publicInterest", "Disclosing the rates would prejudice the procurement."),
            ], files: [(field: "file", name: "rates.txt", bytes: text)], as: Who.democratic)
            #expect(added.status == .seeOther)
            let saved = try #require(try await ReportAppendixStore.appendices(of: draft.id, on: app.db).last)
            #expect(saved.exemption == Exemption(paragraph: .financialAffairs, publicInterest: "Disclosing the rates would prejudice the procurement."))
            let editor = Self.unescaped(try await app.get(SiteURL.report(cid, rid).path, as: Who.democratic).text)
            #expect(editor.contains("Exempt (Part II), paragraph 3"))
            #expect(editor.contains("Appendix C: Supplier rates"))
            // A viewer without Part II reads the draft? No: drafts are staff's, but the viewer role lacks Part II.
            let viewer = Self.unescaped(try await app.get(SiteURL.reportMarkdown(cid, rid).path, as: Who.viewer).text)
            #expect(!viewer.contains("£39.10"))

            // A Part II report is exempt as a whole: its appendices cannot be marked on their own.
            let partTwo = try await app.demoReport(ReportText.partTwo, in: council)
            let partTwoForm = try await app.get(SiteURL.newAppendix(cid, .value(partTwo.id)).path, as: Who.democratic)
            #expect(!partTwoForm.text.contains("Is this appendix exempt (Part II)?"))
        }
    }

    @Test("A report with an exempt appendix is never kept by a shared cache; one without still is")
    func sharedCaches() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let scrutiny = Parameter.value(try await app.demoReport(ReportText.scrutiny, in: council).id)
            let cabinet = Parameter.value(try await app.demoReport(ReportText.cabinet, in: council).id)
            for path in [SiteURL.reportDocx(cid, scrutiny).path, SiteURL.reportMarkdown(cid, scrutiny).path] {
                let response = try await app.get(path, as: nil)
                #expect(response.status == .ok)
                #expect(response.headers.first(name: .cacheControl)?.contains("public") != true, "\(path)")
            }
            #expect(try await app.get(SiteURL.reportMarkdown(cid, cabinet).path, as: nil).headers.first(name: .cacheControl)
                    == "public, max-age=300")
        }
    }

    @Test("Every renderer prints the notice and never the exempt blocks unless the document is revealed")
    func renderers() throws {
        let document = Document(title: "Report", blocks: [
            .paragraph("Public text."),
            .exempt(notice: "Appendix B is exempt.", blocks: [.paragraph("Secret rate £12.34."), .markdown("**Secret** £56.78")]),
        ])
        let html = HTMLRenderer.render(document)
        let markdown = MarkdownRenderer.render(document)
        let docx = try ReportText.docxText(try DocxRenderer.render(document, baseURL: "https://oversight.example"))
        for text in [html, markdown, docx] {
            #expect(text.contains("Appendix B is exempt."))
            #expect(!text.contains("£12.34") && !text.contains("£56.78"))
        }
        let revealed = document.revealingExempt()
        #expect(!revealed.hasExempt)
        #expect(HTMLRenderer.render(revealed).contains("Secret rate £12.34."))
        // A frozen document with exempt material reads back the same.
        #expect(try ReportDocument.decode(try ReportDocument.canonical(document)) == document)
    }
}
