import Foundation
@testable import OversightApp
import OversightDocuments
import OversightDomain
import OversightStore
import Testing
import VaporTesting

@Suite("Importing risks and figures from spreadsheets")
struct RiskImportRouteTests {
    static let headings = ["reference", "title", "category", "owner", "raised_on", "cause", "event", "consequence",
                           "inherent_likelihood", "inherent_impact", "current_likelihood", "current_impact",
                           "target_likelihood", "target_impact", "proximity"]

    /// A risk log as a council keeps it in Excel: typed dates and numbers under the headings.
    static func workbook(_ rows: [[Spreadsheet.Cell]]) throws -> [UInt8] {
        [UInt8](try XlsxWriter.write(Spreadsheet(title: "Risk log", sheets: [
            .init(name: "Risks", columns: headings.map { .init($0, width: 12) }, rows: rows),
        ])))
    }

    static func risk(_ reference: String, _ title: String, owner: String, raised: CalendarDate, scores: [Int]) -> [Spreadsheet.Cell] {
        [.text(reference), .text(title), .text("Workforce"), .text(owner), .date(raised), .text("Agency reliance"),
         .text("Teams lose staff"), .text("Caseloads rise")] + scores.map { .integer($0) } + [.text("Within 3 months")]
    }

    @Test("A workbook of new risks is checked, previewed and then added to the register, each with its first review")
    func workbookOfRisks() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let path = SiteURL.importRisks(cid).path
            #expect(try await app.get(path, as: Who.programmeManager).status == .ok)
            #expect(try await app.get(path, as: Who.viewer).status == .forbidden)
            let raised = CalendarDate(year: 2017, month: 1, day: 9)!
            let before = try await RiskStore.all(in: council.id, on: app.db)

            let bad = try Self.workbook([Self.risk("", "Workforce stability", owner: "Helen Marsh", raised: raised, scores: [4, 4, 5, 4, 2, 3])])
            let refused = try await app.postMultipart(path, fields: [], files: [("file", "risks.xlsx", bad)], as: Who.programmeManager)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("What to put right in the sheet &quot;Risks&quot;") || refused.text.contains("What to put right in the sheet \"Risks\""))
            #expect(refused.text.contains("current_likelihood"))

            let good = try Self.workbook([Self.risk("", "Workforce stability", owner: "Helen Marsh", raised: raised, scores: [4, 4, 3, 4, 2, 3]),
                                          Self.risk("CORP-9", "Placement sufficiency", owner: "helen.marsh@northshire.example",
                                                    raised: raised, scores: [3, 5, 3, 4, 2, 4])])
            let preview = try await app.postMultipart(path, fields: [], files: [("file", "risks.xlsx", good)], as: Who.programmeManager)
            #expect(preview.status == .ok)
            #expect(preview.text.contains("risks.xlsx has 2 risks and no problems"))
            #expect(try await RiskStore.all(in: council.id, on: app.db).count == before.count, "nothing before the confirmation")
            let confirm = try #require(preview.text.range(of: #"action="[^"]*/confirm""#, options: .regularExpression))
            let confirmPath = String(preview.text[confirm].dropFirst(8).dropLast())
            let done = try await app.post(confirmPath, form: [], as: Who.programmeManager)
            #expect(done.status == .seeOther)
            #expect(try await app.post(confirmPath, form: [], as: Who.programmeManager).status == .notFound, "confirmed once only")
            let after = try await RiskStore.all(in: council.id, on: app.db)
            #expect(after.count == before.count + 2)
            let added = after.filter { risk in !before.contains { $0.id == risk.id } }
            let next = Risk.nextReference(after: before.map(\.reference))
            #expect(Set(added.map(\.reference)) == [next, "CORP-9"])
            #expect(added.allSatisfy { $0.raisedOn == raised && $0.lastReviewedOn == raised })
            let reviews = try await RiskStore.reviews(of: added.map(\.id), on: app.db)
            #expect(reviews.count == 2 && reviews.allSatisfy { $0.commentary == "Risk raised; imported from risks.xlsx." })
            #expect(try await AuditStore.list(.init(action: "risk.import"), limit: 5, on: app.db).total == 1)

            let again = try await app.postMultipart(path, fields: [], files: [("file", "risks.xlsx", good)], as: Who.programmeManager)
            #expect(again.status == .unprocessableEntity)
            #expect(again.text.contains("CORP-9 is already on the register"))
        }
    }

    @Test("An upload nobody confirmed is cleared away a day later, by the next upload")
    func expiry() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let user = try #require(try await AccountStore.find(email: Who.programmeManager, on: app.db)).user.id
            let now = app.oversight.dependencies.now()
            let old = UUID(), recent = UUID()
            try await UnitOfWork.housekeeping(.heldUpload, on: app.db) { housekeeping in
                try await PendingImportStore.add(old, council: council.id, user: user, fileName: "old.csv", bytes: [1],
                                                 at: now.addingTimeInterval(-PendingImportStore.keptFor - 60), on: housekeeping)
            }
            try await UnitOfWork.housekeeping(.heldUpload, on: app.db) { housekeeping in
                try await PendingImportStore.add(recent, council: council.id, user: user, fileName: "recent.csv", bytes: [2],
                                                 at: now.addingTimeInterval(-60), on: housekeeping)
            }
            try await UnitOfWork.housekeeping(.heldUpload, on: app.db) { housekeeping in
                try await PendingImportStore.add(UUID(), council: council.id, user: user, fileName: "new.csv", bytes: [3], at: now, on: housekeeping)
            }
            #expect(try await PendingImportStore.find(old, council: council.id, user: user, on: app.db) == nil)
            #expect(try await PendingImportStore.find(recent, council: council.id, user: user, on: app.db)?.fileName == "recent.csv")
            // A confirmation that read the file before another took it stops inside its transaction, writing nothing.
            let csv = Array("title,category,owner,raised_on,cause,event,consequence,inherent_likelihood,inherent_impact,current_likelihood,current_impact,target_likelihood,target_impact,proximity\nLate,Data,Helen Marsh,09/01/2017,A,B,C,3,3,2,3,1,3,Within 3 months\n".utf8)
            let importer = ImportRisks(dependencies: app.oversight.dependencies)
            let claim = PendingImportStore.claim(recent, council: council.id, user: user)
            let before = try await RiskStore.all(in: council.id, on: app.db).count
            _ = try await importer(csv, source: "recent.csv", council: council.id, dryRun: false, reviewer: "Test", by: .commandLine,
                                   claim: claim, on: app.db)
            await #expect(throws: (any Error).self) {
                _ = try await importer(csv, source: "recent.csv", council: council.id, dryRun: false, reviewer: "Test", by: .commandLine,
                                       claim: claim, on: app.db)
            }
            #expect(try await RiskStore.all(in: council.id, on: app.db).count == before + 1)
        }
    }

    @Test("Figures import from a workbook too: a typed month in the period column, percentages as shown, problems placed by the sheet's rows")
    func workbookOfFigures() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let importer = ImportIndicatorValues(dependencies: app.oversight.dependencies)
            func book(_ rows: [[Spreadsheet.Cell]]) throws -> [UInt8] {
                [UInt8](try XlsxWriter.write(Spreadsheet(title: "Figures", sheets: [
                    .init(name: "November", columns: ["indicator_code", "period", "numerator", "denominator", "value", "status"]
                        .map { .init($0, width: 12) }, rows: rows),
                ])))
            }
            let november = CalendarDate(year: 2017, month: 11, day: 1)!
            let bad = try await importer(try book([[.text("CIN-REREF"), .date(november), .empty, .empty, .integer(140), .empty]]),
                                         council: council.id, dryRun: true, by: .commandLine, on: app.db)
            #expect(bad.problems.map { $0.described(sheet: bad.sheet) } == ["November, row 2, value: 140 is above 100, which a percentage cannot be"])
            let good = try await importer(try book([[.text("CIN-REREF"), .date(november), .integer(44), .integer(200), .empty, .empty]]),
                                          council: council.id, dryRun: false, by: .commandLine, on: app.db)
            #expect(good.written && good.values.map(\.value.period) == [.month(year: 2017, month: 11)])
            #expect(good.values.first?.value.value == 22)
            let formatted = try await importer(try book([[.text("CIN-REREF"), .date(CalendarDate(year: 2017, month: 12, day: 1)!), .empty, .empty,
                                                          .percentage(0.215), .empty]]),
                                               council: council.id, dryRun: true, by: .commandLine, on: app.db)
            #expect(formatted.problems == [])
            #expect(formatted.values.first?.value.value == 21.5, "a cell formatted as a percentage is read as it is shown")
        }
    }
}
