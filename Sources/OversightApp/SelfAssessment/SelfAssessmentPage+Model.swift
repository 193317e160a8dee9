import OversightDocuments
import OversightDomain
import OversightStore

enum SelfAssessmentPage {}

extension SelfAssessmentPage {
    /// A self-assessment's page: its summary, the moves its status allows, where to write (each
    /// area's judgement and answers, with what is done) and the document as it reads now.
    struct Model {
        /// A move the status allows, as a button.
        struct Move {
            var event: String
            var label: String
            /// Reopening steps back, so it is not the main button.
            var isSecondary: Bool
        }

        /// An area with its judgement and its answers.
        struct Area {
            var index: Int
            var name: String
            /// The grade given, nil until the area is judged.
            var grade: String?
            /// Question by question; a question without a section is left out.
            var answers: [Answer]
        }

        struct Answer {
            var sectionID: AssessmentSection.ID
            var question: String
            var isWritten: Bool
            var evidenceCount: Int
        }

        var id: SelfAssessment.ID
        var title: String
        var purpose: String
        var period: String
        /// With the days it was agreed and submitted.
        var status: String
        var version: Int
        /// Not yet submitted: its sections, judgements and evidence can still change.
        var isOpen: Bool
        /// In the order of the events; offered only to whoever may manage self-assessments.
        var moves: [Move]
        var areas: [Area]
        var document: OversightDocuments.Document

        init(_ record: SelfAssessmentRecord, document: OversightDocuments.Document) {
            let assessment = record.assessment
            id = assessment.id
            title = assessment.title
            purpose = assessment.purpose.label
            period = assessment.periodLabel
            status = SelfAssessmentDocument.status(assessment)
            version = assessment.version
            isOpen = assessment.isOpen
            moves = AssessmentEvent.allCases.filter { $0.apply(to: assessment.status) != nil }.map { event in
                Move(event: event.rawValue, label: event.label, isSecondary: event == .reopen)
            }
            let questions = assessment.structure.questions
            areas = assessment.structure.areas.enumerated().map { area, name in
                Area(index: area, name: name, grade: record.judgement(area: area)?.grade.label,
                     answers: questions.indices.compactMap { question in
                         record.section(area: area, question: question).map { section in
                             Answer(sectionID: section.id, question: questions[question], isWritten: !section.text.isEmpty,
                                    evidenceCount: record.evidence(of: section.id).count)
                         }
                     })
            }
            self.document = document
        }
    }
}
