import Fluent
import Foundation

/// A kept PDF of a frozen document; see `M0025_CreatePrintedDocuments`.
public final class PrintedDocumentModel: Model, @unchecked Sendable {
    public static let schema = "printed_documents"

    @ID(key: .id) public var id: UUID?
    @Field(key: "page_sha256") var pageSHA256: String
    @Field(key: "pdf") var pdf: Data
    @Field(key: "printed_at") var printedAt: Date

    public init() {}
}
