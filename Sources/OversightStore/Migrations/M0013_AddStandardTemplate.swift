import Fluent
import Foundation
import OversightDomain

/// The template of the reference reports, as version 1 of the standard family, so that the
/// first report a council drafts has a template to use. Its ids are fixed: every installation
/// can name it.
struct M0013_AddStandardTemplate: AsyncMigration {
    var name: String { "0013-add-standard-report-template" }

    func prepare(on database: any Database) async throws {
        try await UnitOfWork.migrating(on: database) { change in
            try await ReportTemplateStore.add(.standard, id: ReportTemplateStore.standardID,
                                              family: ReportTemplateStore.standardFamily, by: "Oversight",
                                              at: Date(timeIntervalSince1970: 0), on: change)
        }
    }

    func revert(on database: any Database) async throws {
        try await ReportTemplateModel.query(on: database).filter(\.$id == ReportTemplateStore.standardID.rawValue).delete()
    }
}
