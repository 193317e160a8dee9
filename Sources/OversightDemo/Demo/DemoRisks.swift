import Fluent
import Foundation
import OversightApp
import OversightDomain
import OversightStore

/// The improvement programme's risk register: twelve risks reviewed before every board meeting
/// from January 2016 to November 2017, whose scores move with the story of the reference reports:
/// intervention, workforce and the front door high at first and coming down as the plan takes
/// hold; placements and the budget staying stubborn. Written straight to the store in one
/// transaction, as the rest of the demo's history is.
enum DemoRisks {
    struct Seed {
        var title: String
        var category: RiskCategory
        var owner: String
        var raised: (Int, Int)
        var cause: String
        var event: String
        var consequence: String
        var inherent: (Int, Int)
        /// The current score at the first review.
        var from: (Int, Int)
        var target: (Int, Int)
        var targetReason: String? = nil
        var controls: String
        var proximity: RiskProximity
        var status: RiskStatus = .open
        /// The last month reviewed, for a risk closed or one whose review has slipped.
        var lastReview: (Int, Int) = (2017, 11)
        /// Plan priorities (by title) and board actions (by words in them) that mitigate it.
        var priorities: [String] = []
        var boardActions: [String] = []
        /// The reviews that moved the score or said something worth reading: the month, the new
        /// current score and why. Every other month's review holds the score.
        var changes: [Change] = []
    }

    struct Change {
        var month: (Int, Int)
        var score: (Int, Int)
        var note: String

        init(_ year: Int, _ month: Int, _ score: (Int, Int), _ note: String) {
            self.month = (year, month)
            self.score = score
            self.note = note
        }
    }

    static let seeds: [Seed] = [
        Seed(title: "Statutory intervention", category: .regulatoryIntervention, owner: "Helen Marsh", raised: (2016, 1),
             cause: "Services for children were judged inadequate and progress under the improvement notice is monitored by the DfE.",
             event: "Progress is judged too slow at a monitoring visit or the DfE review.",
             consequence: "The Secretary of State directs the council or appoints a commissioner to run children's services.",
             inherent: (5, 5), from: (4, 5), target: (1, 5),
             controls: "- Improvement Board with an independent chair\n- Monthly progress and exceptions report\n- Regular contact with the DfE adviser",
             proximity: .nearTerm, priorities: ["Performance, quality assurance and governance"],
             changes: [Change(2016, 6, (4, 5), "Ofsted's monitoring visit found progress at the front door; the likelihood stays high until it is seen across teams."),
                       Change(2016, 12, (3, 5), "The DfE review of 6 and 7 December found progress evident but not yet consistent. Likelihood reduced."),
                       Change(2017, 10, (2, 5), "Cabinet approved the Continuous Improvement Plan; the DfE adviser reported confidence in the pace of change. Likelihood reduced.")]),
        Seed(title: "Workforce stability", category: .workforce, owner: "Rashid Khan", raised: (2016, 1),
             cause: "A national shortage of experienced social workers and high agency use.",
             event: "The council cannot recruit and keep enough permanent social workers.",
             consequence: "Caseloads rise, children change social worker often and practice quality falls.",
             inherent: (5, 4), from: (5, 4), target: (2, 4),
             controls: "- Recruitment campaign and market supplement\n- Caseload monitoring by team\n- Academy for newly qualified social workers",
             proximity: .imminent, priorities: ["A stable, skilled workforce"], boardActions: ["recruitment", "rate card"],
             changes: [Change(2016, 7, (5, 4), "Two team managers left in June; agency use rose to 31%. Likelihood held at 5."),
                       Change(2017, 3, (4, 4), "The recruitment campaign filled 14 posts; agency use fell to 22%. Likelihood reduced."),
                       Change(2017, 9, (3, 4), "Agency use is 16%, the lowest since 2014, and caseloads are within the target. Likelihood reduced.")]),
        Seed(title: "Front door demand", category: .safeguarding, owner: "Nadia Sorensen", raised: (2016, 1),
             cause: "Thresholds applied inconsistently by partners and within the hub.",
             event: "Contacts and referrals exceed the hub's capacity to screen them promptly.",
             consequence: "Children at risk wait for help or are not identified.",
             inherent: (5, 4), from: (4, 4), target: (2, 3),
             controls: "- Multi-agency threshold document\n- Daily triage meeting with police and health\n- Screening timeliness reported weekly",
             proximity: .imminent, priorities: ["The front door and early help"], boardActions: ["front door thresholds"],
             changes: [Change(2016, 9, (3, 4), "Partners trained in the thresholds; re-referrals are falling. Likelihood reduced."),
                       Change(2017, 5, (3, 3), "Police and health staff are now based in the hub, so decisions are quicker. Impact reduced.")]),
        Seed(title: "Inconsistent quality of practice", category: .safeguarding, owner: "Tom Ellison", raised: (2016, 1),
             cause: "Assessments and plans vary in quality between teams.",
             event: "Children's needs and risks are not fully understood or acted on.",
             consequence: "Children are left in harmful situations; the council fails its next inspection.",
             inherent: (4, 5), from: (4, 5), target: (2, 4),
             controls: "- Practice standards and monthly case audits\n- Practice weeks led by the principal social worker",
             proximity: .nearTerm, priorities: ["Assessment and planning"], boardActions: ["audit of management oversight", "practice week"],
             changes: [Change(2016, 12, (4, 4), "Audit grades are improving but one in three cases still requires improvement. Impact reduced."),
                       Change(2017, 7, (3, 4), "Two in three audited cases are good or better. Likelihood reduced.")]),
        Seed(title: "Management oversight", category: .safeguarding, owner: "Priya Raman", raised: (2016, 1),
             cause: "Managers carry high spans of control and supervision is irregular.",
             event: "Decisions on children's cases are not recorded, challenged or reviewed.",
             consequence: "Drift and delay in children's plans go unnoticed.",
             inherent: (4, 4), from: (4, 4), target: (2, 3),
             controls: "- Supervision policy and recording template\n- Monthly dip samples of supervision records",
             proximity: .nearTerm, priorities: ["Management oversight and supervision"],
             changes: [Change(2016, 11, (3, 4), "Supervision is recorded on time in 85% of cases. Likelihood reduced."),
                       Change(2017, 6, (2, 4), "Dip samples show managers' decisions recorded and challenged. Likelihood reduced.")]),
        Seed(title: "Placement sufficiency", category: .finance, owner: "Sarah Whitlock", raised: (2016, 3),
             cause: "Too few local foster carers and residential places.",
             event: "Children are placed out of area or in high-cost placements.",
             consequence: "Children lose contact with school and family; the placements budget overspends.",
             inherent: (5, 4), from: (4, 4), target: (3, 3),
             controls: "- Sufficiency strategy\n- Foster carer recruitment campaign\n- Weekly placement panel",
             proximity: .nearTerm, status: .escalated, priorities: ["Children in care and permanence"], boardActions: ["placement sufficiency"],
             changes: [Change(2016, 10, (5, 4), "Three children placed out of area this month; no local foster carers available. Likelihood increased."),
                       Change(2017, 6, (4, 3), "Escalated to the corporate risk register: the overspend needs a council-wide response. New local carers approved; impact reduced.")]),
        Seed(title: "Data quality", category: .data, owner: "James Pemberton", raised: (2016, 1),
             cause: "Case recording is late and the case management system allows incomplete records.",
             event: "Performance reports show a false picture.",
             consequence: "The board and Ofsted cannot rely on the scorecard.",
             inherent: (4, 3), from: (4, 3), target: (2, 2),
             controls: "- Data quality reports to team managers weekly\n- Recording standards",
             proximity: .nearTerm, priorities: ["Performance, quality assurance and governance"], boardActions: ["statistical neighbours"],
             changes: [Change(2016, 8, (3, 3), "Weekly data quality reports are in use; late recording has halved. Likelihood reduced."),
                       Change(2017, 4, (2, 3), "The scorecard was reconciled with the case management system without errors. Likelihood reduced.")]),
        Seed(title: "Children's services budget overspend", category: .finance, owner: "Helen Marsh", raised: (2016, 1),
             cause: "Demand, agency costs and placement costs rise faster than the budget.",
             event: "The service overspends by more than £1 million.",
             consequence: "Savings elsewhere cut into the improvement programme.",
             inherent: (4, 4), from: (4, 4), target: (3, 3),
             controls: "- Monthly budget monitoring with finance\n- Agency spend controls",
             proximity: .nearTerm,
             changes: [Change(2017, 2, (4, 3), "The budget for 2017-18 includes growth for placements; the projected overspend is under £1 million. Impact reduced.")]),
        Seed(title: "Partnership engagement", category: .partnership, owner: "Priya Raman", raised: (2016, 1),
             cause: "Partners' capacity and commitment to the improvement plan vary.",
             event: "Police, health or schools do not play their part in the front door and child protection.",
             consequence: "Improvements stall where they depend on partners.",
             inherent: (3, 4), from: (3, 4), target: (2, 3),
             controls: "- Local Safeguarding Children Board oversight\n- Partners on the Improvement Board",
             proximity: .longTerm, priorities: ["Children missing from home or care"],
             changes: [Change(2017, 1, (2, 4), "Police and health both attend the board and the hub. Likelihood reduced."),
                       Change(2017, 8, (2, 3), "Partners have signed the joint protocol for children missing from home. Impact reduced.")]),
        Seed(title: "Reputation and public confidence", category: .reputation, owner: "Councillor Alan Birch", raised: (2016, 1),
             cause: "The inadequate judgement attracted national and local media attention.",
             event: "A serious case or a poor report is widely reported.",
             consequence: "Public, staff and partner confidence falls; recruitment suffers.",
             inherent: (3, 4), from: (3, 4), target: (2, 2), controls: "- Communications plan\n- Briefings for members",
             proximity: .longTerm, status: .closed, lastReview: (2017, 9),
             changes: [Change(2016, 12, (2, 3), "The DfE review's findings were reported fairly in the local press. Likelihood and impact reduced."),
                       Change(2017, 9, (2, 2), "Closed: the risk is now managed within the service's own register.")]),
        Seed(title: "Leadership capacity", category: .workforce, owner: "Helen Marsh", raised: (2016, 1),
             cause: "Several senior posts were interim after the inspection.",
             event: "Senior leaders leave or posts stay interim.",
             consequence: "The improvement programme loses direction and pace.",
             inherent: (3, 5), from: (3, 5), target: (2, 3), controls: "- Permanent appointments to senior posts\n- Leadership development programme",
             proximity: .longTerm, lastReview: (2017, 8),
             changes: [Change(2016, 10, (2, 5), "A permanent Head of Safeguarding has been appointed. Likelihood reduced."),
                       Change(2017, 4, (2, 4), "All senior posts are now permanent. Impact reduced.")]),
        Seed(title: "End of improvement grant funding", category: .finance, owner: "David Okafor", raised: (2017, 4),
             cause: "The DfE improvement grant that pays for the practice improvement team ends in March 2018.",
             event: "The posts cannot be kept once the grant ends.",
             consequence: "The improvements made are not sustained.",
             inherent: (3, 3), from: (3, 3), target: (4, 3),
             targetReason: "The grant ends in March 2018: unless the posts move to the base budget the risk grows, whatever the service does.",
             controls: "- Business case for base budget funding\n- Exit plan for each post", proximity: .nearTerm,
             priorities: ["Performance, quality assurance and governance"],
             changes: [Change(2017, 10, (3, 3), "The business case goes to Cabinet in December; until it is agreed the target stays above the inherent score.")]),
    ]

    static func seed(council: Council.ID, people: [String: Person.ID], on db: any Database, dependencies: Dependencies) async throws {
        let now = dependencies.now()
        let plans = try await PlanStore.plans(in: council, on: db)
        var found: [(title: String, actions: [PlanAction.ID])] = []
        for plan in plans where plan.status == .active || plan.status == .approved {
            guard let record = try await PlanStore.find(plan.id, in: council, on: db) else { continue }
            for priority in record.priorities {
                found.append((priority.title, record.actions(in: priority.id).filter { $0.status != .completed }.map(\.id)))
            }
        }
        let priorities = found
        let boardActions = try await BoardActionStore.all(in: council, on: db).filter(\.isOpen)
        try await UnitOfWork.seed(on: db) { change in
            for (index, seed) in seeds.enumerated() {
                guard let owner = people[seed.owner] else { continue }
                let id = Risk.ID(dependencies.newID())
                let months = reviewMonths(from: seed.raised, to: seed.lastReview)
                let raised = DemoPlan.date(seed.raised.0, seed.raised.1, 1)
                let inherent = score(seed.inherent), target = score(seed.target)
                var reviews: [RiskReview] = []
                var current = score(seed.from)
                for month in months {
                    let change = seed.changes.first { $0.month == month }
                    let moved = change.map { score($0.score) } ?? current
                    let note = change?.note ?? (reviews.isEmpty ? "Risk raised."
                        : "Reviewed before the board: scores unchanged; the controls are working as expected.")
                    reviews.append(RiskReview(id: .init(dependencies.newID()), riskID: id, date: reviewDay(month), current: moved,
                                              target: target, commentary: note, reviewer: "David Okafor"))
                    current = moved
                }
                let risk = Risk(id: id, councilID: council, reference: Risk.nextReference(after: (0..<index).map { "R\($0 + 1)" }),
                                title: seed.title, cause: seed.cause, event: seed.event, consequence: seed.consequence,
                                category: seed.category, ownerID: owner, raisedOn: raised, inherent: inherent,
                                current: reviews.last?.current ?? score(seed.from), target: target, targetReason: seed.targetReason,
                                controls: seed.controls, proximity: seed.proximity, status: seed.status,
                                lastReviewedOn: reviews.last?.date)
                try await RiskStore.create(risk, at: now, on: change)
                for review in reviews { try await RiskStore.addReview(review, at: now, on: change) }
                let planLinks = Set(priorities.filter { seed.priorities.contains($0.title) }.flatMap { $0.actions.prefix(3) })
                let boardLinks = Set(boardActions.filter { action in seed.boardActions.contains { action.what.lowercased().contains($0) } }.map(\.id))
                try await RiskStore.setLinks(of: id, planActions: planLinks, boardActions: boardLinks, newID: dependencies.newID, on: change)
            }
        }
    }

    static func score(_ pair: (Int, Int)) -> RiskScore { RiskScore(likelihood: pair.0, impact: pair.1)! }

    static func reviewMonths(from start: (Int, Int), to end: (Int, Int)) -> [(Int, Int)] {
        var months: [(Int, Int)] = []
        var (year, month) = start
        while (year, month) <= end {
            months.append((year, month))
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
        }
        return months
    }

    /// The first Thursday of the month: a week before the board meets on the second.
    static func reviewDay(_ month: (Int, Int)) -> CalendarDate {
        var day = DemoPlan.date(month.0, month.1, 1)
        while day.weekday != .thursday { day = day.adding(days: 1) }
        return day
    }
}
