import Fluent
import OversightDomain
import SQLKit

/// A board or committee may have its own report template: new reports to it start from that
/// template's latest version. Existing scrutiny committees take the Scrutiny committee report
/// template (migration 0029), whose header is the one their reports print; every other body keeps
/// the standard template, as before.
struct M0033_BodyReportTemplates: AsyncMigration {
    var name: String { "0033-body-report-templates" }

    func prepare(on database: any Database) async throws {
        try await database.schema(GoverningBodyModel.schema).field("report_template", .uuid).update()
        try await GoverningBodyModel.query(on: database).filter(\.$kind == BodyKind.scrutiny.rawValue)
            .set(\.$reportTemplate, to: ReportTemplateStore.scrutinyFamily).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(GoverningBodyModel.schema).deleteField("report_template").update()
    }
}
