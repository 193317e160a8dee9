import Fluent
import SQLKit

/// The scorecard: indicators, their values by period (one per indicator and period) and targets.
struct M0014_CreateIndicators: AsyncMigration {
    var name: String { "0014-create-indicators" }

    func prepare(on database: any Database) async throws {
        try await database.schema(IndicatorModel.schema)
            .id()
            .field("council_id", .uuid, .required, .references(CouncilModel.schema, "id", onDelete: .cascade))
            .field("code", .string, .required)
            .field("title", .string, .required)
            .field("description", .string, .required)
            .field("numerator", .string)
            .field("denominator", .string)
            .field("unit", .string, .required)
            .field("polarity", .string, .required)
            .field("frequency", .string, .required)
            .field("theme", .string, .required)
            .field("source", .string)
            .field("owner_id", .uuid, .references(PersonModel.schema, "id", onDelete: .setNull))
            .field("data_quality_note", .string)
            .field("counts_children", .bool, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "council_id", "code")
            .create()
        try await database.schema(IndicatorStore.valuesTable)
            .id()
            .field("indicator_id", .uuid, .required, .references(IndicatorModel.schema, "id", onDelete: .cascade))
            .field("period", .string, .required)
            .field("numerator", .double)
            .field("denominator", .double)
            .field("value", .double, .required)
            .field("status", .string, .required)
            .field("comment", .string)
            .field("version", .int, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "indicator_id", "period")
            .create()
        try await database.schema(IndicatorStore.targetsTable)
            .id()
            .field("indicator_id", .uuid, .required, .references(IndicatorModel.schema, "id", onDelete: .cascade))
            .field("period", .string, .required)
            .field("value", .double, .required)
            .field("tolerance", .double, .required)
            .unique(on: "indicator_id", "period")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(IndicatorStore.targetsTable).delete()
        try await database.schema(IndicatorStore.valuesTable).delete()
        try await database.schema(IndicatorModel.schema).delete()
    }
}
