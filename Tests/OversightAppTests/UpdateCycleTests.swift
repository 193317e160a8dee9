import Foundation
@testable import OversightApp
import OversightDomain
import OversightStore
import Testing
import VaporTesting

@Suite("Monthly update cycle")
struct UpdateCycleTests {
    struct Demo {
        var council: Council
        var plan: PlanRecord
        var open: UpdatePeriod
        /// An unfinished action led by Priya Raman, whose account is lead@northshire.example.
        var own: PlanAction
        var others: PlanAction
    }

    func demo(_ app: Application) async throws -> Demo {
        let council = try await app.demoCouncil()
        let plan = try await app.demoImprovementPlan(in: council)
        let record = try #require(try await PlanStore.find(plan.id, in: council.id, on: app.db))
        let open = try #require(try await UpdateStore.periods(of: plan.id, on: app.db).first { $0.isOpen })
        let priya = try #require(try await PersonStore.all(in: council.id, on: app.db).first { $0.name == "Priya Raman" })
        let own = try #require(record.actions.first { $0.leadID == priya.id && !$0.isFinished })
        let others = try #require(record.actions.first { $0.leadID != priya.id && !$0.isFinished })
        return Demo(council: council, plan: record, open: open, own: own, others: others)
    }

    func newUpdate(_ d: Demo, _ action: PlanAction) -> String {
        SiteURL.newUpdate(.value(d.council.id), .value(d.plan.plan.id), .value(action.id)).path
    }

    @Test("The demo has nineteen closed months and October 2017 open")
    func demoHistory() async throws {
        try await withTestApp { app in
            let d = try await demo(app)
            let periods = try await UpdateStore.periods(of: d.plan.plan.id, on: app.db)
            #expect(periods.count == 20)
            #expect(d.open.label == "October 2017")
            let updates = try await UpdateStore.updates(of: d.plan.plan.id, on: app.db)
            #expect(updates.contains { $0.rating == .red } && updates.contains { $0.rating == .blue })
            #expect(updates.contains { $0.state == .submitted })
        }
    }

    @Test("A lead submits an update for their own action; it waits for review, then is accepted")
    func submitAndAccept() async throws {
        try await withTestApp { app in
            let d = try await demo(app)
            let form = try await app.get(newUpdate(d, d.own), as: Who.contributor)
            #expect(form.status == .ok)
            #expect(form.text.contains("Update for October 2017"))
            let submitted = try await app.post(newUpdate(d, d.own), form: [
                ("rating", "amber"), ("narrative", "Two teams **caught up**. <script>alert(1)</script>"),
                ("evidence", "https://intranet.northshire.example/audit-october"),
            ], as: Who.contributor)
            #expect(submitted.status == .seeOther)
            let page = try await app.get(try #require(submitted.location), as: Who.contributor)
            #expect(page.text.contains("<strong>caught up</strong>"))
            #expect(!page.text.contains("<script>alert"))
            #expect(page.text.contains("Waiting for review"))

            let update = try #require(try await UpdateStore.updates(of: d.plan.plan.id, on: app.db)
                .first { $0.narrative.hasPrefix("Two teams") })
            let review = SiteURL.reviewUpdate(.value(d.council.id), .value(d.plan.plan.id), .value(update.id)).path
            #expect(try await app.post(review, form: [("decision", "accept")], as: Who.contributor).status == .forbidden)
            let accepted = try await app.post(review, form: [("decision", "accept")], as: Who.programmeManager)
            #expect(accepted.status == .seeOther, "\(accepted.text.prefix(2000))")
            #expect(try await app.post(review, form: [("decision", "accept")], as: Who.programmeManager).status == .conflict)
            let stored = try #require(try await UpdateStore.updates(of: d.plan.plan.id, on: app.db).first { $0.id == update.id })
            #expect(stored.state == .accepted)
            #expect(stored.definitions == .standard)
        }
    }

    @Test("Returning an update needs a comment")
    func returnNeedsComment() async throws {
        try await withTestApp { app in
            let d = try await demo(app)
            let waiting = try #require(try await UpdateStore.updates(of: d.plan.plan.id, on: app.db).first { $0.state == .submitted })
            let review = SiteURL.reviewUpdate(.value(d.council.id), .value(d.plan.plan.id), .value(waiting.id)).path
            let bare = try await app.post(review, form: [("decision", "return")], as: Who.programmeManager)
            #expect(bare.status == .unprocessableEntity)
            let withComment = try await app.post(review, form: [("decision", "return"),
                                                                ("comment-\(waiting.id)", "Add the audit figures")],
                                                 as: Who.programmeManager)
            #expect(withComment.status == .seeOther)
        }
    }

    @Test("Only the lead, or a programme manager, may update an action")
    func whoMaySubmit() async throws {
        try await withTestApp { app in
            let d = try await demo(app)
            #expect(try await app.get(newUpdate(d, d.others), as: Who.contributor).status == .forbidden)
            #expect(try await app.get(newUpdate(d, d.own), as: Who.viewer).status == .forbidden)
            #expect(try await app.get(newUpdate(d, d.others), as: Who.programmeManager).status == .ok)
            let refused = try await app.post(newUpdate(d, d.others), form: [("rating", "green"), ("narrative", "x")],
                                             as: Who.contributor)
            #expect(refused.status == .forbidden)
        }
    }

    @Test("Bad updates are refused with messages, and change nothing")
    func invalid() async throws {
        try await withTestApp { app in
            let d = try await demo(app)
            let before = try await UpdateStore.updates(of: d.plan.plan.id, on: app.db).count
            let response = try await app.post(newUpdate(d, d.own), form: [
                ("rating", "purple"), ("narrative", " "), ("evidence", "javascript:alert(1)"),
            ], as: Who.contributor)
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("Select a rating: blue, green, amber or red"))
            #expect(response.text.contains("Enter the progress this month"))
            #expect(response.text.contains("Evidence must be web addresses"))
            #expect(try await UpdateStore.updates(of: d.plan.plan.id, on: app.db).count == before)
        }
    }

    @Test("No update can be made for a closed period")
    func closedPeriod() async throws {
        try await withTestApp { app in
            let d = try await demo(app)
            try await UnitOfWork.seed(on: app.db) { change in
                try await UpdateStore.setOpen(d.open.id, false, on: change)
            }
            let response = try await app.get(newUpdate(d, d.own), as: Who.contributor)
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("No update period is open"))
        }
    }

    @Test("Exceptions and the period page show who is late and what is off track, in words")
    func exceptionsAndPeriod() async throws {
        try await withTestApp { app in
            let d = try await demo(app)
            let exceptions = try await app.get(SiteURL.exceptions(.value(d.council.id), .value(d.plan.plan.id)).path)
            #expect(exceptions.status == .ok)
            #expect(exceptions.text.contains("No update this period"))
            #expect(exceptions.text.contains("Rated red: off track") || exceptions.text.contains("Rated amber: at risk"))
            let period = try await app.get(SiteURL.period(.value(d.council.id), .value(d.plan.plan.id), .value(d.open.id)).path)
            #expect(period.text.contains("Updates for October 2017"))
            #expect(period.text.contains("actions without an update"))
        }
    }

    @Test("A second period cannot be opened while one is open")
    func onePeriodAtATime() async throws {
        try await withTestApp { app in
            let d = try await demo(app)
            let response = try await app.post(SiteURL.periods(.value(d.council.id), .value(d.plan.plan.id)).path, form: [
                ("month-month", "11"), ("month-year", "2017"), ("deadline-day", "20"), ("deadline-month", "11"),
                ("deadline-year", "2017"),
            ], as: Who.programmeManager)
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("Close the open period before opening another"))
        }
    }
}

@Suite("Plan exports")
struct PlanExportTests {
    @Test("The plan's actions and exceptions download as CSV with a header row")
    func csv() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let plan = try await app.demoImprovementPlan(in: council)
            let all = try await app.get(SiteURL.actionsCSV(.value(council.id), .value(plan.id)).path, as: Who.viewer)
            #expect(all.headers.first(name: .contentType) == "text/csv; charset=utf-8")
            let lines = all.text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.first == "Reference,Action,Lead officer,Due date,Revised due date,Revisions,Status,Latest rating,Exceptions")
            #expect(lines.count == 41)
            let exceptions = try await app.get(SiteURL.exceptionsCSV(.value(council.id), .value(plan.id)).path)
            #expect(exceptions.text.contains("No update this period"))
        }
    }

    @Test("The JSON API lists plans and filters actions by rating")
    func api() async throws {
        try await withTestApp { app in
            let list = try await app.api("/api/v1/plans")
            let plans = try JSONDecoder().decode(ListPage<PlanDTO>.self, from: Data(list.text.utf8))
            #expect(plans.items.map(\.status.code) == ["approved", "active"]) // newest first: the CIP, then the first plan
            let plan = try #require(plans.items.first { $0.status.code == "active" })
            let detail = try JSONDecoder().decode(PlanDTO.self, from: Data(try await app.api("/api/v1/plans/\(plan.id)").text.utf8))
            #expect(detail.priorities?.count == 8)
            let red = try await app.api("/api/v1/actions?plan=\(plan.id)&rating=red&perPage=100")
            let actions = try JSONDecoder().decode(ListPage<ActionDTO>.self, from: Data(red.text.utf8))
            #expect(actions.items.allSatisfy { $0.latestRating?.code == "red" })
            #expect(try await app.api("/api/v1/actions?plan=\(plan.id)&rating=pink").status == .badRequest)
            #expect(try await app.api("/api/v1/actions").status == .badRequest)
            #expect(try await app.api("/api/v1/plans/00000000-0000-0000-0000-0000000fffff").status == .notFound)
        }
    }
}

@Suite("My actions")
struct MyActionsTests {
    @Test("A lead sees the actions they lead and which updates are due")
    func lead() async throws {
        try await withTestApp { app in
            let page = try await app.get(SiteURL.myActions.path, as: Who.contributor)
            #expect(page.status == .ok)
            #expect(page.text.contains("Children&#39;s Services Improvement Plan") || page.text.contains("Children's Services Improvement Plan"))
            #expect(page.text.contains("due by 20 October 2017") || page.text.contains("are all in"))
            #expect(page.text.contains("Bring assessments completed within 45 working days"))
            let admin = try await app.get(SiteURL.myActions.path, as: Who.admin)
            #expect(admin.text.contains("You do not lead any plan action"))
        }
    }
}

@Suite("Update races")
struct UpdateRaceTests {
    @Test("A period that closes while an update is written: 422 with the text kept, never a 500")
    func periodClosedUnderneath() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let plan = try await app.demoImprovementPlan(in: council)
            let record = try #require(try await PlanStore.find(plan.id, in: council.id, on: app.db))
            let open = try #require(try await UpdateStore.periods(of: plan.id, on: app.db).first { $0.isOpen })
            let action = try #require(record.actions.first { !$0.isFinished })
            let submit = SubmitUpdate(dependencies: app.oversight.dependencies)
            var closed = open
            closed.isOpen = false
            await #expect(throws: UpdateError.periodClosed) {
                _ = try await submit(UpdateDraft(rating: .green, narrative: "Late", evidenceLinks: []), for: action,
                                     plan: plan.id, period: closed, by: .commandLine, on: app.db)
            }
        }
    }

    /// On PostgreSQL the review counted the update's state, then updated it without checking again,
    /// so two reviewers at once could both accept it. Now the review is one conditional statement.
    @Test("Two reviewers acting on one update at once: one review lands, the other is told it was reviewed already")
    func twoReviewers() async throws {
        try await withTestApp(sqliteFile: true) { app in
            let council = try await app.demoCouncil()
            let plan = try await app.demoImprovementPlan(in: council)
            let record = try #require(try await PlanStore.find(plan.id, in: council.id, on: app.db))
            let open = try #require(try await UpdateStore.periods(of: plan.id, on: app.db).first { $0.isOpen })
            let action = try #require(record.actions.first { !$0.isFinished })
            let dependencies = app.oversight.dependencies
            let db = app.db
            for round in 1...5 {
                let update = try await SubmitUpdate(dependencies: dependencies)(
                    UpdateDraft(rating: .amber, narrative: "Round \(round)", evidenceLinks: []), for: action, plan: plan.id,
                    period: open, by: .commandLine, on: db)
                let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
                    for reviewer in 0..<4 {
                        group.addTask {
                            do {
                                try await ReviewUpdate(dependencies: dependencies)(update, accept: reviewer % 2 == 0, comment: "Reviewer \(reviewer)",
                                                                                   by: .commandLine, on: db)
                                return true
                            } catch UpdateError.alreadyReviewed {
                                return false
                            }
                        }
                    }
                    return try await group.reduce(into: [Bool]()) { $0.append($1) }
                }
                #expect(outcomes.filter { $0 }.count == 1, "round \(round): \(outcomes)")
                let reviews = try await AuditStore.list(.init(action: "update."), limit: 100, on: db).entries
                    .filter { $0.record.entityID == update.description && $0.record.action != "update.submit" }
                #expect(reviews.count == 1, "round \(round): \(reviews.count) reviews recorded")
            }
        }
    }
}
