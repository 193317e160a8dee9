import Fluent
import Foundation
import OversightDomain

public struct BodyDraft: Equatable, Sendable {
    public var name: String
    public var kind: BodyKind
    public var termsOfReference: String
    public var quorum: Int
    public var reportTemplate: UUID?

    public init(name: String, kind: BodyKind, termsOfReference: String, quorum: Int, reportTemplate: UUID? = nil) {
        self.name = name
        self.kind = kind
        self.termsOfReference = termsOfReference
        self.quorum = quorum
        self.reportTemplate = reportTemplate
    }
}

/// Boards and committees and who sits on them. Every read is scoped by council.
public enum BodyStore {
    public static func all(in council: Council.ID, on db: any Database) async throws -> [GoverningBody] {
        try await GoverningBodyModel.query(on: db).filter(\.$councilID == council.rawValue).sort(\.$name).all()
            .map { try $0.toDomain() }
    }

    public static func find(_ id: GoverningBody.ID, in council: Council.ID, on db: any Database) async throws -> GoverningBody? {
        try await GoverningBodyModel.query(on: db).filter(\.$id == id.rawValue).filter(\.$councilID == council.rawValue)
            .first()?.toDomain()
    }

    public static func create(_ draft: BodyDraft, id: GoverningBody.ID, in council: Council.ID, at now: Date,
                              on change: Change) async throws {
        let db = change.written()
        let model = GoverningBodyModel()
        model.id = id.rawValue
        model.councilID = council.rawValue
        fill(model, from: draft)
        try await translatingConstraintFailures(field: "name") { try await model.createFirstVersion(at: now, on: db) }
    }

    public static func update(_ id: GoverningBody.ID, with draft: BodyDraft, expectedVersion: Int, at now: Date,
                              on change: Change) async throws {
        try await translatingConstraintFailures(field: "name") {
            try await VersionedUpdate.apply(GoverningBodyModel.self, id: id.rawValue, expectedVersion: expectedVersion, at: now,
                                    on: change) { fill($0, from: draft) }
        }
    }

    /// Every seat ever held on the body, current ones first, then by role and start.
    public static func members(of body: GoverningBody.ID, on db: any Database) async throws -> [Membership] {
        try await MembershipModel.query(on: db).filter(\.$bodyID == body.rawValue).sort(\.$from).all().map { try $0.toDomain() }
    }

    public static func addMember(_ membership: Membership, on change: Change) async throws {
        let db = change.written()
        let model = MembershipModel()
        model.id = membership.id.rawValue
        model.bodyID = membership.bodyID.rawValue
        model.personID = membership.personID.rawValue
        model.role = membership.role.rawValue
        model.from = membership.from.iso
        model.until = membership.until?.iso
        try await model.create(on: db)
    }

    public static func endMembership(_ id: Membership.ID, of body: GoverningBody.ID, on date: CalendarDate,
                                     on change: Change) async throws {
        let db = change.written()
        guard let model = try await MembershipModel.query(on: db).filter(\.$id == id.rawValue)
            .filter(\.$bodyID == body.rawValue).first() else { throw StoreError.notFound }
        model.until = date.iso
        try await model.update(on: db)
    }

    private static func fill(_ model: GoverningBodyModel, from draft: BodyDraft) {
        model.name = draft.name
        model.kind = draft.kind.rawValue
        model.terms = draft.termsOfReference
        model.quorum = draft.quorum
        model.reportTemplate = draft.reportTemplate
    }
}
