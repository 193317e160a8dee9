import Fluent

/// One-time links to set a password: an invitation to a new user, or a reset an administrator
/// sends. Only a hash of the link's secret is kept; a link is used once and lapses after 72 hours.
struct M0035_CreatePasswordLinks: AsyncMigration {
    var name: String { "0035-create-password-links" }

    func prepare(on database: any Database) async throws {
        try await database.schema(PasswordLinkModel.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("purpose", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PasswordLinkModel.schema).delete()
    }
}
