import Fluent

/// An appendix of a Part I report may be exempt (Part II): its `Exemption` as JSON, nil for an
/// appendix as public as its report (every appendix before this migration).
struct M0030_ExemptAppendices: AsyncMigration {
    var name: String { "0030-exempt-appendices" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ReportAppendixModel.schema).field("exemption", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReportAppendixModel.schema).deleteField("exemption").update()
    }
}
