import Fluent
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
        try await CouncilModel.query(on: db).with(\.$areas).sort(\.$name).all().map { try $0.toDomain() }
    }

    public static func find(_ id: Council.ID, on db: any Database) async throws -> Council? {
        try await CouncilModel.query(on: db).filter(\.$id == id.rawValue).with(\.$areas).first()?.toDomain()
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
