import Foundation
import OversightDocuments
import OversightDomain
import OversightStore
import Vapor

/// A report as a page needs it: the report, its template, its document (frozen once published,
/// built from live data before), and what this viewer may see of it.
struct ReportPageModel {
    var council: Council
    var report: Report
    var template: TemplateVersion
    var clearedBy: String?
    var appendices: [ReportAppendix]
    var publication: (publication: ReportPublication, intact: Bool)?
    var document: Document?
    var rules: PublicationRules
    var today: CalendarDate
    /// The corrected report that replaced this one, and the one this one corrects.
    var correctedBy: ReportSummary?
    var corrects: Report?

    var publishBy: CalendarDate { rules.publishBy(meeting: report.meetingDate) }
    var isLateToday: Bool { rules.isLate(published: today, meeting: report.meetingDate) }
    var keyDecisionShortfall: Int? {
        guard let notice = report.keyDecision?.noticeGiven else { return nil }
        let shortfall = rules.keyDecisionShortfall(notice: notice, meeting: report.meetingDate)
        return shortfall > 0 ? shortfall : nil
    }
}
