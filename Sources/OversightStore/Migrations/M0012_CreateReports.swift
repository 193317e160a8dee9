import Fluent

/// Committee reports: templates (versioned), reports, appendices and their files, the frozen
/// publications, and the administrator's changes to the bank holidays that set deadlines.
struct M0012_CreateReports: AsyncMigration {
    var name: String { "0012-create-reports" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ReportTemplateModel.schema)
            .id()
            .field("family_id", .uuid, .required)
            .field("name", .string, .required)
            .field("version", .int, .required)
            .field("definition", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "family_id", "version")
            .create()
        try await database.schema(ReportModel.schema)
            .id()
            .field("council_id", .uuid, .required, .references(CouncilModel.schema, "id", onDelete: .cascade))
            .field("template_id", .uuid, .required, .references(ReportTemplateModel.schema, "id", onDelete: .restrict))
            .field("body", .string, .required)
            .field("meeting_date", .string, .required)
            .field("part", .string, .required)
            .field("title", .string, .required)
            .field("content", .string, .required)
            .field("status", .string, .required)
            .field("supersedes_id", .uuid, .references(ReportModel.schema, "id", onDelete: .restrict))
            .field("cleared_by", .string)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await database.schema(ReportAppendixModel.schema)
            .id()
            .field("report_id", .uuid, .required, .references(ReportModel.schema, "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("title", .string, .required)
            .field("source", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(ReportAppendixFileModel.schema)
            .id()
            .field("data", .data, .required)
            .field("sha256", .string, .required)
            .create()
        try await database.schema(ReportPublicationModel.schema)
            .id()
            .field("published_on", .string, .required)
            .field("published_by", .string, .required)
            .field("late_reason", .string)
            .field("document", .string, .required)
            .field("checksum", .string, .required)
            .field("published_at", .datetime, .required)
            .foreignKey("id", references: ReportModel.schema, "id", onDelete: .restrict)
            .create()
        try await database.schema(BankHolidayChangeModel.schema)
            .id()
            .field("date", .string, .required)
            .field("title", .string, .required)
            .field("change", .string, .required)
            .field("recorded_by", .string, .required)
            .field("recorded_at", .datetime, .required)
            .unique(on: "date")
            .create()
    }

    func revert(on database: any Database) async throws {
        for schema in [BankHolidayChangeModel.schema, ReportPublicationModel.schema, ReportAppendixFileModel.schema,
                       ReportAppendixModel.schema, ReportModel.schema, ReportTemplateModel.schema] {
            try await database.schema(schema).delete()
        }
    }
}
