import Foundation
@testable import OversightApp
import OversightDomain
import OversightStore
import Testing
import VaporTesting

@Suite("Plan pages")
struct PlanRouteTests {
    func demoPlan(_ app: Application) async throws -> (Council, PlanRecord) {
        let council = try await app.demoCouncil()
        let plan = try await app.demoImprovementPlan(in: council)
        return (council, try #require(try await PlanStore.find(plan.id, in: council.id, on: app.db)))
    }

    @Test("The demo plan answers every recommendation with eight priorities and forty actions")
    func demo() async throws {
        let clock = TestClock() // 18 January 2017
        try await withTestApp(clock: clock) { app in
            let (council, record) = try await demoPlan(app)
            #expect(record.priorities.count == 8)
            #expect(record.actions.count == 40)
            #expect(record.actions.first?.reference == "1.1")
            let page = try await app.get(SiteURL.plan(.value(council.id), .value(record.plan.id)).path, as: Who.board)
            #expect(page.status == .ok)
            #expect(page.text.contains("Priority 7: A stable, skilled workforce"))
            #expect(page.text.contains("0 recommendations without an action"))
            #expect(page.text.contains("revised from 31 March 2017"))
            #expect(page.text.contains("0 actions past their due date"))
            clock.advance(minutes: 300 * 24 * 60) // mid November 2017
            app.storage[TestSessionsKey.self] = [:] // the old session has long expired: sign in again
            let later = try await app.get(SiteURL.plan(.value(council.id), .value(record.plan.id)).path, as: Who.board)
            #expect(later.text.contains("Past its due date"))
            #expect(!later.text.contains("0 actions past their due date"))
            let coverage = try await app.get(SiteURL.coverage(.value(council.id), .value(record.plan.id)).path)
            #expect(coverage.text.contains("Every recommendation has at least one action."))
        }
    }

    @Test("A recommendation with no action stands out on the coverage page and its own page")
    func uncovered() async throws {
        try await withTestApp { app in
            let (council, record) = try await demoPlan(app)
            let inspection = try await app.demoInspection()
            let added = try await app.post(SiteURL.recommendations(.value(council.id), .value(inspection.inspection.id)).path,
                                           form: [("number", "11"), ("text", "Publish a sufficiency strategy.")])
            let coverage = try await app.get(SiteURL.coverage(.value(council.id), .value(record.plan.id)).path)
            #expect(coverage.text.contains("1 of 11 recommendations have no action."))
            #expect(coverage.text.contains("ov-tag--red\">No action"))
            let page = try await app.get(try #require(added.location))
            #expect(page.text.contains("No improvement plan action answers this recommendation yet."))
            let answered = try #require(inspection.recommendations.first)
            let answeredPage = try await app.get(
                SiteURL.recommendation(.value(council.id), .value(inspection.inspection.id), .value(answered.id)).path)
            #expect(answeredPage.text.contains(">1.1<"))
        }
    }

    @Test("Editing an action: a revised date needs a reason, due cannot precede start, and revisions are counted")
    func editAction() async throws {
        try await withTestApp { app in
            let (council, record) = try await demoPlan(app)
            let action = try #require(record.actions.first { $0.revisedDueDate == nil && !$0.isFinished } ?? record.actions.first)
            let path = SiteURL.editAction(.value(council.id), .value(record.plan.id), .value(action.id)).path
            var fields: [(String, String)] = [
                ("version", String(action.version)),
                ("number", String(action.reference.split(separator: ".")[1])), ("what", action.what), ("how", ""),
                ("lead", action.leadID?.description ?? ""),
                ("startDate-day", "1"), ("startDate-month", "4"), ("startDate-year", "2016"),
                ("dueDate-day", "30"), ("dueDate-month", "6"), ("dueDate-year", "2016"),
                ("revisedDueDate-day", "31"), ("revisedDueDate-month", "12"), ("revisedDueDate-year", "2016"),
                ("revisionReason", ""), ("successMeasures", ""), ("status", "in-progress"),
            ]
            let noReason = try await app.post(path, form: fields, as: Who.programmeManager)
            #expect(noReason.status == .unprocessableEntity)
            #expect(noReason.text.contains("Enter the reason the due date was revised"))

            var early = fields
            early[early.firstIndex { $0.0 == "dueDate-year" }!].1 = "2015"
            early[early.firstIndex { $0.0 == "revisionReason" }!].1 = "Waiting for partners"
            let before = try await app.post(path, form: early, as: Who.programmeManager)
            #expect(before.text.contains("Due date must be the same as or after the start date"))

            fields[fields.firstIndex { $0.0 == "revisionReason" }!].1 = "Waiting for partners"
            let saved = try await app.post(path, form: fields, as: Who.programmeManager)
            #expect(saved.status == .seeOther)
            let updated = try #require(try await PlanStore.find(record.plan.id, in: council.id, on: app.db)?
                .actions.first { $0.id == action.id })
            #expect(updated.revisedDueDate?.ukLong == "31 December 2016")
            #expect(updated.revisionCount == action.revisionCount + 1)
            #expect(updated.revisionReason == "Waiting for partners")

            let stale = try await app.post(path, form: fields, as: Who.programmeManager)
            #expect(stale.status == .conflict)

            let viewer = try await app.post(path, form: fields, as: Who.viewer)
            #expect(viewer.status == .forbidden)
        }
    }

    @Test("The lifecycle refuses a transition it does not allow, and audits one it does")
    func transitions() async throws {
        try await withTestApp { app in
            let (council, record) = try await demoPlan(app)
            let path = SiteURL.planTransition(.value(council.id), .value(record.plan.id)).path
            let version = String(record.plan.version)
            let refused = try await app.post(path, form: [("version", version), ("event", "activate"), ("reason", "again")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("A plan that is active cannot be moved that way"))
            let approval = try await app.post(path, form: [("version", version), ("event", "approve"), ("reason", "again")])
            #expect(approval.status == .unprocessableEntity)
            #expect(approval.text.contains("Record an approval with the approving body, meeting date and decision"))
            let noReason = try await app.post(path, form: [("version", version), ("event", "close"), ("reason", "")])
            #expect(noReason.text.contains("Enter why, and any decision reference"))
            let stale = try await app.post(path, form: [("version", "1"), ("event", "close"), ("reason", "Old page")])
            #expect(stale.status == .conflict)
            let closed = try await app.post(path, form: [("version", version), ("event", "close"),
                                                         ("reason", "Succeeded by the Continuous Improvement Plan")])
            #expect(closed.status == .seeOther)
            let plan = try #require(try await PlanStore.find(record.plan.id, in: council.id, on: app.db)?.plan)
            #expect(plan.status == .closed)
            let audit = try await AuditStore.list(.init(action: "plan.close"), limit: 1, on: app.db)
            #expect(audit.entries.first?.record.after?.contains("Succeeded by the Continuous Improvement Plan") == true)
            // Closing ends every unfinished action: withdrawn, with the reason given.
            let after = try #require(try await PlanStore.find(record.plan.id, in: council.id, on: app.db))
            let wasRunning = record.actions.filter { !$0.isFinished }.map(\.id)
            #expect(!wasRunning.isEmpty)
            for action in after.actions where wasRunning.contains(action.id) {
                #expect(action.status == .withdrawn)
                #expect(action.withdrawalReason == "Withdrawn when the plan closed: Succeeded by the Continuous Improvement Plan")
            }
        }
    }
}

@Suite("The action list: filters, sorting and pages")
struct ActionListTests {
    @Test("Filters by lead, priority, rating and status narrow the list, and the address keeps them")
    func filters() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let plan = try await app.demoImprovementPlan(in: council)
            let record = try #require(try await PlanStore.find(plan.id, in: council.id, on: app.db))
            let priya = try #require(try await PersonStore.all(in: council.id, on: app.db).first { $0.name == "Priya Raman" })
            let base = SiteURL.actions(.value(council.id), .value(plan.id)).path
            let all = try await app.get(base, as: Who.board)
            #expect(all.status == .ok)
            #expect(all.text.contains("Showing 1 to 40 of 40 actions"))
            let hers = try await app.get(base + "?lead=\(priya.id)", as: Who.board)
            let count = record.actions.filter { $0.leadID == priya.id }.count
            #expect(hers.text.contains("Showing 1 to \(count) of \(count) actions"))
            #expect(hers.text.contains("Clear the filters"))
            let inProgress = try await app.get(base + "?status=in-progress&rating=red", as: Who.board)
            let expected = record.actions.filter { $0.status == .inProgress && record.standing[$0.id] == .red }
            #expect(!expected.isEmpty)
            #expect(inProgress.text.contains("of \(expected.count) actions"))
            for action in expected { #expect(inProgress.text.contains(">\(action.reference)<")) }
            // Filters the page does not know are ignored; a page number out of range is named.
            let odd = try await app.get(base + "?rating=pink&status=lost&sort=colour", as: Who.board)
            #expect(odd.status == .ok)
            #expect(odd.text.contains("Showing 1 to 40 of 40 actions"))
            let negative = try await app.get(base + "?page=-3", as: Who.board)
            #expect(negative.status == .badRequest)
            #expect(negative.text.contains("page must be a whole number from 1 to 100000, not &quot;-3&quot;")
                    || negative.text.contains("page must be a whole number from 1 to 100000, not \"-3\""))
        }
    }

    @Test("Sorting by due date, and paging fifty at a time")
    func sortAndPage() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let plan = try await app.demoImprovementPlan(in: council)
            let record = try #require(try await PlanStore.find(plan.id, in: council.id, on: app.db))
            let priority = try #require(record.priorities.first)
            for number in 10..<25 {
                _ = try await AddAction(dependencies: app.oversight.dependencies)(
                    ActionDraft(number: number, what: "Extra action \(number)", how: nil, leadID: nil, startDate: nil,
                                dueDate: CalendarDate(year: 2019, month: 1, day: number)!, revisedDueDate: nil,
                                revisionReason: nil, successMeasures: nil, status: .notStarted, recommendationIDs: []),
                    to: priority, by: .commandLine, on: app.db)
            }
            let base = SiteURL.actions(.value(council.id), .value(plan.id)).path
            let first = try await app.get(base + "?sort=due&order=desc", as: Who.board)
            #expect(first.text.contains("Showing 1 to 50 of 55 actions"))
            #expect(first.text.contains("aria-sort=\"descending\""))
            let latest = try #require(first.text.range(of: "Extra action 24"))
            let earlier = try #require(first.text.range(of: "Extra action 23"))
            #expect(latest.lowerBound < earlier.lowerBound)
            #expect(first.text.contains("href=\"\(base)?sort=due&amp;order=desc&amp;page=2\""))
            let second = try await app.get(base + "?sort=due&order=desc&page=2", as: Who.board)
            #expect(second.text.contains("Showing 51 to 55 of 55 actions"))
            #expect(second.text.contains("aria-current=\"page\""))
            let beyond = try await app.get(base + "?page=99", as: Who.board)
            #expect(beyond.text.contains("Showing 51 to 55 of 55 actions"))
        }
    }
}

@Suite("Priority pages")
struct PriorityPageTests {
    @Test("A priority's page shows its outcome, lead, ratings and actions, and links from the plan")
    func page() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let plan = try await app.demoImprovementPlan(in: council)
            let record = try #require(try await PlanStore.find(plan.id, in: council.id, on: app.db))
            let priority = try #require(record.priorities.first { $0.number == 2 })
            let path = SiteURL.priority(.value(council.id), .value(plan.id), .value(priority.id)).path
            let overview = try await app.get(SiteURL.plan(.value(council.id), .value(plan.id)).path, as: Who.board)
            #expect(overview.text.contains("href=\"\(path)\""))
            let page = try await app.get(path, as: Who.board)
            #expect(page.status == .ok)
            #expect(page.text.contains("Priority 2: Assessment and planning"))
            #expect(page.text.contains("Priya Raman"))
            for action in record.actions(in: priority.id) { #expect(page.text.contains(">\(action.reference)<")) }
            #expect(!page.text.contains("Add an action to this priority")) // a board member changes nothing
            let manager = try await app.get(path, as: Who.programmeManager)
            #expect(manager.text.contains("Add an action to this priority"))
            let other = try await app.get(SiteURL.priority(.value(council.id), .value(plan.id), .value(.init(UUID()))).path)
            #expect(other.status == .notFound)
        }
    }
}

@Suite("The plans list")
struct PlansListTests {
    @Test("Fifty plans to a page, newest first")
    func paged() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            for number in 1...50 {
                _ = try await CreatePlan(dependencies: app.oversight.dependencies)(
                    PlanDraft(title: "Locality plan \(number)", kind: .other, inspectionID: nil, ownerID: nil,
                              startDate: CalendarDate(year: 2015, month: 1, day: 1)!.adding(days: number), endDate: nil),
                    in: council.id, by: .commandLine, on: app.db)
            }
            let path = SiteURL.plans(.value(council.id)).path
            let first = try await app.get(path, as: Who.board)
            #expect(first.text.contains("Plans, newest first: showing 1 to 50 of 52 plans"))
            #expect(first.text.contains("Children&#39;s Services Continuous Improvement Plan") || first.text.contains("Children's Services Continuous Improvement Plan"))
            #expect(first.text.contains("href=\"\(path)?page=2\""))
            let second = try await app.get(path + "?page=2", as: Who.board)
            #expect(second.text.contains("showing 51 to 52 of 52 plans"))
            #expect(second.text.contains("Locality plan 2<") && second.text.contains("Locality plan 1<"))
        }
    }
}
