import Foundation
@testable import OversightApp
import OversightDomain
import OversightStore
import Testing
import Vapor

/// Every page and error state, rendered from fixed values (no database, fixed ids) and
/// compared with the stored HTML in Snapshots/.
@Suite("Page snapshots")
struct PageSnapshotTests {
    static func uuid(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }

    let council = Council(id: .init(uuid(1)), name: DemoCouncil.name, kind: .county, areaLabel: .electoralDivisions,
                          areas: Array(DemoCouncil.areas.prefix(3)), financialYearStart: .firstOfApril, version: 3)
    var context: CouncilContext { council.context }

    /// Pages are drawn for a signed-in programme manager, who sees the change links.
    static let manager = Viewer(
        user: User(id: .init(uuid(900)), email: "pm@northshire.example", displayName: "David Okafor", personID: nil,
                   roles: [.programmeManager], isActive: true, version: 1),
        csrfToken: "csrf-token-for-tests", sessionID: uuid(901))
    static let viewer = Viewer(
        user: User(id: .init(uuid(902)), email: "viewer@northshire.example", displayName: "Councillor Alan Birch",
                   personID: nil, roles: [.viewer], isActive: true, version: 1),
        csrfToken: "csrf-token-for-tests", sessionID: uuid(903))
    static let admin = Viewer(
        user: User(id: .init(uuid(904)), email: "admin@northshire.example", displayName: "Oversight Administrator",
                   personID: nil, roles: [.administrator], isActive: true, version: 1),
        csrfToken: "csrf-token-for-tests", sessionID: uuid(905))
    func page(_ notice: String? = nil) -> ViewContext { .fixed(Self.manager, notice: notice) }

    var people: [Person] {
        DemoCouncil.people.prefix(3).enumerated().map { index, draft in
            Person(id: .init(Self.uuid(100 + index)), councilID: council.id, name: draft.name, jobTitle: draft.jobTitle,
                   telephone: draft.telephone, email: draft.email, version: 1)
        }
    }

    var record: InspectionRecord {
        let inspectionID = Inspection.ID(Self.uuid(200))
        let inspection = Inspection(
            id: inspectionID, councilID: council.id, kind: .fullInspection, inspectorate: "Ofsted", framework: .sif,
            startDate: CalendarDate(year: 2015, month: 9, day: 14)!, endDate: CalendarDate(year: 2015, month: 10, day: 8),
            publishedDate: CalendarDate(year: 2015, month: 11, day: 27),
            reportURL: "https://reports.ofsted.example/northshire/children-2015", version: 1)
        return InspectionRecord(
            inspection: inspection,
            judgements: DemoCouncil.judgements.enumerated().map { index, draft in
                Judgement(id: .init(Self.uuid(300 + index)), inspectionID: inspectionID, body: draft.body,
                          area: draft.area, grade: draft.grade, version: 1)
            },
            recommendations: DemoCouncil.recommendations.prefix(3).enumerated().map { index, draft in
                Recommendation(id: .init(Self.uuid(400 + index)), inspectionID: inspectionID, number: draft.number,
                               text: draft.text, area: draft.area, isPriorityAction: index == 1, version: 1)
            })
    }

    @Test func welcome() throws { try assertSnapshot(HomeView.empty(context: .fixed(Self.admin)), named: "home-welcome") }

    @Test func councilList() throws {
        try assertSnapshot(CouncilViews.list([council], context: .fixed(Self.admin, notice: "Council added")), named: "councils-list")
    }

    @Test func overview() throws {
        let model = OverviewModel(council: council, inspections: [record], peopleCount: 12)
        try assertSnapshot(OverviewView.render(model, context: page()), named: "council-overview")
    }

    @Test func overviewWithoutInspection() throws {
        let model = OverviewModel(council: council, inspections: [], peopleCount: 0)
        try assertSnapshot(OverviewView.render(model, context: page()), named: "council-overview-empty")
    }

    @Test func councilFormErrors() throws {
        let form = CouncilForm(name: "", kind: "county", areas: "Fenwick\nFenwick", financialYearStartDay: "31",
                               financialYearStartMonth: "2")
        guard case let .invalid(errors) = form.validate() else { Issue.record("invalid form accepted"); return }
        try assertSnapshot(CouncilViews.form(form, context: .fixed(Self.admin), councilID: nil, errors: errors), named: "council-form-errors")
    }

    @Test func councilFormConflict() throws {
        var form = CouncilForm(council)
        form.name = "Northshire CC"
        try assertSnapshot(CouncilViews.form(form, context: page(), councilID: council.id, errors: [], conflict: council),
                           named: "council-form-conflict")
    }

    @Test func peopleList() throws {
        try assertSnapshot(PersonViews.list(people, council: context, context: page()), named: "people-list")
    }

    @Test func personDetail() throws {
        try assertSnapshot(PersonViews.detail(people[0], council: context, context: page("Person added")), named: "person-detail")
    }

    @Test func personFormErrors() throws {
        let form = PersonForm(name: "", jobTitle: "Analyst", telephone: "call me", email: "nope")
        guard case let .invalid(errors) = form.validate() else { Issue.record("invalid form accepted"); return }
        try assertSnapshot(PersonViews.form(form, context: page(), council: context, personID: nil, errors: errors),
                           named: "person-form-errors")
    }

    @Test func inspectionsList() throws {
        try assertSnapshot(InspectionViews.list([record], council: context, context: page()), named: "inspections-list")
    }

    @Test func inspectionDetail() throws {
        try assertSnapshot(InspectionViews.detail(record, council: context, context: page("Judgement added")),
                           named: "inspection-detail")
    }

    @Test func inspectionFormErrors() throws {
        var form = InspectionForm()
        form.kind = "full-inspection"
        form.framework = "sif-2013"
        (form.startDay, form.startMonth, form.startYear) = ("31", "2", "2015")
        (form.endDay, form.endMonth, form.endYear) = ("8", "", "2015")
        guard case let .invalid(errors) = form.validate() else { Issue.record("invalid form accepted"); return }
        try assertSnapshot(InspectionViews.form(form, context: page(), council: context, inspectionID: nil, errors: errors),
                           named: "inspection-form-errors")
    }

    @Test func judgementForm() throws {
        let form = JudgementForm(framework: .sif)
        try assertSnapshot(FindingViews.judgementForm(form, context: page(), council: context, inspection: record.inspection,
                                                      judgementID: nil, errors: []), named: "judgement-form")
    }

    @Test func recommendationDetail() throws {
        try assertSnapshot(FindingViews.recommendation(record.recommendations[1], inspection: record.inspection,
                                                       council: context, context: page()), named: "recommendation-detail")
    }

    @Test func recommendationFormErrors() throws {
        let form = RecommendationForm(number: "x", text: "", area: "sif-adoption", priorityAction: "yes")
        guard case let .invalid(errors) = form.validate() else { Issue.record("invalid form accepted"); return }
        try assertSnapshot(FindingViews.recommendationForm(form, context: page(), council: context, inspection: record.inspection,
                                                           recommendationID: nil, errors: errors),
                           named: "recommendation-form-errors")
    }

    @Test func notFound() throws {
        try assertSnapshot(ErrorPageView.render(status: .notFound, reason: "Not found", requestID: "req-1",
                                                context: .fixed(nil)),
                           named: "error-404")
    }

    @Test func serverError() throws {
        try assertSnapshot(ErrorPageView.render(status: .internalServerError, reason: "Internal server error",
                                                requestID: "req-1", context: .fixed(nil)), named: "error-500")
    }

    @Test func inspectionForViewer() throws {
        try assertSnapshot(InspectionViews.detail(record, council: context, context: .fixed(Self.viewer)),
                           named: "inspection-detail-viewer")
    }

    @Test func signIn() throws {
        let errors = [FieldError(field: "email", message: "Enter a correct email address and password")]
        try assertSnapshot(AccountViews.signIn(email: "pm@northshire.example", next: "/councils", errors: errors,
                                               context: .fixed(nil)), named: "sign-in-error")
    }

    @Test func tokens() throws {
        let token = APITokenRecord(id: Self.uuid(950), user: Self.manager.user, name: "Scorecard refresh",
                                   createdAt: Date(timeIntervalSince1970: 1_484_733_600), lastUsedAt: nil, revokedAt: nil)
        try assertSnapshot(AccountViews.tokens([token], showOwners: false, newToken: "ovt_example-token", errors: [],
                                               name: nil, context: page(), now: Date(timeIntervalSince1970: 1_484_733_600)),
                           named: "tokens")
    }

    @Test func audit() throws {
        let entry = AuditEntry(seq: 1, at: Date(timeIntervalSince1970: 1_484_733_600),
                               record: AuditRecord(actorID: nil, actor: "pm@northshire.example", action: "person.update",
                                                   entityType: "person", entityID: "00000000-0000-0000-0000-000000000100",
                                                   address: "127.0.0.1"), hash: "ab")
        try assertSnapshot(AccountViews.audit([entry], total: 1, page: 1, perPage: 50, filter: .init(action: "person"),
                                              context: .fixed(Self.admin)), named: "audit")
    }
}
