import Fluent
import Foundation
import OversightDomain

public struct InspectionDraft: Equatable, Sendable, Codable {
    public var kind: InspectionKind
    public var inspectorate: String
    public var framework: Framework
    public var startDate: CalendarDate
    public var endDate: CalendarDate?
    public var publishedDate: CalendarDate?
    public var reportURL: String?

    public init(kind: InspectionKind, inspectorate: String, framework: Framework, startDate: CalendarDate,
                endDate: CalendarDate?, publishedDate: CalendarDate?, reportURL: String?) {
        self.kind = kind
        self.inspectorate = inspectorate
        self.framework = framework
        self.startDate = startDate
        self.endDate = endDate
        self.publishedDate = publishedDate
        self.reportURL = reportURL
    }
}

/// An inspection with everything it found, read in one query with eager loading.
public struct InspectionRecord: Equatable, Sendable {
    public var inspection: Inspection
    public var judgements: [Judgement]
    public var recommendations: [Recommendation]

    public init(inspection: Inspection, judgements: [Judgement], recommendations: [Recommendation]) {
        self.inspection = inspection
        self.judgements = judgements
        self.recommendations = recommendations
    }
}

public enum InspectionStore {
    /// Newest first, each with its judgements and recommendations (two extra queries in all, not per row).
    public static func all(in council: Council.ID, on db: any Database) async throws -> [InspectionRecord] {
        try await records(InspectionModel.query(on: db).filter(\.$council.$id == council.rawValue)
            .sort(\.$startDate, .descending).all(), on: db)
    }

    public static func find(_ id: Inspection.ID, in council: Council.ID,
                            on db: any Database) async throws -> InspectionRecord? {
        try await records(InspectionModel.query(on: db).filter(\.$id == id.rawValue)
            .filter(\.$council.$id == council.rawValue).all(), on: db).first
    }

    /// These inspections of one council, in the order asked for, in three queries however many.
    public static func find(_ ids: [Inspection.ID], in council: Council.ID,
                            on db: any Database) async throws -> [InspectionRecord] {
        guard !ids.isEmpty else { return [] }
        let found = try await records(InspectionModel.query(on: db).filter(\.$id ~~ ids.map(\.rawValue))
            .filter(\.$council.$id == council.rawValue).all(), on: db)
        return ids.compactMap { id in found.first { $0.inspection.id == id } }
    }

    /// The inspections with their judgements and recommendations, read by column position
    /// (`ColumnRows`): every plan page shows its inspection's recommendations, and Fluent built
    /// each of them by reflection.
    static func records(_ models: [InspectionModel], on db: any Database) async throws -> [InspectionRecord] {
        let ids = models.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        var judgements: [UUID: [Judgement]] = [:]
        for row in try await ColumnRows.read("""
            SELECT id, inspection_id, body, area, grade, version FROM judgements WHERE inspection_id IN (\(binds: ids))
            """, on: db) {
            let id = try row.uuid(0), inspection = try row.uuid(1)
            guard let area = JudgementArea(rawValue: try row.string(3)), let grade = Grade(rawValue: try row.string(4)) else {
                throw StoreError.corrupt("judgement \(UUIDCoding.lowercase(id)) is unreadable")
            }
            judgements[inspection, default: []].append(Judgement(id: .init(id), inspectionID: .init(inspection),
                                                                 body: try row.string(2), area: area, grade: grade,
                                                                 version: try row.int(5)))
        }
        var recommendations: [UUID: [Recommendation]] = [:]
        for row in try await ColumnRows.read("""
            SELECT id, inspection_id, number, text, area, priority_action, version FROM recommendations
            WHERE inspection_id IN (\(binds: ids))
            """, on: db) {
            let inspection = try row.uuid(1)
            recommendations[inspection, default: []].append(Recommendation(
                id: .init(try row.uuid(0)), inspectionID: .init(inspection), number: try row.int(2), text: try row.string(3),
                area: try row.optionalString(4).flatMap(JudgementArea.init(rawValue:)), isPriorityAction: try row.bool(5),
                version: try row.int(6)))
        }
        let areaOrder = JudgementArea.allCases
        return try models.map { model in
            let id = model.id ?? UUID()
            return InspectionRecord(
                inspection: try model.toDomain(),
                judgements: (judgements[id] ?? []).sorted {
                    ($0.body, areaOrder.firstIndex(of: $0.area) ?? 0) < ($1.body, areaOrder.firstIndex(of: $1.area) ?? 0)
                },
                recommendations: (recommendations[id] ?? []).sorted { $0.number < $1.number })
        }
    }

    public static func create(_ draft: InspectionDraft, id: Inspection.ID, in council: Council.ID, at now: Date,
                              on change: Change) async throws {
        let db = change.written()
        let model = InspectionModel()
        model.id = id.rawValue
        model.$council.id = council.rawValue
        fill(model, from: draft)
        try await model.createFirstVersion(at: now, on: db)
    }

    public static func update(_ id: Inspection.ID, in council: Council.ID, with draft: InspectionDraft,
                              expectedVersion: Int, at now: Date, on change: Change) async throws {
        let db = change.written()
        guard try await InspectionModel.query(on: db).filter(\.$id == id.rawValue)
            .filter(\.$council.$id == council.rawValue).count() == 1 else { throw StoreError.notFound }
        try await VersionedUpdate.apply(InspectionModel.self, id: id.rawValue, expectedVersion: expectedVersion, at: now,
                                        on: change) { fill($0, from: draft) }
    }

    private static func fill(_ model: InspectionModel, from draft: InspectionDraft) {
        model.kind = draft.kind.rawValue
        model.inspectorate = draft.inspectorate
        model.framework = draft.framework.rawValue
        model.startDate = draft.startDate.iso
        model.endDate = draft.endDate?.iso
        model.publishedDate = draft.publishedDate?.iso
        model.reportURL = draft.reportURL
    }
}
