import Fluent
import Foundation
import OversightApp
import OversightDocuments
import OversightDomain
import OversightStore
import Vapor

/// Importing a 10,000-row tracker: the workbook read, the preview made (columns guessed, every
/// row checked, leads matched), and the draft plan written, each timed on its own. The workbook is
/// written by `XlsxWriter` in the shape of a council's tracker, with a priority column.
struct BenchPlanImport {
    let app: Application
    let council: Council
    let timing: BenchTiming
    /// 10,000 for the figures; the test of the bench itself uses fewer.
    var rows = 10_000

    func run() async throws {
        let people = try await PersonStore.all(in: council.id, on: app.db)
        let workbook = try XlsxWriter.write(Self.tracker(rows: rows, leads: people.map(\.name)))
        let count = rows.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_GB")))
        timing.header("Importing a \(count)-row plan tracker",
                      "A workbook of \(count) actions in priorities of 1,000 (a priority column, leads from the people directory, due dates as date cells), \(workbook.count / 1024) KB; the draft plan is written once a round.")
        var sheet: PlanImportSource.Sheet?
        try await timing.measure("Read the workbook (unzip, parse, type every cell)", iterations: min(timing.iterations, 10)) {
            sheet = try PlanImportSource.sheets(workbook, fileName: "tracker.xlsx").first
            return workbook.count
        }
        guard let rows = sheet?.rows, let mapping = PlanImport.guess(rows) else {
            throw OversightAdmin.Problem.message("the benchmark tracker's header was not found")
        }
        var preview = PlanImport.Preview()
        try await timing.measure("Guess the columns and preview every row", iterations: min(timing.iterations, 10)) {
            preview = PlanImport.preview(rows, sheet: "Tracker", mapping: PlanImport.guess(rows) ?? mapping, people: people)
            return 0
        }
        guard preview.isReady else {
            throw OversightAdmin.Problem.message("the benchmark tracker has problems: \(preview.problems.prefix(3).map(\.description))")
        }
        var round = 0
        try await timing.measure("Create the draft plan: \(count) actions and their ratings in one transaction", iterations: min(timing.iterations, 3), warmUp: 0) {
            round += 1
            _ = try await ImportPlan(dependencies: app.oversight.dependencies)(
                preview, title: "Benchmark import \(round)", source: "tracker.xlsx",
                ratingsMonth: CalendarDate(year: 2017, month: 1, day: 1), in: council.id, by: .commandLine, on: app.db)
            return 0
        }
    }

    static func tracker(rows: Int, leads: [String]) -> Spreadsheet {
        let first = CalendarDate(year: 2017, month: 1, day: 31)!
        let cells: [[Spreadsheet.Cell]] = (0..<rows).map { index in
            [.text("\(index / 1000 + 1).\(index % 1000 + 1)"), .text("Priority \(index / 1000 + 1)"),
             .text("Benchmark action \(index + 1): audit, train and review"), .text(leads[index % leads.count]),
             .date(CalendarDate(dayNumber: first.dayNumber + index % 700)), .text(["R", "A", "G", "B"][index % 4]),
             .text("Progress as reported in the month.")]
        }
        return Spreadsheet(title: "Tracker", sheets: [.init(name: "Tracker", columns: [
            .init("Ref", width: 8), .init("Priority", width: 14), .init("Action", width: 50), .init("Lead", width: 20),
            .init("Due date", width: 12), .init("RAG", width: 6), .init("Update", width: 40),
        ], rows: cells)])
    }
}
