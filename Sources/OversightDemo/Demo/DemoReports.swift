import Fluent
import Foundation
import OversightApp
import OversightDomain
import OversightStore

/// Northshire's committee reports, in the shape of the reference reports but in our own words:
/// the Scrutiny Committee's Improvement Board update of January 2017 and the Cabinet report that
/// approved the Continuous Improvement Plan in October 2017, both published; a Part II report on
/// agency staffing (paragraph 3); and a draft for the next Scrutiny meeting.
enum DemoReports {
    static func seed(council councilID: Council.ID, people: [String: Person.ID], bodies: DemoGovernance.Bodies,
                     on db: any Database, dependencies: Dependencies, selfAssessment: SelfAssessment.ID? = nil) async throws {
        guard let council = try await CouncilStore.find(councilID, on: db),
              let template = try await ReportTemplateStore.find(ReportTemplateStore.standardID, on: db),
              let scrutinyTemplate = try await ReportTemplateStore.find(ReportTemplateStore.scrutinyID, on: db) else { return }
        let plans = try await PlanStore.plans(in: councilID, on: db)
        guard let improvement = plans.first(where: { $0.kind == .improvement }),
              let continuous = plans.first(where: { $0.kind == .continuousImprovement }) else { return }
        let december = try await UpdateStore.periods(of: improvement.id, on: db)
            .first { $0.month == DemoPlan.date(2016, 12, 1) }
        let rules = PublicationRules(holidays: try await BankHolidayStore.holidays(on: db))

        func contact(_ name: String) -> ReportContact {
            let person = DemoCouncil.people.first { $0.name == name }
            return ReportContact(name: name, telephone: person?.telephone, jobTitle: person?.jobTitle, email: person?.email)
        }

        func add(_ report: Report, appendices: [(String, AppendixSource)],
                 exempt: (title: String, fileName: String, text: String, exemption: Exemption)? = nil,
                 publishedOn: CalendarDate?) async throws {
            let template = report.templateID == scrutinyTemplate.id ? scrutinyTemplate : template
            try await CreateReport(dependencies: dependencies)(report, by: .demo, on: db)
            for (title, source) in appendices {
                try await AddAppendix(dependencies: dependencies)(to: report, title: title, source: source, bytes: nil,
                                                                  by: .demo, on: db)
            }
            if let exempt {
                let bytes = Array(exempt.text.utf8)
                try await AddAppendix(dependencies: dependencies)(
                    to: report, title: exempt.title, source: .uploaded(fileName: exempt.fileName, kind: .text, size: bytes.count),
                    exemption: exempt.exemption, bytes: bytes, by: .demo, on: db)
            }
            guard let publishedOn else { return }
            try await TransitionReport(dependencies: dependencies)(report, event: .clear, template: template.template,
                                                                   expectedVersion: 1, by: .demo, on: db)
            var cleared = report
            cleared.status = .cleared
            try await PublishReport(dependencies: dependencies)(
                cleared, template: template.template, council: council, publishedOn: publishedOn, lateReason: nil,
                rules: rules, expectedVersion: 2, by: .demo, on: db)
        }

        let scrutiny = Report(
            id: .init(dependencies.newID()), councilID: councilID, templateID: scrutinyTemplate.id, body: ReportCommittee(bodies.scrutiny),
            meetingDate: DemoPlan.date(2017, 1, 18), reportOf: "the Director of Children's Services", part: .partI,
            areas: .all, title: "Improvement Board Update", contact: contact("David Okafor"),
            sections: [
                "executive-summary": """
                    This report brings the Children's Services Scrutiny Committee up to date with the work done since Ofsted's inspection of 2015. Appendix A is the County Council's self-assessment report as part of the Department for Education's review of progress in December 2016. Appendix B summarises the progress reported against the Improvement Plan that month. Appendix C, the cost of agency social workers by team, is exempt from publication because it sets out the rates the Council pays while a new contract is procured.
                    """,
                "recommendation": """
                    The Children's Services Scrutiny Committee is asked to:

                    1. receive the report and comment on the progress made since the inspection; and
                    2. consider where it can add most value to the work of the Improvement Board.
                    """,
                "background": """
                    Ofsted began an unannounced inspection of the Council's services for children in need of help and protection, children looked after and care leavers on 14 September 2015. The inspection lasted four weeks and also reviewed the Local Safeguarding Children Board.

                    Ofsted published its report on Friday 27 November 2015. It judged the overall effectiveness of children's services to be **inadequate** and made ten recommendations.

                    The Council then set up a Children's Services Improvement Board with an independent chair. The Board agreed the Improvement Plan, which Cabinet approved in March 2016, and it checks the progress made against the plan every month.

                    Ofsted's monitoring visits in June and October 2016 found that practice at the front door and in child protection planning was improving, though not yet consistently good. The Department for Education reviewed progress in December 2016; the Council's self-assessment for that review is Appendix A. Appendix B shows where each action of the plan stood that month.
                    """,
            ],
            implications: [Implication(heading: "Risk management", text: """
                The overarching risk is that children are not safe and protected if services do not improve quickly enough. If the Department for Education and Ofsted judge progress to be too slow, the Secretary of State can intervene formally in how the Council runs its services for children.
                """)],
            backgroundPapers: [BackgroundPaper(paper: "Ofsted inspection report", date: "27 November 2015",
                                               contact: "David Okafor / (01632) 960102")],
            exemption: nil, keyDecision: nil)
        let assessmentAppendix: [(String, AppendixSource)] = selfAssessment.map {
            [("Self-assessment for the DfE review of progress, December 2016", .generated(.selfAssessment($0)))]
        } ?? []
        try await add(scrutiny, appendices: assessmentAppendix + (december.map { [("Progress in delivering the Improvement Plan, December 2016",
                                                                                   .generated(.progress(improvement.id, period: $0.id)))] } ?? []),
                      exempt: (DemoExempt.appendixTitle, "agency-costs-by-team-december-2016.txt", DemoExempt.appendixText,
                               Exemption(paragraph: .financialAffairs, publicInterest: DemoExempt.appendixPublicInterest)),
                      publishedOn: DemoPlan.date(2017, 1, 10))

        let cabinet = Report(
            id: .init(dependencies.newID()), councilID: councilID, templateID: template.id, body: ReportCommittee(bodies.cabinet),
            meetingDate: DemoPlan.date(2017, 10, 12), reportOf: "the Director of Children's Services", part: .partI,
            areas: .all, title: "Children's Services Continuous Improvement Plan", contact: contact("Helen Marsh"),
            sections: [
                Report.plainSummaryKey: """
                    The council looks after children who need help and keeps them safe. In 2015 inspectors said this was not good enough. Since then, social workers have had fewer children to work with and more time to get to know each one. This plan says what the council will do next: listen to children and families, make sure every child has a worker who knows them, and check that the help they get makes a difference.
                    """,
                "executive-summary": """
                    This report introduces a Continuous Improvement Plan: the priorities and activity that will build on the first eighteen months of improvement and make safe, effective practice that protects vulnerable children and young people the norm in Northshire.
                    """,
                "recommendation": """
                    Cabinet is recommended to approve the Continuous Improvement Plan and the priorities for Children's Services set out in it.
                    """,
                "background": """
                    In March 2016 the Council approved an Improvement Plan that answered the recommendations of Ofsted's 2015 inspection. Good progress has been made in delivering it, and the aim now is to build on that progress and to embed improvements for the long term.

                    The Continuous Improvement Plan carries forward the work that is not yet finished and takes on the recommendations of the Department for Education's review of December 2016. It keeps the corrective action that makes sure practice is safe and children are protected, while moving the service towards a steady and sustainable state.
                    """,
                "consultations": """
                    A draft of the Continuous Improvement Plan was shared with staff across children's services, with the Improvement Board and with the Council's Management Team. Their comments shaped the final plan.
                    """,
            ],
            implications: [
                Implication(heading: "Risk management", text: """
                    There are significant risks if the Council is not able to provide effective services that support and protect vulnerable children and young people.
                    """),
                Implication(heading: "Financial", text: """
                    The financial implications of any decisions needed to deliver the actions in the Continuous Improvement Plan will be set out in later reports to Cabinet for approval.
                    """),
            ],
            backgroundPapers: [BackgroundPaper(paper: "Ofsted inspection report", date: "November 2015",
                                               contact: "David Okafor / (01632) 960102")],
            exemption: nil, keyDecision: KeyDecision(noticeGiven: DemoPlan.date(2017, 9, 8)))
        try await add(cabinet, appendices: [("Children's Services Continuous Improvement Plan", .generated(.plan(continuous.id)))],
                      publishedOn: DemoPlan.date(2017, 10, 4))

        let staffing = Report(
            id: .init(dependencies.newID()), councilID: councilID, templateID: template.id, body: ReportCommittee(bodies.cabinet),
            meetingDate: DemoPlan.date(2017, 10, 12), reportOf: "the Director of Children's Services", part: .partII,
            areas: .all, title: "Children's Social Care Agency Staffing Contract", contact: contact("Rashid Khan"),
            sections: [
                Report.plainSummaryKey: DemoExempt.partTwoPlainSummary,
                "executive-summary": partTwoSummary,
                "recommendation": "Cabinet is recommended to award the agency staffing contract to the preferred supplier for two years.",
                "background": """
                    Three suppliers tendered. The preferred supplier offered a rate of £38.50 an hour for a qualified social worker, with a guarantee to replace any worker who leaves within twelve weeks.
                    """,
            ],
            implications: [Implication(heading: "Financial", text: "The contract is worth up to £2.4 million over two years, within the workforce budget.")],
            backgroundPapers: [],
            exemption: Exemption(paragraph: .financialAffairs, publicInterest: """
                The report sets out the prices the suppliers tendered and the Council's negotiating position. Disclosing them would prejudice the Council's ability to obtain best value, so the public interest in keeping the information exempt outweighs the public interest in disclosing it.
                """),
            keyDecision: nil)
        try await add(staffing, appendices: [], publishedOn: DemoPlan.date(2017, 10, 4))

        let next = Report(
            id: .init(dependencies.newID()), councilID: councilID, templateID: scrutinyTemplate.id, body: ReportCommittee(bodies.scrutiny),
            meetingDate: DemoPlan.date(2018, 1, 17), reportOf: "the Director of Children's Services", part: .partI,
            areas: .all, title: DemoExempt.draftReportTitle, contact: contact("David Okafor"),
            sections: [
                "executive-summary": DemoExempt.draftReportSummary,
            ],
            implications: [], backgroundPapers: [], exemption: nil, keyDecision: nil)
        try await add(next, appendices: [("Exceptions: actions that need attention", .generated(.exceptions(continuous.id))),
                                         ("Performance scorecard, October 2017", .generated(.scorecard(through: .month(year: 2017, month: 10))))],
                      publishedOn: nil)
    }

    /// Written so that the test for exempt material can look for it on public pages.
    static let partTwoSummary = "This report seeks approval to award a two-year contract for agency social workers while the Council's own recruitment catches up."
}
