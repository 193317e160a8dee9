import Fluent
import Foundation
import OversightDocuments
import OversightDomain
import OversightStore

package struct AddAppendix {
    package var dependencies: Dependencies

    package init(dependencies: Dependencies) { self.dependencies = dependencies }

    package func callAsFunction(to report: Report, title: String, source: AppendixSource, exemption: Exemption? = nil,
                                bytes: [UInt8]?, by actor: Actor, on db: any Database) async throws {
        guard report.status.isEditable else { throw ReportError.transitionRefused(event: .clear, from: report.status) }
        let id = ReportAppendix.ID(dependencies.newID())
        try await Audit.changing(touching: [.reports(report.councilID)], on: db, dependencies: dependencies) { change in
            try await ReportAppendixStore.add(id, to: report.id, title: title, source: source, exemption: exemption,
                                              bytes: bytes, at: dependencies.now(), on: change)
            change.audit(actor.record("report.appendix.add", "report", id: report.id.description,
                                      after: title + (exemption.map { " (exempt, paragraph \($0.paragraph.paragraph))" } ?? "")))
        }
    }
}
