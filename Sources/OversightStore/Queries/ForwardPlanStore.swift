import Fluent
import Foundation
import OversightDomain

/// What a person writes in a forward plan entry: all of it but its identity and version.
public struct ForwardPlanDraft: Equatable, Sendable {
    public var reference: String
    public var matter: String
    public var summary: String
    public var decisionMaker: GoverningBody.ID
    public var decisionDate: CalendarDate
    public var documents: [String]
    public var reportID: Report.ID?
    public var contact: String
    public var published: CalendarDate?
    public var route: KeyDecisionRoute
    public var privateMeeting: PrivateMeetingNotice?
    public var withdrawn: String?

    public init(reference: String, matter: String, summary: String, decisionMaker: GoverningBody.ID, decisionDate: CalendarDate,
                documents: [String], reportID: Report.ID?, contact: String, published: CalendarDate?, route: KeyDecisionRoute,
                privateMeeting: PrivateMeetingNotice?, withdrawn: String?) {
        self.reference = reference
        self.matter = matter
        self.summary = summary
        self.decisionMaker = decisionMaker
        self.decisionDate = decisionDate
        self.documents = documents
        self.reportID = reportID
        self.contact = contact
        self.published = published
        self.route = route
        self.privateMeeting = privateMeeting
        self.withdrawn = withdrawn
    }

    public init(_ entry: ForwardPlanEntry) {
        self.init(reference: entry.reference, matter: entry.matter, summary: entry.summary, decisionMaker: entry.decisionMaker,
                  decisionDate: entry.decisionDate, documents: entry.documents, reportID: entry.reportID, contact: entry.contact,
                  published: entry.published, route: entry.route, privateMeeting: entry.privateMeeting, withdrawn: entry.withdrawn)
    }
}

/// The forward plan of key decisions. Every read is scoped by council.
public enum ForwardPlanStore {
    /// Every entry of the council, by decision date then reference; drafts only when asked for.
    public static func entries(in council: Council.ID, includingDrafts: Bool, on db: any Database) async throws -> [ForwardPlanEntry] {
        var query = ForwardPlanEntryModel.query(on: db).filter(\.$councilID == council.rawValue)
        if !includingDrafts { query = query.filter(\.$publishedOn != nil) }
        return try await query.sort(\.$decisionDate).sort(\.$reference).all().map { try $0.toDomain() }
    }

    public static func find(_ id: ForwardPlanEntry.ID, in council: Council.ID, on db: any Database) async throws -> ForwardPlanEntry? {
        try await ForwardPlanEntryModel.query(on: db).filter(\.$id == id.rawValue).filter(\.$councilID == council.rawValue)
            .first()?.toDomain()
    }

    /// The references the council has given in a series ("KD/2017/..."), for the next one's number.
    public static func references(in council: Council.ID, startingWith prefix: String, on db: any Database) async throws -> [String] {
        try await ForwardPlanEntryModel.query(on: db).filter(\.$councilID == council.rawValue).all(\.$reference)
            .filter { $0.hasPrefix(prefix) }
    }

    public static func create(_ draft: ForwardPlanDraft, id: ForwardPlanEntry.ID, in council: Council.ID, at now: Date,
                              on change: Change) async throws {
        let db = change.written()
        let model = ForwardPlanEntryModel()
        model.id = id.rawValue
        model.councilID = council.rawValue
        try fill(model, from: draft)
        try await translatingConstraintFailures(field: "reference") { try await model.createFirstVersion(at: now, on: db) }
    }

    public static func update(_ id: ForwardPlanEntry.ID, with draft: ForwardPlanDraft, expectedVersion: Int, at now: Date,
                              on change: Change) async throws {
        try await translatingConstraintFailures(field: "reference") {
            try await VersionedUpdate.apply(ForwardPlanEntryModel.self, id: id.rawValue, expectedVersion: expectedVersion, at: now,
                                            on: change) { try fill($0, from: draft) }
        }
    }

    private static func fill(_ model: ForwardPlanEntryModel, from draft: ForwardPlanDraft) throws {
        model.bodyID = draft.decisionMaker.rawValue
        model.reference = draft.reference
        model.matter = draft.matter
        model.decisionDate = draft.decisionDate.iso
        model.publishedOn = draft.published?.iso
        model.withdrawn = draft.withdrawn
        model.reportID = draft.reportID?.rawValue
        let details = ForwardPlanDetails(summary: draft.summary, documents: draft.documents, contact: draft.contact, route: draft.route,
                                         privateMeeting: draft.privateMeeting)
        model.details = String(decoding: try JSONEncoder().encode(details), as: UTF8.self)
    }
}
