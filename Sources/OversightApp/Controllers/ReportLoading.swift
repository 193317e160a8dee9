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

/// What the viewer may read of a report.
enum ReportAccess {
    /// Staff who may read it all, drafts included.
    case full
    /// The public, or staff without Part II access: a published Part I report in full.
    case published
    /// A published Part II report for someone without Part II access: its title and paragraph.
    case exempt
}

extension Request {
    /// Who is asking and what they may read; a draft is invisible to the public, as if absent.
    func reportAccess(_ report: Report) throws -> ReportAccess {
        let staff = viewer?.can(.viewProgramme) == true
        if report.isExempt && viewer?.can(.viewPartII) != true {
            guard report.status.wasPublished || staff else { throw Abort(.notFound) }
            return .exempt
        }
        if staff { return .full }
        guard report.status.wasPublished else { throw Abort(.notFound) }
        return .published
    }

    func publicationRules() async throws -> PublicationRules {
        PublicationRules(holidays: try await BankHolidayStore.holidays(on: db))
    }

    /// The report named in the path with everything its page shows. The document is built only
    /// when `withDocument` and the viewer may read it.
    func reportPage(withDocument: Bool = true) async throws -> (ReportPageModel, ReportAccess) {
        let council = try await council()
        guard let (report, clearedBy) = try await ReportStore.find(id(.report), in: council.id, on: db),
              let template = try await ReportTemplateStore.find(report.templateID, on: db) else {
            throw Abort(.notFound)
        }
        let access = try reportAccess(report)
        let today = CalendarDate.inLondon(dependencies.now())
        let stored = try await ReportPublicationStore.find(report.id, on: db)
        var document: Document?
        var corrects: Report?
        if withDocument && access != .exempt, let stored {
            document = try ReportDocument.decode(stored.document)
        } else if withDocument && access != .exempt {
            (document, corrects) = try await ReportDocument.live(report, template: template.template, council: council,
                                                                 today: today, on: db)
        }
        if corrects == nil, let id = report.supersedesID {
            corrects = try await ReportStore.find(id, in: council.id, on: db)?.0
        }
        let model = ReportPageModel(
            council: council, report: report, template: template, clearedBy: clearedBy,
            appendices: try await ReportAppendixStore.appendices(of: report.id, on: db),
            publication: stored.map { ($0.publication, $0.intact) }, document: document,
            rules: try await publicationRules(), today: today,
            correctedBy: try await ReportStore.correction(of: report.id, on: db), corrects: corrects)
        return (model, access)
    }
}
