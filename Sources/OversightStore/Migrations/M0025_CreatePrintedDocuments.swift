import Fluent

/// PDFs of frozen documents (published reports, published board packs, submitted
/// self-assessments), kept once printed: keyed by the SHA-256 of the exact page Chromium printed,
/// so a copy is found only by whoever can make that page, and a frozen document is printed once.
struct M0025_CreatePrintedDocuments: AsyncMigration {
    var name: String { "0025-create-printed-documents" }

    func prepare(on database: any Database) async throws {
        try await database.schema(PrintedDocumentModel.schema)
            .id()
            .field("page_sha256", .string, .required)
            .field("pdf", .data, .required)
            .field("printed_at", .datetime, .required)
            .unique(on: "page_sha256")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PrintedDocumentModel.schema).delete()
    }
}
