import Fluent
import Foundation
import OversightApp
import OversightDomain
import OversightStore

/// The forward plan of key decisions around the Cabinet of 12 October 2017: the Continuous
/// Improvement Plan on 28 clear days' notice, the agency staffing contract to be taken in private
/// (with a representation and the Cabinet's response), the regional adoption agency under the
/// general exception, emergency placements under special urgency, and December's budget still a
/// draft. Every date is worked in clear days, as `ForwardPlanTests` checks.
enum DemoForwardPlan {
    static let chair = "Councillor Peter Lowe, Chair of the Children's Services Scrutiny Committee"
    static let contact = "David Okafor, Head of Improvement and Quality Assurance, (01632) 960102"

    static func seed(council: Council.ID, bodies: DemoGovernance.Bodies, on db: any Database, dependencies: Dependencies) async throws {
        let reports = try await ReportStore.list(in: council, publishedOnly: false, on: db)
        func report(_ title: String) -> Report.ID? { reports.first { $0.title == title }?.id }
        let cabinet = bodies.cabinet.id
        let october = DemoPlan.date(2017, 10, 12)
        let drafts: [ForwardPlanDraft] = [
            ForwardPlanDraft(
                reference: "KD/2017/09", matter: "Children's Services Continuous Improvement Plan",
                summary: "Approve the Continuous Improvement Plan, which carries forward the work of the 2016 Improvement Plan and answers the Department for Education's review of December 2016.",
                decisionMaker: cabinet, decisionDate: october,
                documents: ["Report of the Director of Children's Services", "Appendix: the Continuous Improvement Plan"],
                reportID: report("Children's Services Continuous Improvement Plan"), contact: contact,
                published: DemoPlan.date(2017, 9, 8), route: .notice, privateMeeting: nil, withdrawn: nil),
            ForwardPlanDraft(
                reference: "KD/2017/10", matter: "Children's Social Care Agency Staffing Contract",
                summary: "Award a two-year contract for agency social workers while the council recruits permanent staff.",
                decisionMaker: cabinet, decisionDate: october, documents: ["Report of the Director of Children's Services (exempt)"],
                reportID: report("Children's Social Care Agency Staffing Contract"),
                contact: "Rashid Khan, Head of Workforce Development, (01632) 960110",
                published: DemoPlan.date(2017, 9, 8), route: .notice,
                privateMeeting: PrivateMeetingNotice(
                    paragraph: .financialAffairs,
                    reasons: "The report sets out the prices and terms the companies that tendered offered; publishing them would prejudice the council's position and theirs while the contract is negotiated.",
                    firstNotice: DemoPlan.date(2017, 9, 8),
                    representations: "A resident wrote on 20 September 2017 asking that the item be heard in public, because agency staff are paid for from public money.",
                    response: "The Cabinet will hear the contract's total value and its effect on the budget in public; only the bidders' prices and terms will be discussed in private.",
                    finalNotice: DemoPlan.date(2017, 10, 4)),
                withdrawn: nil),
            ForwardPlanDraft(
                reference: "KD/2017/11", matter: "Regional adoption agency: joining the North Partnership",
                summary: "Join the regional adoption agency with three neighbouring councils, transferring the adoption team to it from 1 November 2017.",
                decisionMaker: cabinet, decisionDate: october, documents: ["Report of the Director of Children's Services", "Partnership agreement"],
                reportID: nil, contact: contact, published: DemoPlan.date(2017, 10, 2),
                route: .generalException(GeneralException(
                    reason: "The partner councils agreed the final terms on 29 September 2017, too late for 28 clear days' notice, and the agency begins work on 1 November 2017.",
                    chairInformed: chair, informedOn: DemoPlan.date(2017, 10, 2))),
                privateMeeting: nil, withdrawn: nil),
            ForwardPlanDraft(
                reference: "KD/2017/12", matter: "Emergency residential placements: purchase of two beds",
                summary: "Buy two residential beds for a year so that children placed in a home that is closing can stay in the county.",
                decisionMaker: cabinet, decisionDate: october, documents: ["Report of the Director of Children's Services"],
                reportID: nil, contact: contact, published: DemoPlan.date(2017, 10, 9),
                route: .specialUrgency(SpecialUrgency(
                    reason: "A provider closed its home in Northshire on 6 October 2017 at a week's notice; the two beds are held for the council only until 13 October 2017.",
                    agreedBy: chair, agreedOn: DemoPlan.date(2017, 10, 9))),
                privateMeeting: nil, withdrawn: nil),
            ForwardPlanDraft(
                reference: "KD/2017/13", matter: "Children's Services budget proposals 2018/19",
                summary: "Agree the budget proposals for children's services for consultation, including the cost of the Continuous Improvement Plan.",
                decisionMaker: cabinet, decisionDate: DemoPlan.date(2017, 12, 14), documents: ["Report of the Director of Children's Services"],
                reportID: nil, contact: contact, published: nil, route: .notice, privateMeeting: nil, withdrawn: nil),
        ]
        let now = dependencies.now()
        try await UnitOfWork.seed(on: db) { change in
            for draft in drafts {
                try await ForwardPlanStore.create(draft, id: .init(dependencies.newID()), in: council, at: now, on: change)
            }
        }
    }
}
