import Fluent

/// The board pack of a meeting, frozen when its agenda is published: the public (Part I) version
/// and the full one, each as the document JSON it is rendered from, with a checksum of each.
struct M0019_CreateBoardPacks: AsyncMigration {
    var name: String { "0019-create-board-packs" }

    func prepare(on database: any Database) async throws {
        try await database.schema(BoardPackModel.schema)
            .id()
            .field("built_on", .string, .required)
            .field("built_by", .string, .required)
            .field("part_one", .string, .required)
            .field("full", .string, .required)
            .field("checksum", .string, .required)
            .field("built_at", .datetime, .required)
            // One pack per meeting, kept as long as the meeting is.
            .foreignKey("id", references: MeetingModel.schema, "id", onDelete: .cascade)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(BoardPackModel.schema).delete()
    }
}
