import Fluent

/// England, statistical neighbours' and regional figures per indicator and financial year.
struct M0016_CreateBenchmarks: AsyncMigration {
    var name: String { "0016-create-benchmarks" }

    func prepare(on database: any Database) async throws {
        try await database.schema(IndicatorStore.benchmarksTable)
            .id()
            .field("indicator_id", .uuid, .required, .references(IndicatorModel.schema, "id", onDelete: .cascade))
            .field("year", .int, .required)
            .field("england", .double)
            .field("neighbours", .double)
            .field("region", .double)
            .field("source", .string)
            .unique(on: "indicator_id", "year")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(IndicatorStore.benchmarksTable).delete()
    }
}
