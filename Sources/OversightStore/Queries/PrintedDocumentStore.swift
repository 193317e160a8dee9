import Fluent
import Foundation

/// Kept PDFs of frozen documents. Not audited: a kept copy changes nothing anyone reads, it only
/// spares Chromium from printing the same frozen page again.
public enum PrintedDocumentStore {
    public static func find(page sha256: String, on db: any Database) async throws -> Data? {
        try await PrintedDocumentModel.query(on: db).filter(\.$pageSHA256 == sha256).first()?.pdf
    }

    public static func count(on db: any Database) async throws -> Int {
        try await PrintedDocumentModel.query(on: db).count()
    }

    /// Keeps a copy; another instance keeping the same page at the same moment is no error.
    public static func keep(_ pdf: Data, page sha256: String, at now: Date, id: UUID, on housekeeping: Housekeeping) async throws {
        let db = housekeeping.db
        let model = PrintedDocumentModel()
        model.id = id
        model.pageSHA256 = sha256
        model.pdf = pdf
        model.printedAt = now
        do {
            try await model.create(on: db)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            return
        }
    }
}
