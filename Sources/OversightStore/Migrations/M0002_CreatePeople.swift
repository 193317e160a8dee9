import Fluent

struct M0002_CreatePeople: AsyncMigration {
    var name: String { "0002-create-people" }

    func prepare(on database: any Database) async throws {
        try await database.schema(PersonModel.schema)
            .id()
            .field("council_id", .uuid, .required, .references(CouncilModel.schema, "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("job_title", .string)
            .field("telephone", .string)
            .field("email", .string)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PersonModel.schema).delete()
    }
}
