import OversightDocuments
import OversightDomain
import OversightStore

/// A report's page: for staff with its workflow, for the public as published, for those without
/// Part II access as an exemption notice.
enum ReportPage {}

extension ReportPage {
    /// What the report's page shows, worked out from `ReportPageModel`: the deadlines the
    /// publication rules give, what stands in the way of clearance, and the appendices lettered.
    struct Model {
        /// A report the page links to by its title.
        struct Link {
            var id: Report.ID
            var title: String
        }

        struct KeyDecisionNotice {
            var noticeGiven: CalendarDate?
            /// Days short of the clear days a key decision needs; nil when there is no shortfall.
            var shortfall: Int?
        }

        struct Publication {
            var publishedOn: CalendarDate
            var publishedBy: String
            var lateReason: String?
            var checksum: String
            /// The stored report still matches the checksum taken when it was published.
            var isIntact: Bool
        }

        struct Appendix {
            var id: ReportAppendix.ID
            var letter: String
            var title: String
            var source: AppendixSource
            var exemption: Exemption?
        }

        var council: CouncilContext
        var id: Report.ID
        var title: String
        var status: ReportStatus
        var version: Int
        var committee: String
        /// As printed after "Report to": "the Cabinet".
        var committeePhrase: String
        var meetingDate: CalendarDate
        var publishBy: CalendarDate
        var part: String
        /// The paragraph of Schedule 12A a Part II report is exempt under, once given.
        var exemption: Schedule12A?
        var templateName: String
        var templateVersion: Int
        /// Nil when the report is not a key decision.
        var keyDecision: KeyDecisionNotice?
        /// Shown only while the report stands cleared.
        var clearedBy: String?
        var publication: Publication?
        var corrects: Link?
        /// The correction that replaces this report, once one has been started.
        var correctedBy: Link?
        /// The same correction, once it is published: readers are sent to it.
        var publishedCorrection: Link?
        /// What must be put right before the report can be cleared.
        var clearanceProblems: [String]
        /// Publishing today would be after the deadline, so a reason is asked for. Only a cleared
        /// report is published, so the days to the meeting are counted for no other.
        var isLateToday: Bool
        var isEditable: Bool
        var appendices: [Appendix]
        var document: OversightDocuments.Document?
        /// The summary for children, young people and families, shown first wherever the report is.
        var plainSummary: String?

        init(_ page: ReportPageModel) {
            let report = page.report
            plainSummary = report.plainSummary
            council = CouncilContext(id: page.council.id, name: page.council.name)
            id = report.id
            title = report.title
            status = report.status
            version = report.version
            committee = report.body.label
            committeePhrase = report.body.phrase
            meetingDate = report.meetingDate
            publishBy = page.publishBy
            part = report.part.label
            exemption = report.exemption?.paragraph
            templateName = page.template.template.name
            templateVersion = page.template.template.version
            keyDecision = report.keyDecision.map { key in
                KeyDecisionNotice(noticeGiven: key.noticeGiven, shortfall: page.keyDecisionShortfall)
            }
            clearedBy = report.status == .cleared ? page.clearedBy : nil
            publication = page.publication.map { stored in
                Publication(publishedOn: stored.publication.publishedOn, publishedBy: stored.publication.publishedBy,
                            lateReason: stored.publication.lateReason, checksum: stored.publication.checksum,
                            isIntact: stored.intact)
            }
            corrects = page.corrects.map { Link(id: $0.id, title: $0.title) }
            correctedBy = page.correctedBy.map { Link(id: $0.id, title: $0.title) }
            if let correction = page.correctedBy, correction.status == .published {
                publishedCorrection = Link(id: correction.id, title: correction.title)
            } else {
                publishedCorrection = nil
            }
            clearanceProblems = report.problemsBeforeClearance(template: page.template.template)
            isLateToday = report.status == .cleared && page.isLateToday
            isEditable = report.status.isEditable
            appendices = page.appendices.enumerated().map { index, appendix in
                Appendix(id: appendix.id, letter: ReportTemplate.letter(index), title: appendix.title, source: appendix.source,
                         exemption: appendix.exemption)
            }
            document = page.document
        }
    }
}
