import Fluent
import Foundation
import OversightDocuments
import OversightDomain
import OversightStore

/// Starts the corrected version of a published report: a draft with the same content and
/// appendices, which says what it changes and supersedes the original when it is published.
struct DraftCorrection {
    var dependencies: Dependencies

    func callAsFunction(of report: Report, by actor: Actor, on db: any Database) async throws -> Report.ID {
        guard report.status == .published else { throw ReportError.transitionRefused(event: .supersede, from: report.status) }
        let id = Report.ID(dependencies.newID())
        var draft = report
        draft.id = id
        draft.status = .draft
        draft.version = 1
        draft.supersedesID = report.id
        draft.correction = nil
        let copy = draft
        let now = dependencies.now()
        try await Audit.changing(touching: [.reports(report.councilID)], on: db, dependencies: dependencies) { change in
            let tx = change.db
            try await ReportStore.create(copy, at: now, on: change)
            for appendix in try await ReportAppendixStore.appendices(of: report.id, on: tx) {
                let bytes = try await ReportAppendixStore.file(appendix.id, of: report.id, on: tx).map { [UInt8]($0.1) }
                try await ReportAppendixStore.add(.init(dependencies.newID()), to: id, title: appendix.title,
                                                  source: appendix.source, exemption: appendix.exemption, bytes: bytes,
                                                  at: now, on: change)
            }
            change.audit(actor.record("report.correct", "report", id: id.description,
                                      before: report.id.description, after: report.title))
        }
        return id
    }
}
