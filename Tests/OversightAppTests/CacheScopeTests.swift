import Foundation
@testable import OversightApp
import OversightDomain
import OversightStore
import Testing
import VaporTesting

/// The page cache empties only what a change touched (ADR 0011), so a page kept under the wrong
/// scopes would show old data. Each kind of change here is made the way its form makes it; then
/// every kept page, signed in and as a visitor, must be exactly the page a second instance on the
/// same database makes afresh with its cache off.
@Suite("Cache scopes")
struct CacheScopeTests {
    struct Pages {
        var signedIn: [String]
        var visitor: [String]
        /// Who views the signed-in pages: the administrator, who sees everything, and people whose
        /// dashboards list their own risks and board actions.
        var viewers: [String]
        /// The person, among the viewers, who owns an open board action.
        var boardOwner: Person.ID
    }

    private func pages(_ app: Application, council: Council, action: PlanAction, indicator: Indicator, risk: Risk)
        async throws -> Pages {
        let plan = try await app.demoImprovementPlan(in: council)
        let record = try #require(try await PlanStore.find(plan.id, in: council.id, on: app.db))
        let priority = try #require(record.priorities.first)
        let cid = Parameter.value(council.id), pid = Parameter.value(plan.id)
        let meeting = try #require(try await MeetingStore.meetings(in: council.id, on: app.db).first)
        let open = try await BoardActionStore.all(in: council.id, on: app.db).filter(\.isOpen)
        var owner: (email: String, person: Person.ID)?
        for email in [Who.programmeManager, Who.contributor, Who.performance, Who.board, Who.director] where owner == nil {
            if let person = try await AccountStore.find(email: email, on: app.db)?.user.personID,
               open.contains(where: { $0.ownerID == person }) { owner = (email, person) }
        }
        let boardOwner = try #require(owner, "no demo account owns an open board action")
        return Pages(
            signedIn: [SiteURL.council(cid), .plans(cid), .plan(cid, pid), .priority(cid, pid, .value(priority.id)),
                       .actions(cid, pid), .coverage(cid, pid), .exceptions(cid, pid), .action(cid, pid, .value(action.id)),
                       .scorecard(cid), .indicator(cid, .value(indicator.id)), .risks(cid), .risk(cid, .value(risk.id)),
                       .reports(cid), .meeting(cid, .value(meeting.id)), .forwardPlan(cid)].map(\.path),
            visitor: [SiteURL.council(cid), .reports(cid), .bodies(cid), .calendar(cid), .meeting(cid, .value(meeting.id)),
                      .forwardPlan(cid), .api(.forwardPlan(cid))].map(\.path),
            viewers: Array(Set([Who.admin, Who.programmeManager, boardOwner.email])).sorted(), boardOwner: boardOwner.person)
    }

    /// Views every page twice on `app` (so each is kept), then, after `change`, checks each against
    /// the same page made afresh by `fresh`.
    private func check(_ name: String, _ app: Application, fresh: Application, _ pages: Pages,
                       _ change: () async throws -> Void) async throws {
        let viewers = pages.viewers
        for _ in 1...2 {
            for viewer in viewers {
                for path in pages.signedIn { _ = try await app.get(path, as: viewer) }
            }
            for path in pages.visitor { _ = try await app.get(path, as: nil) }
        }
        try await change()
        var views = pages.visitor.map { ($0, String?.none) }
        for viewer in viewers { views += pages.signedIn.map { ($0, viewer) } }
        for (path, viewer) in views {
            let headers = if let viewer { app.headers(for: try await app.session(viewer)) } else { HTTPHeaders() }
            let kept = try await app.testing().sendRequest(.GET, path, headers: headers)
            let made = try await fresh.testing().sendRequest(.GET, path, headers: headers)
            #expect(kept.status == made.status, "\(name): \(path) answered \(kept.status) but \(made.status) afresh")
            // Compared apart from the expectation, so that a failure names the page rather than printing both.
            let same = kept.body.string == made.body.string
            #expect(same, "\(name): \(path) as \(viewer ?? "a visitor") was served as kept before the change")
        }
    }

    @Test("After each kind of change, every kept page is the page made afresh")
    func keptPagesAreFresh() async throws {
        try await withTestApp(sqliteFile: true) { app in
            let fresh = try await Application.make(.testing)
            do {
                try configure(fresh, database: app.oversight.database, dependencies: .fixed())
                fresh.oversight.switchPageCache(on: false)
                try await changes(app, fresh: fresh)
            } catch {
                try? await fresh.asyncShutdown()
                throw error
            }
            try await fresh.asyncShutdown()
        }
    }

    private func changes(_ app: Application, fresh: Application) async throws {
        let council = try await app.demoCouncil(), db = app.db, dependencies = app.oversight.dependencies
        let plan = try await app.demoImprovementPlan(in: council)
        let record = try #require(try await PlanStore.find(plan.id, in: council.id, on: db))
        let action = try #require(record.actions.first { $0.leadID != nil })
        let priority = try #require(record.priorities.first { $0.id == action.priorityID })
        let indicator = try #require(try await IndicatorStore.indicators(in: council.id, on: db).first)
        let risk = try #require(try await RiskStore.all(in: council.id, on: db).first)
        let pages = try await pages(app, council: council, action: action, indicator: indicator, risk: risk)

        try await check("an update accepted", app, fresh: fresh, pages) {
            let waiting = try #require(try await UpdateStore.updates(of: plan.id, on: db).first { $0.state == .submitted })
            try await ReviewUpdate(dependencies: dependencies)(waiting.id, accept: true, comment: "Agreed", by: .commandLine, on: db)
        }
        try await check("an action's words changed", app, fresh: fresh, pages) {
            var draft = action.draft
            draft.what = "Audit sixty cases a month, each with its practice lead"
            try await UpdateAction(dependencies: dependencies)(action, in: priority, draft, expectedVersion: action.version,
                                                               by: .commandLine, on: db)
        }
        try await check("the plan renamed", app, fresh: fresh, pages) {
            let current = try #require(try await PlanStore.find(plan.id, in: council.id, on: db)).plan
            let draft = PlanDraft(title: current.title + " (renamed)", kind: current.kind, inspectionID: current.inspectionID,
                                  alsoAnswers: current.alsoAnswers, ownerID: current.ownerID, startDate: current.startDate,
                                  endDate: current.endDate)
            try await UpdatePlanDetails(dependencies: dependencies)(current, draft, expectedVersion: current.version,
                                                                    by: .commandLine, on: db)
        }
        try await check("an action's lead renamed", app, fresh: fresh, pages) {
            let leadID = try #require(action.leadID)
            let lead = try #require(try await PersonStore.find(leadID, in: council.id, on: db))
            try await UpdatePerson(dependencies: dependencies)(
                lead.id, in: council.id, PersonDraft(name: "Dr " + lead.name, jobTitle: lead.jobTitle, telephone: lead.telephone,
                                                     email: lead.email),
                expectedVersion: lead.version, by: .commandLine, on: db)
        }
        try await check("a recommendation reworded", app, fresh: fresh, pages) {
            let inspection = try await app.demoInspection()
            let recommendation = try #require(inspection.recommendations.first)
            try await UpdateRecommendation(dependencies: dependencies)(
                recommendation.id, RecommendationDraft(number: recommendation.number, text: recommendation.text + " Now.",
                                                       area: recommendation.area, isPriorityAction: recommendation.isPriorityAction),
                before: recommendation, expectedVersion: recommendation.version, by: .commandLine, on: db)
        }
        try await check("an indicator linked to the action", app, fresh: fresh, pages) {
            try await ChangeIndicator(dependencies: dependencies).link(indicator, to: action.id, by: .commandLine, on: db)
        }
        try await check("an indicator's target set", app, fresh: fresh, pages) {
            let latest = try #require(try await IndicatorStore.values(of: indicator.id, on: db).last)
            try await ChangeIndicator(dependencies: dependencies).setTarget(
                IndicatorTarget(period: latest.period, value: latest.value + 7, tolerance: 1), of: indicator, by: .commandLine, on: db)
        }
        try await check("a risk linked to the action", app, fresh: fresh, pages) {
            let current = try #require(try await RiskStore.find(risk.id, in: council.id, on: db))
            try await ManageRisks(dependencies: dependencies).link(current, planActions: [action.id], boardActions: [],
                                                                   expectedVersion: current.version, by: .commandLine, on: db)
        }
        // The register shows a linked action's standing rating: an update to it must empty the
        // register, though updates to actions no risk is linked to leave it kept.
        try await check("an update to the linked action submitted and accepted", app, fresh: fresh, pages) {
            let open = try #require(try await UpdateStore.periods(of: plan.id, on: db).first { $0.isOpen })
            let id = try await SubmitUpdate(dependencies: dependencies)(
                UpdateDraft(rating: .red, narrative: "Agency staff left; the audit is behind.", evidenceLinks: []),
                for: action, plan: plan.id, period: open, by: .commandLine, on: db)
            try await ReviewUpdate(dependencies: dependencies)(id, accept: true, comment: nil, by: .commandLine, on: db)
        }
        try await check("a board action's progress noted", app, fresh: fresh, pages) {
            let board = try #require(try await BoardActionStore.all(in: council.id, on: db).first { $0.isOpen })
            try await ChangeBoardAction(dependencies: dependencies).addUpdate("Chased by the chair", to: board,
                                                                              by: .commandLine, on: db)
        }
        let manager = try #require(try await AccountStore.find(email: Who.programmeManager, on: db)?.user.personID)
        try await check("the programme manager's risk retitled", app, fresh: fresh, pages) {
            let mine = try #require(try await RiskStore.risks(ownedBy: manager, in: council.id, on: db).first)
            let draft = RiskDraft(title: mine.title + " (restated)", cause: mine.cause, event: mine.event,
                                  consequence: mine.consequence, category: mine.category, ownerID: mine.ownerID,
                                  raisedOn: mine.raisedOn, inherent: mine.inherent, current: mine.current, target: mine.target,
                                  targetReason: mine.targetReason, controls: mine.controls, proximity: mine.proximity,
                                  reviewFrequency: mine.reviewFrequency, status: mine.status)
            try await ManageRisks(dependencies: dependencies).update(mine, with: draft, expectedVersion: mine.version,
                                                                     by: .commandLine, on: db)
        }
        try await check("a viewer's own board action closed", app, fresh: fresh, pages) {
            let mine = try #require(try await BoardActionStore.owned(by: pages.boardOwner, in: council.id, on: db).first)
            try await ChangeBoardAction(dependencies: dependencies).close(mine, note: "Done", at: nil, expectedVersion: mine.version,
                                                                          by: .commandLine, on: db)
        }
        try await check("a key decision published in the forward plan", app, fresh: fresh, pages) {
            let draft = try #require(try await ForwardPlanStore.entries(in: council.id, includingDrafts: true, on: db).first { !$0.isPublished })
            var changed = ForwardPlanDraft(draft)
            changed.published = CalendarDate.inLondon(dependencies.now())
            try await ManageForwardPlan(dependencies: dependencies).update(draft, with: changed, expectedVersion: draft.version,
                                                                          by: .commandLine, on: db)
        }
        try await check("a person added", app, fresh: fresh, pages) {
            _ = try await AddPerson(dependencies: dependencies)(
                PersonDraft(name: "Ada Lovelace", jobTitle: nil, telephone: nil, email: "ada@northshire.example"),
                to: council.id, by: .commandLine, on: db)
        }
    }
}
