import OversightDomain
import Vapor

/// Every "may this person do this to this report" question: drafting, clearing, publishing,
/// correcting, the templates, and what of a report a reader sees. `ReportPolicyTests` is its table.
struct ReportPolicy: Sendable {
    var viewer: Viewer?

    init(_ viewer: Viewer?) { self.viewer = viewer }

    /// Staff reading: drafts and the reports API. Published reports are for everyone.
    var read: Authorisation { .permission(.viewProgramme, viewer) }

    var staff: Bool { read.isAllowed }

    /// Drafting, editing, publishing and correcting reports.
    var edit: Authorisation { .permission(.editReports, viewer) }

    /// Clearing a draft for publication: the officer who signs it off.
    var clear: Authorisation { .permission(.clearReports, viewer) }

    /// Returning a cleared report to draft: whoever clears, or whoever edits.
    var returnToDraft: Authorisation { clear.isAllowed ? .allowed : edit }

    /// The report templates and their settings.
    var settings: Authorisation { .permission(.manageReportSettings, viewer) }

    /// Working on one report: an exempt report also needs Part II access.
    func work(on report: Report) -> Authorisation { PartIIPolicy(viewer).open(exempt: report.isExempt) }

    /// What of this report the reader sees; nil when, for them, it does not exist (a draft, to the public).
    func access(_ report: Report) -> ReportAccess? {
        if report.isExempt && !PartIIPolicy(viewer).sees {
            return report.status.wasPublished || staff ? .exempt : nil
        }
        if staff { return .full }
        return report.status.wasPublished ? .published : nil
    }
}

extension Request {
    /// The reports policy for this request's viewer.
    var reports: ReportPolicy { ReportPolicy(viewer) }
}

extension ViewContext {
    /// The reports policy for the page's viewer: what to offer.
    var reports: ReportPolicy { ReportPolicy(viewer) }
}
