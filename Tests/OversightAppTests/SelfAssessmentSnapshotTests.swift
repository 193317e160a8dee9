import Foundation
@testable import OversightApp
import OversightDocuments
import OversightDomain
import OversightStore
import Testing

/// The self-assessment and practice audit pages, from fixed values.
extension PageSnapshotTests {
    var assessmentRecord: SelfAssessmentRecord {
        let id = SelfAssessment.ID(Self.uuid(800))
        let assessment = SelfAssessment(id: id, councilID: council.id, title: "Self-assessment for the DfE review of progress, December 2016",
                                        purpose: .dfeReview, periodFrom: Self.day(1, 12, 2015), periodTo: Self.day(30, 11, 2016),
                                        authorID: people[0].id, status: .agreed,
                                        structure: AssessmentStructure(areas: ["Children who need help and protection"],
                                                                       questions: AssessmentStructure.ofstedQuestions),
                                        agreedOn: Self.day(10, 11, 2016), version: 2)
        let sections = (0..<3).map { AssessmentSection(id: .init(Self.uuid(810 + $0)), assessmentID: id, area: 0, question: $0,
                                                       text: $0 == 0 ? "Contacts are screened **promptly**." : "") }
        return SelfAssessmentRecord(
            assessment: assessment, sections: sections,
            judgements: [AreaJudgement(assessmentID: id, area: 0, grade: .requiresImprovement, reasons: "Not yet consistently good.")],
            evidence: [EvidenceLink(id: .init(Self.uuid(820)), sectionID: sections[1].id, kind: .auditRound, targetID: Self.uuid(830).uuidString.lowercased(),
                                    note: "The latest round")])
    }

    var catalogue: EvidenceCatalogue {
        var catalogue = EvidenceCatalogue()
        let key = EvidenceCatalogue.key(.auditRound, Self.uuid(830).uuidString)
        catalogue.entries[key] = EvidenceCatalogue.Entry(kind: .auditRound, id: Self.uuid(830).uuidString.lowercased(),
                                                          label: "November 2016: Assessments",
                                                          citation: [.text("Practice audit, November 2016: Assessments: 24 cases audited, 54.2% good or better")])
        return catalogue
    }

    @Test func selfAssessmentList() throws {
        try assertSnapshot(SelfAssessmentViews.list(SelfAssessmentList.Model([assessmentRecord.assessment]), council: context, context: page()), named: "self-assessments")
    }

    @Test func selfAssessmentPage() throws {
        let record = assessmentRecord
        let document = SelfAssessmentDocument.document(record, catalogue: catalogue, author: people[0].name, council: council)
        try assertSnapshot(SelfAssessmentViews.page(SelfAssessmentPage.Model(record, document: document), council: context, context: page(), errors: []),
                           named: "self-assessment")
    }

    @Test func selfAssessmentSection() throws {
        let record = assessmentRecord
        try assertSnapshot(SelfAssessmentViews.sectionPage(AssessmentSectionPage.Model(record, section: record.sections[1], catalogue: catalogue),
                                                           form: AssessmentSectionForm(text: "", version: "1"),
                                                           council: context, context: page(), errors: [], conflict: nil),
                           named: "self-assessment-section")
    }

    @Test func areaJudgementErrors() throws {
        let form = AreaJudgementForm(grade: nil, reasons: nil)
        guard case let .invalid(errors) = form.validate() else { Issue.record("an empty judgement was accepted"); return }
        try assertSnapshot(SelfAssessmentViews.areaForm(form, assessment: assessmentRecord.assessment, area: 0, council: context,
                                                        context: page(), errors: errors), named: "area-judgement-errors")
    }

    @Test func practiceAudits() throws {
        let rounds = (1...4).map { month in
            AuditRound(id: .init(Self.uuid(840 + month)), councilID: council.id, month: Self.day(1, month, 2017), theme: "Assessments",
                       casesAudited: 20 + month, outstanding: month > 2 ? 1 : 0, good: 8 + month, requiresImprovement: 8, inadequate: 3)
        }
        try assertSnapshot(PracticeAuditViews.list(PracticeAuditList.Model(rounds), council: context, context: page()), named: "practice-audits")
    }
}
