import Fluent
import Foundation
import OversightApp
import OversightDomain
import OversightStore

/// Northshire's self-assessment for the DfE review of December 2016 (agreed by the board on
/// 10 November, submitted on 30 November and frozen; Appendix A of the Scrutiny report of
/// 18 January 2017), and its annual self-evaluation of 2017, a draft citing risks and decisions too.
enum DemoSelfAssessment {
    static let december = "Self-assessment for the DfE review of progress, December 2016"
    static let annual = "Annual self-evaluation 2017"

    /// For each area of Ofsted's framework: the grade we give it and why, and the three answers.
    static let answers: [(grade: Grade, reasons: String, know: String, how: String, plans: String)] = [
        (.requiresImprovement,
         "The front door now screens contacts promptly and re-referrals are falling, but assessments and plans are not yet consistently good.",
         "Contacts are screened within a working day in nine cases out of ten, against six in ten at the inspection. Thresholds are understood and applied more consistently by staff and partners. **Assessments** are more timely, though their analysis of risk and history still varies between teams.",
         "- Monthly audits of child protection planning and of assessments\n- The scorecard's timeliness and re-referral indicators\n- Ofsted's monitoring visits of June and October 2016",
         "- Complete the training of partner agencies in the thresholds\n- Audit every team's assessments each quarter and feed back to social workers\n- Make child protection plans specific and measurable"),
        (.requiresImprovement,
         "Reviews are on time and children's plans are clearer; placement stability and sufficiency remain a challenge.",
         "Children in care have their reviews on time and their plans are clearer. Too many still live out of area because there are not enough local foster carers.",
         "- The scorecard's placement stability indicators\n- Independent reviewing officers' quality assurance\n- Practice audits",
         "- Recruit more local foster carers\n- Review every out-of-area placement"),
        (.good,
         "Adoption timeliness is better than the England average and the statistical neighbours'.",
         "Children are placed for adoption quickly and adopters are well supported.",
         "- Adoption scorecard\n- Feedback from adopters",
         "- Keep adopter recruitment steady through the regional adoption agency"),
        (.requiresImprovement,
         "More care leavers have up-to-date pathway plans and suitable accommodation; too few are in education, employment or training.",
         "Pathway plans are up to date for most care leavers and fewer live in unsuitable accommodation.",
         "- Care leaver indicators\n- Audits of pathway plans",
         "- Work with colleges and employers on places for care leavers"),
        (.requiresImprovement,
         "Leaders know the service well and the board holds them to account; management oversight is improving but not yet consistent.",
         "Leaders and members know the service's strengths and weaknesses through the scorecard, audits and the Improvement Board. Supervision is more regular; managers' decisions are recorded more often.",
         "- The Improvement Board's monthly challenge\n- Audits of management oversight\n- The DfE adviser's reports",
         "- Make management oversight consistent in every team\n- Keep the workforce stable"),
    ]

    /// The December 2016 self-assessment, submitted and frozen, before the reports are made.
    static func seedDecember(council: Council.ID, people: [String: Person.ID], on db: any Database, dependencies: Dependencies) async throws
        -> SelfAssessment.ID? {
        guard let author = people["David Okafor"], let councilRecord = try await CouncilStore.find(council, on: db) else { return nil }
        let submittedOn = DemoPlan.date(2016, 11, 30)
        var assessment = SelfAssessment(id: .init(dependencies.newID()), councilID: council, title: december, purpose: .dfeReview,
                                        periodFrom: DemoPlan.date(2015, 12, 1), periodTo: DemoPlan.date(2016, 11, 30), authorID: author,
                                        structure: .ofsted)
        try await write(assessment, council: councilRecord, asOf: submittedOn, on: db, dependencies: dependencies)
        assessment.status = .submitted
        assessment.agreedOn = DemoPlan.date(2016, 11, 10)
        assessment.submittedOn = submittedOn
        let record = try await SelfAssessmentStore.record(assessment, on: db)
        let cited = try await EvidenceCatalogue.load(councilRecord, today: submittedOn, cited: record.evidence, on: db)
        let document = SelfAssessmentDocument.document(record, catalogue: cited, author: "David Okafor", council: councilRecord)
        let now = dependencies.now(), frozen = assessment
        let json = try ReportDocument.canonical(document)
        try await UnitOfWork.seed(on: db) { change in
            try await SelfAssessmentStore.save(frozen, expectedVersion: 1, at: now, on: change)
            try await SelfAssessmentStore.freeze(frozen.id, document: json, at: now, on: change)
        }
        return assessment.id
    }

    /// The 2017 self-evaluation, a draft: written once the risks and the board's decisions exist, and citing them.
    static func seedAnnual(council: Council.ID, people: [String: Person.ID], on db: any Database, dependencies: Dependencies) async throws {
        guard let author = people["David Okafor"], let councilRecord = try await CouncilStore.find(council, on: db) else { return }
        let assessment = SelfAssessment(id: .init(dependencies.newID()), councilID: council, title: annual, purpose: .annualSelfEvaluation,
                                        periodFrom: DemoPlan.date(2016, 10, 1), periodTo: DemoPlan.date(2017, 9, 30), authorID: author,
                                        structure: .ofsted)
        let catalogue = try await write(assessment, council: councilRecord, asOf: DemoPlan.date(2017, 10, 31), on: db,
                                        dependencies: dependencies, onlyFirstAreas: 2)
        let record = try await SelfAssessmentStore.record(assessment, on: db)
        let now = dependencies.now()
        let risks = try await RiskStore.all(in: council, on: db)
        let decision = catalogue.choices(.decision).first { $0.label.contains("12 October 2017") }
        try await UnitOfWork.seed(on: db) { change in
            if let how = record.section(area: 4, question: 1) {
                for risk in risks.prefix(2) {
                    try await SelfAssessmentStore.addEvidence(EvidenceLink(id: .init(dependencies.newID()), sectionID: how.id, kind: .risk,
                                                                           targetID: risk.id.description), at: now, on: change)
                }
                if let decision {
                    try await SelfAssessmentStore.addEvidence(EvidenceLink(id: .init(dependencies.newID()), sectionID: how.id, kind: .decision,
                                                                           targetID: decision.id), at: now, on: change)
                }
            }
        }
    }

    /// Creates the assessment with its answers, grades and evidence: indicators and audit rounds
    /// up to `asOf`, and the first actions of the plan.
    @discardableResult
    static func write(_ assessment: SelfAssessment, council: Council, asOf: CalendarDate, on db: any Database,
                      dependencies: Dependencies, onlyFirstAreas: Int? = nil) async throws -> EvidenceCatalogue {
        let now = dependencies.now()
        try await UnitOfWork.seed(on: db) { change in
            try await SelfAssessmentStore.create(assessment, sectionIDs: dependencies.newID, at: now, on: change)
        }
        let record = try await SelfAssessmentStore.record(assessment, on: db)
        let catalogue = try await EvidenceCatalogue.load(council, today: asOf, on: db)
        let indicators = catalogue.choices(.indicator)
        let actions = catalogue.choices(.planAction)
        let rounds = try await PracticeAuditStore.rounds(in: council.id, on: db).filter { $0.month <= asOf }
        try await UnitOfWork.seed(on: db) { change in
            for (area, answer) in answers.enumerated() where area < (onlyFirstAreas ?? answers.count) {
                try await SelfAssessmentStore.setJudgement(AreaJudgement(assessmentID: assessment.id, area: area, grade: answer.grade,
                                                                         reasons: answer.reasons), id: dependencies.newID(), on: change)
                for (question, text) in [answer.know, answer.how, answer.plans].enumerated() {
                    guard let section = record.section(area: area, question: question) else { continue }
                    var written = section
                    written.text = text
                    try await SelfAssessmentStore.saveSection(written, expectedVersion: section.version, at: now, on: change)
                    // "How do we know it?" cites the figures, the audits and the actions.
                    guard question == 1 else { continue }
                    var links: [(EvidenceLink.Kind, String)] = []
                    if indicators.indices.contains(area * 2) { links.append((.indicator, indicators[area * 2].id)) }
                    if let round = rounds.last(where: { $0.theme == DemoPracticeAudits.themes[area % DemoPracticeAudits.themes.count] }) {
                        links.append((.auditRound, round.id.description))
                    }
                    if actions.indices.contains(area) { links.append((.planAction, actions[area].id)) }
                    for (kind, target) in links {
                        try await SelfAssessmentStore.addEvidence(EvidenceLink(id: .init(dependencies.newID()), sectionID: section.id, kind: kind,
                                                                               targetID: target), at: now, on: change)
                    }
                }
            }
        }
        return catalogue
    }
}
