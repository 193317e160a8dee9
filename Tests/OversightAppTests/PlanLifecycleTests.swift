import Fluent
import Foundation
@testable import OversightApp
@testable import OversightDemo
import OversightDomain
import OversightStore
import SQLKit
import Testing
import VaporTesting

@Suite("Making plans, consultation, approval and succession")
struct PlanLifecycleTests {
    func plan(_ app: Application, _ id: Plan.ID, in council: Council) async throws -> PlanRecord {
        try #require(try await PlanStore.find(id, in: council.id, on: app.db))
    }

    func newPlanID(_ response: TestingHTTPResponse) throws -> Plan.ID {
        let location = try #require(response.location)
        return try #require(Plan.ID(String(location.split(separator: "/").last ?? "")))
    }

    @Test("A programme manager starts a plan, adds priorities and actions; bad input is named and changes nothing")
    func buildAPlan() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let before = try await PlanStore.plans(in: council.id, on: app.db).count
            let bad = try await app.post(SiteURL.plans(cid).path, form: [
                ("title", ""), ("kind", "improvement-plan"),
                ("startDate-day", "31"), ("startDate-month", "2"), ("startDate-year", "2018"),
            ], as: Who.programmeManager)
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("Enter the plan&#39;s title") || bad.text.contains("Enter the plan's title"))
            #expect(bad.text.contains("Start date must be a real date"))
            #expect(try await PlanStore.plans(in: council.id, on: app.db).count == before)

            let viewer = try await app.post(SiteURL.plans(cid).path, form: [("title", "Mine")], as: Who.viewer)
            #expect(viewer.status == .forbidden)

            let created = try await app.post(SiteURL.plans(cid).path, form: [
                ("title", "Youth Justice Improvement Plan"), ("kind", "other"),
                ("startDate-day", "1"), ("startDate-month", "4"), ("startDate-year", "2018"),
            ], as: Who.programmeManager)
            #expect(created.status == .seeOther)
            let id = try newPlanID(created)
            #expect(try await plan(app, id, in: council).plan.status == .draft)
            let pid = Parameter.value(id)

            let priority = try await app.post(SiteURL.priorities(cid, pid).path, form: [
                ("number", "1"), ("title", "Out-of-court disposals"), ("outcome", "Fewer first-time entrants"),
            ], as: Who.programmeManager)
            #expect(priority.status == .seeOther)
            let duplicate = try await app.post(SiteURL.priorities(cid, pid).path, form: [
                ("number", "1"), ("title", "Again"),
            ], as: Who.programmeManager)
            #expect(duplicate.status == .unprocessableEntity)
            #expect(duplicate.text.contains("Priority 1 already exists: choose another number"))

            let record = try await plan(app, id, in: council)
            let p1 = try #require(record.priorities.first)
            var action: [(String, String)] = [
                ("number", "1"), ("what", "Agree a joint decision-making panel with the police"),
                ("dueDate-day", "30"), ("dueDate-month", "9"), ("dueDate-year", "2018"), ("status", "not-started"),
            ]
            let noPriority = try await app.post(SiteURL.actions(cid, pid).path, form: action, as: Who.programmeManager)
            #expect(noPriority.status == .unprocessableEntity)
            #expect(noPriority.text.contains("Select the priority the action belongs to"))
            action.append(("priority", p1.id.description))
            let added = try await app.post(SiteURL.actions(cid, pid).path, form: action, as: Who.programmeManager)
            #expect(added.status == .seeOther)
            let withdrawnWithoutReason = try await app.post(SiteURL.actions(cid, pid).path, form: action.map {
                $0.0 == "status" ? ($0.0, "withdrawn") : ($0.0 == "number" ? ($0.0, "2") : $0)
            }, as: Who.programmeManager)
            #expect(withdrawnWithoutReason.text.contains("Enter why the action is withdrawn"))

            // Renumbering the priority renumbers its actions: 1.1 becomes 3.1.
            let renumbered = try await app.post(SiteURL.editPriority(cid, pid, .value(p1.id)).path, form: [
                ("version", "1"), ("number", "3"), ("title", "Out-of-court disposals"),
            ], as: Who.programmeManager)
            #expect(renumbered.status == .seeOther)
            #expect(try await plan(app, id, in: council).actions.map(\.reference) == ["3.1"])
            let stale = try await app.post(SiteURL.editPriority(cid, pid, .value(p1.id)).path, form: [
                ("version", "1"), ("number", "4"), ("title", "Stale edit"),
            ], as: Who.programmeManager)
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("Stale edit")) // the user's text is kept
        }
    }

    @Test("Consultations are recorded while a plan is a draft, and refused once it runs")
    func consultation() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let created = try await app.post(SiteURL.plans(cid).path, form: [
                ("title", "Early Help Plan"), ("kind", "other"),
                ("startDate-day", "1"), ("startDate-month", "4"), ("startDate-year", "2018"),
            ], as: Who.programmeManager)
            let pid = Parameter.value(try newPlanID(created))
            let missing = try await app.post(SiteURL.consultations(cid, pid).path, form: [
                ("consulted", "Schools forum"), ("feedback", ""),
            ], as: Who.programmeManager)
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.text.contains("Enter what they said"))
            #expect(missing.text.contains("Enter the date of the consultation") || missing.text.contains("Date of the consultation"))
            let recorded = try await app.post(SiteURL.consultations(cid, pid).path, form: [
                ("consulted", "Schools forum"), ("date-day", "3"), ("date-month", "3"), ("date-year", "2018"),
                ("feedback", "Heads asked for <b>named</b> contacts"), ("response", "Each school gets a named worker"),
            ], as: Who.programmeManager)
            #expect(recorded.status == .seeOther)
            let page = try await app.get(SiteURL.plan(cid, pid).path, as: Who.board)
            #expect(page.text.contains("Schools forum"))
            #expect(page.text.contains("Heads asked for &lt;b&gt;named&lt;/b&gt; contacts"))

            let active = try await app.demoImprovementPlan(in: council)
            let refused = try await app.post(SiteURL.consultations(cid, .value(active.id)).path, form: [
                ("consulted", "Staff"), ("date-day", "3"), ("date-month", "3"), ("date-year", "2018"),
                ("feedback", "Late"),
            ], as: Who.programmeManager)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("this plan is active"))
            #expect(try await PlanRecordStore.consultations(of: active.id, on: app.db).count == 2)
        }
    }

    @Test("Approval freezes the plan as a version that later edits cannot change, with its checksum")
    func approval() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let created = try await app.post(SiteURL.plans(cid).path, form: [
                ("title", "Early Help Plan"), ("kind", "other"),
                ("startDate-day", "1"), ("startDate-month", "4"), ("startDate-year", "2018"),
            ], as: Who.programmeManager)
            let id = try newPlanID(created)
            let pid = Parameter.value(id)
            _ = try await app.post(SiteURL.priorities(cid, pid).path, form: [("number", "1"), ("title", "Schools")],
                                   as: Who.programmeManager)
            let priority = try #require(try await plan(app, id, in: council).priorities.first)
            _ = try await app.post(SiteURL.actions(cid, pid).path, form: [
                ("priority", priority.id.description), ("number", "1"), ("what", "Name a worker for every school"),
                ("dueDate-day", "30"), ("dueDate-month", "9"), ("dueDate-year", "2018"), ("status", "not-started"),
            ], as: Who.programmeManager)

            let incomplete = try await app.post(SiteURL.planApproval(cid, pid).path, form: [
                ("version", "1"), ("body", ""), ("decision", "Approved"),
            ], as: Who.programmeManager)
            #expect(incomplete.status == .unprocessableEntity)
            #expect(incomplete.text.contains("Enter the body that approved the plan, such as Cabinet"))
            #expect(try await PlanRecordStore.versions(of: id, on: app.db).isEmpty)
            #expect(try await plan(app, id, in: council).plan.status == .draft)

            let approved = try await app.post(SiteURL.planApproval(cid, pid).path, form: [
                ("version", "1"), ("body", "Cabinet"), ("meetingDate-day", "12"), ("meetingDate-month", "4"),
                ("meetingDate-year", "2018"), ("decision", "Resolved: approved (minute 9)"),
            ], as: Who.programmeManager)
            #expect(approved.status == .seeOther)
            let record = try await plan(app, id, in: council)
            #expect(record.plan.status == .approved)
            let again = try await app.post(SiteURL.planApproval(cid, pid).path, form: [
                ("version", String(record.plan.version)), ("body", "Cabinet"), ("meetingDate-day", "12"),
                ("meetingDate-month", "4"), ("meetingDate-year", "2018"), ("decision", "Twice"),
            ], as: Who.programmeManager)
            #expect(again.status == .unprocessableEntity)
            #expect(try await PlanRecordStore.versions(of: id, on: app.db).count == 1)

            // An edit after approval changes the plan, never the version.
            let action = try #require(record.actions.first)
            var edit = try await app.post(SiteURL.editAction(cid, pid, .value(action.id)).path, form: [
                ("version", String(action.version)), ("number", "1"), ("what", "Name two workers for every school"),
                ("dueDate-day", "30"), ("dueDate-month", "9"), ("dueDate-year", "2018"), ("status", "in-progress"),
            ], as: Who.programmeManager)
            #expect(edit.status == .seeOther)
            let version = try await app.get(SiteURL.planVersion(cid, pid, .value(1)).path, as: Who.board)
            #expect(version.status == .ok)
            #expect(version.text.contains("As approved by Cabinet on 12 April 2018"))
            #expect(version.text.contains("Name a worker for every school"))
            #expect(!version.text.contains("Name two workers"))
            let markdown = try await app.get(SiteURL.planVersionMarkdown(cid, pid, .value(1)).path, as: Who.board)
            #expect(markdown.headers.first(name: .contentType)?.hasPrefix("text/markdown") == true)
            #expect(markdown.text.contains("Name a worker for every school"))
            let json = try await app.get(SiteURL.planVersionJSON(cid, pid, .value(1)).path, as: Who.board)
            #expect(json.text.contains("\"intact\" : true"))
            #expect(try await app.get(SiteURL.planVersion(cid, pid, .value(2)).path).status == .notFound)

            // Someone changing the stored version behind Oversight's back is shown, not hidden.
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.raw("UPDATE plan_versions SET snapshot = REPLACE(snapshot, 'a worker', 'no worker')").run()
            edit = try await app.get(SiteURL.planVersion(cid, pid, .value(1)).path, as: Who.board)
            #expect(edit.text.contains("This version no longer matches its checksum"))
        }
    }

    @Test("The demo's Continuous Improvement Plan carries the unfinished actions forward with their history")
    func demoSuccession() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let old = try await plan(app, try await app.demoImprovementPlan(in: council).id, in: council)
            let cip = try await plan(app, try await app.demoContinuousPlan(in: council).id, in: council)
            #expect(old.plan.status == .active)
            #expect(cip.plan.status == .approved)
            #expect(cip.plan.predecessorID == old.plan.id)
            let unfinished = old.actions.filter { !$0.isFinished }
            let carried = cip.actions.filter { $0.carriedFromID != nil }
            #expect(Set(carried.compactMap(\.carriedFromID)) == Set(unfinished.map(\.id)))
            #expect(carried.map(\.reference) == unfinished.map(\.reference))
            let versions = try await PlanRecordStore.versions(of: cip.plan.id, on: app.db)
            #expect(versions.map(\.approval.meetingDate.ukLong) == ["12 October 2017"])
            #expect(try await PlanRecordStore.consultations(of: cip.plan.id, on: app.db).count == 3)

            let first = try #require(carried.first)
            let page = try await app.get(SiteURL.action(cid, .value(cip.plan.id), .value(first.id)).path, as: Who.board)
            #expect(page.text.contains("Carried forward from"))
            #expect(page.text.contains("History under the Children&#39;s Services Improvement Plan")
                    || page.text.contains("History under the Children's Services Improvement Plan"))
            let origin = try await app.get(SiteURL.action(cid, .value(old.plan.id), .value(try #require(first.carriedFromID))).path,
                                           as: Who.board)
            #expect(origin.text.contains("This action continues as"))
        }
    }

    @Test("Making the successor active closes the old plan: carried forward, or withdrawn with a reason")
    func activationClosesPredecessor() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let old = try await plan(app, try await app.demoImprovementPlan(in: council).id, in: council)
            // Draft a second successor that carries only one action, then make it active.
            let unfinished = old.actions.filter { !$0.isFinished }
            let keep = try #require(unfinished.first)
            // Only one successor may be drafted from the page; the demo already has one, so use the use case.
            let successor = try await DraftSuccessor(dependencies: app.oversight.dependencies)(
                of: old, PlanDraft(title: "Lean Plan", kind: .continuousImprovement, inspectionID: nil, ownerID: nil,
                                   startDate: CalendarDate(year: 2017, month: 11, day: 1)!, endDate: nil),
                carrying: [keep.id], by: .commandLine, on: app.db)
            let lean = try await plan(app, successor, in: council)
            try await ApprovePlan(dependencies: app.oversight.dependencies)(
                lean, snapshot: PlanSnapshot(lean, inspection: nil, people: [:]),
                approval: PlanApproval(body: "Cabinet", meetingDate: CalendarDate(year: 2017, month: 10, day: 12)!,
                                       decision: "Approved"),
                expectedVersion: lean.plan.version, by: .commandLine, on: app.db)
            let approved = try await plan(app, successor, in: council)
            let activated = try await app.post(SiteURL.planTransition(cid, .value(successor)).path, form: [
                ("version", String(approved.plan.version)), ("event", "activate"), ("reason", "Starts 1 November 2017"),
            ], as: Who.programmeManager)
            #expect(activated.status == .seeOther)
            let closed = try await plan(app, old.plan.id, in: council)
            #expect(closed.plan.status == .closed)
            for action in closed.actions {
                let before = try #require(old.actions.first { $0.id == action.id })
                if before.isFinished {
                    #expect(action.status == before.status)
                } else if action.id == keep.id {
                    #expect(action.status == .carriedForward)
                } else {
                    #expect(action.status == .withdrawn)
                    #expect(action.withdrawalReason == "Not carried forward into the Lean Plan")
                }
            }
            let audit = try await AuditStore.list(.init(action: "plan.close"), limit: 1, on: app.db)
            #expect(audit.entries.first?.record.entityID == old.plan.id.description)
        }
    }

    @Test("The successor form carries the chosen actions and refuses ones that are not unfinished")
    func successorForm() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let old = try await plan(app, try await app.demoImprovementPlan(in: council).id, in: council)
            let path = SiteURL.successor(cid, .value(old.plan.id)).path
            let form = try await app.get(path, as: Who.programmeManager)
            #expect(form.status == .ok)
            #expect(form.text.contains("Unfinished actions to carry forward"))
            let finished = try #require(old.actions.first { $0.isFinished })
            let fields: [(String, String)] = [
                ("title", "Second CIP"), ("startDate-day", "1"), ("startDate-month", "11"), ("startDate-year", "2017"),
            ]
            let wrong = try await app.post(path, form: fields + [("carry", finished.id.description)],
                                           as: Who.programmeManager)
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("Select actions from the list of unfinished actions"))
            let running = try #require(old.actions.first { !$0.isFinished })
            let made = try await app.post(path, form: fields + [("carry", running.id.description)], as: Who.programmeManager)
            #expect(made.status == .seeOther)
            let record = try await plan(app, try newPlanID(made), in: council)
            #expect(record.plan.kind == .continuousImprovement)
            #expect(record.actions.map(\.carriedFromID) == [running.id])
            #expect(try await app.get(path, as: Who.board).status == .forbidden)
        }
    }

    @Test("A lead adds milestones to their own action and marks one met; others are refused; stale marks get 409")
    func milestones() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let old = try await plan(app, try await app.demoImprovementPlan(in: council).id, in: council)
            let priya = try #require(try await PersonStore.all(in: council.id, on: app.db).first { $0.name == "Priya Raman" })
            let own = try #require(old.actions.first { $0.leadID == priya.id && !$0.isFinished })
            let other = try #require(old.actions.first { $0.leadID != priya.id && !$0.isFinished })
            let pid = Parameter.value(old.plan.id)
            let bad = try await app.post(SiteURL.milestones(cid, pid, .value(own.id)).path, form: [
                ("title", ""), ("milestoneDue-day", "40"), ("milestoneDue-month", "1"), ("milestoneDue-year", "2018"),
            ], as: Who.contributor)
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("Enter the milestone"))
            let added = try await app.post(SiteURL.milestones(cid, pid, .value(own.id)).path, form: [
                ("title", "Recovery plan to the Board"), ("milestoneDue-day", "15"), ("milestoneDue-month", "1"),
                ("milestoneDue-year", "2018"),
            ], as: Who.contributor)
            #expect(added.status == .seeOther)
            let refused = try await app.post(SiteURL.milestones(cid, pid, .value(other.id)).path, form: [
                ("title", "Not mine"), ("milestoneDue-day", "15"), ("milestoneDue-month", "1"), ("milestoneDue-year", "2018"),
            ], as: Who.contributor)
            #expect(refused.status == .forbidden)
            let milestone = try #require(try await PlanRecordStore.milestones(of: own.id, on: app.db)
                .first { $0.title == "Recovery plan to the Board" })
            let met = try await app.post(SiteURL.milestoneMet(cid, pid, .value(own.id)).path, form: [
                ("milestone", milestone.id.description), ("version", "1"),
            ], as: Who.contributor)
            #expect(met.status == .seeOther)
            #expect(try await PlanRecordStore.milestones(of: own.id, on: app.db).first { $0.id == milestone.id }?.metDate
                    == CalendarDate(year: 2017, month: 1, day: 18))
            let stale = try await app.post(SiteURL.milestoneMet(cid, pid, .value(own.id)).path, form: [
                ("milestone", milestone.id.description), ("version", "1"),
            ], as: Who.contributor)
            #expect(stale.status == .conflict)
            let page = try await app.get(SiteURL.action(cid, pid, .value(own.id)).path, as: Who.board)
            #expect(page.text.contains("Recovery plan to the Board"))
            #expect(page.text.contains("18 January 2017"))
        }
    }

    @Test("The reminder list names every lead who still owes this month's update")
    func reminders() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let old = try await plan(app, try await app.demoImprovementPlan(in: council).id, in: council)
            let csv = try await app.get(SiteURL.remindersCSV(.value(council.id), .value(old.plan.id)).path,
                                        as: Who.programmeManager)
            #expect(csv.headers.first(name: .contentType) == "text/csv; charset=utf-8")
            let lines = csv.text.split(separator: "\r\n")
            #expect(lines.first == "Period,Deadline,Reference,Action,Lead officer,Lead email")
            let period = try #require(try await UpdateStore.periods(of: old.plan.id, on: app.db).first { $0.isOpen })
            let updates = try await UpdateStore.updates(of: old.plan.id, on: app.db)
            let owing = old.actions.filter { action in
                !action.isFinished && !updates.contains { $0.actionID == action.id && $0.periodID == period.id && $0.state != .returned }
            }
            #expect(lines.count == owing.count + 1)
            #expect(!owing.isEmpty)
            #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("October 2017,2017-10-20,") })
            #expect(lines.dropFirst().allSatisfy { $0.contains("@northshire.example") })
        }
    }
}

@Suite("Evidence files with updates")
struct EvidenceUploadTests {
    @Test("A lead uploads a PDF with an update; it downloads byte for byte with its checksum shown")
    func upload() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let plan = try await app.demoImprovementPlan(in: council)
            let record = try #require(try await PlanStore.find(plan.id, in: council.id, on: app.db))
            let priya = try #require(try await PersonStore.all(in: council.id, on: app.db).first { $0.name == "Priya Raman" })
            let updates = try await UpdateStore.updates(of: plan.id, on: app.db)
            let open = try #require(try await UpdateStore.periods(of: plan.id, on: app.db).first { $0.isOpen })
            let action = try #require(record.actions.first { action in
                action.leadID == priya.id && !action.isFinished
                    && !updates.contains { $0.actionID == action.id && $0.periodID == open.id }
            } ?? record.actions.first { $0.leadID == priya.id && !$0.isFinished })
            let path = SiteURL.newUpdate(.value(council.id), .value(plan.id), .value(action.id)).path
            let form = try await app.get(path, as: Who.contributor)
            #expect(form.text.contains("enctype=\"multipart/form-data\""))
            let pdf = Array("%PDF-1.4\nAudit of 40 cases, October 2017\n%%EOF\n".utf8)
            let fields = [("rating", "amber"), ("narrative", "Audit attached.")]

            let renamed = try await app.postMultipart(path, fields: fields, files: [
                ("evidenceFiles[]", "audit.pdf", [0x4D, 0x5A, 0x90, 0x00]),
            ], as: Who.contributor)
            #expect(renamed.status == .unprocessableEntity)
            #expect(renamed.text.contains("audit.pdf does not contain what its name says (a PDF)"))
            #expect(renamed.text.contains("Audit attached.")) // the narrative is kept
            let program = try await app.postMultipart(path, fields: fields, files: [
                ("evidenceFiles[]", "tool.exe", [0x4D, 0x5A]),
            ], as: Who.contributor)
            #expect(program.text.contains("tool.exe is not a file type Oversight accepts"))
            #expect(try await UpdateStore.updates(of: plan.id, on: app.db).count == updates.count) // nothing written

            let saved = try await app.postMultipart(path, fields: fields, files: [
                ("evidenceFiles[]", "audit.pdf", pdf),
            ], as: Who.contributor)
            #expect(saved.status == .seeOther)
            let files = try await EvidenceStore.files(of: plan.id, on: app.db)
            let file = try #require(files.first)
            #expect(files.count == 1)
            #expect(file.fileName == "audit.pdf")
            #expect(file.sha256 == sha256Hex(pdf))
            let page = try await app.get(SiteURL.action(.value(council.id), .value(plan.id), .value(action.id)).path,
                                         as: Who.board)
            #expect(page.text.contains("Evidence: audit.pdf"))
            #expect(page.text.contains("SHA-256 \(file.sha256.prefix(12))"))
            let download = try await app.get(SiteURL.evidence(.value(council.id), .value(plan.id), .value(file.id)).path,
                                             as: Who.board)
            #expect(download.status == .ok)
            #expect(download.headers.first(name: .contentType) == "application/pdf")
            #expect(download.headers.first(name: .contentDisposition)?.hasPrefix("attachment; filename=\"audit.pdf\"") == true)
            #expect(Array(download.body.readableBytesView) == pdf)
            #expect(try await app.get(SiteURL.evidence(.value(council.id), .value(plan.id), .value(file.id)).path,
                                      as: nil).status != .ok)
        }
    }

    @Test("A body larger than an update may carry is refused with a message, not a crash")
    func tooLarge() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let plan = try await app.demoImprovementPlan(in: council)
            let record = try #require(try await PlanStore.find(plan.id, in: council.id, on: app.db))
            let action = try #require(record.actions.first { !$0.isFinished })
            let path = SiteURL.newUpdate(.value(council.id), .value(plan.id), .value(action.id)).path
            let huge = [UInt8](repeating: 0x41, count: CSRFMiddleware.uploadBodyLimit + 10)
            let response = try await app.postMultipart(path, fields: [("rating", "green"), ("narrative", "x")],
                                                       files: [("evidenceFiles[]", "big.txt", huge)],
                                                       as: Who.programmeManager)
            #expect(response.status == .payloadTooLarge)
            #expect(response.text.contains("Each evidence file must be 10 MB or smaller"))
            let oneTooBig = [UInt8](repeating: 0x41, count: EvidenceRules.maxBytes + 1)
            let single = try await app.postMultipart(path, fields: [("rating", "green"), ("narrative", "x")],
                                                     files: [("evidenceFiles[]", "big.txt", oneTooBig)],
                                                     as: Who.programmeManager)
            #expect(single.status == .unprocessableEntity)
            #expect(single.text.contains("big.txt is 10 MB: each file must be 10 MB or smaller"))
        }
    }
}

@Suite("Update summary")
struct UpdateSummaryTests {
    @Test("The database's summary of a plan's updates agrees with working it out from every update")
    func agrees() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let plan = try await app.demoImprovementPlan(in: council)
            let open = try await UpdateStore.periods(of: plan.id, on: app.db).first { $0.isOpen }?.id
            let all = try await UpdateStore.updates(of: plan.id, on: app.db)
            let standing = try #require(try await PlanStore.find(plan.id, in: council.id, on: app.db)).standing
            let summary = try await UpdateStore.summary(
                of: plan.id, standing: standing, periods: try await UpdateStore.periods(of: plan.id, on: app.db).map(\.id),
                openPeriod: open, on: app.db)
            #expect(summary == UpdateSummary(updates: all, openPeriod: open))
            #expect(summary.latest.count > 30)
            #expect(!summary.reportedInOpen.isEmpty)
        }
    }
}

@Suite("Correcting an accepted update")
struct CorrectionTests {
    @Test("A correction is a new update that names what it corrects; the accepted one never changes")
    func correction() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let plan = try await app.demoImprovementPlan(in: council)
            let record = try #require(try await PlanStore.find(plan.id, in: council.id, on: app.db))
            let priya = try #require(try await PersonStore.all(in: council.id, on: app.db).first { $0.name == "Priya Raman" })
            let updates = try await UpdateStore.updates(of: plan.id, on: app.db)
            let periods = try await UpdateStore.periods(of: plan.id, on: app.db)
            let closedMonth = try #require(periods.first { !$0.isOpen })
            let original = try #require(updates.first { update in
                update.state == .accepted && update.periodID == closedMonth.id
                    && record.actions.contains { $0.id == update.actionID && $0.leadID == priya.id }
            })
            let path = SiteURL.newUpdate(.value(council.id), .value(plan.id), .value(original.actionID)).path
            let form = try await app.get(path + "?corrects=\(original.id)", as: Who.contributor)
            #expect(form.status == .ok)
            #expect(form.text.contains("Correct the update for \(closedMonth.label)"))
            #expect(form.text.contains(original.narrative.prefix(30)))
            let saved = try await app.post(path, form: [
                ("corrects", original.id.description), ("rating", "amber"),
                ("narrative", "Correction: the audit found 12 cases late, not 8."),
            ], as: Who.contributor)
            #expect(saved.status == .seeOther)
            let after = try await UpdateStore.updates(of: plan.id, on: app.db)
            let correction = try #require(after.first { $0.correctsID == original.id })
            #expect(correction.periodID == closedMonth.id)
            #expect(correction.state == .submitted)
            #expect(after.first { $0.id == original.id } == original) // untouched
            // A correction of an update that is not accepted, or of another action's update, is refused.
            let waiting = try #require(after.first { $0.state == .submitted && $0.correctsID == nil })
            let wrongState = try await app.get(
                SiteURL.newUpdate(.value(council.id), .value(plan.id), .value(waiting.actionID)).path + "?corrects=\(waiting.id)",
                as: Who.programmeManager)
            #expect(wrongState.status == .unprocessableEntity)
            let other = try #require(record.actions.first { $0.id != original.actionID })
            let mismatched = try await app.get(
                SiteURL.newUpdate(.value(council.id), .value(plan.id), .value(other.id)).path + "?corrects=\(original.id)",
                as: Who.programmeManager)
            #expect(mismatched.status == .notFound)
        }
    }
}

@Suite("Plans that answer more than one inspection")
struct FurtherInspectionTests {
    @Test("The demo CIP also answers the DfE review: coverage lists both, and the approved version names it")
    func demo() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cip = try await app.demoContinuousPlan(in: council)
            let record = try #require(try await PlanStore.find(cip.id, in: council.id, on: app.db))
            let review = try #require(try await InspectionStore.all(in: council.id, on: app.db)
                .first { $0.inspection.kind == .dfeReview })
            #expect(record.plan.alsoAnswers == [review.inspection.id])
            #expect(review.recommendations.count == 2)
            let coverage = try await app.get(SiteURL.coverage(.value(council.id), .value(cip.id)).path, as: Who.board)
            #expect(coverage.text.contains("<h2 class=\"ov-heading-m\">\(review.inspection.title)</h2>"))
            #expect(coverage.text.contains(review.recommendations[0].text))
            let version = try #require(try await PlanRecordStore.versions(of: cip.id, on: app.db).first)
            #expect(version.snapshot.alsoAnswers == [review.inspection.title])
            let carers = try #require(version.snapshot.priorities.last?.actions.last)
            #expect(carers.recommendations == ["\(review.inspection.title): 1"])
        }
    }

    @Test("A plan's details are changed with the same checks, a stale edit gets 409, and others are refused")
    func editDetails() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let plan = try await app.demoImprovementPlan(in: council)
            let review = try #require(try await InspectionStore.all(in: council.id, on: app.db)
                .first { $0.inspection.kind == .dfeReview })
            let path = SiteURL.editPlan(.value(council.id), .value(plan.id)).path
            let form = try await app.get(path, as: Who.programmeManager)
            #expect(form.status == .ok)
            #expect(form.text.contains("Further inspections it also answers"))
            var fields: [(String, String)] = [
                ("version", String(plan.version)), ("title", "Children's Services Improvement Plan 2016 to 2017"),
                ("kind", "improvement-plan"), ("inspection", plan.inspectionID?.description ?? ""),
                ("alsoAnswers", review.inspection.id.description),
                ("startDate-day", "17"), ("startDate-month", "3"), ("startDate-year", "2016"),
                ("endDate-day", "1"), ("endDate-month", "3"), ("endDate-year", "2016"),
            ]
            let backwards = try await app.post(path, form: fields, as: Who.programmeManager)
            #expect(backwards.status == .unprocessableEntity)
            #expect(backwards.text.contains("End date must be the same as or after the start date"))
            fields.removeLast(3)
            let saved = try await app.post(path, form: fields, as: Who.programmeManager)
            #expect(saved.status == .seeOther)
            let after = try #require(try await PlanStore.find(plan.id, in: council.id, on: app.db)).plan
            #expect(after.title == "Children's Services Improvement Plan 2016 to 2017")
            #expect(after.alsoAnswers == [review.inspection.id])
            #expect(after.endDate == nil)
            let stale = try await app.post(path, form: fields.map { $0.0 == "title" ? ($0.0, "Stale title") : $0 },
                                           as: Who.programmeManager)
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("Stale title"))
            #expect(try await app.post(path, form: fields, as: Who.board).status == .forbidden)
        }
    }
}

@Suite("The period page")
struct PeriodPageTests {
    @Test("Updates waiting for review come first, twenty-five to a page")
    func paged() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            try await DemoScale.seed(scale: 1, council: council.id, on: app.db, now: Date())
            let plan = try #require(try await PlanStore.plans(in: council.id, on: app.db).first { $0.title.hasPrefix("Load-test") })
            let record = try #require(try await PlanStore.find(plan.id, in: council.id, on: app.db))
            let open = try #require(try await UpdateStore.periods(of: plan.id, on: app.db).first { $0.isOpen })
            // One more update arrives and waits for review.
            let action = try #require(record.actions.last { !$0.isFinished })
            _ = try await SubmitUpdate(dependencies: app.oversight.dependencies)(
                UpdateDraft(rating: .red, narrative: "Late: waiting for review.", evidenceLinks: []), for: action,
                plan: plan.id, period: open, by: .commandLine, on: app.db)
            let updates = try await UpdateStore.updates(of: plan.id, in: open.id, on: app.db)
            #expect(updates.count > 25)
            let path = SiteURL.period(.value(council.id), .value(plan.id), .value(open.id)).path
            let first = try await app.get(path, as: Who.programmeManager)
            #expect(first.text.contains("Showing 1 to 25 of \(updates.count) updates, those waiting for review (1) first."))
            let waiting = try #require(first.text.range(of: "Late: waiting for review."))
            let accepted = try #require(first.text.range(of: "Accepted."))
            #expect(waiting.lowerBound < accepted.lowerBound)
            #expect(first.text.contains("href=\"\(path)?page=2\""))
            let second = try await app.get(path + "?page=2", as: Who.programmeManager)
            #expect(second.text.contains("Showing 26 to \(min(50, updates.count)) of \(updates.count) updates"))
        }
    }
}
