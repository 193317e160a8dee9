import Foundation
@testable import OversightApp
@testable import OversightDemo
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
        try assertSnapshot(CouncilViews.list(CouncilList.Model([council]), context: .fixed(Self.admin, notice: "Council added")),
                           named: "councils-list")
    }

    @Test func overview() throws {
        let model = OverviewModel(council: council, inspections: [record], peopleCount: 12)
        try assertSnapshot(OverviewView.render(Overview.Model(model), context: page()), named: "council-overview")
    }

    @Test func overviewWithoutInspection() throws {
        let model = OverviewModel(council: council, inspections: [], peopleCount: 0)
        try assertSnapshot(OverviewView.render(Overview.Model(model), context: page()), named: "council-overview-empty")
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
        try assertSnapshot(PersonViews.list(PeopleList.Model(people), council: context, context: page()), named: "people-list")
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
        try assertSnapshot(InspectionViews.list(InspectionList.Model([record]), council: context, context: page()),
                           named: "inspections-list")
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
                                                       council: context, answering: [], context: page()),
                           named: "recommendation-detail")
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

    var planModel: PlanPageModel {
        let planID = Plan.ID(Self.uuid(500)), priorityID = Priority.ID(Self.uuid(501))
        let plan = Plan(id: planID, councilID: council.id, title: "Children's Services Improvement Plan", kind: .improvement,
                        inspectionID: record.inspection.id, ownerID: people[0].id,
                        startDate: CalendarDate(year: 2016, month: 3, day: 17)!, endDate: nil, status: .active,
                        predecessorID: nil, version: 2)
        let priority = Priority(id: priorityID, planID: planID, number: 1, title: "The front door and early help",
                                outcome: "Children get the right help at the right time.", leadID: people[1].id, version: 1)
        let actions = [
            PlanAction(id: .init(Self.uuid(510)), priorityID: priorityID, reference: "1.1",
                       what: "Review the threshold document", how: nil, leadID: people[1].id,
                       startDate: CalendarDate(year: 2016, month: 4, day: 1), dueDate: CalendarDate(year: 2016, month: 6, day: 30)!,
                       revisedDueDate: nil, revisionReason: nil, revisionCount: 0, successMeasures: nil, status: .completed,
                       recommendationIDs: [record.recommendations[0].id], version: 1),
            PlanAction(id: .init(Self.uuid(511)), priorityID: priorityID, reference: "1.2",
                       what: "Bring police and health staff into the hub", how: "Joint funding", leadID: people[2].id,
                       startDate: CalendarDate(year: 2016, month: 4, day: 1), dueDate: CalendarDate(year: 2016, month: 12, day: 31)!,
                       revisedDueDate: CalendarDate(year: 2017, month: 6, day: 30), revisionReason: "Funding agreed late",
                       revisionCount: 2, successMeasures: "All three agencies in the hub", status: .inProgress,
                       recommendationIDs: [record.recommendations[0].id], version: 3),
        ]
        return PlanPageModel(record: PlanRecord(plan: plan, priorities: [priority], actions: actions), inspection: record,
                             people: Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) }),
                             today: CalendarDate(year: 2017, month: 10, day: 1)!)
    }

    @Test func plansList() throws {
        try assertSnapshot(PlanViews.list([planModel.record.plan], council: context, context: page()), named: "plans-list")
    }

    @Test func planOverview() throws {
        try assertSnapshot(PlanViews.overview(PlanOverview.Model(planModel), council: context, context: page()), named: "plan-overview")
    }

    @Test func coverage() throws {
        try assertSnapshot(PlanViews.coverage(PlanCoverage.Model(planModel), council: context, context: page()), named: "plan-coverage")
    }

    @Test func actionDetail() throws {
        let action = planModel.record.actions[1]
        let details = ActionDetails(milestones: [
            Milestone(id: .init(Self.uuid(41)), actionID: action.id, title: "Police officers based in the hub",
                      dueDate: CalendarDate(year: 2017, month: 4, day: 30)!,
                      metDate: CalendarDate(year: 2017, month: 4, day: 18), version: 2),
            Milestone(id: .init(Self.uuid(42)), actionID: action.id, title: "Health staff in post",
                      dueDate: CalendarDate(year: 2017, month: 9, day: 30)!, metDate: nil, version: 1),
        ])
        try assertSnapshot(ActionViews.detail(ActionPage.Model(action, in: planModel, details: details), council: context,
                                              context: page()), named: "action-detail")
    }

    @Test func priorityPage() throws {
        try assertSnapshot(PlanViews.priority(PriorityPage.Model(planModel.record.priorities[0], in: planModel), council: context,
                                              context: page()), named: "priority")
    }

    @Test func actionList() throws {
        var query = ActionListQuery()
        query.sort = .due
        query.descending = true
        try assertSnapshot(ActionListViews.list(ActionList.Model(planModel, query: query), council: context, context: page()),
                           named: "action-list")
    }

    @Test func approvedVersion() throws {
        let model = planModel
        let snapshot = PlanSnapshot(model.record, inspection: model.inspection, people: model.people)
        let version = PlanVersion(
            id: .init(Self.uuid(51)), planID: model.record.plan.id, number: 1,
            approval: PlanApproval(body: "Cabinet", meetingDate: CalendarDate(year: 2016, month: 3, day: 17)!,
                                   decision: "Resolved: that the plan be approved (minute 12)."),
            snapshot: snapshot, checksum: String(repeating: "ab", count: 32), isIntact: true,
            recordedBy: "pm@northshire.example", recordedAt: Date(timeIntervalSince1970: 1_458_210_000))
        try assertSnapshot(PlanLifecycleViews.version(version, plan: model.record.plan, council: context,
                                                      context: page()), named: "plan-version")
    }

    @Test func successorForm() throws {
        var form = PlanForm()
        form.title = "Continuous Improvement Plan"
        form.carry = planModel.record.actions.filter { !$0.isFinished }.map(\.id.description)
        try assertSnapshot(PlanLifecycleViews.successorForm(form, model: NewSuccessor.Model(planModel, inspections: [record]),
                                                            council: context, errors: [], context: page()),
                           named: "plan-successor-form")
    }

    @Test func priorityFormErrors() throws {
        var form = PriorityForm()
        form.number = "0"
        guard case let .invalid(errors) = form.validate() else { Issue.record("invalid form accepted"); return }
        try assertSnapshot(PlanEditViews.priorityForm(form, model: PriorityEditor.Model(nil, in: planModel), council: context,
                                                      errors: errors, context: page()), named: "priority-form-errors")
    }

    @Test func newPlanFormErrors() throws {
        var form = PlanForm()
        form.startDay = "31"
        form.startMonth = "2"
        form.startYear = "2016"
        guard case let .invalid(errors) = form.validate() else { Issue.record("invalid form accepted"); return }
        try assertSnapshot(PlanEditViews.planForm(form, model: PlanEditor.Model(inspections: [record], people: people),
                                                  council: context, errors: errors, context: page()), named: "plan-form-errors")
    }

    @Test func actionFormErrors() throws {
        let action = planModel.record.actions[1]
        var form = ActionForm(action)
        form.revisionReason = ""
        form.what = ""
        form.people = Set(people.map(\.id.description))
        form.allowedRecommendations = Set(record.recommendations.map(\.id.description))
        guard case let .invalid(errors) = form.validate() else { Issue.record("invalid form accepted"); return }
        try assertSnapshot(ActionViews.form(form, model: ActionEditor.Model(action, in: planModel), council: context,
                                            errors: errors, context: page()), named: "action-form-errors")
    }
}

@Suite("HTML building")
struct HTMLKitTests {
    @Test("A select's placeholder submits nothing, not its words")
    func placeholderHasEmptyValue() {
        let html = selectField("lead", label: "Lead", options: [("1", "Priya Raman")], selected: nil,
                               placeholder: "No lead yet", errors: FormErrors()).render()
        #expect(html.contains("<option value selected>No lead yet</option>") || html.contains("<option value=\"\" selected>No lead yet</option>"))
    }
}

@Suite("Counting in words")
struct CountedTests {
    @Test("A count agrees with its noun")
    func agrees() {
        #expect(counted(1, "action") == "1 action")
        #expect(counted(0, "action") == "0 actions")
        #expect(counted(2, "exception") == "2 exceptions")
        #expect(counted(3, "body", "bodies") == "3 bodies")
    }
}
