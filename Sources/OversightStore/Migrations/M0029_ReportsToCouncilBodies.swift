import Fluent
import Foundation
import OversightDomain

/// A report now goes to one of the council's own bodies, not to a fixed list of four. Each
/// existing report is pointed at the council's body of the same kind (by the list's name first,
/// then by kind), and where the council has none such a body is made with the list's name, so
/// that every report keeps the committee it had. Published reports print from their frozen text,
/// which this does not touch. The Scrutiny Committee's template (`ReportTemplate.scrutiny`) is
/// added beside the standard one.
struct M0029_ReportsToCouncilBodies: AsyncMigration {
    var name: String { "0029-reports-to-council-bodies" }

    /// The fixed list's codes, names and kinds, as they were before this migration.
    static let formerList: [String: (name: String, kind: BodyKind)] = [
        "cabinet": ("Cabinet", .cabinet),
        "childrens-scrutiny": ("Children's Services Scrutiny Committee", .scrutiny),
        "improvement-board": ("Children's Services Improvement Board", .improvementBoard),
        "full-council": ("Full Council", .fullCouncil),
    ]

    func prepare(on database: any Database) async throws {
        try await database.schema(ReportModel.schema).field("body_id", .uuid).update()
        try await UnitOfWork.migrating(on: database) { change in
            let db = change.written()
            for report in try await ReportModel.query(on: db).all() {
                let (name, kind) = Self.formerList[report.body] ?? (report.body, BodyKind.other)
                let bodies = try await GoverningBodyModel.query(on: db).filter(\.$councilID == report.councilID).all()
                let body = bodies.first { $0.name == name } ?? bodies.first { $0.kind == kind.rawValue }
                let id: UUID
                if let found = body?.id {
                    id = found
                } else {
                    let made = GoverningBodyModel()
                    made.id = UUID()
                    made.councilID = report.councilID
                    made.name = name
                    made.kind = kind.rawValue
                    made.terms = ""
                    made.quorum = 2
                    made.version = 1
                    made.createdAt = report.createdAt
                    made.updatedAt = report.createdAt
                    try await made.create(on: db)
                    id = made.id ?? UUID()
                }
                // Not a change to the report: its version and time stay as they were.
                try await ReportModel.query(on: db).filter(\.$id == report.id ?? UUID()).set(\.$bodyID, to: id)
                    .set(\.$body, to: kind.rawValue).update()
            }
            guard try await ReportTemplateModel.find(ReportTemplateStore.scrutinyID.rawValue, on: db) == nil else { return }
            try await ReportTemplateStore.add(.scrutiny, id: ReportTemplateStore.scrutinyID,
                                              family: ReportTemplateStore.scrutinyFamily, by: "Oversight",
                                              at: Date(timeIntervalSince1970: 0), on: change)
        }
    }

    func revert(on database: any Database) async throws {
        // Reports written with the Scrutiny template go back to the standard one, which printed
        // every report before it.
        try await ReportModel.query(on: database).filter(\.$templateID == ReportTemplateStore.scrutinyID.rawValue)
            .set(\.$templateID, to: ReportTemplateStore.standardID.rawValue).update()
        try await ReportTemplateModel.query(on: database).filter(\.$familyID == ReportTemplateStore.scrutinyFamily).delete()
        for (code, former) in Self.formerList {
            try await ReportModel.query(on: database).filter(\.$body == former.kind.rawValue).set(\.$body, to: code).update()
        }
        try await database.schema(ReportModel.schema).deleteField("body_id").update()
    }
}
