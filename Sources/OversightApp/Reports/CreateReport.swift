import Fluent
import Foundation
import OversightDocuments
import OversightDomain
import OversightStore

package struct CreateReport {
    package var dependencies: Dependencies

    package init(dependencies: Dependencies) { self.dependencies = dependencies }

    package func callAsFunction(_ report: Report, by actor: Actor, on db: any Database) async throws {
        try await Audit.changing(touching: [.reports(report.councilID)], on: db, dependencies: dependencies) { change in
            try await ReportStore.create(report, at: dependencies.now(), on: change)
            change.audit(actor.record("report.create", "report", id: report.id.description,
                                      after: report.title))
        }
    }
}
