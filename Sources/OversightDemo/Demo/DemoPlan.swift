import Fluent
import Foundation
import OversightApp
import OversightDomain
import OversightStore

/// The Improvement Plan that answered the 2015 inspection, approved in March 2016: eight
/// priorities, forty actions, every recommendation answered. By the autumn of 2017 most actions
/// are complete, a few have slipped (with their revised dates and reasons), and some are still
/// running: the work a Continuous Improvement Plan carries forward.
enum DemoPlan {
    struct Item {
        var what: String
        var lead: String
        var recommendations: [Int]
        var due: (Int, Int, Int)
        var status: ActionStatus
        var revised: (date: (Int, Int, Int), reason: String)? = nil
    }

    static let priorities: [(title: String, outcome: String, lead: String, items: [Item])] = [
        ("The front door and early help", "Children get the right help at the right time because contacts are screened promptly and thresholds are applied consistently.", "Nadia Sorensen", [
            Item(what: "Review the multi-agency threshold document with partners and publish it", lead: "Nadia Sorensen", recommendations: [1], due: (2016, 6, 30), status: .impactEvidenced),
            Item(what: "Train staff and partner agencies in applying the thresholds", lead: "Nadia Sorensen", recommendations: [1], due: (2016, 9, 30), status: .completed),
            Item(what: "Record the reason for every decision made at the front door", lead: "Nadia Sorensen", recommendations: [1], due: (2016, 5, 31), status: .impactEvidenced),
            Item(what: "Audit a sample of contacts every month and report the findings to the Improvement Board", lead: "David Okafor", recommendations: [1, 9], due: (2016, 7, 31), status: .completed),
            Item(what: "Bring police and health staff into the safeguarding hub full time", lead: "Nadia Sorensen", recommendations: [1], due: (2016, 12, 31), status: .inProgress, revised: ((2017, 12, 31), "Health funding for the posts was agreed only in August 2017")),
        ]),
        ("Assessment and planning", "Assessments analyse risk and history, and plans say what will change for the child, by when.", "Priya Raman", [
            Item(what: "Introduce a single assessment framework with clear standards", lead: "Tom Ellison", recommendations: [2], due: (2016, 6, 30), status: .completed),
            Item(what: "Bring assessments completed within 45 working days up to the England average", lead: "Priya Raman", recommendations: [2], due: (2017, 3, 31), status: .inProgress, revised: ((2017, 9, 30), "Demand at the front door rose by a fifth in the winter")),
            Item(what: "Make child protection plans specific, measurable and written with the family", lead: "Priya Raman", recommendations: [4], due: (2016, 9, 30), status: .completed),
            Item(what: "Hold core groups every six weeks and record their review of progress", lead: "Priya Raman", recommendations: [4], due: (2016, 8, 31), status: .impactEvidenced),
            Item(what: "See children alone where appropriate and record their wishes and feelings", lead: "Tom Ellison", recommendations: [4, 2], due: (2016, 7, 31), status: .completed),
        ]),
        ("Management oversight and supervision", "Managers at every level see, challenge and record decisions, so that drift and delay are caught early.", "Priya Raman", [
            Item(what: "Publish a supervision policy with monthly reflective supervision for every social worker", lead: "Tom Ellison", recommendations: [3], due: (2016, 5, 31), status: .completed),
            Item(what: "Record management decisions on every case at each key point", lead: "Priya Raman", recommendations: [3], due: (2016, 9, 30), status: .completed),
            Item(what: "Train team managers in reflective supervision", lead: "Rashid Khan", recommendations: [3], due: (2016, 10, 31), status: .completed),
            Item(what: "Audit the quality of supervision every quarter", lead: "David Okafor", recommendations: [3, 9], due: (2016, 12, 31), status: .inProgress, revised: ((2017, 3, 31), "The audit tool was rewritten after the first round"), ),
            Item(what: "Track cases without a recorded management decision for over 20 days", lead: "James Pemberton", recommendations: [3], due: (2016, 8, 31), status: .impactEvidenced),
        ]),
        ("Children missing from home or care", "Every child who goes missing is offered a return home interview, and what they say reduces the risk to them.", "Priya Raman", [
            Item(what: "Commission an independent return home interview service", lead: "Priya Raman", recommendations: [5], due: (2016, 7, 31), status: .completed),
            Item(what: "Offer every missing child an interview within 72 hours", lead: "Priya Raman", recommendations: [5], due: (2016, 10, 31), status: .inProgress, revised: ((2017, 4, 30), "The new provider started three months late")),
            Item(what: "Share what interviews find with the police and the child's social worker", lead: "Nadia Sorensen", recommendations: [5], due: (2016, 11, 30), status: .completed),
            Item(what: "Review children missing three or more times at a monthly multi-agency meeting", lead: "Nadia Sorensen", recommendations: [5], due: (2016, 9, 30), status: .completed),
            Item(what: "Report missing episodes and interviews to the Improvement Board each month", lead: "James Pemberton", recommendations: [5, 9], due: (2016, 8, 31), status: .impactEvidenced),
        ]),
        ("Children in care and permanence", "Children in care have timely reviews and plans for permanence that take account of their wishes.", "Sarah Whitlock", [
            Item(what: "Hold every child in care review within timescale", lead: "Sarah Whitlock", recommendations: [6], due: (2016, 9, 30), status: .completed),
            Item(what: "Agree a permanence plan for every child by their second review", lead: "Sarah Whitlock", recommendations: [6], due: (2016, 12, 31), status: .inProgress, revised: ((2017, 6, 30), "Court delays"), ),
            Item(what: "Set up a permanence panel to track children waiting for a plan", lead: "Sarah Whitlock", recommendations: [6], due: (2016, 6, 30), status: .completed),
            Item(what: "Record children's wishes and feelings in every placement decision", lead: "Tom Ellison", recommendations: [6], due: (2016, 8, 31), status: .completed),
            Item(what: "Publish a placement sufficiency strategy", lead: "Sarah Whitlock", recommendations: [6], due: (2017, 3, 31), status: .notStarted, revised: ((2017, 9, 30), "Waiting for the regional commissioning review")),
        ]),
        ("Care leavers", "Care leavers have up-to-date pathway plans, somewhere suitable to live, and help into education, employment or training.", "Claire Hobbs", [
            Item(what: "Review every pathway plan with the young person", lead: "Claire Hobbs", recommendations: [7], due: (2016, 9, 30), status: .completed),
            Item(what: "Keep in touch with every care leaver aged 19 to 21", lead: "Claire Hobbs", recommendations: [7], due: (2016, 7, 31), status: .impactEvidenced),
            Item(what: "Agree a supported lodgings scheme with housing partners", lead: "Claire Hobbs", recommendations: [7], due: (2017, 3, 31), status: .inProgress),
            Item(what: "Offer apprenticeships in the council to care leavers", lead: "Rashid Khan", recommendations: [7], due: (2017, 1, 31), status: .completed),
            Item(what: "Publish the local offer for care leavers", lead: "Claire Hobbs", recommendations: [7], due: (2016, 12, 31), status: .completed),
        ]),
        ("A stable, skilled workforce", "Social workers stay, caseloads are manageable, and fewer posts are filled by agency staff.", "Rashid Khan", [
            Item(what: "Launch a recruitment campaign for permanent social workers", lead: "Rashid Khan", recommendations: [8], due: (2016, 6, 30), status: .completed),
            Item(what: "Reduce the agency rate below 20 per cent", lead: "Rashid Khan", recommendations: [8], due: (2017, 3, 31), status: .inProgress, revised: ((2017, 12, 31), "Recruitment fell short in a competitive regional market")),
            Item(what: "Bring average caseloads below 20", lead: "Priya Raman", recommendations: [8], due: (2016, 12, 31), status: .completed),
            Item(what: "Start an academy for newly qualified social workers", lead: "Tom Ellison", recommendations: [8], due: (2016, 9, 30), status: .impactEvidenced),
            Item(what: "Agree a retention payment and career pathway", lead: "Rashid Khan", recommendations: [8], due: (2016, 10, 31), status: .completed),
        ]),
        ("Performance, quality assurance and governance", "Leaders and members know the quality of practice and hold the pace of improvement to account.", "Helen Marsh", [
            Item(what: "Publish a monthly performance scorecard with targets and benchmarks", lead: "James Pemberton", recommendations: [9], due: (2016, 5, 31), status: .completed),
            Item(what: "Run a monthly case audit programme with moderation", lead: "David Okafor", recommendations: [9], due: (2016, 7, 31), status: .impactEvidenced),
            Item(what: "Establish an independently chaired Improvement Board", lead: "Helen Marsh", recommendations: [10], due: (2016, 1, 31), status: .completed),
            Item(what: "Report progress to Cabinet and the Children's Services Scrutiny Committee", lead: "Helen Marsh", recommendations: [10], due: (2016, 12, 31), status: .completed),
            Item(what: "Train elected members as corporate parents", lead: "Fiona Gallagher", recommendations: [10], due: (2016, 11, 30), status: .completed),
        ]),
    ]

    static func seed(council: Council.ID, inspection: Inspection.ID, recommendations: [Int: Recommendation.ID],
                     review: (id: Inspection.ID, recommendations: [Int: Recommendation.ID])? = nil,
                     people: [String: Person.ID], on db: any Database, dependencies: Dependencies) async throws {
        var created: [(PlanAction.ID, Item, String)] = []
        let planID = try await CreatePlan(dependencies: dependencies)(
            PlanDraft(title: "Children's Services Improvement Plan", kind: .improvement, inspectionID: inspection,
                      ownerID: people["Helen Marsh"], startDate: date(2016, 3, 17), endDate: date(2017, 10, 12)),
            in: council, by: .demo, on: db)
        for (index, priority) in priorities.enumerated() {
            let priorityID = try await AddPriority(dependencies: dependencies)(
                PriorityDraft(number: index + 1, title: priority.title, outcome: priority.outcome,
                              leadID: people[priority.lead]),
                to: planID, by: .demo, on: db)
            let stored = Priority(id: priorityID, planID: planID, number: index + 1, title: priority.title,
                                  outcome: priority.outcome, leadID: people[priority.lead], version: 1)
            for (number, item) in priority.items.enumerated() {
                let actionID = try await AddAction(dependencies: dependencies)(
                    ActionDraft(number: number + 1, what: item.what, how: nil, leadID: people[item.lead],
                                startDate: date(2016, 4, 1), dueDate: date(item.due.0, item.due.1, item.due.2),
                                revisedDueDate: item.revised.map { date($0.date.0, $0.date.1, $0.date.2) },
                                revisionReason: item.revised?.reason, successMeasures: nil, status: item.status,
                                recommendationIDs: item.recommendations.compactMap { recommendations[$0] }),
                    to: stored, by: .demo, on: db)
                created.append((actionID, item, "\(index + 1).\(number + 1)"))
            }
        }
        try await DemoLifecycle.approveImprovementPlan(planID, council: council, on: db, dependencies: dependencies)
        try await seedUpdates(plan: planID, actions: created, on: db, dependencies: dependencies)
        try await DemoLifecycle.seedMilestones(plan: planID, council: council, on: db, dependencies: dependencies)
        try await DemoLifecycle.draftContinuousImprovementPlan(from: planID, council: council, review: review,
                                                               people: people, on: db, dependencies: dependencies)
    }

    /// Nineteen closed months of accepted updates, March 2016 to September 2017, and October 2017
    /// open: most leads have reported, a few updates wait for review, and some have not arrived.
    static func seedUpdates(plan: Plan.ID, actions: [(PlanAction.ID, Item, String)], on db: any Database,
                            dependencies: Dependencies) async throws {
        try await UnitOfWork.seed(on: db) { change in
            var months: [CalendarDate] = []
            var month = date(2016, 3, 1)
            while month <= date(2017, 10, 1) {
                months.append(month)
                month = month.month == 12 ? date(month.year + 1, 1, 1) : date(month.year, month.month + 1, 1)
            }
            var rows: [(id: UUID, action: PlanAction.ID, period: UpdatePeriod.ID, draft: UpdateDraft, author: String,
                        at: Date, state: UpdateState)] = []
            for (index, month) in months.enumerated() {
                let isOpen = index == months.count - 1
                let period = UpdatePeriod.ID(dependencies.newID())
                let deadline = date(month.year, month.month, 20)
                try await UpdateStore.openPeriod(period, plan: plan, month: month, deadline: deadline,
                                                 at: dependencies.now(), on: change)
                if !isOpen { try await UpdateStore.setOpen(period, false, on: change) }
                var reported = 0
                for (action, item, reference) in actions {
                    guard let rating = rating(of: item, in: month) else { continue }
                    reported += 1
                    // In the open month, every fourth lead has not reported yet and every third update waits for review.
                    if isOpen && reported % 4 == 0 { continue }
                    let state: UpdateState = isOpen && reported % 3 == 0 ? .submitted : .accepted
                    rows.append((dependencies.newID(), action, period,
                                 UpdateDraft(rating: rating, narrative: narrative(rating, item),
                                             evidenceLinks: rating == .blue
                                                ? ["https://intranet.northshire.example/improvement/evidence/\(reference)"] : []),
                                 item.lead.lowercased().replacingOccurrences(of: " ", with: ".") + "@northshire.example",
                                 Date(timeIntervalSince1970: Double(deadline.dayNumber - 3) * 86_400 + 36_000), state))
                }
            }
            try await UpdateStore.insertHistory(rows, plan: plan, on: change)
        }
    }

    /// A plausible story: green while on track, amber as a due date nears and slips, red for the
    /// months after a missed date, blue once complete; nothing reported after two blue months.
    static func rating(of item: Item, in month: CalendarDate) -> Rating? {
        let due = date(item.due.0, item.due.1, 1)
        let finished = item.status == .completed || item.status == .impactEvidenced
        if finished {
            if month > due.adding(days: 62) { return nil }
            return month > due ? .blue : .green
        }
        if item.status == .notStarted { return month < due.adding(days: -90) ? .green : (month > due ? .red : .amber) }
        guard let revised = item.revised else { return month > due ? .red : .green }
        let newDue = date(revised.date.0, revised.date.1, 1)
        if month < due.adding(days: -60) { return .green }
        if month <= due { return .amber }
        if month <= due.adding(days: 61) { return .red }
        return month > newDue ? .red : .amber
    }

    static func narrative(_ rating: Rating, _ item: Item) -> String {
        switch rating {
        case .blue: "Complete. **\(item.what)** is done and the evidence is linked below."
        case .green: "On track. Work on this action is going to plan and will finish by the due date."
        case .amber: "At risk. \(item.revised?.reason ?? "Progress is slower than planned"). The lead has a recovery plan for the board to see."
        case .red: "Off track. The due date has passed: \(item.revised?.reason.lowercased() ?? "the work is not finished"). Escalated to the Improvement Board."
        }
    }

    static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            preconditionFailure("demo dates are written by hand and are real")
        }
        return date
    }
}
