import OversightDocuments
import OversightDomain
import OversightStore

enum AssessmentSectionPage {}

extension AssessmentSectionPage {
    /// The page that writes one answer of a self-assessment: the question, the evidence the
    /// answer cites as the document will cite it, and what else may be cited, kind by kind.
    struct Model {
        /// A piece of evidence the answer cites.
        struct Evidence {
            var id: EvidenceLink.ID
            var kind: String
            /// The citation with its live figure, and the note given; or that it is gone.
            var text: String
        }

        /// The evidence of one kind that may be cited.
        struct ChoiceGroup {
            var label: String
            var choices: [Choice]
        }

        struct Choice {
            /// The kind and the id, as the form posts them.
            var value: String
            var label: String
        }

        var assessmentID: SelfAssessment.ID
        var assessmentTitle: String
        var sectionID: AssessmentSection.ID
        var sectionVersion: Int
        var area: String
        var question: String
        /// In the order cited.
        var evidence: [Evidence]
        /// Kinds with nothing to cite are left out.
        var choiceGroups: [ChoiceGroup]

        init(_ record: SelfAssessmentRecord, section: AssessmentSection, catalogue: EvidenceCatalogue) {
            let assessment = record.assessment
            assessmentID = assessment.id
            assessmentTitle = assessment.title
            sectionID = section.id
            sectionVersion = section.version
            area = assessment.structure.areas[section.area]
            question = assessment.structure.questions[section.question]
            evidence = record.evidence(of: section.id).map { link -> Evidence in
                let entry = catalogue.entry(link)
                return Evidence(id: link.id, kind: link.kind.label,
                                text: (entry.map { $0.citation.map(Self.plainText).joined() } ?? "No longer in Oversight")
                                    + (link.note.map { ". \($0)" } ?? ""))
            }
            choiceGroups = EvidenceLink.Kind.allCases.compactMap { kind -> ChoiceGroup? in
                let choices = catalogue.choices(kind)
                guard !choices.isEmpty else { return nil }
                return ChoiceGroup(label: kind.label, choices: choices.map { entry in
                    Choice(value: "\(kind.rawValue):\(entry.id)", label: entry.label)
                })
            }
        }

        /// A citation's words without their emphasis or links.
        static func plainText(_ inline: Inline) -> String {
            switch inline {
            case let .text(text), let .strong(text), let .link(text, _): text
            }
        }
    }
}
