import Fluent
import Foundation
import OversightDomain

/// A template version as stored: which family it belongs to and who made it.
public struct TemplateVersion: Sendable, Equatable {
    public var id: ReportTemplate.ID
    public var familyID: UUID
    public var template: ReportTemplate
    public var createdBy: String
    public var createdAt: Date

    public init(id: ReportTemplate.ID, familyID: UUID, template: ReportTemplate, createdBy: String, createdAt: Date) {
        self.id = id
        self.familyID = familyID
        self.template = template
        self.createdBy = createdBy
        self.createdAt = createdAt
    }
}

public enum ReportTemplateStore {
    public static let standardID = ReportTemplate.ID(UUID(uuidString: "5D1E0000-0000-4000-8000-000000000001")!)
    public static let standardFamily = UUID(uuidString: "5D1E0000-0000-4000-8000-0000000000F1")!
    /// The Scrutiny Committee's template (migration 0029).
    public static let scrutinyID = ReportTemplate.ID(UUID(uuidString: "5D1E0000-0000-4000-8000-000000000002")!)
    public static let scrutinyFamily = UUID(uuidString: "5D1E0000-0000-4000-8000-0000000000F2")!

    /// Adds a version to a family; the version number is the family's next.
    @discardableResult
    public static func add(_ template: ReportTemplate, id: ReportTemplate.ID, family: UUID, by author: String,
                           at now: Date, on change: Change) async throws -> TemplateVersion {
        let db = change.written()
        let previous = try await ReportTemplateModel.query(on: db).filter(\.$familyID == family).max(\.$version)
        var stored = template
        stored.version = (previous ?? 0) + 1
        let model = ReportTemplateModel()
        model.id = id.rawValue
        model.familyID = family
        model.name = stored.name
        model.version = stored.version
        model.definition = try encode(stored)
        model.createdBy = author
        model.createdAt = now
        try await translatingConstraintFailures(field: "version") { try await model.create(on: db) }
        return try version(model)
    }

    public static func find(_ id: ReportTemplate.ID, on db: any Database) async throws -> TemplateVersion? {
        try await ReportTemplateModel.find(id.rawValue, on: db).map(version)
    }

    /// The newest version of each template, by name: what a new report or a copy can start from.
    public static func latest(on db: any Database) async throws -> [TemplateVersion] {
        let all = try await ReportTemplateModel.query(on: db).sort(\.$name).sort(\.$version, .descending).all()
        var seen = Set<UUID>()
        return try all.filter { seen.insert($0.familyID).inserted }.map(version)
    }

    /// Every version of a family, newest first.
    public static func versions(of family: UUID, on db: any Database) async throws -> [TemplateVersion] {
        try await ReportTemplateModel.query(on: db).filter(\.$familyID == family).sort(\.$version, .descending)
            .all().map(version)
    }

    static func encode(_ template: ReportTemplate) throws -> String { try canonicalJSON(template) }

    static func version(_ model: ReportTemplateModel) throws -> TemplateVersion {
        guard let id = model.id,
              let template = try? JSONDecoder().decode(ReportTemplate.self, from: Data(model.definition.utf8)) else {
            throw StoreError.corrupt("report template \(model.name) is unreadable")
        }
        return TemplateVersion(id: .init(id), familyID: model.familyID, template: template,
                               createdBy: model.createdBy, createdAt: model.createdAt)
    }
}
