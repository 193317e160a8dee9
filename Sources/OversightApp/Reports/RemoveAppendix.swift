import Fluent
import Foundation
import OversightDocuments
import OversightDomain
import OversightStore

struct RemoveAppendix {
    var dependencies: Dependencies

    func callAsFunction(_ id: ReportAppendix.ID, from report: Report, by actor: Actor, on db: any Database) async throws {
        guard report.status.isEditable else { throw ReportError.transitionRefused(event: .clear, from: report.status) }
        try await Audit.changing(touching: [.reports(report.councilID)], on: db, dependencies: dependencies) { change in
            try await ReportAppendixStore.remove(id, of: report.id, on: change)
            change.audit(actor.record("report.appendix.remove", "report", id: report.id.description,
                                      before: id.description))
        }
    }
}
