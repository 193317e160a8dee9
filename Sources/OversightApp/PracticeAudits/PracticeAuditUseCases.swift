import Fluent
import Foundation
import OversightDomain
import OversightStore

/// Recording practice audit rounds, each with its audit entry in one transaction.
struct RecordPracticeAudits {
    var dependencies: Dependencies

    func create(_ draft: AuditRoundDraft, in council: Council.ID, by actor: Actor, on db: any Database) async throws -> AuditRound.ID {
        let round = Self.round(draft, id: .init(dependencies.newID()), council: council)
        let now = dependencies.now()
        try await Audit.recording(actor.record("audit-round.create", "audit-round", id: round.id.description, after: Audit.json(round)),
                                  touching: [.practiceAudits(council)], on: db, dependencies: dependencies) { change in
            try await PracticeAuditStore.create(round, at: now, on: change)
        }
        return round.id
    }

    func update(_ round: AuditRound, with draft: AuditRoundDraft, expectedVersion: Int, by actor: Actor, on db: any Database) async throws {
        let after = Self.round(draft, id: round.id, council: round.councilID)
        let now = dependencies.now()
        try await Audit.recording(actor.record("audit-round.update", "audit-round", id: round.id.description, before: Audit.json(round),
                                               after: Audit.json(after)),
                                               touching: [.practiceAudits(round.councilID)], on: db, dependencies: dependencies) { change in
            try await PracticeAuditStore.save(after, expectedVersion: expectedVersion, at: now, on: change)
        }
    }

    static func round(_ draft: AuditRoundDraft, id: AuditRound.ID, council: Council.ID) -> AuditRound {
        AuditRound(id: id, councilID: council, month: draft.month, theme: draft.theme, casesAudited: draft.casesAudited,
                   outstanding: draft.outstanding, good: draft.good, requiresImprovement: draft.requiresImprovement,
                   inadequate: draft.inadequate)
    }
}
