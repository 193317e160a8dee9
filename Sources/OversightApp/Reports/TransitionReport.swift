import Fluent
import Foundation
import OversightDocuments
import OversightDomain
import OversightStore

/// Clearing (a senior leader's sign-off) and returning to draft. Clearing checks the report is
/// complete; publishing is `PublishReport`, because it freezes the document.
package struct TransitionReport {
    package var dependencies: Dependencies

    package init(dependencies: Dependencies) { self.dependencies = dependencies }

    package func callAsFunction(_ report: Report, event: ReportEvent, template: ReportTemplate, expectedVersion: Int,
                                by actor: Actor, on db: any Database) async throws {
        guard event == .clear || event == .returnToDraft, let next = event.apply(to: report.status) else {
            throw ReportError.transitionRefused(event: event, from: report.status)
        }
        if event == .clear {
            var problems = report.problemsBeforeClearance(template: template)
            if report.supersedesID != nil && report.correction == nil {
                problems.append("Say what this corrected report changes")
            }
            guard problems.isEmpty else { throw ReportError.notReady(problems) }
        }
        try await Audit.changing(touching: [.reports(report.councilID)], on: db, dependencies: dependencies) { change in
            try await ReportStore.setStatus(report.id, to: next, clearedBy: event == .clear ? actor.label : nil,
                                            expectedVersion: expectedVersion, at: dependencies.now(), on: change)
            change.audit(actor.record("report.\(event.rawValue)", "report", id: report.id.description,
                                      before: report.status.rawValue, after: next.rawValue))
        }
    }
}
