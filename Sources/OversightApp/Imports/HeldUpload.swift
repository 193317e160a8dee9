import Foundation
import OversightDomain
import OversightStore
import Vapor

/// A spreadsheet given to an import page: checked first, then kept for its uploader alone until
/// they confirm, and imported in one transaction. Plans, risks and figures all come in this way.
struct HeldUpload {
    /// The name to show: the last part of what the browser sent, never a path.
    var fileName: String
    var bytes: [UInt8]

    /// The uploaded file, or nil when none was chosen or it is empty.
    init?(_ file: File?) {
        guard let file, !file.filename.isEmpty, file.data.readableBytes > 0 else { return nil }
        self.init(fileName: EvidenceRules.displayName(file.filename), bytes: Array(file.data.readableBytesView))
    }

    init(fileName: String, bytes: [UInt8]) {
        self.fileName = fileName
        self.bytes = bytes
    }

    /// Keeps the file until its uploader confirms; the id is what the confirmation's address names.
    func hold(in council: Council.ID, for user: User.ID, on req: Request) async throws -> UUID {
        let id = req.dependencies.newID(), now = req.dependencies.now()
        let fileName = fileName, bytes = bytes
        try await UnitOfWork.housekeeping(.heldUpload, on: req.db) { housekeeping in
            try await PendingImportStore.add(id, council: council, user: user, fileName: fileName, bytes: bytes,
                                             at: now, on: housekeeping)
        }
        return id
    }
}
