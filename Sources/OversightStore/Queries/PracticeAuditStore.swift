import Fluent
import Foundation
import OversightDomain

/// Practice audit rounds of a council.
public enum PracticeAuditStore {
    /// Oldest first, then by theme.
    public static func rounds(in council: Council.ID, on db: any Database) async throws -> [AuditRound] {
        try await AuditRoundModel.query(on: db).filter(\.$councilID == council.rawValue).sort(\.$month).sort(\.$theme).all()
            .map { try $0.toDomain() }
    }

    public static func find(_ id: AuditRound.ID, in council: Council.ID, on db: any Database) async throws -> AuditRound? {
        try await AuditRoundModel.query(on: db).filter(\.$id == id.rawValue).filter(\.$councilID == council.rawValue).first()?.toDomain()
    }

    /// A second round of one theme in one month is refused as `StoreError.duplicate` on "round".
    public static func create(_ round: AuditRound, at now: Date, on change: Change) async throws {
        let db = change.written()
        let model = AuditRoundModel()
        model.id = round.id.rawValue
        model.councilID = round.councilID.rawValue
        fill(model, from: round)
        try await translatingConstraintFailures(field: "round") { try await model.createFirstVersion(at: now, on: db) }
    }

    public static func save(_ round: AuditRound, expectedVersion: Int, at now: Date, on change: Change) async throws {
        try await VersionedUpdate.apply(AuditRoundModel.self, id: round.id.rawValue, expectedVersion: expectedVersion, at: now,
                                        on: change) { fill($0, from: round) }
    }

    private static func fill(_ model: AuditRoundModel, from round: AuditRound) {
        model.month = round.month.iso
        model.theme = round.theme
        model.casesAudited = round.casesAudited
        model.outstanding = round.outstanding
        model.good = round.good
        model.requiresImprovement = round.requiresImprovement
        model.inadequate = round.inadequate
    }
}
