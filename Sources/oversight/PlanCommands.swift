import ArgumentParser
import Foundation
import OversightApp

/// `oversight plans import FILE`: a council's own tracker as a draft plan, all or nothing.
struct PlansCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plans", abstract: "Bring in an improvement plan from a spreadsheet.", subcommands: [Import.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a draft plan from an Excel workbook (.xlsx) or CSV file. Every row is checked first; one problem and nothing is written.",
            discussion: "Without --mapping, the header row and columns are guessed from words such as Ref, Action, Lead, Due date, RAG and Update, and the mapping used is printed so that it can be saved, changed and given back with --mapping. See docs/import-guide.md.")

        @OptionGroup var options: ServerOptions
        @Argument(help: "The workbook (.xlsx) or CSV file (UTF-8).") var file: String
        @Option(help: "A JSON file saying which column holds what (see docs/import-guide.md).") var mapping: String?
        @Option(help: "The sheet to read (default: the mapping's, or the first visible sheet).") var sheet: String?
        @Option(help: "The plan's title (default: the file's name).") var title: String?
        @Option(help: "The council's name, when the installation has more than one.") var council: String?
        @Option(help: "The month the file's ratings and updates are recorded for, as 2017-10 (default: last month), or none.")
        var ratingsMonth: String?
        @Flag(help: "Check the file and show what would be created, without writing anything.") var dryRun = false

        func run() async throws {
            let configuration = try options.load()
            try await reportingProblems {
                say(try await OversightAdmin.importPlan(configuration, file: file, mapping: mapping, sheet: sheet, title: title,
                                                        council: council, ratingsMonth: ratingsMonth, dryRun: dryRun))
            }
        }
    }
}
