import Fluent
import Foundation
import OversightDomain
import SQLKit

/// A report in a list: enough to print a row without reading its content.
public struct ReportSummary: Sendable, Equatable {
    public var id: Report.ID
    public var title: String
    public var body: ReportCommittee
    public var meetingDate: CalendarDate
    public var part: ReportPart
    public var status: ReportStatus

    public init(id: Report.ID, title: String, body: ReportCommittee, meetingDate: CalendarDate, part: ReportPart,
                status: ReportStatus) {
        self.id = id
        self.title = title
        self.body = body
        self.meetingDate = meetingDate
        self.part = part
        self.status = status
    }
}

/// Reports and their appendices. Every read is scoped by council; Part II is the caller's to
/// check with `Report.isExempt` before showing more than a title.
public enum ReportStore {
    /// The parts of a report that are stored as one JSON column.
    struct Content: Codable {
        var reportOf: String
        var areas: ReportAreas
        var contact: ReportContact
        var sections: [String: String]
        var implications: [Implication]
        var backgroundPapers: [BackgroundPaper]
        var exemption: Exemption?
        var keyDecision: KeyDecision?
        var correction: String?

        init(_ report: Report) {
            reportOf = report.reportOf
            areas = report.areas
            contact = report.contact
            sections = report.sections
            implications = report.implications
            backgroundPapers = report.backgroundPapers
            exemption = report.exemption
            keyDecision = report.keyDecision
            correction = report.correction
        }

        func encoded() throws -> String { try canonicalJSON(self) }
    }

    public static func create(_ report: Report, at now: Date, on change: Change) async throws {
        let db = change.written()
        let model = ReportModel()
        model.id = report.id.rawValue
        model.councilID = report.councilID.rawValue
        model.templateID = report.templateID.rawValue
        try fill(model, from: report)
        model.status = report.status.rawValue
        model.supersedesID = report.supersedesID?.rawValue
        try await model.createFirstVersion(at: now, on: db)
    }

    /// Saves a draft's edits; a stale version is `StoreError.staleEdit`.
    public static func update(_ report: Report, expectedVersion: Int, at now: Date, on change: Change) async throws {
        try await VersionedUpdate.apply(ReportModel.self, id: report.id.rawValue, expectedVersion: expectedVersion, at: now,
                                        on: change) { try fill($0, from: report) }
    }

    public static func setStatus(_ id: Report.ID, to status: ReportStatus, clearedBy: String?, expectedVersion: Int,
                                 at now: Date, on change: Change) async throws {
        try await VersionedUpdate.apply(ReportModel.self, id: id.rawValue, expectedVersion: expectedVersion, at: now,
                                        on: change) { report in
            report.status = status.rawValue
            if status == .cleared || status == .draft { report.clearedBy = clearedBy }
        }
    }

    public static func find(_ id: Report.ID, in council: Council.ID, on db: any Database) async throws -> (Report, clearedBy: String?)? {
        guard let model = try await ReportModel.query(on: db).filter(\.$id == id.rawValue)
            .filter(\.$councilID == council.rawValue).first() else { return nil }
        return (try report(model, committees: try await committees(in: council, on: db)), model.clearedBy)
    }

    /// The council's reports, newest meeting first.
    public static func list(in council: Council.ID, publishedOnly: Bool, on db: any Database) async throws -> [ReportSummary] {
        var query = ReportModel.query(on: db).filter(\.$councilID == council.rawValue)
        if publishedOnly {
            query = query.filter(\.$status ~~ [ReportStatus.published.rawValue, ReportStatus.superseded.rawValue])
        }
        let committees = try await committees(in: council, on: db)
        return try await query.sort(\.$meetingDate, .descending).sort(\.$title)
            .field(\.$id).field(\.$title).field(\.$bodyID).field(\.$meetingDate).field(\.$part).field(\.$status)
            .all().map { model in
                guard let id = model.id, let body = model.bodyID.flatMap({ committees[$0] }),
                      let meeting = CalendarDate(iso: model.meetingDate), let part = ReportPart(rawValue: model.part),
                      let status = ReportStatus(rawValue: model.status) else {
                    throw StoreError.corrupt("report \(model.title) is unreadable")
                }
                return ReportSummary(id: .init(id), title: model.title, body: body, meetingDate: meeting, part: part,
                                     status: status)
            }
    }

    /// The corrected report that supersedes this one, published or still a draft.
    public static func correction(of id: Report.ID, on db: any Database) async throws -> ReportSummary? {
        guard let model = try await ReportModel.query(on: db).filter(\.$supersedesID == id.rawValue).first() else { return nil }
        let report = try report(model, committees: try await committees(in: .init(model.councilID), on: db))
        return ReportSummary(id: report.id, title: report.title, body: report.body, meetingDate: report.meetingDate,
                             part: report.part, status: report.status)
    }

    /// The council's bodies as reports name them: a handful of rows, read with the reports so
    /// that a renamed committee is named afresh on every draft (a published report keeps its
    /// frozen text).
    static func committees(in council: Council.ID, on db: any Database) async throws -> [UUID: ReportCommittee] {
        var named: [UUID: ReportCommittee] = [:]
        for body in try await BodyStore.all(in: council, on: db) { named[body.id.rawValue] = ReportCommittee(body) }
        return named
    }

    static func report(_ model: ReportModel, committees: [UUID: ReportCommittee]) throws -> Report {
        guard let id = model.id, let body = model.bodyID.flatMap({ committees[$0] }),
              let meeting = CalendarDate(iso: model.meetingDate), let part = ReportPart(rawValue: model.part),
              let status = ReportStatus(rawValue: model.status),
              let content = try? JSONDecoder().decode(Content.self, from: Data(model.content.utf8)) else {
            throw StoreError.corrupt("report \(model.id?.uuidString ?? "") is unreadable")
        }
        return Report(id: .init(id), councilID: .init(model.councilID), templateID: .init(model.templateID), body: body,
                      meetingDate: meeting, reportOf: content.reportOf, part: part, areas: content.areas,
                      title: model.title, contact: content.contact, sections: content.sections,
                      implications: content.implications, backgroundPapers: content.backgroundPapers,
                      exemption: content.exemption, keyDecision: content.keyDecision, status: status,
                      version: model.version, supersedesID: model.supersedesID.map { .init($0) },
                      correction: content.correction)
    }

    private static func fill(_ model: ReportModel, from report: Report) throws {
        model.body = report.body.kind.rawValue
        model.bodyID = report.body.id.rawValue
        model.meetingDate = report.meetingDate.iso
        model.part = report.part.rawValue
        model.title = report.title
        model.content = try Content(report).encoded()
    }
}
