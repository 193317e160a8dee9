import Fluent
import Foundation
import OversightDomain

public enum EvidenceStore {
    /// Stores a checked file with its update; call inside the update's transaction.
    public static func add(_ id: EvidenceFile.ID, to update: ActionUpdate.ID, plan: Plan.ID, fileName: String,
                           kind: EvidenceKind, bytes: [UInt8], at now: Date, on change: Change) async throws {
        let db = change.written()
        let file = EvidenceFileModel()
        file.id = id.rawValue
        file.updateID = update.rawValue
        file.planID = plan.rawValue
        file.fileName = fileName
        file.kind = kind.rawValue
        file.size = bytes.count
        file.sha256 = sha256Hex(bytes)
        file.createdAt = now
        try await file.create(on: db)
        let content = EvidenceContentModel()
        content.id = id.rawValue
        content.data = Data(bytes)
        try await content.create(on: db)
    }

    /// Every file of a plan's updates, without their bytes.
    public static func files(of plan: Plan.ID, on db: any Database) async throws -> [EvidenceFile] {
        try await EvidenceFileModel.query(on: db).filter(\.$planID == plan.rawValue).sort(\.$createdAt)
            .sort(\.$fileName).all().map { try $0.toDomain() }
    }

    /// The files of these updates only, without their bytes: what a page showing them needs.
    public static func files(of updates: [ActionUpdate.ID], on db: any Database) async throws -> [EvidenceFile] {
        guard !updates.isEmpty else { return [] }
        return try await EvidenceFileModel.query(on: db).filter(\.$updateID ~~ updates.map(\.rawValue))
            .sort(\.$createdAt).sort(\.$fileName).all().map { try $0.toDomain() }
    }

    /// A file and its bytes, within a plan, for download.
    public static func download(_ id: EvidenceFile.ID, in plan: Plan.ID,
                                on db: any Database) async throws -> (EvidenceFile, Data)? {
        guard let file = try await EvidenceFileModel.query(on: db).filter(\.$id == id.rawValue)
            .filter(\.$planID == plan.rawValue).first(),
              let content = try await EvidenceContentModel.find(id.rawValue, on: db) else { return nil }
        return (try file.toDomain(), content.data)
    }
}
