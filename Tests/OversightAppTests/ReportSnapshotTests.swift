import Foundation
@testable import OversightApp
import OversightDocuments
import OversightDomain
import OversightStore
import Testing

/// Report pages and their error states, from fixed values, compared with Snapshots/.
@Suite("Report page snapshots")
struct ReportSnapshotTests {
    static func uuid(_ n: Int) -> UUID { PageSnapshotTests.uuid(n) }
    static func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    static let democratic = Viewer(
        user: User(id: .init(uuid(906)), email: "democratic@northshire.example", displayName: "Fiona Gallagher",
                   personID: nil, roles: [.democraticServices], isActive: true, version: 1),
        csrfToken: "csrf-token-for-tests", sessionID: uuid(907))

    let council = PageSnapshotTests().council
    let template = TemplateVersion(id: ReportTemplateStore.standardID, familyID: ReportTemplateStore.standardFamily,
                                   template: .standard, createdBy: "Oversight", createdAt: Date(timeIntervalSince1970: 0))

    func report(status: ReportStatus, part: ReportPart = .partI) -> Report {
        Report(id: .init(Self.uuid(700)), councilID: council.id, templateID: template.id, body: ReportCommittee.testCabinet,
               meetingDate: Self.date(2017, 10, 12), reportOf: "the Director of Children's Services", part: part, areas: .all,
               title: "Children's Services Continuous Improvement Plan",
               contact: ReportContact(name: "Helen Marsh", telephone: "(01632) 960101",
                                      jobTitle: "Director of Children's Services", email: "helen.marsh@northshire.example"),
               sections: ["executive-summary": "This report introduces the plan.",
                          "recommendation": "Cabinet is recommended to **approve** the plan.",
                          "background": "In March 2016 the Council approved an Improvement Plan.\n\n- one\n- two"],
               implications: [Implication(heading: "Risk management", text: "There are significant risks.")],
               backgroundPapers: [BackgroundPaper(paper: "Ofsted inspection report", date: "November 2015",
                                                  contact: "David Okafor / (01632) 960102")],
               exemption: part == .partII ? Exemption(paragraph: .financialAffairs, publicInterest: "Prices tendered.") : nil,
               keyDecision: KeyDecision(noticeGiven: Self.date(2017, 9, 20)), status: status, version: 2)
    }

    func model(_ report: Report, published: Bool = false) -> ReportPageModel {
        let appendix = ReportAppendix(id: .init(Self.uuid(701)), reportID: report.id, position: 1,
                                      title: "The improvement plan", source: .generated(.plan(.init(Self.uuid(500)))))
        let document = ReportDocument.make(report, template: .standard, council: council, appendices: [
            ReportDocument.Appendix(letter: "A", title: appendix.title, blocks: [
                .table(Table(caption: "Actions", header: ["Ref", "Action"], rows: [["1.1", "Screen contacts in a day"]])),
            ]),
        ])
        return ReportPageModel(
            council: council, report: report, template: template, clearedBy: report.status == .cleared ? "Helen Marsh" : nil,
            appendices: [appendix],
            publication: published ? (ReportPublication(publishedOn: Self.date(2017, 10, 4), publishedBy: "fiona@northshire.example",
                                                        lateReason: nil, checksum: String(repeating: "a", count: 64)), true) : nil,
            document: document, rules: PublicationRules(), today: Self.date(2017, 10, 5))
    }

    @Test func draftForDemocraticServices() throws {
        try assertSnapshot(ReportViews.show(ReportPage.Model(model(report(status: .draft))), access: .full,
                                            context: .fixed(Self.democratic)), named: "report-draft")
    }

    @Test func clearedAndLate() throws {
        try assertSnapshot(ReportViews.show(ReportPage.Model(model(report(status: .cleared))), access: .full,
                                            errors: [FieldError(field: "lateReason", message: "Enter why the report is published late")],
                                            context: .fixed(Self.democratic)), named: "report-cleared-late")
    }

    @Test func publishedForThePublic() throws {
        try assertSnapshot(ReportViews.show(ReportPage.Model(model(report(status: .published), published: true)), access: .published,
                                            context: .fixed(nil)), named: "report-public")
    }

    @Test func exemptForThePublic() throws {
        try assertSnapshot(ReportViews.show(ReportPage.Model(model(report(status: .published, part: .partII), published: true)), access: .exempt,
                                            context: .fixed(nil)), named: "report-exempt")
    }

    @Test func list() throws {
        let summaries = [ReportSummary(id: .init(Self.uuid(700)), title: "Children's Services Continuous Improvement Plan",
                                       body: ReportCommittee.testCabinet, meetingDate: Self.date(2017, 10, 12), part: .partI, status: .published)]
        try assertSnapshot(ReportViews.list(ReportList.Model(summaries), council: council.context, context: .fixed(Self.democratic)),
                           named: "reports-list")
    }

    @Test func formErrors() throws {
        var form = ReportForm()
        form["part"] = "part-ii"
        form["title"] = "<script>alert(1)</script>"
        let errors: [FieldError] = [FieldError(field: "body", message: "Select the committee the report goes to"),
                                    FieldError(field: "exemptionParagraph", message: "Select the paragraph of Schedule 12A that makes the report exempt")]
        try assertSnapshot(ReportFormViews.form(form, template: template, templates: [template], report: nil,
                                                bodies: [GoverningBody.testCabinet], council: council,
                                                errors: errors, context: .fixed(Self.democratic)), named: "report-form-errors")
    }

    @Test func printable() throws {
        let page = ReportViews.printable(model(report(status: .published), published: true).document!, council: council.name)
        #expect(page.contains("@page { size: A4"))
        try assertSnapshot(page, named: "report-printable")
    }
}
