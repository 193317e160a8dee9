import Fluent
import Foundation
import OversightDomain
import OversightStore

/// Boards and committees and their members, each change audited in its own transaction.
struct ManageBodies {
    var dependencies: Dependencies

    func create(_ draft: BodyDraft, in council: Council.ID, by actor: Actor, on db: any Database) async throws -> GoverningBody.ID {
        let id = GoverningBody.ID(dependencies.newID())
        let now = dependencies.now()
        try await audited("body.create", id.description, in: council, after: Audit.json(draft.name), by: actor, on: db) { change in
            try await BodyStore.create(draft, id: id, in: council, at: now, on: change)
        }
        return id
    }

    func update(_ body: GoverningBody, with draft: BodyDraft, expectedVersion: Int, by actor: Actor, on db: any Database) async throws {
        let now = dependencies.now()
        // Reports name their committee as it is named now, so a renamed body changes their pages too.
        try await audited("body.update", body.id.description, in: body.councilID, before: Audit.json(body), after: Audit.json(draft.name),
                          alsoTouching: [.reports(body.councilID)], by: actor, on: db) { change in
            try await BodyStore.update(body.id, with: draft, expectedVersion: expectedVersion, at: now, on: change)
        }
    }

    func addMember(_ person: Person.ID, role: MemberRole, from: CalendarDate, to body: GoverningBody, by actor: Actor,
                   on db: any Database) async throws {
        let membership = Membership(id: .init(dependencies.newID()), bodyID: body.id, personID: person, role: role, from: from)
        try await audited("body.member.add", body.id.description, in: body.councilID, after: Audit.json(membership), by: actor, on: db) { change in
            let tx = change.db
            // One seat at a time: a second open membership would count the person twice for the quorum.
            if let seat = try await BodyStore.members(of: body.id, on: tx).first(where: { $0.personID == person && $0.until == nil }) {
                throw MembershipError.memberAlready(since: seat.from)
            }
            try await BodyStore.addMember(membership, on: change)
        }
    }

    /// Refused with `MembershipError` when the last day comes before the first.
    func endMembership(_ membership: Membership, of body: GoverningBody, on date: CalendarDate, by actor: Actor,
                       on db: any Database) async throws {
        guard date >= membership.from else { throw MembershipError.endsBeforeItBegan(membership.from) }
        try await audited("body.member.end", membership.bodyID.description, in: body.councilID, before: Audit.json(membership), after: date.iso,
                          by: actor, on: db) { change in
            try await BodyStore.endMembership(membership.id, of: membership.bodyID, on: date, on: change)
        }
    }

    private func audited(_ action: String, _ id: String, in council: Council.ID, before: String? = nil, after: String? = nil,
                         alsoTouching: Set<Touched> = [], by actor: Actor,
                         on db: any Database, _ change: @escaping @Sendable (Change) async throws -> Void) async throws {
        try await Audit.recording(actor.record(action, "body", id: id, before: before, after: after),
                                  touching: alsoTouching.union([.meetings(council)]), on: db,
                                  dependencies: dependencies, change)
    }
}
