import Fluent
import Foundation
@testable import OversightApp
import OversightDocuments
import OversightDomain
@testable import OversightStore
import SQLKit
import Testing
import VaporTesting

/// A report goes to one of the council's own bodies and prints the header its committee's
/// template has: the Scrutiny Committee's reports look like the Scrutiny reference report.
@Suite("Committee reports: the council's own committees and their templates")
struct CommitteeReportTests {
    /// The header block of `reference/scrutiny-report-2017-01-18.txt`, line by line: everything
    /// before "Executive Summary", blank lines and indentation left out.
    static let scrutinyReferenceHeader = [
        "Children's Services Scrutiny Committee",
        "Meeting to be held on Wednesday, 18 January 2017",
        "Electoral Division affected:",
        "(All Divisions);",
        "Improvement Board Update",
        "(Appendix A refers)",
        "Contact for further information:",
        "Richard Cooke, Tel: 01772 532602",
        "richard.cooke@lancashire.gov.uk",
    ]

    static func lines(of text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The document's header as lines of text: its blocks before the first section heading.
    static func headerLines(_ document: Document) -> [String] {
        var lines: [String] = []
        for block in document.blocks {
            switch block {
            case let .heading(level, text):
                if level == 2 { return lines }
                lines.append(text)
            case let .paragraph(inlines):
                lines.append(inlines.map {
                    switch $0 {
                    case let .text(text), let .strong(text): text
                    case let .link(text, _): text
                    }
                }.joined())
            default: continue
            }
        }
        return lines
    }

    @Test("The Scrutiny report's header matches its reference line by line, with no Report of or Part line")
    func scrutinyHeader() throws {
        let council = Council(id: .init(UUID()), name: "Lancashire County Council", kind: .county, areaLabel: .electoralDivisions,
                              areas: [], financialYearStart: .firstOfApril, version: 1)
        let committee = ReportCommittee(id: .init(UUID()), name: "Children's Services Scrutiny Committee", kind: .scrutiny)
        let report = Report(
            id: .init(UUID()), councilID: council.id, templateID: .init(UUID()), body: committee,
            meetingDate: CalendarDate(year: 2017, month: 1, day: 18)!, reportOf: "", part: .partI, areas: .all,
            title: "Improvement Board Update",
            contact: ReportContact(name: "Richard Cooke", telephone: "01772 532602", jobTitle: "Head of Service",
                                   email: "richard.cooke@lancashire.gov.uk"),
            sections: ["executive-summary": "This report is to update the Committee."], implications: [],
            backgroundPapers: [], exemption: nil, keyDecision: nil)
        let document = ReportDocument.make(report, template: .scrutiny, council: council,
                                           appendices: [.init(letter: "A", title: "Self-assessment", blocks: [])])
        #expect(Self.headerLines(document) == Self.scrutinyReferenceHeader)

        // The reference itself, where it sits beside the project (as it does in CI): the lines
        // above are its header, not a copy that has drifted.
        let reference = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/reference/scrutiny-report-2017-01-18.txt")
        if let text = try? String(contentsOf: reference, encoding: .utf8) {
            let lines = Self.lines(of: text)
            let header = Array(lines.prefix { $0 != "Executive Summary" })
            #expect(header == Self.scrutinyReferenceHeader)
        }

        // The same report under the standard template keeps the Cabinet reference's lines.
        let standard = Self.headerLines(ReportDocument.make(report, template: .standard, council: council, appendices: []))
        #expect(standard.prefix(2) == ["Report to the Children's Services Scrutiny Committee", "Meeting to be held on Wednesday, 18 January 2017"])
        #expect(standard.contains("Part I"))
        #expect(standard.contains("All"))
    }

    @Test("The demo's Scrutiny report goes to the council's Scrutiny Committee and prints its reference's header")
    func demoScrutiny() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let scrutiny = try await app.demoBody("Children's Services Scrutiny Committee", in: council)
            let report = try await app.demoReport(ReportText.scrutiny, in: council)
            #expect(report.body.id == scrutiny.id)
            #expect(report.templateID == ReportTemplateStore.scrutinyID)

            let markdown = try await app.get(SiteURL.reportMarkdown(cid, .value(report.id)).path, as: nil)
            #expect(markdown.status == .ok)
            let lines = Self.lines(of: markdown.text.replacingOccurrences(of: "\\", with: ""))
                .map { $0.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "# ", with: "") }
            let header = Array(lines.prefix { $0 != "#Executive Summary" && $0 != "Executive Summary" })
            #expect(header.first == "Children's Services Scrutiny Committee")
            #expect(header.contains("Electoral Division affected:"))
            #expect(header.contains("(All Divisions);"))
            #expect(header.contains("(Appendices A, B and C refer)"))
            #expect(!header.contains { $0.hasPrefix("Report of") || $0.hasPrefix("Report to") || $0.hasPrefix("Part ") })

            // The reports list and the API name the committee as the council does.
            let list = try await app.get(SiteURL.reports(cid).path, as: nil)
            #expect(list.text.contains("Children&#39;s Services Scrutiny Committee") || list.text.contains("Children's Services Scrutiny Committee"))
        }
    }

    @Test("The committee is chosen from the council's bodies; another council's or a made-up one is refused")
    func chosenFromTheCouncil() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let form = try await app.get(SiteURL.newReport(cid).path, as: Who.democratic)
            for body in try await BodyStore.all(in: council.id, on: app.db) {
                #expect(form.text.contains("value=\"\(body.id.description)\""), "\(body.name) is offered")
            }
            let cabinet = try await app.demoBody("Cabinet", in: council)
            let chosen = try await app.get(SiteURL.newReport(cid).path + "?body=\(cabinet.id.description)", as: Who.democratic)
            #expect(chosen.text.contains("value=\"\(cabinet.id.description)\" selected"))

            let before = try await ReportStore.list(in: council.id, publishedOnly: false, on: app.db).count
            for wrong in [UUID().uuidString, "cabinet", "<script>"] {
                let refused = try await app.post(SiteURL.reports(cid).path, form: ReportText.form(body: cabinet.id).map {
                    $0.0 == "body" ? ("body", wrong) : $0
                }, as: Who.democratic)
                #expect(refused.status == .unprocessableEntity)
                #expect(refused.text.contains("Select the committee the report goes to"))
            }
            #expect(try await ReportStore.list(in: council.id, publishedOnly: false, on: app.db).count == before)

            // A report to Cabinet under the Scrutiny template needs no "Report of".
            let scrutinyForm = ReportText.form(body: cabinet.id).filter { $0.0 != "reportOf" }.map {
                $0.0 == "template" ? ("template", ReportTemplateStore.scrutinyID.description) : $0
            }
            let created = try await app.post(SiteURL.reports(cid).path, form: scrutinyForm, as: Who.democratic)
            #expect(created.status == .seeOther)
            let standardForm = ReportText.form(body: cabinet.id).filter { $0.0 != "reportOf" }
            #expect(try await app.post(SiteURL.reports(cid).path, form: standardForm, as: Who.democratic).status == .unprocessableEntity)
        }
    }

    @Test("Renaming a committee renames it on a draft; a published report keeps the words it was published with")
    func renamed() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let scrutiny = try await app.demoBody("Children's Services Scrutiny Committee", in: council)
            let published = try await app.demoReport(ReportText.scrutiny, in: council)
            let draft = try await app.demoReport(ReportText.draft, in: council)
            let frozen = try #require(try await ReportPublicationStore.find(published.id, on: app.db))
            // Read both pages first, so that kept copies would show the old name if a rename left them.
            _ = try await app.get(SiteURL.report(cid, .value(draft.id)).path, as: Who.democratic)
            _ = try await app.get(SiteURL.report(cid, .value(published.id)).path, as: nil)

            let renamed = try await app.post(SiteURL.editBody(cid, .value(scrutiny.id)).path, form: [
                ("name", "Children and Young People Scrutiny Committee"), ("kind", BodyKind.scrutiny.rawValue),
                ("termsOfReference", scrutiny.termsOfReference), ("quorum", "2"), ("version", String(scrutiny.version)),
            ], as: Who.admin)
            #expect(renamed.status == .seeOther)

            let draftPage = try await app.get(SiteURL.report(cid, .value(draft.id)).path, as: Who.democratic)
            #expect(draftPage.text.contains("Children and Young People Scrutiny Committee"))
            let publishedPage = try await app.get(SiteURL.report(cid, .value(published.id)).path, as: nil)
            #expect(publishedPage.text.contains("Children&#39;s Services Scrutiny Committee")
                    || publishedPage.text.contains("Children's Services Scrutiny Committee"))
            let after = try #require(try await ReportPublicationStore.find(published.id, on: app.db))
            #expect(after.document == frozen.document && after.intact)
        }
    }

    @Test("An older database: each report is pointed at the council's body of its kind, or one is made; frozen text is untouched")
    func migration() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let db = app.db
            let reports = try await ReportStore.list(in: council.id, publishedOnly: false, on: db)
            var frozen: [Report.ID: String] = [:]
            var versions: [Report.ID: Int] = [:]
            for summary in reports {
                frozen[summary.id] = try await ReportPublicationStore.find(summary.id, on: db)?.document
                versions[summary.id] = try await ReportStore.find(summary.id, in: council.id, on: db)?.0.version
            }
            let staffing = try #require(reports.first { $0.title == ReportText.partTwo })

            // As the table stood before migration 0029: the fixed list's codes and no body_id. The
            // Part II report said "full-council", which the demo council has no body for.
            try await db.schema(ReportModel.schema).deleteField("body_id").update()
            let sql = try #require(db as? any SQLDatabase)
            try await sql.raw("UPDATE reports SET body = 'childrens-scrutiny' WHERE body = 'scrutiny-committee'").run()
            try await sql.raw("UPDATE reports SET body = 'full-council' WHERE id = \(bind: staffing.id.rawValue)").run()
            try await M0029_ReportsToCouncilBodies().prepare(on: db)

            let after = try await ReportStore.list(in: council.id, publishedOnly: false, on: db)
            let bodies = try await BodyStore.all(in: council.id, on: db)
            let fullCouncil = try #require(bodies.first { $0.name == "Full Council" })
            #expect(fullCouncil.kind == .fullCouncil)
            for summary in after {
                let before = try #require(reports.first { $0.id == summary.id })
                #expect(summary.body.id == (summary.id == staffing.id ? fullCouncil.id : before.body.id), "\(summary.title)")
                #expect(try await ReportPublicationStore.find(summary.id, on: db)?.document == frozen[summary.id])
                #expect(try await ReportStore.find(summary.id, in: council.id, on: db)?.0.version == versions[summary.id])
            }
            #expect(try await ReportTemplateModel.query(on: db).filter(\.$familyID == ReportTemplateStore.scrutinyFamily).count() == 1)
        }
    }

    @Test("A copy of the Scrutiny template keeps its header style through the editor, and the style can be changed")
    func templateStyle() async throws {
        try await withTestApp { app in
            let copied = try await app.post(SiteURL.reportTemplates.path, form: [
                ("from", ReportTemplateStore.scrutinyID.description), ("name", "Corporate Parenting Board report"),
            ])
            #expect(copied.status == .seeOther)
            let copy = try #require(try await ReportTemplateStore.latest(on: app.db).first { $0.template.name == "Corporate Parenting Board report" })
            let page = try await app.get(SiteURL.reportTemplate(.value(copy.id)).path)
            #expect(page.text.contains("Leave empty to print the committee&#39;s name alone")
                    || page.text.contains("Leave empty to print the committee's name alone"))
            #expect(page.text.contains("value=\"(All Divisions);\""))

            // Saved unchanged: the same header, style and all.
            let unchanged = TemplateForm(copy.template)
            #expect(try await app.post(SiteURL.reportTemplate(.value(copy.id)).path,
                                       form: unchanged.values.map { ($0.key, $0.value) }).status == .seeOther)
            let second = try #require(try await ReportTemplateStore.versions(of: copy.familyID, on: app.db).first)
            #expect(second.template.version == 2)
            #expect(second.template.label(.body) == "")
            #expect(second.template.headerStyle == ReportTemplate.scrutiny.headerStyle)

            var changed = TemplateForm(second.template)
            changed["style-allAreas"] = "All wards"
            changed["style-telephonePrefix"] = ""
            changed["style-jobTitle"] = "yes"
            changed["style-quotedLetters"] = nil
            changed["header-body"] = "Report to"
            #expect(try await app.post(SiteURL.reportTemplate(.value(second.id)).path,
                                       form: changed.values.compactMap { key, value in (key, value) }).status == .seeOther)
            let third = try #require(try await ReportTemplateStore.versions(of: copy.familyID, on: app.db).first)
            #expect(third.template.headerStyle == HeaderStyle(allAreas: "All wards", quotedAppendixLetters: false,
                                                              telephonePrefix: "", contactJobTitle: true))
            #expect(third.template.label(.body) == "Report to")

            var tooLong = TemplateForm(third.template)
            tooLong["style-allAreas"] = String(repeating: "x", count: 101)
            let refused = try await app.post(SiteURL.reportTemplate(.value(third.id)).path, form: tooLong.values.map { ($0.key, $0.value) })
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("Words for every area must be 100 characters or fewer"))
        }
    }

    @Test("A committee's own template: new reports from its page start from it; it is chosen on the body's form; older scrutiny committees take the Scrutiny template")
    func bodyTemplate() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let scrutiny = try await app.demoBody("Children's Services Scrutiny Committee", in: council)
            let cabinet = try await app.demoBody("Cabinet", in: council)
            #expect(scrutiny.reportTemplate == ReportTemplateStore.scrutinyFamily && cabinet.reportTemplate == nil)
            // From the committee's page, as someone who drafts reports.
            let page = try await app.get(SiteURL.body(cid, .value(scrutiny.id)).path, as: Who.democratic).text
            #expect(page.contains("Draft a report to Children's Services Scrutiny Committee"))
            #expect(page.contains("Scrutiny committee report"))
            let draft = try await app.get(SiteURL.newReport(cid).path(query: [("body", scrutiny.id.description)]), as: Who.democratic).text
            #expect(draft.contains("value=\"\(ReportTemplateStore.scrutinyID)\" selected") || draft.contains("name=\"template\" value=\"\(ReportTemplateStore.scrutinyID)\""))
            let standard = try await app.get(SiteURL.newReport(cid).path(query: [("body", cabinet.id.description)]), as: Who.democratic).text
            #expect(!standard.contains("value=\"\(ReportTemplateStore.scrutinyID)\" selected"))
            // A visitor is not told which template a committee uses.
            #expect(!(try await app.get(SiteURL.body(cid, .value(scrutiny.id)).path, as: nil).text.contains("Report template")))

            // Democratic services give the Cabinet the Scrutiny template; an unknown one is refused.
            let fields: [(String, String)] = [("name", "Cabinet"), ("kind", "cabinet"), ("quorum", "2"), ("version", String(cabinet.version))]
            let refused = try await app.post(SiteURL.editBody(cid, .value(cabinet.id)).path, form: fields + [("reportTemplate", UUID().uuidString)],
                                             as: Who.democratic)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("Select one of the report templates, or the standard one"))
            let saved = try await app.post(SiteURL.editBody(cid, .value(cabinet.id)).path,
                                           form: fields + [("reportTemplate", ReportTemplateStore.scrutinyFamily.uuidString)], as: Who.democratic)
            #expect(saved.status == .seeOther)
            #expect(try await app.demoBody("Cabinet", in: council).reportTemplate == ReportTemplateStore.scrutinyFamily)

            // An older database: the column is added and scrutiny committees take the Scrutiny template.
            let db = app.db
            try await db.schema(GoverningBodyModel.schema).deleteField("report_template").update()
            try await M0033_BodyReportTemplates().prepare(on: db)
            #expect(try await app.demoBody("Children's Services Scrutiny Committee", in: council).reportTemplate == ReportTemplateStore.scrutinyFamily)
            #expect(try await app.demoBody("Cabinet", in: council).reportTemplate == nil)
        }
    }
}
