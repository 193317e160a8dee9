import Fluent
import Foundation
import OversightDomain
import SQLKit

/// Consultations, approved versions and milestones: the records a plan gathers as it moves on.
public enum PlanRecordStore {
    // MARK: Consultations

    public static func consultations(of plan: Plan.ID, on db: any Database) async throws -> [Consultation] {
        try await ConsultationModel.query(on: db).filter(\.$plan.$id == plan.rawValue).sort(\.$date).sort(\.$createdAt)
            .all().map { try $0.toDomain() }
    }

    public static func addConsultation(_ consultation: Consultation, at now: Date, on change: Change) async throws {
        let db = change.written()
        let model = ConsultationModel()
        model.id = consultation.id.rawValue
        model.$plan.id = consultation.planID.rawValue
        model.consulted = consultation.consulted
        model.date = consultation.date.iso
        model.feedback = consultation.feedback
        model.response = consultation.response
        model.createdAt = now
        try await model.create(on: db)
    }

    // MARK: Approved versions

    /// The snapshot's stored form: sorted keys, so that the same content always gives the same bytes.
    static func canonical(_ snapshot: PlanSnapshot) throws -> String { try canonicalJSON(snapshot) }

    /// Freezes the plan's content as its next version. Versions are only ever added.
    @discardableResult
    public static func recordVersion(id: PlanVersion.ID, of plan: Plan.ID, approval: PlanApproval,
                                     snapshot: PlanSnapshot, by author: String, at now: Date,
                                     on change: Change) async throws -> Int {
        let db = change.written()
        let previous = try await PlanVersionModel.query(on: db).filter(\.$plan.$id == plan.rawValue).max(\.$number)
        let text = try canonical(snapshot)
        let model = PlanVersionModel()
        model.id = id.rawValue
        model.$plan.id = plan.rawValue
        model.number = (previous ?? 0) + 1
        model.approvingBody = approval.body
        model.meetingDate = approval.meetingDate.iso
        model.decision = approval.decision
        model.snapshot = text
        model.checksum = sha256Hex(text)
        model.recordedBy = author
        model.recordedAt = now
        try await translatingConstraintFailures(field: "version") { try await model.create(on: db) }
        return model.number
    }

    /// Each version's number and approval, without reading or checking its snapshot: what a plan's
    /// page lists on every view.
    public static func approvals(of plan: Plan.ID, on db: any Database) async throws -> [(number: Int, approval: PlanApproval)] {
        try await PlanVersionModel.query(on: db).filter(\.$plan.$id == plan.rawValue).sort(\.$number)
            .field(\.$number).field(\.$approvingBody).field(\.$meetingDate).field(\.$decision).all()
            .map { model in
                guard let meeting = CalendarDate(iso: model.meetingDate) else {
                    throw StoreError.corrupt("plan version \(model.number) is unreadable")
                }
                return (model.number, PlanApproval(body: model.approvingBody, meetingDate: meeting, decision: model.decision))
            }
    }

    public static func versions(of plan: Plan.ID, on db: any Database) async throws -> [PlanVersion] {
        try await PlanVersionModel.query(on: db).filter(\.$plan.$id == plan.rawValue).sort(\.$number).all()
            .map(version)
    }

    public static func version(_ number: Int, of plan: Plan.ID, on db: any Database) async throws -> PlanVersion? {
        try await PlanVersionModel.query(on: db).filter(\.$plan.$id == plan.rawValue).filter(\.$number == number)
            .first().map(version)
    }

    private static func version(_ model: PlanVersionModel) throws -> PlanVersion {
        guard let id = model.id, let meeting = CalendarDate(iso: model.meetingDate),
              let snapshot = try? JSONDecoder().decode(PlanSnapshot.self, from: Data(model.snapshot.utf8)) else {
            throw StoreError.corrupt("plan version \(model.number) is unreadable")
        }
        return PlanVersion(
            id: .init(id), planID: .init(model.$plan.id), number: model.number,
            approval: PlanApproval(body: model.approvingBody, meetingDate: meeting, decision: model.decision),
            snapshot: snapshot, checksum: model.checksum, isIntact: sha256Hex(model.snapshot) == model.checksum,
            recordedBy: model.recordedBy, recordedAt: model.recordedAt)
    }

    // MARK: Milestones

    public static func milestones(of action: PlanAction.ID, on db: any Database) async throws -> [Milestone] {
        try await MilestoneModel.query(on: db).filter(\.$action.$id == action.rawValue).sort(\.$dueDate)
            .sort(\.$createdAt).all().map { try $0.toDomain() }
    }

    public static func addMilestone(_ milestone: Milestone, at now: Date, on change: Change) async throws {
        let db = change.written()
        let model = MilestoneModel()
        model.id = milestone.id.rawValue
        model.$action.id = milestone.actionID.rawValue
        model.title = milestone.title
        model.dueDate = milestone.dueDate.iso
        model.metDate = milestone.metDate?.iso
        try await model.createFirstVersion(at: now, on: db)
    }

    /// Records the day a milestone was met (or clears it), if nobody has changed it meanwhile.
    public static func setMet(_ id: Milestone.ID, on day: CalendarDate?, expectedVersion: Int, at now: Date,
                              on change: Change) async throws {
        try await VersionedUpdate.apply(MilestoneModel.self, id: id.rawValue, expectedVersion: expectedVersion, at: now,
                                        on: change) { $0.metDate = day?.iso }
    }

    // MARK: Succession

    /// Sets the final status of actions when their plan closes.
    public static func setFinalStatus(_ status: ActionStatus, reason: String?, of actions: [PlanAction.ID], at now: Date,
                                      on change: Change) async throws {
        let db = change.written()
        guard !actions.isEmpty else { return }
        guard let sql = db as? any SQLDatabase else { throw StoreError.corrupt("database without SQL support") }
        // The version moves on too, so an edit form opened before the close cannot overwrite the final status.
        var update = sql.update(PlanActionModel.schema)
            .set("status", to: status.rawValue)
            .set("updated_at", to: now)
            .set(SQLIdentifier("version"), to: SQLBinaryExpression(SQLIdentifier("version"), .add, SQLLiteral.numeric("1")))
        if let reason { update = update.set("withdrawal_reason", to: reason) }
        try await update.where("id", .in, actions.map(\.rawValue)).run()
    }

    /// The actions of later plans that carry these forward, by the action they carry.
    public static func successors(of actions: [PlanAction.ID], on db: any Database)
        async throws -> [PlanAction.ID: (plan: Plan.ID, action: PlanAction.ID, reference: String)] {
        guard !actions.isEmpty else { return [:] }
        let models = try await PlanActionModel.query(on: db).filter(\.$carriedFromID ~~ actions.map(\.rawValue)).all()
        var found: [PlanAction.ID: (plan: Plan.ID, action: PlanAction.ID, reference: String)] = [:]
        for model in models {
            guard let id = model.id, let from = model.carriedFromID else { continue }
            found[.init(from)] = (.init(model.planID), .init(id), model.reference)
        }
        return found
    }

    /// An action anywhere, with its plan: to follow a carried-forward action back to its origin.
    public static func origin(of action: PlanAction.ID, on db: any Database)
        async throws -> (plan: Plan, reference: String, action: PlanAction.ID)? {
        guard let model = try await PlanActionModel.find(action.rawValue, on: db),
              let plan = try await PlanModel.find(model.planID, on: db) else { return nil }
        return (try plan.toDomain(), model.reference, action)
    }
}
