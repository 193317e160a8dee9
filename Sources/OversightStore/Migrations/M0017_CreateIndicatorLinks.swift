import Fluent

/// Which plan actions aim to move which indicators, and each council's comparators: its region
/// and its ten statistical neighbours, named so a reader knows whose average "neighbours" is.
struct M0017_CreateIndicatorLinks: AsyncMigration {
    var name: String { "0017-create-indicator-links" }

    func prepare(on database: any Database) async throws {
        try await database.schema(IndicatorStore.actionsTable)
            .field("indicator_id", .uuid, .required, .references(IndicatorModel.schema, "id", onDelete: .cascade))
            .field("action_id", .uuid, .required, .references(PlanActionModel.schema, "id", onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .unique(on: "indicator_id", "action_id")
            .create()
        try await database.schema(ComparatorStore.table)
            .field("council_id", .uuid, .required, .references(CouncilModel.schema, "id", onDelete: .cascade))
            .field("region", .string)
            // One neighbour per line, in the council's order.
            .field("neighbours", .string, .required)
            .field("version", .int, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "council_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ComparatorStore.table).delete()
        try await database.schema(IndicatorStore.actionsTable).delete()
    }
}
