import Fluent
import Foundation
import OversightDocuments
import OversightDomain
import OversightStore

/// Publishes a cleared report: the report and its appendices are built once more, from the data
/// as it stands, and frozen with a checksum in the same transaction that marks it published. A
/// corrected report supersedes the one it corrects.
package struct PublishReport {
    package var dependencies: Dependencies

    package init(dependencies: Dependencies) { self.dependencies = dependencies }

    @discardableResult
    package func callAsFunction(_ report: Report, template: ReportTemplate, council: Council, publishedOn: CalendarDate,
                                lateReason: String?, rules: PublicationRules, expectedVersion: Int, by actor: Actor,
                                on db: any Database) async throws -> ReportPublication {
        guard let next = ReportEvent.publish.apply(to: report.status) else {
            throw ReportError.transitionRefused(event: .publish, from: report.status)
        }
        if rules.isLate(published: publishedOn, meeting: report.meetingDate) && lateReason == nil {
            throw ReportError.lateWithoutReason
        }
        return try await Audit.changing(touching: [.reports(report.councilID)], on: db, dependencies: dependencies) { change in
            let tx = change.db
            let (document, previous) = try await ReportDocument.live(report, template: template, council: council,
                                                                     today: publishedOn, on: tx)
            try await ReportStore.setStatus(report.id, to: next, clearedBy: nil, expectedVersion: expectedVersion,
                                            at: dependencies.now(), on: change)
            let publication = try await ReportPublicationStore.record(
                report.id, publishedOn: publishedOn, by: actor.label, lateReason: lateReason,
                document: try ReportDocument.canonical(document), at: dependencies.now(), on: change)
            if let previous, previous.status == .published {
                try await ReportStore.setStatus(previous.id, to: .superseded, clearedBy: nil,
                                                expectedVersion: previous.version, at: dependencies.now(), on: change)
            }
            change.audit(actor.record("report.publish", "report", id: report.id.description,
                                      before: report.status.rawValue,
                                      after: "published on \(publishedOn.iso), checksum \(publication.checksum)"
                                          + (lateReason.map { "; late: \($0)" } ?? "")))
            return publication
        }
    }
}
