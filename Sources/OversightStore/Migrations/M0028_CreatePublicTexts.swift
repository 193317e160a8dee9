import Fluent

/// The site's own texts that an administrator may rewrite: the accessibility statement and the
/// privacy notice. One row a kind; a kind without a row shows the standard text.
struct M0028_CreatePublicTexts: AsyncMigration {
    var name: String { "0028-create-public-texts" }

    func prepare(on database: any Database) async throws {
        try await database.schema(PublicTextModel.schema)
            .id()
            .field("kind", .string, .required)
            .field("text", .string, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "kind")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PublicTextModel.schema).delete()
    }
}
