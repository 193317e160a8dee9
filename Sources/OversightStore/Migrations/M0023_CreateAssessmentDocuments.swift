import Fluent

/// Documents uploaded as evidence for a self-assessment: kept in the database like other
/// evidence, never changed once uploaded.
struct M0023_CreateAssessmentDocuments: AsyncMigration {
    var name: String { "0023-create-assessment-documents" }

    func prepare(on database: any Database) async throws {
        try await database.schema(AssessmentDocumentModel.schema)
            .id()
            .field("assessment_id", .uuid, .required, .references(SelfAssessmentModel.schema, "id", onDelete: .cascade))
            .field("file_name", .string, .required)
            .field("kind", .string, .required)
            .field("size", .int, .required)
            .field("data", .data, .required)
            .field("sha256", .string, .required)
            .field("uploaded_by", .string, .required)
            .field("uploaded_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AssessmentDocumentModel.schema).delete()
    }
}
