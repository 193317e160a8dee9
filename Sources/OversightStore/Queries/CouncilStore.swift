import Fluent
import SQLKit
import Foundation
import OversightDomain

/// What a council form supplies; the store adds the id, version and timestamps.
public struct CouncilDraft: Equatable, Sendable, Codable {
    public var name: String
    public var kind: CouncilKind
    public var areaLabel: AreaLabel
    public var areas: [String]
    public var financialYearStart: DayOfYear

    public init(name: String, kind: CouncilKind, areaLabel: AreaLabel, areas: [String],
                financialYearStart: DayOfYear) {
        self.name = name
        self.kind = kind
        self.areaLabel = areaLabel
        self.areas = areas
        self.financialYearStart = financialYearStart
    }
}

public enum CouncilStore {
    public static func all(on db: any Database) async throws -> [Council] {
        try await councils(where: "1 = 1", on: db)
    }

    public static func find(_ id: Council.ID, on db: any Database) async throws -> Council? {
        try await councils(where: "id = \(bind: id.rawValue)", on: db).first
    }

    /// Councils with their areas, by name, read by column position (`ColumnRows`): every page of a
    /// council reads its council first, and Fluent built the council and each area by reflection.
    private static func councils(where condition: SQLQueryString, on db: any Database) async throws -> [Council] {
        let rows = try await ColumnRows.read("""
            SELECT id, name, kind, area_label, financial_year_start_month, financial_year_start_day, version
            FROM councils WHERE \(condition) ORDER BY name
            """, on: db)
        guard !rows.isEmpty else { return [] }
        let ids = try rows.map { try $0.uuid(0) }
        var areas: [UUID: [String]] = [:]
        for row in try await ColumnRows.read("""
            SELECT council_id, name FROM council_areas WHERE council_id IN (\(binds: ids)) ORDER BY position
            """, on: db) {
            areas[try row.uuid(0), default: []].append(try row.string(1))
        }
        return try zip(ids, rows).map { id, row in
            guard let kind = CouncilKind(rawValue: try row.string(2)), let label = AreaLabel(rawValue: try row.string(3)),
                  let start = DayOfYear(month: try row.int(4), day: try row.int(5)) else {
                throw StoreError.corrupt("council \(UUIDCoding.lowercase(id)) has a value this version does not know")
            }
            return Council(id: .init(id), name: try row.string(1), kind: kind, areaLabel: label, areas: areas[id] ?? [],
                           financialYearStart: start, version: try row.int(6))
        }
    }

    public static func count(on db: any Database) async throws -> Int {
        try await CouncilModel.query(on: db).count()
    }

    public static func create(_ draft: CouncilDraft, id: Council.ID, at now: Date,
                              newID: () -> UUID, on change: Change) async throws {
        let db = change.written()
        let model = CouncilModel()
        model.id = id.rawValue
        model.apply(draft)
        try await model.createFirstVersion(at: now, on: db)
        try await replaceAreas(of: id, with: draft.areas, newID: newID, on: db)
    }

    public static func update(_ id: Council.ID, with draft: CouncilDraft, expectedVersion: Int, at now: Date,
                              newID: () -> UUID, on change: Change) async throws {
        let db = change.written()
        try await VersionedUpdate.apply(CouncilModel.self, id: id.rawValue, expectedVersion: expectedVersion, at: now,
                                        on: change) { $0.apply(draft) }
        try await replaceAreas(of: id, with: draft.areas, newID: newID, on: db)
    }

    private static func replaceAreas(of id: Council.ID, with areas: [String], newID: () -> UUID,
                                     on db: any Database) async throws {
        try await CouncilAreaModel.query(on: db).filter(\.$council.$id == id.rawValue).delete()
        for (position, name) in areas.enumerated() {
            try await CouncilAreaModel(id: newID(), councilID: id.rawValue, name: name, position: position)
                .create(on: db)
        }
    }
}

extension CouncilModel {
    func apply(_ draft: CouncilDraft) {
        name = draft.name
        kind = draft.kind.rawValue
        areaLabel = draft.areaLabel.rawValue
        financialYearStartMonth = draft.financialYearStart.month
        financialYearStartDay = draft.financialYearStart.day
    }
}
