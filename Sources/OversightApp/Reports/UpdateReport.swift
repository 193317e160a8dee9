import Fluent
import Foundation
import OversightDocuments
import OversightDomain
import OversightStore

struct UpdateReport {
    var dependencies: Dependencies

    func callAsFunction(_ report: Report, expectedVersion: Int, by actor: Actor, on db: any Database) async throws {
        guard report.status.isEditable else { throw ReportError.transitionRefused(event: .clear, from: report.status) }
        try await Audit.changing(touching: [.reports(report.councilID)], on: db, dependencies: dependencies) { change in
            try await ReportStore.update(report, expectedVersion: expectedVersion, at: dependencies.now(), on: change)
            change.audit(actor.record("report.edit", "report", id: report.id.description, after: report.title))
        }
    }
}
