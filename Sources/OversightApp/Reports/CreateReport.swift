import Fluent
import Foundation
import OversightDocuments
import OversightDomain
import OversightStore

struct CreateReport {
    var dependencies: Dependencies

    func callAsFunction(_ report: Report, by actor: Actor, on db: any Database) async throws {
        try await db.transaction { tx in
            try await ReportStore.create(report, at: dependencies.now(), on: tx)
            try await Audit.write(actor.record("report.create", "report", id: report.id.description,
                                               after: report.title), on: tx, dependencies: dependencies)
        }
    }
}
