import Foundation
@testable import OversightApp
import OversightDocuments
import OversightDomain
import OversightStore
import Testing

@Suite("Importing a plan")
struct PlanImportUseCaseTests {
    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/workbooks/\(name)"))
    }

    @Test("A council's tracker becomes a draft plan with its priorities, actions, leads and dates, in one audited write")
    func tracker() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let sheet = try #require(try PlanImportSource.sheets(try Self.fixture("tracker.xlsx"), fileName: "tracker.xlsx").first)
            let mappingFile = try JSONDecoder().decode(PlanImportMappingFile.self, from: Data("""
                {"headerRow": 2, "columns": {"reference": "A", "action": "Action", "lead": "C", "due-date": "D", "rating": "E",
                 "update": "F"}, "ratings": {"A/G": "amber"}}
                """.utf8))
            let mapping = try mappingFile.mapping(for: sheet.rows)
            #expect(mapping.columns[.action] == 1, "a column can be named by its heading")
            let people = try await PersonStore.all(in: council.id, on: app.db)
            let preview = PlanImport.preview(sheet.rows, sheet: sheet.name, mapping: mapping, people: people)
            #expect(preview.problems == [])
            let plans = try await PlanStore.plans(in: council.id, on: app.db).count
            let id = try await ImportPlan(dependencies: app.oversight.dependencies)(
                preview, title: "Imported tracker", source: "tracker.xlsx", ratingsMonth: CalendarDate(year: 2016, month: 12, day: 1),
                in: council.id, by: .commandLine, on: app.db)
            let record = try #require(try await PlanStore.find(id, in: council.id, on: app.db))
            #expect(record.plan.status == .draft && record.plan.title == "Imported tracker")
            #expect(try await PlanStore.plans(in: council.id, on: app.db).count == plans + 1)
            #expect(record.priorities.map(\.title) == ["Help and protection"])
            #expect(record.actions.map(\.what) == ["Audit every child protection plan & <review> it", "Train staff", "Count of audits"])
            #expect(record.actions.map(\.dueDate.iso) == ["2017-10-12", "2016-02-29", "2016-12-31"])
            let helen = try #require(people.first { $0.name == "Helen Marsh" })
            #expect(record.actions[0].leadID == helen.id)
            let rated = preview.priorities[0].actions.filter { $0.rating != nil }
            #expect(!rated.isEmpty)
            let periods = try await UpdateStore.periods(of: id, on: app.db)
            #expect(periods.map(\.label) == ["December 2016"] && periods.allSatisfy { !$0.isOpen },
                    "the file's ratings are the accepted updates of a closed month")
            let updates = try await UpdateStore.updates(of: id, on: app.db)
            #expect(updates.map(\.rating) == rated.map { $0.rating! })
            #expect(updates.allSatisfy { $0.state == .accepted })
            #expect(updates.map(\.narrative) == rated.map { $0.update ?? "Rated \($0.rating!.word) in tracker.xlsx." })
            #expect(try await AuditStore.list(.init(action: "plan.import"), limit: 5, on: app.db).entries.first?.record.after
                    == "1 priority and 3 actions from tracker.xlsx; \(counted(rated.count, "rating")) recorded for December 2016")
        }
    }

    @Test("People the user chose to add are added with the plan; nothing of either when the write fails")
    func newPeople() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let rows = try PlanImportSource.sheets(Data("Ref,Action,Lead,Due\n1.1,Audit plans,Jo Bloggs,12/10/2017\n".utf8),
                                                   fileName: "plan.csv")[0].rows
            let mapping = try #require(PlanImport.guess(rows))
            let people = try await PersonStore.all(in: council.id, on: app.db)
            #expect(PlanImport.preview(rows, sheet: "plan.csv", mapping: mapping, people: people).unknownPeople == ["Jo Bloggs"])
            let jo = Person(id: .init(UUID()), councilID: council.id, name: "Jo Bloggs", jobTitle: nil, telephone: nil, email: nil, version: 1)
            let preview = PlanImport.preview(rows, sheet: "plan.csv", mapping: mapping, people: people + [jo])
            #expect(preview.isReady)
            let id = try await ImportPlan(dependencies: app.oversight.dependencies)(
                preview, title: "With a new lead", source: "plan.csv", newPeople: [jo], in: council.id, by: .commandLine, on: app.db)
            let record = try #require(try await PlanStore.find(id, in: council.id, on: app.db))
            #expect(record.actions.first?.leadID == jo.id)
            #expect(try await PersonStore.find(jo.id, in: council.id, on: app.db)?.name == "Jo Bloggs")
            #expect(try await UpdateStore.periods(of: id, on: app.db).isEmpty, "no ratings month, no updates")

            // Adding Jo a second time breaks the write part-way, after Sam is added: nothing stays.
            let plans = try await PlanStore.plans(in: council.id, on: app.db).count
            let sam = Person(id: .init(UUID()), councilID: council.id, name: "Sam New", jobTitle: nil, telephone: nil, email: nil, version: 1)
            await #expect(throws: (any Error).self) {
                try await ImportPlan(dependencies: app.oversight.dependencies)(
                    preview, title: "Again", source: "plan.csv", newPeople: [sam, jo], in: council.id, by: .commandLine, on: app.db)
            }
            #expect(try await PlanStore.plans(in: council.id, on: app.db).count == plans)
            #expect(try await PersonStore.find(sam.id, in: council.id, on: app.db) == nil)
        }
    }

    @Test("A preview with problems creates nothing")
    func refused() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let sheet = try #require(try PlanImportSource.sheets(try Self.fixture("tracker.xlsx"), fileName: "tracker.xlsx").first)
            let preview = PlanImport.preview(sheet.rows, sheet: sheet.name, mapping: try #require(PlanImport.guess(sheet.rows)), people: [])
            #expect(!preview.isReady)
            let plans = try await PlanStore.plans(in: council.id, on: app.db).count
            await #expect(throws: ImportPlan.Refusal.notReady) {
                try await ImportPlan(dependencies: app.oversight.dependencies)(preview, title: "X", source: "tracker.xlsx", in: council.id,
                                                                              by: .commandLine, on: app.db)
            }
            #expect(try await PlanStore.plans(in: council.id, on: app.db).count == plans)
        }
    }

    @Test("The sample the import page offers is the one in docs/examples, byte for byte")
    func sampleTracker() throws {
        let docs = try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/examples/improvement-plan-tracker.xlsx"))
        #expect(SampleTracker.bytes == [UInt8](docs), "run Tests/Fixtures/make-workbooks after changing the sample")
        #expect(try PlanImportSource.sheets(docs, fileName: SampleTracker.fileName).map(\.name) == ["Improvement plan", "Notes"])
    }

    @Test("Files and mappings that cannot be used are refused with the reason")
    func badInput() throws {
        #expect(throws: WorkbookProblem.notAWorkbook) {
            try PlanImportSource.sheets(try Self.fixture("not-a-workbook.xlsx"), fileName: "not-a-workbook.xlsx")
        }
        let csv = try PlanImportSource.sheets(Data("Ref,Action,Due\n1.1,\"Quoted, with a comma\",12/10/2017\n".utf8), fileName: "plan.csv")
        #expect(csv.map(\.name) == ["plan.csv"])
        #expect(csv[0].rows[1].cells == [.text("1.1"), .text("Quoted, with a comma"), .text("12/10/2017")])
        let rows = csv[0].rows
        func problem(_ json: String) -> String? {
            do {
                _ = try JSONDecoder().decode(PlanImportMappingFile.self, from: Data(json.utf8)).mapping(for: rows)
                return nil
            } catch {
                return String(describing: error)
            }
        }
        #expect(problem(#"{"headerRow": 1, "columns": {"action": "Nowhere"}}"#)?
            .contains("puts action in column \"Nowhere\", which is neither a column letter nor a heading in row 1") == true)
        #expect(problem(#"{"headerRow": 1, "columns": {"colour": "A"}}"#)?.contains("\"colour\" is not a field") == true)
        #expect(problem(#"{"headerRow": 1, "columns": {"action": "B"}, "ratings": {"A/G": "mauve"}}"#)?
            .contains("use red, amber, green, blue or none") == true)
        #expect(problem(#"{"headerRow": 1, "columns": {"action": "b", "due-date": "Due"}}"#) == nil)
    }
}
