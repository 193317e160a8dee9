import Foundation
import OversightDocuments
import OversightDomain
import OversightStore
import Vapor

extension Request {
    /// Who is asking and what they may read; a draft is invisible to the public, as if absent.
    func reportAccess(_ report: Report) throws -> ReportAccess {
        guard let access = reports.access(report) else { throw Abort(.notFound) }
        return access
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
        let appendices = try await ReportAppendixStore.appendices(of: report.id, on: db)
        var document: Document?
        var corrects: Report?
        if withDocument && access != .exempt, let stored {
            document = try ReportDocument.decode(stored.document)
        } else if withDocument && access != .exempt {
            (document, corrects) = try await ReportDocument.live(report, template: template.template, council: council,
                                                                 today: today, appendices: appendices, on: db)
        }
        // Exempt appendices of a Part I report open only to readers with Part II access.
        if partTwo.sees { document = document?.revealingExempt() }
        if corrects == nil, let id = report.supersedesID {
            corrects = try await ReportStore.find(id, in: council.id, on: db)?.0
        }
        let model = ReportPageModel(
            council: council, report: report, template: template, clearedBy: clearedBy,
            appendices: appendices,
            publication: stored.map { ($0.publication, $0.intact) }, document: document,
            rules: try await publicationRules(), today: today,
            correctedBy: try await ReportStore.correction(of: report.id, on: db), corrects: corrects)
        return (model, access)
    }

    /// The report named in the path as its Word and Markdown files need it: the frozen document
    /// once published, otherwise one made from the data as it stands. Exempt material is refused
    /// to those without Part II access. Nothing only the page shows (deadlines, corrections, who
    /// cleared it) is read.
    func reportDownload() async throws -> ReportDownload {
        let council = try await council()
        let reportID: Report.ID = try id(.report)
        let today = CalendarDate.inLondon(dependencies.now())
        return try await onOneConnection { db in
            guard let (report, _) = try await ReportStore.find(reportID, in: council.id, on: db) else { throw Abort(.notFound) }
            guard try self.reportAccess(report) != .exempt else { throw ReportDownload.exempt }
            let reveal = self.partTwo.sees
            if let stored = try await ReportPublicationStore.find(report.id, on: db) {
                let document = try ReportDocument.decode(stored.document)
                return ReportDownload(report: report, published: true, document: reveal ? document.revealingExempt() : document,
                                      differsByReader: document.hasExempt)
            }
            guard let template = try await ReportTemplateStore.find(report.templateID, on: db) else { throw Abort(.notFound) }
            let (document, _) = try await ReportDocument.live(report, template: template.template, council: council,
                                                              today: today, on: db)
            return ReportDownload(report: report, published: false, document: reveal ? document.revealingExempt() : document,
                                  differsByReader: document.hasExempt)
        }
    }
}

/// A report's document, as its downloads render it.
struct ReportDownload: Sendable {
    var report: Report
    var published: Bool
    var document: Document
    /// Whether it holds exempt material, so that readers with and without Part II access get
    /// different files: never to be kept by a shared cache.
    var differsByReader: Bool

    static let exempt = Abort(.forbidden, reason: "This report is exempt from publication (Part II). Its content is available only to those with access to exempt reports.")
}
