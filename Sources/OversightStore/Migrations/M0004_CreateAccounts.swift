import Fluent

/// Users, their sessions, failed sign-ins (for throttling) and API tokens.
struct M0004_CreateAccounts: AsyncMigration {
    var name: String { "0004-create-accounts" }

    func prepare(on database: any Database) async throws {
        try await database.schema(UserModel.schema)
            .id()
            .field("email", .string, .required)
            .field("display_name", .string, .required)
            .field("person_id", .uuid, .references(PersonModel.schema, "id", onDelete: .setNull))
            .field("roles", .string, .required)
            .field("password_hash", .string, .required)
            .field("active", .bool, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "email")
            .create()
        try await database.schema(SessionModel.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("csrf_token", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
        try await database.schema(SignInFailureModel.schema)
            .id()
            .field("email", .string, .required)
            .field("address", .string, .required)
            .field("at", .datetime, .required)
            .create()
        try await database.schema(APITokenModel.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("token_hash", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_used_at", .datetime)
            .field("revoked_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(APITokenModel.schema).delete()
        try await database.schema(SignInFailureModel.schema).delete()
        try await database.schema(SessionModel.schema).delete()
        try await database.schema(UserModel.schema).delete()
    }
}
