import Fluent

/// Self-assessments: their sections (one per area and question), the council's own grade for each
/// area, the evidence each section cites, and the frozen document of a submitted one.
struct M0022_CreateSelfAssessments: AsyncMigration {
    var name: String { "0022-create-self-assessments" }

    func prepare(on database: any Database) async throws {
        try await database.schema(SelfAssessmentModel.schema)
            .id()
            .field("council_id", .uuid, .required, .references(CouncilModel.schema, "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("purpose", .string, .required)
            .field("period_from", .string, .required)
            .field("period_to", .string, .required)
            .field("author_id", .uuid, .required, .references(PersonModel.schema, "id"))
            .field("status", .string, .required)
            .field("structure", .string, .required)
            .field("agreed_on", .string)
            .field("submitted_on", .string)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await database.schema(AssessmentSectionModel.schema)
            .id()
            .field("assessment_id", .uuid, .required, .references(SelfAssessmentModel.schema, "id", onDelete: .cascade))
            .field("area", .int, .required)
            .field("question", .int, .required)
            .field("text", .string, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "assessment_id", "area", "question")
            .create()
        try await database.schema(AreaJudgementModel.schema)
            .id()
            .field("assessment_id", .uuid, .required, .references(SelfAssessmentModel.schema, "id", onDelete: .cascade))
            .field("area", .int, .required)
            .field("grade", .string, .required)
            .field("reasons", .string, .required)
            .unique(on: "assessment_id", "area")
            .create()
        try await database.schema(EvidenceLinkModel.schema)
            .id()
            .field("section_id", .uuid, .required, .references(AssessmentSectionModel.schema, "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("target_id", .string, .required)
            .field("note", .string)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(AssessmentSubmissionModel.schema)
            .id()
            .field("document", .string, .required)
            .field("checksum", .string, .required)
            .field("submitted_at", .datetime, .required)
            .foreignKey("id", references: SelfAssessmentModel.schema, "id", onDelete: .cascade)
            .create()
    }

    func revert(on database: any Database) async throws {
        for schema in [AssessmentSubmissionModel.schema, EvidenceLinkModel.schema, AreaJudgementModel.schema, AssessmentSectionModel.schema,
                       SelfAssessmentModel.schema] {
            try await database.schema(schema).delete()
        }
    }
}
