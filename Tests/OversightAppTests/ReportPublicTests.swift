import Foundation
@testable import OversightApp
import OversightDocuments
import OversightDomain
import OversightStore
import Testing
import VaporTesting

@Suite("Committee reports: the public, Part II, the reference layout, templates and bank holidays")
struct ReportPublicTests {
    /// The reference Cabinet report's header block and sections, in its order.
    static let referenceOrder = [
        "Report to the Cabinet", "Meeting to be held on Thursday, 12 October 2017",
        "Report of the Director of Children's Services", "Part I", "Electoral Divisions affected:", "All",
        ReportText.cabinet, "(Appendix 'A' refers)", "Contact for further information:",
        "Helen Marsh, Tel: (01632) 960101, Director of Children's Services", "helen.marsh@northshire.example",
        "Executive Summary", "Recommendation", "Cabinet is recommended to approve the Continuous Improvement Plan",
        "Background and Advice", "Consultations", "Implications",
        "This item has the following implications, as indicated:", "Risk management", "Financial",
        "Local Government (Access to Information) Act 1985 List of Background Papers", "Paper", "Date", "Contact/Tel",
        "Ofsted inspection report", "November 2015", "David Okafor / (01632) 960102",
        "Reason for inclusion in Part II", "N/A", "Appendix A: Children's Services Continuous Improvement Plan", "Priority 1",
    ]

    static func unescaped(_ html: String) -> String {
        html.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test("The demo Cabinet report's page, Markdown and Word text follow the reference report's order")
    func golden() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let report = try await app.demoReport(ReportText.cabinet, in: council)
            let rid = Parameter.value(report.id)

            let page = try await app.get(SiteURL.report(cid, rid).path, as: nil)
            #expect(page.status == .ok)
            let html = Self.unescaped(page.text)
            let body = String(html[try #require(html.range(of: "class=\"ov-report\""))!.upperBound...])
            #expect(ReportText.inOrder(body, Self.referenceOrder) == nil)

            let markdown = try await app.get(SiteURL.reportMarkdown(cid, rid).path, as: nil)
            #expect(markdown.headers.contentType?.description.hasPrefix("text/markdown") == true)
            let text = markdown.text.replacingOccurrences(of: "\\", with: "")
            #expect(ReportText.inOrder(text, Self.referenceOrder) == nil)
            #expect(text.contains("| Paper | Date | Contact/Tel |"))

            let docx = try await app.get(SiteURL.reportDocx(cid, rid).path, as: nil)
            #expect(docx.status == .ok)
            #expect(docx.headers.first(name: .contentDisposition)?.contains("2017-10-12-children-s-services-continuous-improvement-plan.docx") == true)
            let words = try ReportText.docxText(Data(docx.body.readableBytesView))
            #expect(ReportText.inOrder(words, Self.referenceOrder) == nil)
        }
    }

    @Test("A visitor reads published Part I reports; drafts do not exist for them")
    func visitors() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let list = try await app.get(SiteURL.reports(cid).path, as: nil)
            #expect(list.status == .ok)
            #expect(Self.unescaped(list.text).contains(ReportText.cabinet))
            #expect(!list.text.contains(ReportText.draft))
            let draft = try await app.demoReport(ReportText.draft, in: council)
            for url in [SiteURL.report(cid, .value(draft.id)), .reportDocx(cid, .value(draft.id)), .reportMarkdown(cid, .value(draft.id))] {
                #expect(try await app.get(url.path, as: nil).status == .notFound, "\(url.path)")
            }
            // Writing still needs signing in.
            #expect(try await app.get(SiteURL.newReport(cid).path, as: nil).status == .seeOther)
        }
    }

    @Test("Part II text never reaches a visitor or a role without Part II access: pages, downloads, lists or the API")
    func exempt() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let report = try await app.demoReport(ReportText.partTwo, in: council)
            let rid = Parameter.value(report.id)
            for who in [nil, Who.viewer, Who.contributor] as [String?] {
                let page = try await app.get(SiteURL.report(cid, rid).path, as: who)
                #expect(page.status == .ok)
                #expect(page.text.contains("This report is exempt"))
                #expect(page.text.contains("Paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972"))
                for url in [SiteURL.reportDocx(cid, rid), .reportMarkdown(cid, rid), .reportPDF(cid, rid)] {
                    let download = try await app.get(url.path, as: who)
                    #expect(download.status == .forbidden, "\(url.path) for \(who ?? "a visitor")")
                    for words in ReportText.exemptWords { #expect(!download.text.contains(words)) }
                }
                let list = try await app.get(SiteURL.reports(cid).path, as: who)
                for words in ReportText.exemptWords {
                    #expect(!page.text.contains(words), "\(words) on the page for \(who ?? "a visitor")")
                    #expect(!list.text.contains(words))
                }
            }
            let api = try await app.api(SiteURL.api(.report(cid, rid)).path, as: Who.viewer)
            #expect(api.status == .ok)
            for words in ReportText.exemptWords { #expect(!api.text.contains(words)) }
            #expect(api.text.contains("\"exempt\":true"))
            let apiList = try await app.api(SiteURL.api(.reports(cid)).path, as: Who.viewer)
            for words in ReportText.exemptWords { #expect(!apiList.text.contains(words)) }
            // Anyone may read reports in the API, as on the pages: this one as exempt, and nothing more;
            // drafts only with a token whose holder reads reports.
            let visitorAPI = try await app.get(SiteURL.api(.report(cid, rid)).path, as: nil)
            #expect(visitorAPI.status == .ok && visitorAPI.text.contains("\"exempt\":true"))
            for words in ReportText.exemptWords { #expect(!visitorAPI.text.contains(words)) }
            let visitorList = try await app.get(SiteURL.api(.reports(cid)).path, as: nil)
            #expect(visitorList.status == .ok && visitorList.headers.first(name: "Access-Control-Allow-Origin") == "*")
            #expect(visitorList.text.contains(report.id.description))
            let drafts = try await ReportStore.list(in: council.id, publishedOnly: false, on: app.db)
                .filter { ![.published, .superseded].contains($0.status) }
            #expect(!drafts.isEmpty)
            for draft in drafts {
                #expect(!visitorList.text.contains(draft.id.description), "\(draft.title)")
                #expect(apiList.text.contains(draft.id.description), "\(draft.title)")
                #expect(try await app.get(SiteURL.api(.report(cid, .value(draft.id))).path, as: nil).status == .notFound)
            }

            // Those with Part II access read it all.
            let board = try await app.get(SiteURL.report(cid, rid).path, as: Who.board)
            #expect(board.text.contains("£38.50"))
            let boardAPI = try await app.api(SiteURL.api(.report(cid, rid)).path, as: Who.board)
            #expect(boardAPI.text.contains("£38.50"))
        }
    }

    @Test("A PDF comes from Chromium; without Chromium the message says how to get one")
    func pdf() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let report = try await app.demoReport(ReportText.cabinet, in: council)
            let response = try await app.get(SiteURL.reportPDF(.value(council.id), .value(report.id)).path, as: nil)
            if PDFPrinter.chromium != nil {
                #expect(response.status == .ok)
                #expect(response.headers.contentType?.description == "application/pdf")
                #expect(Array(response.body.readableBytesView.prefix(4)) == Array("%PDF".utf8))
            } else {
                #expect(response.status == .serviceUnavailable)
            }
            await #expect(throws: PDFPrinter.Failure.self) { try await PDFPrinter.print(html: "<p>x</p>", chromium: nil) }
            #expect(PDFPrinter.missing.contains("apt-get install chromium"))
        }
    }

    @Test("An administrator copies the template and changes it; each save is a version and reports keep theirs")
    func templates() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            #expect(try await app.get(SiteURL.reportTemplates.path, as: Who.democratic).status == .forbidden)
            let copied = try await app.post(SiteURL.reportTemplates.path, form: [
                ("from", ReportTemplateStore.standardID.description), ("name", "Westshire report"),
            ])
            #expect(copied.status == .seeOther)
            let copy = try #require(try await ReportTemplateStore.latest(on: app.db).first { $0.template.name == "Westshire report" })
            var form = TemplateForm(copy.template)
            form["header-areas-affected"] = "Wards affected"
            form["header-title-position"] = "1"
            form["header-body-position"] = "2"
            form["section-1-label"] = "Purpose of report"
            form["section-4-include"] = nil
            form["section-8-label"] = "Legal implications"
            form["section-8-position"] = "3"
            form["section-3-position"] = "4"
            form["section-8-include"] = "yes"
            let removingPartTwo = try await app.post(SiteURL.reportTemplate(.value(copy.id)).path,
                                                     form: form.values.filter { $0.key != "section-7-include" }.map { ($0.key, $0.value) })
            #expect(removingPartTwo.status == .unprocessableEntity)
            #expect(removingPartTwo.text.contains("Keep the reason for inclusion in Part II"))
            var badPosition = form
            badPosition["header-part-position"] = "first"
            let refused = try await app.post(SiteURL.reportTemplate(.value(copy.id)).path, form: badPosition.values.map { ($0.key, $0.value) })
            #expect(refused.text.contains("Enter the position of part as a whole number from 1 to 20"))
            let saved = try await app.post(SiteURL.reportTemplate(.value(copy.id)).path, form: form.values.map { ($0.key, $0.value) })
            #expect(saved.status == .seeOther)
            let newest = try #require(try await ReportTemplateStore.versions(of: copy.familyID, on: app.db).first)
            #expect(newest.template.version == 2)
            #expect(newest.template.headerFields.prefix(3) == [.title, .body, .meeting])
            #expect(newest.template.sections.map(\.label).prefix(4) == ["Purpose of report", "Recommendation", "Legal implications", "Background and Advice"])
            #expect(!newest.template.sections.contains { $0.key == "consultations" })
            // An old version cannot be saved over the newer one.
            let stale = try await app.post(SiteURL.reportTemplate(.value(copy.id)).path, form: form.values.map { ($0.key, $0.value) })
            #expect(stale.status == .conflict)

            let created = try await app.post(SiteURL.reports(cid).path, form: ReportText.form(body: try await app.demoBody("Children's Services Scrutiny Committee", in: council).id).map {
                $0.0 == "template" ? ("template", newest.id.description) : $0
            } + [("section-legal-implications", "None beyond those in the plan.")], as: Who.democratic)
            #expect(created.status == .seeOther)
            let page = Self.unescaped(try await app.get(SiteURL.report(cid, .value(try ReportText.id(created))).path, as: Who.democratic).text)
            #expect(ReportText.inOrder(page, ["Wards affected:", "Purpose of report", "Legal implications",
                                              "None beyond those in the plan.", "Background and Advice"]) == nil)
            // The demo's reports still use the standard template's first version.
            let cabinet = Self.unescaped(try await app.get(SiteURL.report(cid, .value(try await app.demoReport(ReportText.cabinet, in: council).id)).path).text)
            #expect(cabinet.contains("Electoral Divisions affected:"))
        }
    }

    @Test("An administrator's bank holiday moves the publication deadline")
    func bankHolidays() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let created = try await app.post(SiteURL.reports(cid).path, form: ReportText.form(body: try await app.demoBody("Children's Services Scrutiny Committee", in: council).id), as: Who.democratic)
            let rid = Parameter.value(try ReportText.id(created))
            #expect(try await app.get(SiteURL.report(cid, rid).path, as: Who.democratic).text.contains("Tuesday, 31 January 2017"))
            #expect(try await app.post(SiteURL.bankHolidays.path, form: [("action", "add")], as: Who.democratic).status == .forbidden)
            let weekend = try await app.post(SiteURL.bankHolidays.path, form: [
                ("action", "add"), ("holiday-day", "4"), ("holiday-month", "2"), ("holiday-year", "2017"), ("title", "A Saturday"),
            ])
            #expect(weekend.status == .unprocessableEntity)
            #expect(weekend.text.contains("is a weekend"))
            let added = try await app.post(SiteURL.bankHolidays.path, form: [
                ("action", "add"), ("holiday-day", "1"), ("holiday-month", "2"), ("holiday-year", "2017"),
                ("title", "A one-off holiday"),
            ])
            #expect(added.status == .seeOther)
            #expect(try await app.get(SiteURL.report(cid, rid).path, as: Who.democratic).text.contains("Monday, 30 January 2017"))
            let undone = try await app.post(SiteURL.bankHolidays.path, form: [("action", "undo"), ("date", "2017-02-01")])
            #expect(undone.status == .seeOther)
            #expect(try await app.get(SiteURL.report(cid, rid).path, as: Who.democratic).text.contains("Tuesday, 31 January 2017"))
        }
    }
}
