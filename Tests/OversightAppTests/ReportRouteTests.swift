import Fluent
import Foundation
@testable import OversightApp
import OversightDomain
import OversightStore
import SQLKit
import Testing
import VaporTesting

@Suite("Committee reports: drafting, clearing, publishing, correcting")
struct ReportRouteTests {
    @Test("A democratic services officer drafts a report; bad input is named and nothing is saved")
    func draft() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let before = try await ReportStore.list(in: council.id, publishedOnly: false, on: app.db).count
            let bad = try await app.post(SiteURL.reports(cid).path, form: [
                ("template", ReportTemplateStore.standardID.description), ("body", "parish-council"),
                ("meeting-day", "31"), ("meeting-month", "2"), ("meeting-year", "2017"), ("part", "part-ii"),
                ("areasScope", "chosen"), ("title", ""), ("contactName", "A"), ("contactEmail", "not an email"),
                ("paper-2-date", "May 2016"), ("keyDecision", "yes"),
            ], as: Who.democratic)
            #expect(bad.status == .unprocessableEntity)
            for message in ["Select the committee the report goes to", "Meeting date must be a real date",
                            "Enter whose report it is", "Select the electoral divisions the report affects",
                            "Enter the report&#39;s title", "Enter an email address in the correct format",
                            "Enter the name of background paper 2", "Select the paragraph of Schedule 12A",
                            "Enter why the public interest"] {
                #expect(bad.text.contains(message) || bad.text.contains(message.replacingOccurrences(of: "&#39;", with: "'")),
                        "missing: \(message)")
            }
            #expect(bad.text.contains("<title>Error: Draft a report"))
            #expect(try await ReportStore.list(in: council.id, publishedOnly: false, on: app.db).count == before)

            let viewer = try await app.post(SiteURL.reports(cid).path, form: ReportText.form(body: try await app.demoBody("Children's Services Scrutiny Committee", in: council).id), as: Who.viewer)
            #expect(viewer.status == .forbidden)

            let created = try await app.post(SiteURL.reports(cid).path, form: ReportText.form(body: try await app.demoBody("Children's Services Scrutiny Committee", in: council).id), as: Who.democratic)
            #expect(created.status == .seeOther)
            let id = try ReportText.id(created)
            let (report, _) = try #require(try await ReportStore.find(id, in: council.id, on: app.db))
            #expect(report.status == .draft)
            #expect(report.implications == [Implication(heading: "Risk management", text: "Children may not be safe.")])
            #expect(report.backgroundPapers == [BackgroundPaper(paper: "Board minutes", date: "January 2017", contact: "David Okafor")])

            let page = try await app.get(SiteURL.report(cid, .value(id)).path, as: Who.democratic)
            #expect(page.text.contains("Publish by"))
            #expect(page.text.contains("Tuesday, 31 January 2017"))
        }
    }

    @Test("Only a senior leader clears, only a complete report, and publishing freezes it against later changes")
    func clearAndPublish() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let plan = try await app.demoContinuousPlan(in: council)
            let created = try await app.post(SiteURL.reports(cid).path,
                                             form: ReportText.form(body: try await app.demoBody("Children's Services Scrutiny Committee", in: council).id).filter { $0.0 != "section-background" }, as: Who.democratic)
            let id = try ReportText.id(created)
            let rid = Parameter.value(id)
            let appendix = try await app.post(SiteURL.newAppendix(cid, rid).path, form: [
                ("source", "plan"), ("plan", plan.id.description), ("title", ""),
            ], as: Who.democratic)
            #expect(appendix.status == .seeOther)

            let byManager = try await app.post(SiteURL.reportTransition(cid, rid).path, form: [
                ("event", "clear"), ("version", "1"),
            ], as: Who.programmeManager)
            #expect(byManager.status == .forbidden)
            let incomplete = try await app.post(SiteURL.reportTransition(cid, rid).path, form: [
                ("event", "clear"), ("version", "1"),
            ], as: Who.director)
            #expect(incomplete.status == .unprocessableEntity)
            #expect(incomplete.text.contains("Write the background and advice section"))

            let edited = try await app.post(SiteURL.editReport(cid, rid).path, form: ReportText.form(body: try await app.demoBody("Children's Services Scrutiny Committee", in: council).id) + [("version", "1")],
                                            as: Who.democratic)
            #expect(edited.status == .seeOther)
            let cleared = try await app.post(SiteURL.reportTransition(cid, rid).path, form: [
                ("event", "clear"), ("version", "2"),
            ], as: Who.director)
            #expect(cleared.status == .seeOther)
            let locked = try await app.post(SiteURL.editReport(cid, rid).path, form: ReportText.form(body: try await app.demoBody("Children's Services Scrutiny Committee", in: council).id) + [("version", "3")],
                                            as: Who.democratic)
            #expect(locked.status == .conflict)

            let published = try await app.post(SiteURL.publishReport(cid, rid).path, form: [("version", "3")], as: Who.democratic)
            #expect(published.status == .seeOther)
            let (report, _) = try #require(try await ReportStore.find(id, in: council.id, on: app.db))
            #expect(report.status == .published)
            let frozen = try #require(try await ReportPublicationStore.find(id, on: app.db))
            #expect(frozen.intact)
            #expect(frozen.publication.publishedOn == CalendarDate(year: 2017, month: 1, day: 18))

            // The plan changes after publication: the published report does not.
            let firstAction = try #require(try await PlanStore.find(plan.id, in: council.id, on: app.db)?.actions.first)
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.update(PlanActionModel.schema).set("what", to: "Rewritten after publication")
                .where("id", .equal, firstAction.id.rawValue).run()
            let page = try await app.get(SiteURL.report(cid, rid).path, as: nil)
            #expect(page.status == .ok)
            #expect(page.text.contains(firstAction.what))
            #expect(!page.text.contains("Rewritten after publication"))
            #expect(page.text.contains("(Appendix &#39;A&#39; refers)") || page.text.contains("(Appendix 'A' refers)"))
        }
    }

    @Test("Publishing late needs a recorded reason")
    func late() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let created = try await app.post(SiteURL.reports(cid).path, form: ReportText.form(body: try await app.demoBody("Children's Services Scrutiny Committee", in: council).id, meeting: (20, 1, 2017)),
                                             as: Who.democratic)
            let rid = Parameter.value(try ReportText.id(created))
            _ = try await app.post(SiteURL.reportTransition(cid, rid).path, form: [("event", "clear"), ("version", "1")],
                                   as: Who.director)
            let page = try await app.get(SiteURL.report(cid, rid).path, as: Who.democratic)
            #expect(page.text.contains("publishing today is late"))
            let refused = try await app.post(SiteURL.publishReport(cid, rid).path, form: [("version", "2")], as: Who.democratic)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("Enter why the report is published late: it should have been published by Thursday, 12 January 2017"))
            let published = try await app.post(SiteURL.publishReport(cid, rid).path, form: [
                ("version", "2"), ("lateReason", "The Board's figures for December arrived late"),
            ], as: Who.democratic)
            #expect(published.status == .seeOther)
            let after = try await app.get(SiteURL.report(cid, rid).path, as: Who.democratic)
            #expect(after.text.contains("Published late because"))
            #expect(after.text.contains("The Board&#39;s figures for December arrived late") || after.text.contains("The Board's figures"))
        }
    }

    @Test("A published report is corrected, never edited; the correction supersedes it and says what changed")
    func correction() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let original = try await app.demoReport(ReportText.scrutiny, in: council)
            let rid = Parameter.value(original.id)
            let edit = try await app.get(SiteURL.editReport(cid, rid).path, as: Who.democratic)
            #expect(edit.status == .seeOther)
            let started = try await app.post(SiteURL.correctReport(cid, rid).path, form: [], as: Who.democratic)
            #expect(started.status == .seeOther)
            let id = try ReportText.id(started)
            let nid = Parameter.value(id)
            let (draft, _) = try #require(try await ReportStore.find(id, in: council.id, on: app.db))
            #expect(draft.supersedesID == original.id)
            // The self-assessment (A), the progress summary (B) and the exempt costs (C) are carried
            // into the correction, C still exempt.
            let carried = try await ReportAppendixStore.appendices(of: id, on: app.db)
            #expect(carried.count == 3)
            #expect(carried.map { $0.exemption != nil } == [false, false, true])

            let notReady = try await app.post(SiteURL.reportTransition(cid, nid).path, form: [("event", "clear"), ("version", "1")],
                                              as: Who.director)
            #expect(notReady.text.contains("Say what this corrected report changes"))
            var form = ReportForm(draft, template: .standard)
            form["correction"] = "The date of the inspection report in the list of background papers was wrong."
            let saved = try await app.post(SiteURL.editReport(cid, nid).path,
                                           form: form.values.map { ($0.key, $0.value) }, as: Who.democratic)
            #expect(saved.status == .seeOther)
            _ = try await app.post(SiteURL.reportTransition(cid, nid).path, form: [("event", "clear"), ("version", "2")], as: Who.director)
            let published = try await app.post(SiteURL.publishReport(cid, nid).path, form: [
                ("version", "3"), ("lateReason", "A correction of a report already published"),
            ], as: Who.democratic)
            #expect(published.status == .seeOther)
            #expect(try await ReportStore.find(original.id, in: council.id, on: app.db)?.0.status == .superseded)
            let old = try await app.get(SiteURL.report(cid, rid).path, as: nil)
            #expect(old.text.contains("This report has been corrected"))
            let new = try await app.get(SiteURL.report(cid, nid).path, as: nil)
            #expect(new.text.contains("This report corrects"))
            #expect(new.text.contains("The date of the inspection report in the list of background papers was wrong."))
        }
    }

    @Test("A stale edit gets 409 and keeps what the user typed")
    func staleEdit() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let report = try await app.demoReport(ReportText.draft, in: council)
            let rid = Parameter.value(report.id)
            let first = try await app.post(SiteURL.editReport(cid, rid).path, form: ReportText.form(body: try await app.demoBody("Children's Services Scrutiny Committee", in: council).id, title: report.title)
                + [("version", "1")], as: Who.democratic)
            #expect(first.status == .seeOther)
            let stale = try await app.post(SiteURL.editReport(cid, rid).path, form: ReportText.form(body: try await app.demoBody("Children's Services Scrutiny Committee", in: council).id, title: "My retitled report")
                + [("version", "1")], as: Who.programmeManager)
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("value=\"My retitled report\""))
            #expect(stale.text.contains(Messages.staleEdit))
        }
    }

    @Test("Appendices: made from the plan or uploaded, lettered in order, and the letters close up when one goes")
    func appendices() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let report = try await app.demoReport(ReportText.draft, in: council)
            let rid = Parameter.value(report.id)
            let bytes = Array("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".utf8)
            let noFile = try await app.postMultipart(SiteURL.newAppendix(cid, rid).path, fields: [("source", "upload")],
                                                     files: [], as: Who.democratic)
            #expect(noFile.status == .unprocessableEntity)
            #expect(noFile.text.contains("Choose the file to attach"))
            let noPeriod = try await app.post(SiteURL.newAppendix(cid, rid).path, form: [
                ("source", "progress"), ("plan", (try await app.demoContinuousPlan(in: council)).id.description),
            ], as: Who.democratic)
            #expect(noPeriod.text.contains("Select a month of the chosen plan"))
            let uploaded = try await app.postMultipart(SiteURL.newAppendix(cid, rid).path, fields: [
                ("source", "upload"), ("title", "Improvement Board minutes"),
            ], files: [(field: "file", name: "board-minutes.pdf", bytes: bytes)], as: Who.democratic)
            #expect(uploaded.status == .seeOther)
            let appendices = try await ReportAppendixStore.appendices(of: report.id, on: app.db)
            #expect(appendices.map(\.title) == ["Exceptions: actions that need attention", "Performance scorecard, October 2017",
                                                 "Improvement Board minutes"])
            let page = try await app.get(SiteURL.report(cid, rid).path, as: Who.democratic)
            // The draft is written with the Scrutiny Committee's template, which does not quote the letters.
            #expect(page.text.contains("(Appendices A, B and C refer)"))
            #expect(page.text.contains("Appendix C: Improvement Board minutes"))
            let file = try await app.get(SiteURL.appendixFile(cid, rid, .value(appendices[2].id)).path, as: Who.democratic)
            #expect(Array(file.body.readableBytesView) == bytes)
            // A draft's files are not for the public.
            #expect(try await app.get(SiteURL.appendixFile(cid, rid, .value(appendices[2].id)).path, as: nil).status == .notFound)

            for appendix in appendices.prefix(2) {
                let removed = try await app.post(SiteURL.removeAppendix(cid, rid, .value(appendix.id)).path, form: [],
                                                 as: Who.democratic)
                #expect(removed.status == .seeOther)
            }
            let after = try await app.get(SiteURL.report(cid, rid).path, as: Who.democratic)
            #expect(after.text.contains("Appendix A: Improvement Board minutes"))
            #expect(after.text.contains("(Appendix A refers)"))
        }
    }
}
